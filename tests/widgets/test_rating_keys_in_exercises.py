"""The rating asked before a breathing run keeps its own keys: with a number focused, the
arrows move along the row instead of changing the pace, and Space presses that number
instead of pausing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.ui.breathing import BreathingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT
from tests.layout import settle


class Clock:
    now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_the_rating_before_a_run_keeps_its_keys(qtbot: QtBot) -> None:
    clock = Clock()
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    settle()
    page.start(find_pattern("resonance"))
    clock.now += 2.0  # past the first phase: Space could pause now
    page.tick()
    row = page.suds_before_row
    assert row is not None
    run = page.run
    assert run is not None
    pace = run.bpm(clock.now)
    row.buttons[0].setFocus()
    settle()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Down):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
    assert QApplication.focusWidget() is row.buttons[1]
    assert run.bpm(clock.now) == pytest.approx(pace)  # the pace never moved
    answers: list[int | None] = []
    row.chosen.connect(answers.append)
    qtbot.keyClick(row.buttons[1], Qt.Key.Key_Space)
    assert answers == [1]
    assert not run.paused
