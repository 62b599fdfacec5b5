"""The guided resonance assessment: five paces on heartbeats, rests between, the pace chosen,
and kept as the person's own pattern only when they ask. Fake clock and a fake strap."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from regulate.core.breathing import Pattern
from regulate.core.rr_synth import recording
from regulate.ui.heart_source import FakeSource
from regulate.ui.resonance import ResonancePage, pattern_seconds
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Store:
    def __init__(self) -> None:
        self.saved: list[tuple[str, tuple[float, float, float, float]]] = []

    def own_patterns(self) -> tuple[Pattern, ...]:
        return ()

    def save(
        self, name: str, seconds: tuple[float, float, float, float], replaces: str | None
    ) -> Pattern:
        from regulate.content.patterns import own_pattern

        self.saved.append((name, seconds))
        return own_pattern(name, seconds)

    def remove(self, pattern_id: str) -> None:
        pass


def _breathe_step(
    page: ResonancePage, clock: Clock, source: FakeSource, beats: list[float]
) -> None:
    source.send(900.0)  # the beat the pace begins on
    assert page.seconds_left_in_step is not None
    for rr in beats:
        if page.seconds_left_in_step is None:
            break
        clock.now += rr / 1000.0
        source.send(rr)
        page.tick()


def test_five_paces_then_the_pace_chosen_and_kept(qtbot: QtBot) -> None:
    clock = Clock()
    source = FakeSource()
    store = Store()
    page = ResonancePage(LIGHT, TonePlayer(), source, store, minutes=2.0, clock=clock)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    assert source.running
    page.begin()
    for index, rate in enumerate(page.rates):
        assert page.stack.currentWidget() is page.breathing_box
        beats = list(recording(40 + index, 5.5, rates=(rate,), minutes=2.2).rr_ms)
        _breathe_step(page, clock, source, beats)
        assert len(page.recordings[index]) >= 100
        if index < len(page.rates) - 1:
            assert page.stack.currentWidget() is page.rest
            clock.now += 45  # a rest as long as they like; the strap keeps beating
            source.send(800.0, 820.0)
            assert len(page.recordings) == index + 1  # rest beats are not counted
            page.next_step()
    assert page.stack.currentWidget() is page.results
    assert page.chosen is not None
    assert abs(page.chosen - 5.5) <= 0.5
    assert len(page.steps) == 5
    assert all(s.swing is not None for s in page.steps)
    assert page.explanation.text().count(".") >= 2
    assert not store.saved  # nothing is written until they ask
    pattern = page.keep()
    assert pattern is not None
    assert store.saved[0][1] == pattern_seconds(page.chosen)
    assert "Kept" in page.kept_label.text()
    page.grab()


def test_without_beats_a_pace_still_begins_and_stop_keeps_nothing(qtbot: QtBot) -> None:
    clock = Clock()
    source = FakeSource()
    page = ResonancePage(LIGHT, TonePlayer(), source, None, minutes=2.0, clock=clock)
    qtbot.addWidget(page)
    page.begin()
    assert page.seconds_left_in_step is None
    clock.now += 3.5
    page.tick()
    assert page.seconds_left_in_step is not None  # began after a short wait
    page.stop()
    assert page.stack.currentWidget() is page.intro


def test_new_colours_reach_the_breathing_shape(qtbot: QtBot) -> None:
    from regulate.ui.theme import CONTRAST

    page = ResonancePage(LIGHT, TonePlayer(), FakeSource(), None, minutes=2.0, clock=Clock())
    qtbot.addWidget(page)
    page.set_colours(CONTRAST)
    assert page.breathing.shape._colours is CONTRAST


def test_pattern_seconds_are_half_seconds_near_the_pace() -> None:
    for rate in (6.5, 6.0, 5.5, 5.0, 4.5):
        inhale, hold, exhale, rest = pattern_seconds(rate)
        assert (hold, rest) == (0.0, 0.0)
        assert inhale * 2 == int(inhale * 2)
        assert exhale * 2 == int(exhale * 2)
        assert abs(60.0 / (inhale + exhale) - rate) < 0.3


def test_the_app_opens_the_assessment_from_a_breathe_request(
    qtbot: QtBot, data_dir: object
) -> None:
    from regulate.app import Regulate
    from regulate.paths import data_paths
    from regulate.services import Services
    from regulate.services.requests import BreatheRequest, HeartRequest
    from regulate.ui.startup import make_application

    running = Regulate(make_application(), Services(data_paths(data_dir)))  # type: ignore[arg-type]
    qtbot.addWidget(running.window)
    running.breathe(
        BreatheRequest(find_pace=True, minutes=1.0, heart=HeartRequest(replay=(800.0,) * 50))
    )
    page = running.screens["resonance"]
    assert isinstance(page, ResonancePage)
    assert page.minutes == 1.0
    assert running.window.pages.currentWidget() is page
    page.leave.emit()
    assert running.window.pages.currentWidget() is running.home
    page.halt()
