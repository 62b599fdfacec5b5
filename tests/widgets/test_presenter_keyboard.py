"""Presenter mode by keyboard: Tab brings the hidden controls and moves into them, the focus
is never on an unnamed container, the exercise's own keys still work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.patterns import find_pattern
from regulate.ui.presenter import PresenterWindow
from tests.widgets.test_presenter import clocked, window  # the fixture

__all__ = ["window"]


def focused(window: PresenterWindow) -> QWidget:
    widget = window.focusWidget()
    assert widget is not None
    return widget


def on_breathing(window: PresenterWindow) -> None:
    window.start(find_pattern("box"))
    window._fade.timeout.emit()  # three seconds: only the exercise on the client's screen
    QApplication.processEvents()
    assert not window.controls.isVisible()
    assert focused(window) is window.breathing


def test_tab_shows_the_controls_and_reaches_every_one(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    on_breathing(window)
    qtbot.keyClick(window.breathing, Qt.Key.Key_Tab)
    assert window.controls.isVisible()
    assert focused(window) is window.controls.pause
    reached = [focused(window)]
    for _ in range(7):
        qtbot.keyClick(focused(window), Qt.Key.Key_Tab)
        reached.append(focused(window))
    c = window.controls
    expected = [c.pause, c.slower, c.quicker, c.glide, c.tones, c.other, c.glide_by]
    assert reached[:7] == expected
    assert reached[7] is c.glide_minutes.findChild(QWidget) or reached[7] is c.glide_minutes


def test_shift_tab_comes_to_the_last_control(qtbot: QtBot, window: PresenterWindow) -> None:
    on_breathing(window)
    qtbot.keyClick(window.breathing, Qt.Key.Key_Backtab)
    assert window.controls.isVisible()
    assert window.controls.glide_minutes.isAncestorOf(focused(window)) or (
        focused(window) is window.controls.glide_minutes
    )


def test_any_other_key_brings_the_controls_too(qtbot: QtBot, window: PresenterWindow) -> None:
    on_breathing(window)
    qtbot.keyClick(window.breathing, Qt.Key.Key_F6)
    assert window.controls.isVisible()
    assert window.controls.isAncestorOf(focused(window))


def test_the_controls_stay_while_the_keyboard_is_in_them(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    on_breathing(window)
    qtbot.keyClick(window.breathing, Qt.Key.Key_Tab)
    window._fade.timeout.emit()
    assert window.controls.isVisible()  # the therapist is still choosing
    window.breathing.setFocus()
    window._fade.timeout.emit()
    assert not window.controls.isVisible()  # the focus left them: they fade


def test_choose_another_exercise_by_keyboard(qtbot: QtBot, window: PresenterWindow) -> None:
    on_breathing(window)
    qtbot.keyClick(window.breathing, Qt.Key.Key_Tab)
    other = window.controls.other
    other.setFocus()
    qtbot.keyClick(other, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.picker


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Space, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_G, Qt.Key.Key_Shift]
)
def test_the_exercise_keys_stay_with_the_exercise(
    qtbot: QtBot, window: PresenterWindow, key: Qt.Key
) -> None:
    clocked(window)
    on_breathing(window)
    qtbot.keyClick(window.breathing, key)
    assert focused(window) is window.breathing


def test_space_and_arrows_still_pause_and_change_the_pace(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    clock = clocked(window)
    window.start(find_pattern("extended-exhale"))
    window._fade.timeout.emit()
    run = window.breathing.run
    assert run is not None
    qtbot.keyClick(window.breathing, Qt.Key.Key_Down)
    assert run.bpm(clock.now) == pytest.approx(5.5)
    qtbot.keyClick(window.breathing, Qt.Key.Key_Space)
    assert run.paused


def test_the_focus_is_never_on_an_unnamed_container(qtbot: QtBot, window: PresenterWindow) -> None:
    for item in (find_pattern("box"), next(e for e in builtin_exercises() if e.id == "54321")):
        window.start(item)
        window._fade.timeout.emit()
        QApplication.processEvents()
        widget = focused(window)
        for _ in range(12):
            widget = focused(window)
            assert widget.accessibleName() or widget.inherits("QAbstractButton"), widget
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        window.show_picker()
