"""Grounding exercises as plain values, and the bilateral pacer's rhythm. No I/O, no clock."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from regulate.core.scales import Zone

PACER_DEFAULT_RATE = 1.0  # taps a second, alternating sides
PACER_MIN_RATE, PACER_MAX_RATE = 0.5, 1.5
PACER_HARD_CAP = 2.0  # never faster, whatever a file or setting says (flash safety)


class InputKind(StrEnum):
    LIST = "list"  # a few short lines: "something I can see"
    TEXT = "text"  # free text


@dataclass(frozen=True)
class Step:
    text: str
    seconds: float | None = None
    input: InputKind | None = None
    count: int = 0
    prompt: str = ""
    pacer: bool = False


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    zones: frozenset[Zone]
    steps: tuple[Step, ...]
    caution: str = ""
    minutes: float | None = None
    sources: tuple[str, ...] = ()
    #: Where it came from: "built-in", or the file name of one of the person's own.
    origin: str = "built-in"

    @property
    def has_pacer(self) -> bool:
        return any(step.pacer for step in self.steps)


def clamp_pacer_rate(rate: float) -> float:
    return min(PACER_HARD_CAP, max(PACER_MIN_RATE, rate))


@dataclass(frozen=True)
class Tap:
    count: int  # how many taps so far; even counts are the left side
    left: bool
    strength: float  # 0 to 1: rises and falls softly within each tap, never a hard flash


def tap_at(elapsed: float, rate: float) -> Tap:
    """Which side is tapping after ``elapsed`` seconds at ``rate`` taps a second."""
    rate = clamp_pacer_rate(rate)
    position = max(0.0, elapsed) * rate
    count = math.floor(position)
    within = position - count
    strength = math.sin(math.pi * within) ** 2
    return Tap(count=count, left=count % 2 == 0, strength=strength)
