"""A screen reader hears the breath: the phase, countdown and pace are exposed as their words,
each change is sent to the screen reader, and phases are announced while one is listening."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.ui.breathing import BreathingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT
from tests.widgets.heard import Heard


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(qtbot: QtBot, clock: FakeClock) -> BreathingPage:
    widget = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_no_fixed_name_hides_the_words(page: BreathingPage) -> None:
    page.start(find_pattern("box"))
    for label in (page.phase_label, page.count_label, page.pace_label, page.time_label):
        assert label.accessibleName() == ""
        assert label.accessibleDescription()  # what the words are about
    assert page.eyes_view.phase.accessibleName() == ""
    phase = QAccessible.queryAccessibleInterface(page.phase_label)
    assert phase is not None
    assert phase.text(QAccessible.Text.Name) == "Breathe in"


def test_the_phase_is_announced_within_the_tick_that_changes_it(
    page: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Heard(monkeypatch)
    page.start(find_pattern("box"))  # nobody chose in settings: on, as a reader listens
    assert heard.announced() == ["Breathe in"]
    assert heard.changed(page.phase_label) == 1
    heard.clear()
    clock.now += 1.0
    page.tick()
    assert heard.announced() == []  # once a phase, not every second
    assert heard.changed(page.count_label) == 1  # the countdown's change is sent
    assert heard.changed(page.phase_label) == 0
    clock.now += 3.0
    page.tick()
    assert heard.announced() == ["Hold gently"]
    assert heard.changed(page.phase_label) == 1
    clock.now += 4.0
    page.tick()
    assert heard.announced() == ["Hold gently", "Breathe out"]


def test_the_person_can_turn_announcements_off(
    page: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Heard(monkeypatch)
    page.announce_phases = False
    page.start(find_pattern("box"))
    clock.now += 4.0
    page.tick()
    assert heard.announced() == []
    assert heard.changed(page.phase_label) == 2  # the words still change where a reader looks


def test_nothing_is_sent_without_a_screen_reader(
    page: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[QAccessibleEvent] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    page.start(find_pattern("box"))
    clock.now += 4.0
    page.tick()
    assert sent == []
