"""The scales and the window of tolerance: ranges, bounds and the zone a value falls in."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from regulate.core.scales import (
    ScaleError,
    Window,
    Zone,
    check_arousal,
    check_mood,
    check_suds,
    zone_sentence,
)

Check = Callable[[object], int]


@pytest.mark.parametrize(
    ("check", "low", "high"),
    [(check_arousal, 0, 10), (check_suds, 0, 10), (check_mood, 1, 5)],
)
def test_each_scale_accepts_every_value_from_its_low_to_its_high_end(
    check: Check, low: int, high: int
) -> None:
    assert [check(value) for value in range(low, high + 1)] == list(range(low, high + 1))


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (check_arousal, -1),
        (check_arousal, 11),
        (check_suds, -1),
        (check_suds, 11),
        (check_mood, 0),
        (check_mood, 6),
    ],
)
def test_each_scale_refuses_values_just_outside_it(check: Check, value: int) -> None:
    with pytest.raises(ScaleError, match="outside"):
        check(value)


@pytest.mark.parametrize("check", [check_arousal, check_suds, check_mood])
@pytest.mark.parametrize("value", [True, False, 3.0, 2.5, "3", None, [3]])
def test_scales_refuse_bools_and_anything_that_is_not_a_whole_number(
    check: Check, value: object
) -> None:
    with pytest.raises(ScaleError, match="whole number"):
        check(value)


def test_scale_error_is_a_value_error_so_generic_handlers_catch_it() -> None:
    assert issubclass(ScaleError, ValueError)


def test_default_window_is_three_to_seven() -> None:
    assert (Window().low, Window().high) == (3, 7)


@pytest.mark.parametrize(("low", "high"), [(0, 10), (0, 1), (9, 10), (4, 5)])
def test_window_accepts_any_low_below_high_on_the_0_to_10_scale(low: int, high: int) -> None:
    window = Window(low, high)
    assert (window.low, window.high) == (low, high)


@pytest.mark.parametrize(("low", "high"), [(5, 5), (7, 3), (10, 0)])
def test_window_refuses_a_low_edge_that_is_not_below_the_high_edge(low: int, high: int) -> None:
    with pytest.raises(ScaleError, match="below the high edge"):
        Window(low, high)


@pytest.mark.parametrize(("low", "high"), [(-1, 5), (3, 11), (-3, -1), (11, 12)])
def test_window_refuses_bounds_outside_0_to_10(low: int, high: int) -> None:
    with pytest.raises(ScaleError, match="from 0 to 10"):
        Window(low, high)


@pytest.mark.parametrize(("low", "high"), [(True, 5), (3, 7.0), (3.5, 7), ("3", 7)])
def test_window_refuses_bounds_that_are_not_whole_numbers(low: object, high: object) -> None:
    with pytest.raises(ScaleError, match="whole numbers"):
        Window(low, high)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("arousal", "zone"),
    [
        (0, Zone.HYPO),
        (2, Zone.HYPO),
        (3, Zone.WINDOW),
        (5, Zone.WINDOW),
        (7, Zone.WINDOW),
        (8, Zone.HYPER),
        (10, Zone.HYPER),
    ],
)
def test_zone_of_puts_the_bounds_themselves_inside_the_window(arousal: int, zone: Zone) -> None:
    assert Window(3, 7).zone_of(arousal) is zone


@pytest.mark.parametrize(
    ("window", "arousal", "zone"),
    [
        (Window(0, 1), 0, Zone.WINDOW),
        (Window(0, 1), 1, Zone.WINDOW),
        (Window(0, 1), 2, Zone.HYPER),
        (Window(9, 10), 8, Zone.HYPO),
        (Window(9, 10), 9, Zone.WINDOW),
        (Window(9, 10), 10, Zone.WINDOW),
    ],
)
def test_zone_of_with_narrow_windows_at_either_end_of_the_scale(
    window: Window, arousal: int, zone: Zone
) -> None:
    assert window.zone_of(arousal) is zone


def test_zone_of_with_the_widest_window_is_always_within() -> None:
    assert {Window(0, 10).zone_of(value) for value in range(11)} == {Zone.WINDOW}


@pytest.mark.parametrize("arousal", [-1, 11, True, 5.0])
def test_zone_of_refuses_an_arousal_off_the_scale(arousal: object) -> None:
    with pytest.raises(ScaleError):
        Window().zone_of(arousal)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("arousal", "zone", "word"),
    [(9, Zone.HYPER, "above"), (2, Zone.HYPO, "below"), (5, Zone.WINDOW, "within")],
)
def test_zone_sentence_says_where_the_value_sits_and_names_the_window(
    arousal: int, zone: Zone, word: str
) -> None:
    sentence = zone_sentence(zone, arousal, Window(3, 7))
    assert word in sentence
    assert str(arousal) in sentence
    assert "3 to 7" in sentence
    assert "\n" not in sentence


def test_zone_sentences_for_the_three_zones_use_different_words() -> None:
    window = Window(3, 7)
    above = zone_sentence(Zone.HYPER, 9, window)
    below = zone_sentence(Zone.HYPO, 2, window)
    within = zone_sentence(Zone.WINDOW, 5, window)
    assert "below" not in above
    assert "within" not in above
    assert "above" not in below
    assert "within" not in below
    assert "above" not in within
    assert "below" not in within
