"""Breathing patterns and their timing: the one place that knows where in a breath we are.

A pattern is a list of phases (inhale, hold, exhale, rest) in seconds. A schedule says how fast
the pattern runs over time: at a fixed pace, gliding from one pace to another (progressive
pacing), or with pace changes made live. Position is "cycles done", a continuous function of
elapsed time, so changing the pace never makes the shape jump. Nothing here reads a clock:
callers pass the elapsed seconds in, which is what keeps the animation drift-free and testable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from regulate.core.scales import Zone

STEP = 0.5
PHASE_MAX_SECONDS = 60.0
#: At most 20 breaths a minute, the top of the ordinary resting range (12-20): never the fast
#: breathing that provokes dizziness or, in epilepsy, seizures (domain notes 2.6, Watemberg).
PACE_MAX_BPM = 20.0
#: So a breath takes at least 3 seconds in all.
CYCLE_MIN_SECONDS = 60.0 / PACE_MAX_BPM
#: The longest hold (lungs full or empty): Weil's 7-count hold at up to 1.4 s a count, with
#: margin; long holds bring light-headedness and air hunger (domain notes 2.2, 2.7).
HOLD_MAX_SECONDS = 10.0
LONG_HOLD_SECONDS = 5.0
PACE_MIN_BPM = 1.0
PACE_STEP_BPM = 0.5


class PatternError(ValueError):
    """A pattern that can't be used. The message names the problem and what is allowed."""


class PhaseKind(StrEnum):
    INHALE = "inhale"
    HOLD = "hold"  # holding with the lungs full
    EXHALE = "exhale"
    REST = "rest"  # resting with the lungs empty


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    seconds: float
    #: Optional words for this phase, e.g. "A little more in" for a sigh's second inhale.
    label: str = ""


@dataclass(frozen=True)
class Pattern:
    id: str
    name: str
    phases: tuple[Phase, ...]
    zones: frozenset[Zone] = frozenset()
    caution: str = ""
    summary: str = ""
    default_cycles: int | None = None
    default_minutes: float | None = None
    sources: tuple[str, ...] = ()
    #: Only the phases that take time; a zero hold simply is not there.
    timed: tuple[Phase, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for phase in self.phases:
            check_phase_seconds(phase.seconds, phase.kind.value)
            if phase.kind in (PhaseKind.HOLD, PhaseKind.REST):
                check_hold_seconds(phase.seconds, phase.kind.value)
        timed = tuple(phase for phase in self.phases if phase.seconds > 0)
        if sum(phase.seconds for phase in timed) < CYCLE_MIN_SECONDS:
            raise PatternError(
                f"a breath needs at least {CYCLE_MIN_SECONDS:g} seconds in all (at most "
                f"{PACE_MAX_BPM:g} breaths a minute); each part can be 0 to 60 seconds in "
                f"steps of 0.5, and a hold at most {HOLD_MAX_SECONDS:g}"
            )
        object.__setattr__(self, "timed", timed)

    @property
    def cycle_seconds(self) -> float:
        return sum(phase.seconds for phase in self.timed)

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_seconds

    @property
    def longest_hold(self) -> float:
        holds = [p.seconds for p in self.timed if p.kind in (PhaseKind.HOLD, PhaseKind.REST)]
        return max(holds, default=0.0)


def check_phase_seconds(seconds: object, what: str) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise PatternError(f"the {what} must be a number of seconds")
    if not 0 <= seconds <= PHASE_MAX_SECONDS:
        raise PatternError(f"the {what} must be 0 to 60 seconds; {seconds:g} is outside that")
    if abs(seconds / STEP - round(seconds / STEP)) > 1e-9:
        raise PatternError(
            f"the {what} must be in steps of half a second (like 4 or 4.5); {seconds:g} is not"
        )
    return float(seconds)


def check_hold_seconds(seconds: float, what: str) -> float:
    """A hold (or rest with the lungs empty) of at most HOLD_MAX_SECONDS."""
    if seconds > HOLD_MAX_SECONDS:
        raise PatternError(
            f"the {what} must be at most {HOLD_MAX_SECONDS:g} seconds; long holds can make "
            f"you light-headed, and {seconds:g} is longer than that"
        )
    return seconds


_SPEC_PARTS = ("breath in", "hold", "breath out", "rest")


def looks_like_spec(text: str) -> bool:
    """True for things like 4-7-8, 3-2-3-2 or a mistyped -1-2-3: numbers joined by dashes."""
    return bool(re.fullmatch(r"-?[0-9.,]*(-[0-9A-Za-z.,]*){2,3}", text.strip())) and any(
        ch.isdigit() for ch in text
    )


def parse_spec(text: str) -> Pattern:
    """An inline pattern "in-hold-out[-rest]" in seconds, such as 4-7-8 or 3-2-3-2."""
    allowed = (
        "write it as in-hold-out or in-hold-out-rest, each 0 to 60 seconds in steps of 0.5, "
        "such as 4-7-8 or 3-2-3-2"
    )
    raw = text.strip()
    if raw.startswith("-"):
        raise PatternError(f"'{text}' starts with a minus; times can't be negative: {allowed}")
    parts = raw.split("-")
    if len(parts) not in (3, 4):
        raise PatternError(f"'{text}' is not a breathing pattern: {allowed}")
    seconds: list[float] = []
    for part, what in zip(parts, _SPEC_PARTS, strict=False):
        try:
            value = float(part)
        except ValueError:
            raise PatternError(f"'{part}' in '{text}' is not a number: {allowed}") from None
        if not math.isfinite(value):
            raise PatternError(f"'{part}' in '{text}' is not a number: {allowed}")
        try:
            seconds.append(check_phase_seconds(value, what))
        except PatternError as exc:
            raise PatternError(f"in '{text}', {exc}") from None
    kinds = (PhaseKind.INHALE, PhaseKind.HOLD, PhaseKind.EXHALE, PhaseKind.REST)
    phases = tuple(Phase(kind, value) for kind, value in zip(kinds, seconds, strict=False))
    label = "-".join(f"{value:g}" for value in seconds)
    try:
        pattern = Pattern(id=label, name=f"Your pattern {label}", phases=phases)
    except PatternError as exc:
        raise PatternError(f"'{text}': {exc}") from None
    return pattern


# -- schedules -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """From ``start`` seconds on, the pace moves from ``bpm_from`` to ``bpm_to`` over ``glide``
    seconds (0: at once), then stays at ``bpm_to``. ``cycles`` is how many breaths were done
    at ``start``."""

    start: float
    cycles: float
    bpm_from: float
    bpm_to: float
    glide: float = 0.0

    def _rates(self) -> tuple[float, float]:
        return self.bpm_from / 60.0, self.bpm_to / 60.0

    def cycles_at(self, t: float) -> float:
        r0, r1 = self._rates()
        dt = max(0.0, t - self.start)
        if self.glide <= 0:
            return self.cycles + r1 * dt
        if dt <= self.glide:
            return self.cycles + r0 * dt + (r1 - r0) * dt * dt / (2 * self.glide)
        glided = r0 * self.glide + (r1 - r0) * self.glide / 2
        return self.cycles + glided + r1 * (dt - self.glide)

    def bpm_at(self, t: float) -> float:
        dt = max(0.0, t - self.start)
        if self.glide <= 0 or dt >= self.glide:
            return self.bpm_to
        return self.bpm_from + (self.bpm_to - self.bpm_from) * dt / self.glide

    def time_at(self, cycles: float) -> float:
        """When this segment reaches ``cycles`` breaths (inverse of ``cycles_at``)."""
        r0, r1 = self._rates()
        need = cycles - self.cycles
        if need <= 0:
            return self.start
        if self.glide > 0:
            glided = r0 * self.glide + (r1 - r0) * self.glide / 2
            if need <= glided:
                a = (r1 - r0) / self.glide
                if abs(a) < 1e-12:
                    return self.start + need / r0
                return self.start + (-r0 + math.sqrt(r0 * r0 + 2 * a * need)) / a
            return self.start + self.glide + (need - glided) / r1
        return self.start + need / r1


def clamp_bpm(bpm: float) -> float:
    return min(PACE_MAX_BPM, max(PACE_MIN_BPM, bpm))


@dataclass(frozen=True)
class Schedule:
    pattern: Pattern
    segments: tuple[Segment, ...]

    @classmethod
    def fixed(cls, pattern: Pattern, bpm: float | None = None) -> Schedule:
        pace = pattern.breaths_per_minute if bpm is None else clamp_bpm(bpm)
        return cls(pattern, (Segment(0.0, 0.0, pace, pace),))

    @classmethod
    def progressive(
        cls, pattern: Pattern, bpm_from: float, bpm_to: float, minutes: float
    ) -> Schedule:
        """Start at one pace and glide evenly to another over ``minutes``, then stay there."""
        if minutes < 0:
            raise PatternError("a glide can't take less than no time")
        start, end = clamp_bpm(bpm_from), clamp_bpm(bpm_to)
        return cls(pattern, (Segment(0.0, 0.0, start, end, minutes * 60.0),))

    def _segment(self, t: float) -> Segment:
        current = self.segments[0]
        for segment in self.segments[1:]:
            if segment.start > t:
                break
            current = segment
        return current

    def cycles_at(self, t: float) -> float:
        return self._segment(t).cycles_at(t)

    def bpm_at(self, t: float) -> float:
        return self._segment(t).bpm_at(t)

    def time_at(self, cycles: float) -> float:
        """The elapsed time at which ``cycles`` breaths are complete."""
        current = self.segments[0]
        for segment in self.segments[1:]:
            if segment.cycles > cycles:
                break
            current = segment
        return current.time_at(cycles)

    def with_pace(self, t: float, bpm: float, glide_seconds: float = 0.0) -> Schedule:
        """From ``t`` on, go to ``bpm`` (over ``glide_seconds``); what came before stays."""
        kept = tuple(segment for segment in self.segments if segment.start < t)
        if not kept:
            kept = (self.segments[0],)
        here = self.cycles_at(t)
        new = Segment(t, here, self.bpm_at(t), clamp_bpm(bpm), max(0.0, glide_seconds))
        return Schedule(self.pattern, (*kept, new))

    def end_time(self, *, cycles: int | None = None, minutes: float | None = None) -> float | None:
        """When a session of so many cycles or minutes ends (always at the end of a breath)."""
        if cycles is not None:
            return self.time_at(float(cycles))
        if minutes is not None:
            done = self.cycles_at(minutes * 60.0)
            return self.time_at(float(max(1, math.ceil(done - 1e-9))))
        return None


@dataclass(frozen=True)
class Position:
    cycle: int  # 0 for the first breath
    index: int  # which of the pattern's timed phases
    phase: Phase
    progress: float  # 0 at the start of the phase, 1 at its end
    seconds_left: float  # real seconds until the phase ends


def _offsets(pattern: Pattern) -> list[float]:
    offsets, total = [], 0.0
    for phase in pattern.timed:
        offsets.append(total)
        total += phase.seconds
    return offsets


def phase_at(schedule: Schedule, elapsed: float) -> Position:
    """Where in the pattern we are after ``elapsed`` seconds (paused time not counted)."""
    pattern = schedule.pattern
    done = schedule.cycles_at(max(0.0, elapsed))
    cycle = math.floor(done)
    within = (done - cycle) * pattern.cycle_seconds
    offsets = _offsets(pattern)
    index = 0
    for i, offset in enumerate(offsets):
        if offset <= within + 1e-9:
            index = i
    phase = pattern.timed[index]
    progress = min(1.0, max(0.0, (within - offsets[index]) / phase.seconds))
    end_cycles = cycle + (offsets[index] + phase.seconds) / pattern.cycle_seconds
    seconds_left = max(0.0, schedule.time_at(end_cycles) - elapsed)
    return Position(cycle, index, phase, progress, seconds_left)


@dataclass(frozen=True)
class Boundary:
    time: float
    cycle: int
    index: int
    phase: Phase


def boundaries(schedule: Schedule, until: float) -> Iterator[Boundary]:
    """Every phase start from 0 up to ``until`` seconds: when tones should sound."""
    pattern = schedule.pattern
    offsets = _offsets(pattern)
    cycle = 0
    while True:
        for index, offset in enumerate(offsets):
            time = schedule.time_at(cycle + offset / pattern.cycle_seconds)
            if time > until + 1e-9:
                return
            yield Boundary(time, cycle, index, pattern.timed[index])
        cycle += 1


def fullness(position: Position, previous: Sequence[Phase] = ()) -> float:
    """How full the lungs are, 0 to 1, for drawing: rises on inhales, falls on exhales.

    Consecutive inhales (a sigh's top-up) share the rise: the first fills most of the way.
    """
    phase, p = position.phase, position.progress
    if phase.kind is PhaseKind.INHALE:
        start, end = _inhale_span(position, previous)
        return start + (end - start) * _ease(p)
    if phase.kind is PhaseKind.HOLD:
        return 1.0
    if phase.kind is PhaseKind.EXHALE:
        return 1.0 - _ease(p)
    return 0.0


TOP_UP_SHARE = 0.8


def _inhale_span(position: Position, phases: Sequence[Phase]) -> tuple[float, float]:
    if not phases:
        return 0.0, 1.0
    i = position.index
    after_inhale = i > 0 and phases[i - 1].kind is PhaseKind.INHALE
    before_inhale = i + 1 < len(phases) and phases[i + 1].kind is PhaseKind.INHALE
    if before_inhale and not after_inhale:
        return 0.0, TOP_UP_SHARE
    if after_inhale:
        return TOP_UP_SHARE, 1.0
    return 0.0, 1.0


def _ease(p: float) -> float:
    """Gentle in and out, like a real breath: slow at both ends, no sudden starts."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, p)))
