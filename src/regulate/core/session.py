"""One breathing run: a schedule plus pausing, pace changes and its end, driven by clock
readings passed in. Pure, so a test can run ten simulated minutes in a millisecond."""

from __future__ import annotations

from dataclasses import dataclass

from regulate.core.breathing import (
    PACE_STEP_BPM,
    Boundary,
    Pattern,
    Position,
    Schedule,
    phase_at,
)


@dataclass(frozen=True)
class Length:
    """How long a run lasts: so many breaths, so many minutes (rounded up to a whole
    breath), or open-ended."""

    cycles: int | None = None
    minutes: float | None = None

    @classmethod
    def default_for(cls, pattern: Pattern) -> Length:
        if pattern.default_cycles:
            return cls(cycles=pattern.default_cycles)
        if pattern.default_minutes:
            return cls(minutes=pattern.default_minutes)
        return cls(minutes=3)


class Run:
    """Elapsed time is clock time since ``start`` minus time spent paused."""

    def __init__(self, schedule: Schedule, length: Length, start: float) -> None:
        self.schedule = schedule
        self.length = length
        self._start = start
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._ended_at: float | None = None

    @property
    def pattern(self) -> Pattern:
        return self.schedule.pattern

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def elapsed(self, now: float) -> float:
        if self._ended_at is not None:
            now = self._ended_at
        if self._paused_at is not None:
            now = self._paused_at
        return max(0.0, now - self._start - self._paused_total)

    def pause(self, now: float) -> None:
        if self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None

    def end_time(self) -> float | None:
        """Elapsed seconds at which the run is complete, or None if it is open-ended."""
        return self.schedule.end_time(cycles=self.length.cycles, minutes=self.length.minutes)

    def finished(self, now: float) -> bool:
        end = self.end_time()
        return end is not None and self.elapsed(now) >= end - 1e-9

    def stop(self, now: float) -> None:
        self._ended_at = now

    def position(self, now: float) -> Position:
        return phase_at(self.schedule, self.elapsed(now))

    def bpm(self, now: float) -> float:
        return self.schedule.bpm_at(self.elapsed(now))

    def change_pace(self, now: float, steps: int) -> float:
        """Quicker (+) or slower (-) by whole steps, from this moment on. Returns the new pace."""
        t = self.elapsed(now)
        target = self.schedule.bpm_at(t) + steps * PACE_STEP_BPM
        self.schedule = self.schedule.with_pace(t, target)
        return self.schedule.bpm_at(t)

    def glide_to(self, now: float, bpm: float, minutes: float) -> None:
        t = self.elapsed(now)
        self.schedule = self.schedule.with_pace(t, bpm, minutes * 60.0)

    def next_boundary(self, now: float) -> Boundary | None:
        """The next phase change after now, within the run, if there is one."""
        t = self.elapsed(now)
        position = phase_at(self.schedule, t)
        pattern = self.schedule.pattern
        index, cycle = position.index + 1, position.cycle
        if index == len(pattern.timed):
            index, cycle = 0, cycle + 1
        offset = sum(phase.seconds for phase in pattern.timed[:index])
        time = self.schedule.time_at(cycle + offset / pattern.cycle_seconds)
        end = self.end_time()
        if end is not None and time >= end - 1e-9:
            return None
        return Boundary(time, cycle, index, pattern.timed[index])
