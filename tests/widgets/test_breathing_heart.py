"""The heart rhythm on the breathing screen: only with a source attached, in step with the run,
resumed after a dropout without a restart, and the run's beats kept with its session."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.core.rr_synth import recording
from regulate.core.session import Length
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest, HeartRequest
from regulate.storage.journal import Journal
from regulate.ui.breathing import BreathingPage
from regulate.ui.heart_source import FakeSource
from regulate.ui.page import PRESENTING
from regulate.ui.sound import TonePlayer
from regulate.ui.startup import make_application
from regulate.ui.theme import LIGHT


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def _page(qtbot: QtBot, clock: Clock, options: object = None) -> BreathingPage:
    if options is None:
        page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    else:
        page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), options, clock=clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _breathe(page: BreathingPage, clock: Clock, source: FakeSource, seconds: float) -> None:
    """Beats of 1 s each while the clock moves on; the page ticks as its timer would."""
    for _ in range(int(seconds * 10)):
        clock.now += 0.1
        if round(clock.now * 10) % 10 == 0:
            source.send(1000.0 if int(clock.now) % 10 < 4 else 1150.0)
        page.tick()


def test_without_a_source_there_is_no_heart_view(qtbot: QtBot) -> None:
    page = _page(qtbot, Clock())
    page.start(find_pattern("resonance"), Length(minutes=1))
    assert page.heart_view is None


def test_dropping_and_restoring_the_strap_resumes_the_curve_without_a_restart(
    qtbot: QtBot,
) -> None:
    clock = Clock()
    page = _page(qtbot, clock)
    source = FakeSource()
    view = page.attach_heart(source)
    assert source.running
    assert view.isVisible()
    page.start(find_pattern("resonance"), Length(minutes=5))
    run = page.run
    _breathe(page, clock, source, 30)
    before = len(view.points)
    assert before >= 20
    assert view.segments == 1
    source.drop()
    assert view.status  # a calm sentence says it is waiting
    _breathe(page, clock, source, 10)
    assert len(view.points) == before  # nothing arrives while it is away
    source.reconnect()
    _breathe(page, clock, source, 20)
    assert page.run is run  # the same run carries on
    assert view.segments == 2
    assert len(view.points) >= before + 15
    assert view.status == ""
    assert view.points[-1][0] > clock.now - 1.5
    page.grab()


def test_the_shading_follows_the_run_and_each_breath_gives_one_number(qtbot: QtBot) -> None:
    clock = Clock()
    page = _page(qtbot, clock)
    source = FakeSource()
    view = page.attach_heart(source)
    pattern = find_pattern("resonance")
    page.start(pattern, Length(minutes=5))
    _since, rate, _share, start = view._schedules[-1]
    assert abs(rate - pattern.breaths_per_minute) < 1e-6
    assert abs(start - clock.now) < 1e-6
    _breathe(page, clock, source, 60.0 / pattern.breaths_per_minute * 2 + 0.5)
    _since, rate, _share, start = view._schedules[-1]
    period = 60.0 / pattern.breaths_per_minute
    assert abs(start - (500.0 + 2 * period)) < 0.15  # the second breath's start, in step
    assert view.swing is not None
    page.change_pace(-1)
    _breathe(page, clock, source, period + 1)
    assert abs(view._schedules[-1][1] - page.run.bpm(clock.now)) < 1e-6  # type: ignore[union-attr]


def test_the_beats_of_a_run_go_with_its_session_and_presenter_mode_keeps_none(
    qtbot: QtBot,
) -> None:
    clock = Clock()
    page = _page(qtbot, clock)
    source = FakeSource()
    page.attach_heart(source)
    handed: list[tuple[object, list[float]]] = []
    page.finished.connect(lambda f: handed.append((f, page.heartbeats_of_run)))
    page.start(find_pattern("resonance"), Length(minutes=5))
    _breathe(page, clock, source, 40)
    page.stop()
    source.send(900.0)  # after the end: not part of the run
    page._home()
    ((_finished, beats),) = handed
    assert 38 <= len(beats) <= 41
    assert 900.0 not in beats

    shown = _page(qtbot, clock, PRESENTING)
    view = shown.attach_heart(FakeSource())
    shown.start(find_pattern("resonance"), Length(minutes=5))
    assert view.font().pointSizeF() > page.font().pointSizeF()
    shown.finished.connect(lambda f: handed.append((f, [])))
    shown.stop()
    shown._home()
    assert len(handed) == 1


def test_the_app_keeps_a_replayed_runs_heartbeats_in_the_journal(
    qtbot: QtBot, data_dir: Path
) -> None:
    running = Regulate(make_application(), Services(data_paths(data_dir)))
    qtbot.addWidget(running.window)
    clock = Clock()
    page = running.page("breathing", BreathingPage)
    page._clock = clock
    beats = recording(3, 6.0, rates=(6.0,), minutes=2, artefact_rate=0.0).rr_ms
    running.breathe(
        BreatheRequest(
            pattern=find_pattern("resonance"),
            heart=HeartRequest(replay=tuple(beats), name="test.txt", speed=1.0),
        )
    )
    source = page._heart_source
    assert source is not None
    assert page.heart_view is not None
    source._clock = clock  # type: ignore[attr-defined]
    source._started_at = clock.now  # type: ignore[attr-defined]
    for _ in range(600):
        clock.now += 0.1
        source.tick()  # type: ignore[attr-defined]
        page.tick()
    page.stop()
    page._home()
    with Journal.open(data_dir / "journal.db") as journal:
        (session,) = journal.sessions()
        kept = journal.heartbeats(session.uid)
    assert kept is not None
    assert 50 <= len(kept) <= 70
    assert all(abs(a - b) < 0.1 for a, b in zip(kept, beats, strict=False))
