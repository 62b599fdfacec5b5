"""The scales Regulate uses and the zones of the window of tolerance.

arousal 0-10 (0 shut down, 5 settled, 10 overwhelmed); SUDS 0-10 (distress);
mood 1-5 (awful, bad, meh, good, great: the Daylio scale). A personal window has a low and a
high bound (default 3 and 7): below low is hypoarousal, above high is hyperarousal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

AROUSAL_MIN, AROUSAL_MAX = 0, 10
SUDS_MIN, SUDS_MAX = 0, 10
MOOD_MIN, MOOD_MAX = 1, 5
DEFAULT_WINDOW_LOW, DEFAULT_WINDOW_HIGH = 3, 7

MOOD_NAMES = ("awful", "bad", "meh", "good", "great")


class ScaleError(ValueError):
    """A value outside its scale. The message is one plain sentence for the person."""


class Zone(StrEnum):
    HYPO = "hypo"
    WINDOW = "window"
    HYPER = "hyper"


def _check_int(value: object, name: str, low: int, high: int, meaning: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScaleError(f"{name} must be a whole number from {low} to {high} ({meaning})")
    if not low <= value <= high:
        raise ScaleError(
            f"{name} must be from {low} to {high} ({meaning}); {value} is outside that"
        )
    return value


def check_arousal(value: object) -> int:
    return _check_int(value, "arousal", AROUSAL_MIN, AROUSAL_MAX, "0 shut down, 10 overwhelmed")


def check_suds(value: object) -> int:
    return _check_int(value, "distress (SUDS)", SUDS_MIN, SUDS_MAX, "0 calm, 10 the most")


def check_mood(value: object) -> int:
    return _check_int(value, "mood", MOOD_MIN, MOOD_MAX, "1 awful, 5 great")


@dataclass(frozen=True)
class Window:
    """A personal window of tolerance on the 0-10 arousal scale."""

    low: int = DEFAULT_WINDOW_LOW
    high: int = DEFAULT_WINDOW_HIGH

    def __post_init__(self) -> None:
        for bound in (self.low, self.high):
            if isinstance(bound, bool) or not isinstance(bound, int):
                raise ScaleError("window bounds must be whole numbers from 0 to 10")
            if not AROUSAL_MIN <= bound <= AROUSAL_MAX:
                raise ScaleError(f"window bounds must be from 0 to 10; {bound} is outside that")
        if self.low >= self.high:
            raise ScaleError(
                f"the low edge of the window ({self.low}) must be below the high edge ({self.high})"
            )

    def zone_of(self, arousal: int) -> Zone:
        """Which zone an arousal value falls in. The bounds themselves belong to the window."""
        check_arousal(arousal)
        if arousal < self.low:
            return Zone.HYPO
        if arousal > self.high:
            return Zone.HYPER
        return Zone.WINDOW


def zone_sentence(zone: Zone, arousal: int, window: Window) -> str:
    """One plain sentence saying where an arousal value sits, for the command line."""
    bounds = f"your window is {window.low} to {window.high}"
    if zone is Zone.HYPER:
        return (
            f"{arousal} is above your window ({bounds}): hyperarousal, the on-edge, "
            "too-much zone. Slowing your out-breath may help."
        )
    if zone is Zone.HYPO:
        return (
            f"{arousal} is below your window ({bounds}): hypoarousal, the numb, "
            "far-away zone. Gently waking up your senses may help."
        )
    return f"{arousal} is within your window ({bounds}): settled enough to think and feel."
