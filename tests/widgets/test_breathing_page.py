"""The breathing screen, driven by a fake clock: timing, tones, keys, and what gets logged."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.core.breathing import Schedule, boundaries
from regulate.core.entries import Finished
from regulate.core.session import Length
from regulate.ui.breathing import BreathingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT


class FakeClock:
    def __init__(self, start: float = 5000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class RecordingTones(TonePlayer):
    """Stands in for the audio output: remembers which tone was asked for, and when."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.clock = clock
        self.played: list[tuple[float, str]] = []

    def prepare(self) -> bool:
        self.available = True
        return True

    def play(self, phase: str) -> None:
        self.played.append((self.clock.now, phase))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def page(qtbot: QtBot, clock: FakeClock) -> BreathingPage:
    widget = BreathingPage(builtin_patterns(), LIGHT, RecordingTones(clock), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tones(page: BreathingPage) -> RecordingTones:
    player = page._tones
    assert isinstance(player, RecordingTones)
    return player


def run_frames(page: BreathingPage, clock: FakeClock, until: float, jitter: float = 0.0) -> None:
    """Let the page sleep as it asks to, plus a random delay like a busy GUI thread."""
    rng = random.Random(7)
    start = clock.now
    while clock.now - start < until and page.run is not None and page._timer.isActive():
        delay = page._timer.interval() / 1000.0
        if jitter:
            delay += rng.random() * jitter
            if rng.random() < 0.01:
                delay += 0.25  # now and then the GUI thread is blocked for a while
        clock.now += delay
        page.tick()


def test_tones_stay_on_the_schedule_for_ten_minutes(page: BreathingPage, clock: FakeClock) -> None:
    pattern = find_pattern("3-2-3-2")
    start = clock.now
    page.start(pattern, Length(minutes=10), sound=True)
    run_frames(page, clock, until=601, jitter=0.03)
    expected = list(boundaries(Schedule.fixed(pattern), 600 - 1e-6))
    played = tones(page).played
    assert [name for _, name in played] == [b.phase.kind.value for b in expected]
    late = [(t - start) - b.time for (t, _), b in zip(played, expected, strict=True)]
    assert min(late) >= 0  # never early
    assert max(late) <= 0.03 + 0.25 + 0.017  # at most one (jittered) wake-up late, never drifting
    assert sum(late[-20:]) / 20 <= 0.05  # still on time at the end of ten minutes


def test_without_delays_each_tone_lands_within_a_millisecond(
    page: BreathingPage, clock: FakeClock
) -> None:
    pattern = find_pattern("box")
    start = clock.now
    page.start(pattern, Length(cycles=3), sound=True)
    run_frames(page, clock, until=60)
    expected = list(boundaries(Schedule.fixed(pattern), 48 - 1e-6))
    played = tones(page).played
    assert len(played) == len(expected) == 12
    for (t, _), boundary in zip(played, expected, strict=True):
        assert 0 <= (t - start) - boundary.time <= 0.0011


def test_the_shape_does_not_repaint_during_a_hold(page: BreathingPage, clock: FakeClock) -> None:
    page.start(find_pattern("box"), sound=False)
    clock.now += 5.0  # one second into the hold
    page.tick()
    assert page.phase_label.text() == "Hold gently"
    assert page._timer.interval() >= 900  # sleeps until the countdown changes, no frames
    fullness = page.shape.fullness
    clock.now += 0.9
    page.tick()
    assert page.shape.fullness == fullness == 1.0


def test_space_pauses_and_time_stands_still(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("extended-exhale"))
    clock.now += 1.0
    page.tick()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.run is not None
    assert page.run.paused
    assert not page._timer.isActive()
    clock.now += 100.0
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not page.run.paused
    assert page.run.elapsed(clock.now) == pytest.approx(1.0)
    assert page.phase_label.text() == "Breathe in"


def test_arrow_keys_change_the_pace_without_a_jump(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("extended-exhale"))  # 6 breaths a minute
    clock.now += 2.0
    page.tick()
    before = page.shape.fullness
    qtbot.keyClick(page, Qt.Key.Key_Down)
    assert page.run is not None
    assert page.run.bpm(clock.now) == pytest.approx(5.5)
    assert page.shape.fullness == pytest.approx(before)
    qtbot.keyClick(page, Qt.Key.Key_Up)
    qtbot.keyClick(page, Qt.Key.Key_Up)
    assert page.run.bpm(clock.now) == pytest.approx(6.5)
    assert "6.5 breaths a minute" in page.pace_label.text()


def test_escape_ends_and_offers_a_rating_that_can_be_skipped(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    logged: list[Finished] = []
    page.finished.connect(logged.append)
    page.start(find_pattern("resonance"))
    clock.now += 30.0
    page.tick()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.end_panel
    assert logged == []  # nothing is logged until the person moves on
    page.end_panel.suds.buttons[3].click()
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # Esc again: home
    assert len(logged) == 1
    assert logged[0].completed is False
    assert logged[0].suds_after == 3
    assert logged[0].seconds == pytest.approx(30.0)


def test_a_finished_run_is_logged_with_both_ratings(page: BreathingPage, clock: FakeClock) -> None:
    logged: list[Finished] = []
    page.finished.connect(logged.append)
    page.start(find_pattern("3-2-3-2"), Length(cycles=2))
    page.suds_before_row.buttons[7].click()
    run_frames(page, clock, until=30)
    assert page.stack.currentWidget() is page.end_panel
    page.end_panel.suds.skip.click()
    page.end_panel.home_button.click()
    assert len(logged) == 1
    assert (logged[0].completed, logged[0].seconds) == (True, 20.0)
    assert (logged[0].suds_before, logged[0].suds_after) == (7, None)


def test_a_few_seconds_by_accident_are_not_logged(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    logged: list[Finished] = []
    page.finished.connect(logged.append)
    page.start(find_pattern("box"))
    clock.now += 3.0
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert logged == []


def test_timer_stops_when_the_screen_is_hidden(page: BreathingPage, clock: FakeClock) -> None:
    page.start(find_pattern("box"))
    assert page._timer.isActive()
    page.hide()
    assert not page._timer.isActive()
    clock.now += 3.0
    page.show()
    assert page._timer.isActive()
    assert page.count_label.text() == "1"  # caught up with the clock, not with ticks


def test_still_view_keeps_the_shape_one_size(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("box"))
    qtbot.keyClick(page, Qt.Key.Key_M)
    assert page.shape.still
    assert page.progress.isVisible()
    clock.now += 2.0
    page.tick()
    assert page._timer.interval() >= 900  # no animation frames at all
    assert 0 < page.progress.value() < 1000


def test_no_audio_output_means_silence_not_an_error(page: BreathingPage) -> None:
    silent = TonePlayer()
    silent.prepare = lambda: False  # type: ignore[method-assign]
    page._tones = silent
    page.start(find_pattern("box"), sound=True)
    assert not page.sound_button.isChecked()
    assert page.phase_label.text() == "Breathe in"


def test_follow_me_mirrors_space_and_can_glide_from_their_pace(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("box"))
    qtbot.keyClick(page, Qt.Key.Key_F)
    assert page.title.text() == "Follow me"
    assert page.run is None
    for _ in range(3):
        qtbot.keyPress(page, Qt.Key.Key_Space)
        clock.now += 3.0
        page.tick()
        qtbot.keyRelease(page, Qt.Key.Key_Space)
        assert page.phase_label.text() == "Breathing out"
        clock.now += 5.0
        page.tick()
    assert "7.5 breaths a minute" in page.pace_label.text()
    assert page.guide_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_G)
    run = page.run
    assert run is not None
    assert run.bpm(clock.now) == pytest.approx(7.5)
    clock.now += 180.0
    assert run.bpm(clock.now) == pytest.approx(6.5)  # glided a little slower


def test_space_in_follow_me_never_clicks_the_focused_button(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start_follow()
    page.stop_button.setFocus()
    qtbot.keyPress(page.stop_button, Qt.Key.Key_Space)
    qtbot.keyRelease(page.stop_button, Qt.Key.Key_Space)
    assert page.stack.currentWidget() is not page.end_panel


def test_eyes_closed_is_dark_and_still_with_tones_on(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("extended-exhale"), sound=False)
    qtbot.keyClick(page, Qt.Key.Key_E)
    assert page.stack.currentWidget() is page.eyes_view
    assert page.sound_button.isChecked()
    clock.now += 1.0
    page.tick()
    assert page._timer.interval() >= 900  # nothing to animate
    clock.now += 3.5
    page.tick()
    assert page.eyes_view.phase.text() == "Breathe out"
    assert tones(page).played[-1][1] == "exhale"
    qtbot.keyClick(page, Qt.Key.Key_E)
    assert page.stack.currentWidget() is page._running_view


def test_phase_changes_are_announced_when_turned_on(
    page: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr("regulate.ui.breathing.announce", lambda source, text: said.append(text))
    page.start(find_pattern("box"))
    assert said == []  # off unless the person turns it on
    page.announce_phases = True
    clock.now += 4.0
    page.tick()
    clock.now += 4.0
    page.tick()
    assert said == ["Hold gently", "Breathe out"]  # once a phase, never every second
