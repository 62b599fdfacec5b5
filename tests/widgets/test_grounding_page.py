"""The grounding list and player, with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from regulate.content.exercises import Problem, builtin_exercises
from regulate.core.entries import Finished
from regulate.core.exercises import Exercise
from regulate.core.scales import Zone
from regulate.ui.grounding import GroundingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def exercise(exercise_id: str) -> Exercise:
    return next(e for e in builtin_exercises() if e.id == exercise_id)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(qtbot: QtBot, clock: FakeClock) -> GroundingPage:
    problems = [Problem("mine.toml", 3, "unknown zone 'calm'")]
    widget = GroundingPage(builtin_exercises(), problems, LIGHT, TonePlayer(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_list_is_grouped_by_too_much_and_too_little(page: GroundingPage) -> None:
    titles = [b.text() for b in page.list.buttons]
    hyper = [e.title for e in builtin_exercises() if Zone.HYPER in e.zones]
    hypo = [e.title for e in builtin_exercises() if Zone.HYPO in e.zones]
    assert titles == hyper + hypo
    assert "Cold water" in hyper
    assert "Cold water" not in hypo
    assert "mine.toml: line 3" in page.list.notice.text()
    assert page.list.notice.isVisible()


def test_keys_move_through_the_steps_and_show_progress(qtbot: QtBot, page: GroundingPage) -> None:
    page.start(exercise("orienting"))
    assert page.player.where.text() == "Step 1 of 6"
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert page.player.where.text() == "Step 3 of 6"
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.player.where.text() == "Step 2 of 6"
    assert page.player.back_button.isEnabled()


def test_a_timed_step_counts_down_by_the_clock_and_can_pause(
    page: GroundingPage, clock: FakeClock
) -> None:
    page.start(exercise("feet-on-floor"))
    page.next()  # "Press your feet into the floor" for 5 seconds
    assert page.player.countdown.text() == "0:05"
    clock.now += 2.2
    page.player.tick()
    assert page.player.countdown.text() == "0:03"
    page.player.toggle_timer()
    clock.now += 60
    page.player.tick()
    assert page.player.countdown.text() == "0:03"
    page.player.toggle_timer()
    clock.now += 3
    page.player.tick()
    assert page.player.countdown.text().startswith("Done")
    assert page.player.where.text() == "Step 2 of 6"  # never moves on by itself


def test_54321_gives_room_to_type_and_ticks_what_was_named(page: GroundingPage) -> None:
    page.start(exercise("54321"))
    page.next()
    step_input = page.player.input
    assert step_input is not None
    fields = step_input.findChildren(QLineEdit)
    assert len(fields) == 5
    fields[0].setText("the window")
    page.next()
    assert len(page.player.input.findChildren(QLineEdit)) == 4  # type: ignore[union-attr]


def test_space_in_a_text_field_types_a_space_and_does_not_skip(
    qtbot: QtBot, page: GroundingPage
) -> None:
    page.start(exercise("54321"))
    page.next()
    assert page.player.input is not None
    field = page.player.input.findChildren(QLineEdit)[0]
    field.setFocus()
    qtbot.keyClicks(field, "a cup")
    assert field.text() == "a cup"
    assert page.player.where.text() == "Step 2 of 7"


def test_the_butterfly_hug_shows_the_pacer_only_on_its_tapping_steps(
    page: GroundingPage,
) -> None:
    page.start(exercise("butterfly-hug"))
    assert not page.player.pacer.isVisible()
    page.next()
    page.next()
    assert page.player.pacer.isVisible()
    page.player.pacer.rate_slider.setValue(page.player.pacer.rate_slider.maximum())
    assert page.player.pacer.rate <= 1.5
    page.next()
    page.next()
    assert not page.player.pacer.isVisible()


def test_finishing_logs_the_session_with_both_ratings(
    page: GroundingPage, clock: FakeClock
) -> None:
    logged: list[Finished] = []
    page.finished.connect(logged.append)
    page.start(exercise("categories"))
    page.player.suds_before.buttons[6].click()
    for _ in range(4):
        clock.now += 20
        page.next()
    assert page.stack.currentWidget() is page.end_panel
    page.end_panel.suds.buttons[4].click()
    page.end_panel.home_button.click()
    (done,) = logged
    assert (done.item, done.completed, done.suds_before, done.suds_after) == (
        "categories",
        True,
        6,
        4,
    )
    assert done.seconds == pytest.approx(80)


def test_escape_ends_early_and_is_logged_as_not_completed(
    qtbot: QtBot, page: GroundingPage, clock: FakeClock
) -> None:
    logged: list[Finished] = []
    page.finished.connect(logged.append)
    page.start(exercise("pmr"))
    clock.now += 30
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.end_panel
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert [entry.completed for entry in logged] == [False]
