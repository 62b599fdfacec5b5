"""Heart sources and the heart-rate view: a replayed file drives the curve, a dropped and
restored strap resumes it, Bluetooth that is not there fails calmly. Fake clocks, no sleeps."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from regulate.core.heart import build_measurement
from regulate.core.rr import LiveCleaner
from regulate.core.rr_synth import recording
from regulate.ui.heart_source import BluetoothSource, FakeSource, ReplaySource, calm_message
from regulate.ui.heart_view import HeartView
from regulate.ui.theme import LIGHT


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_replayed_file_drives_the_curve_in_step_with_the_breath(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rec = recording(1, 6.0, rates=(6.0,), minutes=1, artefact_rate=0.0)
    path = tmp_path / "rr.txt"
    path.write_text("\n".join(f"{v:.1f}" for v in rec.rr_ms))
    clock = Clock()
    source = ReplaySource.from_file(path, speed=1.0, clock=clock)
    view = HeartView(LIGHT, clock=clock)
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.attach(source)
    view.set_schedule(6.0, 0.4, clock.now)
    source.start()
    swings = []
    for step in range(60 * 10):  # a minute in tenths of a second
        clock.now += 0.1
        source.tick()
        if step % 100 == 99:  # a breath of 10 s has ended
            view.end_breath()
            swings.append(view.swing)
    assert source.position == len(rec.rr_ms) or source.position >= len(rec.rr_ms) - 2
    assert len(view.points) >= 50
    assert view.segments == 1
    assert all(s is not None and s > 5 for s in swings[1:])
    assert "swing this breath" in view.number_text()
    # heart rate is higher in the in-breath's last part than at the out-breath's end
    start = 1000.0
    top = [hr for t, hr in view.points if 3.0 <= (t - start) % 10 <= 5.0]
    bottom = [hr for t, hr in view.points if 8.5 <= (t - start) % 10 <= 10.0]
    assert sum(top) / len(top) > sum(bottom) / len(bottom) + 3
    view.grab()  # paints without trouble


def test_a_faster_replay_sends_beats_sooner_and_finishes(qtbot: QtBot) -> None:
    clock = Clock()
    source = ReplaySource([1000.0] * 10, speed=4.0, clock=clock)
    beats: list[float] = []
    source.beat.connect(lambda rr, hr: beats.append(hr))
    with qtbot.waitSignal(source.connected, timeout=100):
        source.start()
    clock.now += 1.0
    source.tick()
    assert beats == [60.0] * 4
    clock.now += 5.0
    with qtbot.waitSignal(source.finished, timeout=100):
        source.tick()
    assert len(beats) == 10


def test_a_dropped_and_restored_strap_resumes_the_curve(qtbot: QtBot) -> None:
    clock = Clock()
    strap = FakeSource()
    view = HeartView(LIGHT, clock=clock)
    qtbot.addWidget(view)
    view.attach(strap)
    strap.start()
    for _ in range(20):
        clock.now += 0.8
        strap.send(800.0)
    assert len(view.points) == 20
    strap.drop()
    assert "lost its connection" in view.status
    clock.now += 5
    strap.send(800.0)  # nothing arrives while it is away
    assert len(view.points) == 20
    strap.reconnect()
    assert view.status == ""
    for _ in range(10):
        clock.now += 0.8
        strap.send_bytes(build_measurement(75, [800.0]))
    assert len(view.points) == 30
    assert view.segments == 2  # the line pauses over the gap, then carries on
    view.grab()


def test_too_many_unclear_beats_show_no_number(qtbot: QtBot) -> None:
    clock = Clock()
    strap = FakeSource()
    view = HeartView(LIGHT, clock=clock)
    qtbot.addWidget(view)
    view.attach(strap)
    strap.start()
    for i in range(100):
        clock.now += 0.8
        strap.send(1600.0 if i % 8 == 7 else 800.0)
    view.end_breath()
    assert view.share_corrected > 0.05
    assert "no number" in view.number_text()


def test_the_live_cleaner_mends_missed_and_extra_beats() -> None:
    cleaner = LiveCleaner()
    out: list[float] = []
    for value in [800.0] * 10 + [1600.0] + [800.0] * 5 + [300.0, 500.0] + [800.0] * 5:
        out += cleaner.push(value)
    assert out == [800.0] * 23
    assert cleaner.corrected == 2


def test_bluetooth_that_is_missing_fails_calmly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtBluetooth", None)  # import fails
    source = BluetoothSource()
    with qtbot.waitSignal(source.problem, timeout=100) as said:
        source.start()
    assert "no Bluetooth" in said.args[0]
    source.stop()


@pytest.mark.qt_log_ignore(".*Bluez.*", ".*Bluetooth.*")
def test_bluetooth_here_fails_calmly_or_scans(qtbot: QtBot) -> None:
    """Without an adapter (as on the test machines) starting says so in one sentence and never
    raises; with one, it scans quietly until stopped."""
    source = BluetoothSource(parent=None)
    said: list[str] = []
    source.problem.connect(said.append)
    source.start()
    source.stop()
    calm = {calm_message(kind) for kind in ("missing", "off", "permission", "none_found")}
    assert set(said) <= calm
    assert len(said) <= 1
