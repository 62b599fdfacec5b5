"""What to open the app with, as the command line asks for it (Qt-free values)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the values are made after start-up; their modules load then
    from regulate.core.breathing import Pattern
    from regulate.core.exercises import Exercise
    from regulate.core.session import Length


@dataclass(frozen=True)
class HeartRequest:
    """Where heartbeats come from while breathing: a recording replayed (its RR intervals in
    ms, already read), or the Bluetooth strap (``strap``)."""

    replay: tuple[float, ...] = ()
    name: str = ""
    speed: float = 1.0
    strap: bool = False


@dataclass(frozen=True)
class BreatheRequest:
    """`regulate breathe ...`: what to start with. None means "the usual"."""

    pattern: Pattern | None = None
    minutes: float | None = None
    cycles: int | None = None
    quit_when_done: bool = False
    sound: bool | None = None
    heart: HeartRequest | None = None
    #: Open the guided resonance assessment (with ``heart``; ``minutes`` per pace).
    find_pace: bool = False

    @property
    def length(self) -> Length | None:
        return length_of(self.minutes, self.cycles)


@dataclass(frozen=True)
class GroundRequest:
    """`regulate ground [ID]`: an exercise to open, or None for the list."""

    exercise: Exercise | None = None


@dataclass(frozen=True)
class PresentRequest:
    """Presenter mode: optionally straight into an item, on a chosen screen."""

    item: Pattern | Exercise | None = None
    screen: int | None = None
    minutes: float | None = None
    cycles: int | None = None
    quit_when_done: bool = False
    heart: HeartRequest | None = None

    @property
    def length(self) -> Length | None:
        return length_of(self.minutes, self.cycles)


def length_of(minutes: float | None, cycles: int | None) -> Length | None:
    from regulate.core.session import Length

    return None if minutes is None and cycles is None else Length(cycles=cycles, minutes=minutes)
