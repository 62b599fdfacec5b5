"""Follow me: the person leads and their own pace is measured (core, no clock)."""

from __future__ import annotations

import pytest

from regulate.core.breathing import PhaseKind
from regulate.core.follow import Follow, gentle_target


def breathe(follow: Follow, start: float, inhale: float, exhale: float, breaths: int) -> float:
    t = start
    for _ in range(breaths):
        follow.press(t)
        t += inhale
        follow.release(t)
        t += exhale
    return t


def test_the_pace_is_unknown_until_two_breaths() -> None:
    follow = Follow()
    breathe(follow, 0.0, 3.0, 4.0, 1)
    assert not follow.known
    follow.press(7.0)
    follow.release(10.0)
    assert follow.known


def test_their_pace_comes_from_their_own_breaths() -> None:
    follow = Follow()
    end = breathe(follow, 0.0, 3.0, 5.0, 4)
    follow.press(end)
    assert follow.inhale == pytest.approx(3.0)
    assert follow.exhale == pytest.approx(5.0)
    assert follow.bpm == pytest.approx(7.5)
    pattern = follow.pattern()
    assert [(p.kind, p.seconds) for p in pattern.phases] == [
        (PhaseKind.INHALE, 3.0),
        (PhaseKind.EXHALE, 5.0),
    ]


def test_taps_and_forgotten_keys_are_not_counted_as_breaths() -> None:
    follow = Follow()
    breathe(follow, 0.0, 0.1, 4.0, 2)  # taps
    breathe(follow, 100.0, 45.0, 4.0, 1)  # a key held while doing something else
    assert follow.inhale == 4.0  # still the gentle default
    assert not follow.known


def test_the_shape_fills_while_held_and_empties_after_letting_go() -> None:
    follow = Follow()
    assert follow.level(0.0) == 0.0
    follow.press(0.0)
    assert follow.level(2.0) == pytest.approx(0.5)  # default in-breath of 4 s
    assert follow.level(10.0) == 1.0
    follow.release(10.0)
    assert follow.level(12.5) == pytest.approx(0.5)  # default out-breath of 5 s
    assert follow.level(30.0) == 0.0


def test_letting_go_early_empties_from_where_it_was() -> None:
    follow = Follow()
    follow.press(0.0)
    follow.release(1.0)
    assert follow.level(1.0) == pytest.approx(0.25)
    assert follow.level(2.0) == pytest.approx(0.05)


@pytest.mark.parametrize(("bpm", "target"), [(12.0, 10.8), (7.5, 6.5), (3.5, 3.0), (2.0, 2.0)])
def test_the_guided_glide_aims_a_little_slower(bpm: float, target: float) -> None:
    assert gentle_target(bpm) == pytest.approx(target)
