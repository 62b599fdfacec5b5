"""Small keys of the rating rows and the breathing menu: two digits make 10, Left from Skip
goes to 10, and the menu's actions are named by their words alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.ui.breathing import BreathingPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.suds import SudsRow
from regulate.ui.theme import LIGHT
from tests.layout import settle


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def row(qtbot: QtBot, clock: FakeClock) -> SudsRow:
    widget = SudsRow("How intense is it now?")
    widget.keys._clock = clock
    qtbot.addWidget(widget)
    widget.resize(700, 200)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    settle()
    widget.buttons[0].setFocus()
    return widget


def typed(qtbot: QtBot, *keys: Qt.Key) -> None:
    for key in keys:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def test_one_then_zero_quickly_is_ten(qtbot: QtBot, row: SudsRow, clock: FakeClock) -> None:
    typed(qtbot, Qt.Key.Key_1)
    assert QApplication.focusWidget() is row.buttons[1]
    clock.now += 0.6
    typed(qtbot, Qt.Key.Key_0)
    assert QApplication.focusWidget() is row.buttons[10]


def test_one_then_zero_slowly_is_zero(qtbot: QtBot, row: SudsRow, clock: FakeClock) -> None:
    typed(qtbot, Qt.Key.Key_1)
    clock.now += 1.5
    typed(qtbot, Qt.Key.Key_0)
    assert QApplication.focusWidget() is row.buttons[0]


def test_a_digit_after_ten_starts_afresh(qtbot: QtBot, row: SudsRow) -> None:
    typed(qtbot, Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_3)
    assert QApplication.focusWidget() is row.buttons[3]
    typed(qtbot, Qt.Key.Key_4)  # 34 is no rating: 4
    assert QApplication.focusWidget() is row.buttons[4]
    typed(qtbot, Qt.Key.Key_1, Qt.Key.Key_1)  # 11 is none either: 1
    assert QApplication.focusWidget() is row.buttons[1]


def test_left_from_skip_goes_to_ten(qtbot: QtBot, row: SudsRow) -> None:
    row.skip.setFocus()
    typed(qtbot, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is row.buttons[10]
    row.skip.setFocus()
    typed(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is row.buttons[10]
    row.skip.setFocus()
    typed(qtbot, Qt.Key.Key_Home)
    assert QApplication.focusWidget() is row.buttons[0]


def test_right_from_skip_goes_to_ten_when_right_to_left(qtbot: QtBot, row: SudsRow) -> None:
    row.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    row.skip.setFocus()
    typed(qtbot, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is row.buttons[10]


def test_left_on_skip_before_grounding_stays_in_the_row(qtbot: QtBot) -> None:
    page = GroundingPage(builtin_exercises(), [], LIGHT, TonePlayer(), clock=FakeClock())
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    settle()
    page.start(next(e for e in builtin_exercises() if e.id == "orienting"))
    page.next()
    row = page.player.suds_before
    assert row is not None
    page.player.suds_before.setVisible(True)
    row.skip.setFocus()
    typed(qtbot, Qt.Key.Key_Left)
    assert page.player.index == 1  # Left was the row's, not the page's Back
    assert QApplication.focusWidget() is row.buttons[10]


@pytest.fixture
def breathing(qtbot: QtBot) -> BreathingPage:
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=FakeClock())
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    settle()
    page.start(find_pattern("box"))
    return page


def test_menu_actions_are_named_by_their_words(breathing: BreathingPage) -> None:
    menu = breathing.more_button.menu()
    assert menu is not None
    face = QAccessible.queryAccessibleInterface(menu)
    assert face is not None
    names = [face.child(n).text(QAccessible.Text.Name) for n in range(face.childCount())]
    assert "Still view, no movement" in names
    assert "Eyes closed: tones only" in names
    assert all("\t" not in name for name in names)
    still = names.index("Still view, no movement")
    assert face.child(still).text(QAccessible.Text.Accelerator) == "M"
    assert breathing.still_action.shortcut().toString() == "M"  # shown beside the words


def test_m_on_the_page_changes_the_view_once(qtbot: QtBot, breathing: BreathingPage) -> None:
    still = breathing.shape.still
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_M)
    assert breathing.shape.still is not still
    assert breathing.still_action.isChecked() is breathing.shape.still


@pytest.mark.qt_log_ignore("This plugin does not support")  # raise and grab, offscreen
def test_m_in_the_open_menu_never_changes_the_view_twice(
    qtbot: QtBot, breathing: BreathingPage
) -> None:
    menu = breathing.more_button.menu()
    assert menu is not None
    changes: list[bool] = []
    breathing.still_action.triggered.connect(changes.append)
    menu.popup(breathing.more_button.mapToGlobal(breathing.more_button.rect().bottomLeft()))
    qtbot.waitExposed(menu)
    qtbot.keyClick(menu, Qt.Key.Key_M)
    assert len(changes) <= 1  # never twice (by the menu and the page)
    menu.close()
