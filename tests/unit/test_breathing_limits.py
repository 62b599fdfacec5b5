"""Custom paces and holds stay within sensible limits (issue 14; domain notes 2.2, 2.6, 2.7)."""

from __future__ import annotations

import pytest

from regulate.content.patterns import builtin_patterns
from regulate.core.breathing import (
    HOLD_MAX_SECONDS,
    PACE_MAX_BPM,
    PatternError,
    Schedule,
    parse_spec,
)


def test_no_pattern_can_run_faster_than_twenty_breaths_a_minute() -> None:
    assert PACE_MAX_BPM == 20
    with pytest.raises(PatternError, match="at least 3 seconds"):
        parse_spec("1-0-1-0")
    assert parse_spec("1.5-0-1.5").breaths_per_minute == 20
    schedule = Schedule.fixed(parse_spec("4-0-6"), bpm=30)
    assert schedule.bpm_at(0) == 20


@pytest.mark.parametrize("spec", ["4-11-4", "4-0-4-12", "4-60-8"])
def test_holds_are_at_most_ten_seconds(spec: str) -> None:
    with pytest.raises(PatternError, match="at most 10 seconds"):
        parse_spec(spec)


def test_the_longest_allowed_hold_still_works() -> None:
    assert parse_spec("4-10-8-10").longest_hold == HOLD_MAX_SECONDS


def test_every_built_in_pattern_is_within_the_limits() -> None:
    for pattern in builtin_patterns():
        assert pattern.breaths_per_minute <= PACE_MAX_BPM
        assert pattern.longest_hold <= HOLD_MAX_SECONDS


def test_the_waking_breath_is_at_an_ordinary_pace_and_no_slower() -> None:
    (waking,) = [p for p in builtin_patterns() if p.id == "energising"]
    assert 12 <= waking.breaths_per_minute <= 20
    assert waking.phases[0].seconds > waking.phases[1].seconds  # in a little longer than out
