"""Presenter mode: large, nothing personal, nothing logged, keys a therapist can use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.ui.presenter import PresenterWindow
from regulate.ui.sound import TonePlayer
from regulate.ui.suds import SudsRow


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot: QtBot) -> PresenterWindow:
    presenter = PresenterWindow(builtin_patterns(), builtin_exercises(), TonePlayer())
    qtbot.addWidget(presenter)
    presenter.resize(1280, 800)
    presenter.show()
    qtbot.waitExposed(presenter)
    return presenter


def test_the_picker_offers_every_pattern_and_exercise(window: PresenterWindow) -> None:
    names = [b.text() for b in window.picker.buttons]
    assert len(names) == len(builtin_patterns()) + len(builtin_exercises())
    assert "Resonance breathing" in names
    assert "5-4-3-2-1 senses" in names


def test_arrows_match_the_pace_and_g_glides_to_the_target(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    clock = FakeClock()
    window.breathing._clock = clock
    window.start(find_pattern("extended-exhale"))  # 6 a minute
    for _ in range(6):
        qtbot.keyClick(window.breathing, Qt.Key.Key_Up)  # the client breathes quicker
    run = window.breathing.run
    assert run is not None
    assert run.bpm(clock.now) == pytest.approx(9.0)
    window.glide_to.setValue(5.0)
    window.glide_minutes.setValue(4)
    qtbot.keyClick(window.breathing, Qt.Key.Key_G)
    clock.now += 120
    assert run.bpm(clock.now) == pytest.approx(7.0)  # halfway through the glide
    clock.now += 120
    assert run.bpm(clock.now) == pytest.approx(5.0)
    assert "breaths a minute" in window.breathing.pace_label.text()


def _shown_top_levels() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_no_rating_is_ever_built_nothing_is_logged_and_one_window_shows(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    logged: list[object] = []
    clock = FakeClock()
    window.breathing._clock = clock
    earlier = _shown_top_levels() - {window}  # left over from other tests

    def shown() -> set[QWidget]:
        return _shown_top_levels() - earlier

    window.breathing.finished.connect(logged.append)
    window.grounding.finished.connect(logged.append)
    window.start(find_pattern("box"))  # starting once made a stray rating window appear
    assert shown() == {window}
    clock.now += 60
    window.breathing.stop()  # ends the run: the end panel, without a question
    assert shown() == {window}
    window.start(next(e for e in builtin_exercises() if e.id == "54321"))
    assert shown() == {window}
    for _ in range(7):
        window.grounding.next()
    window.show_picker()
    assert window.findChildren(SudsRow) == []
    assert logged == []
    assert shown() == {window}


def test_page_down_right_and_space_advance_a_grounding_prompt(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    hug = next(e for e in builtin_exercises() if e.id == "54321")
    window.start(hug)
    player = window.grounding.player
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
        qtbot.keyClick(window.grounding, key)
    assert player.where.text() == "Step 4 of 7"
    assert player.input is None  # the prompt alone, no boxes


def test_escape_leaves_presenter_mode(qtbot: QtBot, window: PresenterWindow) -> None:
    window.start(find_pattern("box"))
    with qtbot.waitSignal(window.left, timeout=1000):
        qtbot.keyClick(window.breathing, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_clicker_moves_the_choice_and_b_starts_it(qtbot: QtBot, window: PresenterWindow) -> None:
    window.show_picker()
    first = window.picker.buttons[0]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_PageDown)
    second = window.picker.buttons[1]
    assert QApplication.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_PageUp)
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_PageDown)
    qtbot.keyClick(second, Qt.Key.Key_B)
    assert window.stack.currentWidget() is not window.picker
