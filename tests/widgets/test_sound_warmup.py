"""The first tone on time: silence is queued into a fresh output before the first phase, and
the breathing screen begins that phase when the silence has played."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.core.breathing import Schedule, boundaries
from regulate.core.session import Length
from regulate.ui.breathing import BreathingPage
from regulate.ui.sound import CHANNELS, RATE, SAMPLE_BYTES, WARM_SECONDS, TonePlayer
from regulate.ui.theme import LIGHT


class FakeStream:
    def __init__(self, log: list[tuple[str, int]]) -> None:
        self.log = log

    def write(self, data: bytes) -> int:
        self.log.append(("silence" if not any(data) else "tone", len(data)))
        return len(data)


class FakeSink:
    def bytesFree(self) -> int:
        return RATE * CHANNELS * SAMPLE_BYTES


class FakeOutput(TonePlayer):
    """A TonePlayer whose audio output is a list: what was written, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[tuple[str, int]] = []
        self.opened = 0

    def prepare(self) -> bool:
        if not self._prepared:
            self._prepared = True
            self.opened += 1
            self._tones = {"inhale": b"\x01\x00" * 400, "exhale": b"\x02\x00" * 400}
            self._sink, self._stream = FakeSink(), FakeStream(self.log)
            self.available = True
        return self.available


def test_warm_up_opens_the_output_and_queues_silence_before_any_tone() -> None:
    player = FakeOutput()
    assert player.warm_up() == pytest.approx(WARM_SECONDS)
    player.play("inhale")
    assert player.opened == 1
    silence_bytes = round(RATE * WARM_SECONDS) * CHANNELS * SAMPLE_BYTES
    assert player.log == [("silence", silence_bytes), ("tone", 800)]
    assert player.warm_up() == 0.0  # warm already: no more silence, no wait
    player.play("exhale")
    assert player.log[-1] == ("tone", 800)
    assert len(player.log) == 3


def test_no_output_means_no_wait() -> None:
    silent = TonePlayer()
    silent.prepare = lambda: False  # type: ignore[method-assign]
    assert silent.warm_up() == 0.0


class Clock:
    def __init__(self) -> None:
        self.now = 700.0

    def __call__(self) -> float:
        return self.now


class TimedOutput(FakeOutput):
    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.played: list[tuple[float, str]] = []

    def play(self, name: str) -> None:
        self.played.append((self.clock.now, name))
        super().play(name)


def test_the_first_phase_begins_when_the_silence_has_played(qtbot: QtBot) -> None:
    clock = Clock()
    output = TimedOutput(clock)
    page = BreathingPage(builtin_patterns(), LIGHT, output, clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    pattern = find_pattern("box")
    pressed = clock.now
    page.start(pattern, Length(cycles=2), sound=True)
    assert output.played == []  # nothing yet: the output is warming up
    assert output.log[0][0] == "silence"
    while page.run is not None and page._timer.isActive() and clock.now - pressed < 40:
        clock.now += page._timer.interval() / 1000.0
        page.tick()
    expected = list(boundaries(Schedule.fixed(pattern), 32 - 1e-6))
    assert len(output.played) == len(expected) == 8
    for (t, name), boundary in zip(output.played, expected, strict=True):
        assert name == boundary.phase.kind.value
        # every tone, the first included, on the animation's own phase times
        assert -1e-9 <= (t - pressed - WARM_SECONDS) - boundary.time <= 0.0011
    assert output.log.count(("silence", output.log[0][1])) == 1


def test_the_phase_times_for_the_bench_are_written_when_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "phases.txt"
    monkeypatch.setenv("REGULATE_PHASE_TIMES", str(log))
    clock = Clock()
    page = BreathingPage(builtin_patterns(), LIGHT, TimedOutput(clock), clock=clock)
    qtbot.addWidget(page)
    page.show()
    page.start(find_pattern("box"), Length(cycles=1), sound=True)
    clock.now += WARM_SECONDS
    page.tick()
    clock.now += 4.0
    page.tick()
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines == [f"{700.0 + WARM_SECONDS:.6f} inhale", f"{704.0 + WARM_SECONDS:.6f} hold"]
