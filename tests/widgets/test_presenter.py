"""Presenter mode: large, nothing personal, nothing logged, keys a therapist can use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPushButton,
    QWidget,
)
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


def clocked(window: PresenterWindow) -> FakeClock:
    """The window's breathing on a fake clock the test moves by hand."""
    clock = FakeClock()
    window.breathing._clock = clock
    return clock


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


def test_arrows_match_the_pace_and_g_glides_one_slower_than_now(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    clock = clocked(window)
    window.start(find_pattern("extended-exhale"))  # 6 a minute
    for _ in range(2):
        qtbot.keyClick(window.breathing, Qt.Key.Key_Down)  # matched to the client: 5
    run = window.breathing.run
    assert run is not None
    assert run.bpm(clock.now) == pytest.approx(5.0)
    window.glide_minutes.setValue(4)
    qtbot.keyClick(window.breathing, Qt.Key.Key_G)
    assert window.controls.isVisible()  # the therapist sees the glide running
    assert window.controls.status.text() == "5.0 breaths a minute  ·  gliding to 4.0 — 4:00 left"
    clock.now += 110
    assert run.bpm(clock.now) < 5.0  # slower, never quicker
    window.controls.refresh()
    assert "gliding to 4.0 — 2:10 left" in window.controls.status.text()
    clock.now += 130
    assert run.bpm(clock.now) == pytest.approx(4.0)
    window.controls.refresh()
    assert "gliding" not in window.controls.status.text()


def test_g_never_glides_quicker_and_the_step_can_be_changed(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    clock = clocked(window)
    window.start(find_pattern("extended-exhale"))
    window.glide_by.setValue(2.0)
    for _ in range(4):
        qtbot.keyClick(window.breathing, Qt.Key.Key_Down)  # 4 a minute
    qtbot.keyClick(window.breathing, Qt.Key.Key_G)
    run = window.breathing.run
    assert run is not None
    clock.now += 600
    assert run.bpm(clock.now) == pytest.approx(2.0)
    assert window.breathing.glide_target(1.5) == pytest.approx(1.0)  # never below one
    window.breathing.glide_to_bpm = 9.0  # an old absolute target is never quicker
    window.breathing.glide_slower_by = None
    assert window.breathing.glide_target(5.0) == pytest.approx(5.0)


def _client_controls(window: PresenterWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QPushButton | QAbstractSpinBox | QComboBox) and w.isVisible()
    ]


def test_the_clients_screen_shows_only_the_exercise_after_three_seconds(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    window.start(find_pattern("box"))
    window.poke()  # the therapist moved the mouse
    assert window.controls.isVisible()
    assert window.breathing.pause_button.isVisible() is False  # never the page's own
    window._fade.timeout.emit()  # three seconds without the mouse moving
    assert _client_controls(window) == []
    assert window.breathing.shape.isVisible()
    assert window.breathing.phase_label.isVisible()
    assert not window.breathing.pace_label.isVisible()  # no numbers nobody asked for
    assert window.breathing.shape.height() >= window.height() / 2
    window.resize(800, 600)
    qtbot.wait(1)
    assert window.breathing.shape.height() >= 300  # half a small screen, too
    window.poke()
    assert window.controls.pause.isVisible()
    assert window._fade.isActive()
    assert window._fade.interval() == 3000


def test_with_two_screens_the_controls_have_their_own_window(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    control_window = window.use_control_window(None)
    qtbot.addWidget(control_window)
    window.start(find_pattern("box"))
    window.poke()
    assert _client_controls(window) == []
    assert window.controls.window() is control_window
    assert window.controls.isVisible()


def test_the_end_speaks_to_nobody_and_offers_another_exercise(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    clock = clocked(window)
    window.start(find_pattern("box"))
    clock.now += 60
    window.breathing.stop()
    panel = window.breathing.end_panel
    assert "you" not in panel.message.text().lower()
    assert panel.home_button.text() == "Choose another exercise"
    panel.home_button.click()
    assert window.stack.currentWidget() is window.picker


def test_the_picker_fits_a_small_screen_in_one_column(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    assert not window.picker.one_column
    window.resize(800, 600)
    qtbot.wait(1)
    window.show_picker()
    assert window.picker.one_column
    last = window.picker.buttons[-1]
    for _ in window.picker.buttons[:-1]:
        window.picker.move_choice(1)
    assert QApplication.focusWidget() is last
    assert last.visibleRegion().boundingRect().height() == last.height()  # not clipped
    assert last.width() <= window.width()


def _shown_top_levels() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_no_rating_is_ever_built_nothing_is_logged_and_one_window_shows(
    qtbot: QtBot, window: PresenterWindow
) -> None:
    logged: list[object] = []
    clock = clocked(window)
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


def test_one_escape_leaves_from_grounding_too(qtbot: QtBot, window: PresenterWindow) -> None:
    window.start(next(e for e in builtin_exercises() if e.id == "54321"))
    with qtbot.waitSignal(window.left, timeout=1000):
        qtbot.keyClick(window.grounding, Qt.Key.Key_Escape)
    assert not window.isVisible()
