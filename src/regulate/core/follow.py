"""Follow me: the person leads, the shape mirrors them, and their own pace is measured.

They hold a key or button while breathing in and let go to breathe out. Each press and release
time is passed in (no clock here). From the last few breaths we know their in-breath, their
out-breath and their pace, which is where a gentle guided glide can start from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from regulate.core.breathing import STEP, Pattern, Phase, PhaseKind

DEFAULT_IN, DEFAULT_OUT = 4.0, 5.0
KEEP = 4  # breaths averaged
SHORTEST, LONGEST = 0.5, 30.0
FOLLOW_ID = "follow-me"  # presses outside this are taps or forgotten keys, not breaths


@dataclass
class Follow:
    breathing_in: bool = False
    _level: float = 0.0
    _changed_at: float = 0.0
    _pressed_at: float | None = None
    _released_at: float | None = None
    _ins: list[float] = field(default_factory=list)
    _outs: list[float] = field(default_factory=list)

    def press(self, now: float) -> None:
        if self.breathing_in:
            return
        self._level = self.level(now)
        self._changed_at = now
        if self._released_at is not None and self._pressed_at is not None:
            out = now - self._released_at
            if SHORTEST <= out <= LONGEST:
                self._outs = [*self._outs, out][-KEEP:]
        self._pressed_at = now
        self.breathing_in = True

    def release(self, now: float) -> None:
        if not self.breathing_in:
            return
        self._level = self.level(now)
        self._changed_at = now
        if self._pressed_at is not None:
            breath_in = now - self._pressed_at
            if SHORTEST <= breath_in <= LONGEST:
                self._ins = [*self._ins, breath_in][-KEEP:]
        self._released_at = now
        self.breathing_in = False

    @property
    def inhale(self) -> float:
        return sum(self._ins) / len(self._ins) if self._ins else DEFAULT_IN

    @property
    def exhale(self) -> float:
        return sum(self._outs) / len(self._outs) if self._outs else DEFAULT_OUT

    def level(self, now: float) -> float:
        """How full the shape is, 0 to 1: it fills at their usual in-breath speed while they
        hold, and empties at their usual out-breath speed after they let go."""
        dt = max(0.0, now - self._changed_at)
        if self.breathing_in:
            return min(1.0, self._level + dt / self.inhale)
        return max(0.0, self._level - dt / self.exhale)

    @property
    def known(self) -> bool:
        """Two full breaths in and out are enough to speak of their pace."""
        return len(self._ins) >= 2 and len(self._outs) >= 1

    @property
    def bpm(self) -> float:
        return 60.0 / (self.inhale + self.exhale)

    def pattern(self) -> Pattern:
        """Their own breath as a pattern (in and out, rounded to half seconds)."""

        def half(seconds: float) -> float:
            return max(STEP, min(60.0, round(seconds / STEP) * STEP))

        phases = (
            Phase(PhaseKind.INHALE, half(self.inhale)),
            Phase(PhaseKind.EXHALE, half(self.exhale)),
        )
        return Pattern(id=FOLLOW_ID, name="Your own pace", phases=phases)


def gentle_target(bpm: float) -> float:
    """A little slower than their own pace (a breath a minute less, at most a tenth), never
    below three a minute, and never quicker than they already breathe."""
    return min(bpm, max(3.0, min(bpm - 1.0, bpm * 0.9)))
