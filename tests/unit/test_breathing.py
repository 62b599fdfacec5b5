"""Breathing patterns and timing (core) and the built-in pattern files (content)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regulate.content.assets import asset_path
from regulate.content.patterns import builtin_patterns, find_pattern, hold_caution, pattern_dict
from regulate.content.tones import render_all
from regulate.core.breathing import (
    PatternError,
    PhaseKind,
    Schedule,
    boundaries,
    fullness,
    parse_spec,
    phase_at,
)
from regulate.core.scales import Zone
from regulate.core.session import Length, Run


def kinds_and_seconds(pattern_id: str) -> list[tuple[str, float]]:
    return [(p.kind.value, p.seconds) for p in find_pattern(pattern_id).phases]


# -- inline specs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("4-7-8", [("inhale", 4), ("hold", 7), ("exhale", 8)]),
        ("3-2-3-2", [("inhale", 3), ("hold", 2), ("exhale", 3), ("rest", 2)]),
        ("1.5-0-1.5-0", [("inhale", 1.5), ("hold", 0), ("exhale", 1.5), ("rest", 0)]),
        ("4.5-0-6.5", [("inhale", 4.5), ("hold", 0), ("exhale", 6.5)]),
        ("60-10-60-10", [("inhale", 60), ("hold", 10), ("exhale", 60), ("rest", 10)]),
    ],
)
def test_inline_specs_are_read_as_in_hold_out_rest(
    spec: str, expected: list[tuple[str, float]]
) -> None:
    pattern = parse_spec(spec)
    assert [(p.kind.value, p.seconds) for p in pattern.phases] == expected


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("0-0-0-0", "at least 3 seconds"),
        ("0.5-0-0", "at least 3 seconds"),
        ("-1-2-3", "negative"),
        ("4-x-4", "not a number"),
        ("61-0-1-0", "0 to 60"),
        ("4-4.3-4", "steps of half a second"),
        ("4-4", "in-hold-out"),
        ("4-4-4-4-4", "in-hold-out"),
        ("nan-1-1", "not a number"),
        ("inf-1-1", "not a number"),
    ],
)
def test_bad_specs_say_what_is_wrong_and_what_is_allowed(spec: str, words: str) -> None:
    with pytest.raises(PatternError, match=words):
        parse_spec(spec)


@given(st.text(max_size=30))
def test_any_text_either_parses_or_is_refused_clearly(text: str) -> None:
    try:
        pattern = parse_spec(text)
    except PatternError as exc:
        message = str(exc)
        assert message
        return
    assert 1 <= pattern.cycle_seconds <= 240


def test_unknown_pattern_ids_list_the_known_ones() -> None:
    with pytest.raises(PatternError, match="box"):
        find_pattern("square-ish")


# -- the built-in pattern files -------------------------------------------------------------


def test_box_is_four_even_sides() -> None:
    assert kinds_and_seconds("box") == [("inhale", 4), ("hold", 4), ("exhale", 4), ("rest", 4)]


def test_4_7_8_has_its_timings_and_a_caution_about_the_hold() -> None:
    assert kinds_and_seconds("4-7-8") == [("inhale", 4), ("hold", 7), ("exhale", 8)]
    assert "hold" in hold_caution(find_pattern("4-7-8")).lower()


def test_resonance_is_about_five_and_a_half_breaths_without_holds() -> None:
    pattern = find_pattern("resonance")
    assert {p.kind for p in pattern.phases} == {PhaseKind.INHALE, PhaseKind.EXHALE}
    assert 10 <= pattern.cycle_seconds <= 12
    assert pattern.breaths_per_minute == pytest.approx(5.5, abs=0.1)


def test_extended_exhale_breathes_out_at_least_half_as_long_again() -> None:
    (_, inhale), (_, exhale) = kinds_and_seconds("extended-exhale")
    assert exhale >= 1.5 * inhale


def test_the_sigh_is_a_full_inhale_a_top_up_and_a_longer_exhale() -> None:
    phases = kinds_and_seconds("cyclic-sigh")
    assert [kind for kind, _ in phases] == ["inhale", "inhale", "exhale"]
    (_, first), (_, top_up), (_, exhale) = phases
    assert top_up < first
    assert exhale > first + top_up


def test_the_energising_pattern_is_for_hypoarousal_and_gentle() -> None:
    pattern = find_pattern("energising")
    assert Zone.HYPO in pattern.zones
    assert Zone.HYPER not in pattern.zones
    assert pattern.caution
    assert pattern.breaths_per_minute <= 12  # an everyday pace, never fast breathing


def test_every_built_in_pattern_names_its_zones_and_has_a_sensible_length() -> None:
    patterns = builtin_patterns()
    assert len(patterns) >= 6
    assert len({p.id for p in patterns}) == len(patterns)
    for pattern in patterns:
        assert pattern.zones
        assert pattern.default_cycles or pattern.default_minutes
        shape = pattern_dict(pattern)
        assert set(shape) >= {"id", "name", "phases", "zones", "caution"}
        assert set(shape["zones"]) <= {"hyper", "hypo", "window"}


def test_a_home_made_pattern_with_long_holds_gets_a_gentle_caution() -> None:
    assert hold_caution(parse_spec("4-7-8")) != ""
    assert hold_caution(parse_spec("4-0-6")) == ""


def test_the_tone_files_are_what_the_generator_makes() -> None:
    for name, data in render_all().items():
        assert asset_path("sounds", name).read_bytes() == data, name


# -- where in a breath we are ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "cycle", "kind", "left"),
    [
        (0.0, 0, "inhale", 4.0),
        (3.0, 0, "inhale", 1.0),
        (4.0, 0, "hold", 4.0),
        (9.5, 0, "exhale", 2.5),
        (15.0, 0, "rest", 1.0),
        (16.0, 1, "inhale", 4.0),
        (16 * 40 + 8.25, 40, "exhale", 3.75),
    ],
)
def test_phase_at_for_a_fixed_pattern(elapsed: float, cycle: int, kind: str, left: float) -> None:
    position = phase_at(Schedule.fixed(find_pattern("box")), elapsed)
    assert (position.cycle, position.phase.kind.value) == (cycle, kind)
    assert position.seconds_left == pytest.approx(left)


def test_zero_length_phases_are_skipped() -> None:
    schedule = Schedule.fixed(parse_spec("1.5-0-1.5-0"))
    kinds = [b.phase.kind.value for b in boundaries(schedule, 5.9)]
    assert kinds == ["inhale", "exhale", "inhale", "exhale"]


def test_a_glide_slows_the_pace_smoothly_from_start_to_target() -> None:
    pattern = find_pattern("extended-exhale")
    schedule = Schedule.progressive(pattern, 6.0, 4.5, minutes=5)
    assert schedule.bpm_at(0) == 6.0
    assert schedule.bpm_at(150) == pytest.approx(5.25)
    assert schedule.bpm_at(300) == 4.5
    assert schedule.bpm_at(900) == 4.5
    step = 0.05
    previous = schedule.cycles_at(0)
    for i in range(1, int(900 / step)):
        now = schedule.cycles_at(i * step)
        gap = now - previous
        assert 0 < gap <= 6.0 / 60 * step + 1e-9  # forward, never faster than the start
        previous = now


def test_time_at_undoes_cycles_at_through_a_glide() -> None:
    schedule = Schedule.progressive(find_pattern("box"), 5.0, 3.0, minutes=2)
    for t in (0.0, 1.0, 59.5, 119.9, 120.0, 121.0, 600.0):
        assert schedule.time_at(schedule.cycles_at(t)) == pytest.approx(t, abs=1e-6)


def test_a_pace_change_mid_breath_keeps_the_shape_where_it_is() -> None:
    schedule = Schedule.fixed(find_pattern("extended-exhale"))
    changed = schedule.with_pace(7.3, 4.0)
    assert changed.cycles_at(7.3) == pytest.approx(schedule.cycles_at(7.3))
    before = phase_at(schedule, 7.3)
    after = phase_at(changed, 7.3)
    assert (before.index, before.progress) == (after.index, pytest.approx(after.progress))
    assert after.seconds_left > before.seconds_left  # slower now


def test_a_run_by_minutes_ends_at_the_end_of_a_breath() -> None:
    pattern = find_pattern("4-7-8")  # 19 s a breath
    run = Run(Schedule.fixed(pattern), Length(minutes=1), start=100.0)
    assert run.end_time() == pytest.approx(4 * 19)
    assert not run.finished(100 + 75.9)
    assert run.finished(100 + 76.0)


def test_pausing_takes_the_paused_time_out() -> None:
    run = Run(Schedule.fixed(find_pattern("box")), Length(cycles=4), start=0.0)
    run.pause(3.0)
    assert run.elapsed(50.0) == 3.0
    run.resume(50.0)
    assert run.elapsed(51.0) == pytest.approx(4.0)
    assert run.position(51.0).phase.kind is PhaseKind.HOLD


def test_fullness_rises_on_inhale_rests_on_hold_and_falls_on_exhale() -> None:
    schedule = Schedule.fixed(find_pattern("box"))
    values = [fullness(phase_at(schedule, t / 10)) for t in range(0, 161)]
    assert values[0] == 0.0
    assert values[40] == pytest.approx(1.0)
    assert all(b >= a for a, b in itertools.pairwise(values[:41]))
    assert all(v == 1.0 for v in values[41:80])
    assert all(b <= a for a, b in itertools.pairwise(values[80:121]))
    assert all(v == 0.0 for v in values[121:160])


def test_the_sighs_top_up_continues_from_where_the_first_inhale_stopped() -> None:
    pattern = find_pattern("cyclic-sigh")
    schedule = Schedule.fixed(pattern)
    end_of_first = fullness(phase_at(schedule, 2.999), pattern.timed)
    start_of_top_up = fullness(phase_at(schedule, 3.001), pattern.timed)
    assert end_of_first == pytest.approx(start_of_top_up, abs=0.01)
    assert fullness(phase_at(schedule, 3.999), pattern.timed) == pytest.approx(1.0, abs=0.01)
