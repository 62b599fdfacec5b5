"""The RR maths: artefacts, per-breath swing, LF power, phase, the resonance choice."""

from __future__ import annotations

import math

import numpy as np
import pytest

from regulate.core import rr as R
from regulate.core.rr_synth import recording


def test_clean_intervals_are_left_alone() -> None:
    values = [800 + 40 * math.sin(i / 3) for i in range(200)]
    cleaned = R.correct(values)
    assert cleaned.flagged == ()
    assert cleaned.rr_ms == pytest.approx(values)
    assert cleaned.share_corrected == 0.0
    assert not cleaned.too_many


def test_a_missed_beat_is_split_in_two() -> None:
    values = [800.0] * 30
    values[10:12] = [1600.0]
    cleaned = R.correct(values)
    assert cleaned.flagged == (10,)
    assert cleaned.rr_ms == pytest.approx([800.0] * 30)


def test_an_extra_beat_is_joined_back() -> None:
    values = [800.0] * 30
    values[10:11] = [300.0, 500.0]
    cleaned = R.correct(values)
    assert cleaned.flagged == (10,)
    assert cleaned.rr_ms == pytest.approx([800.0] * 30)


def test_a_premature_beat_and_its_pause_are_shared() -> None:
    values = [800.0] * 30
    values[10:12] = [450.0, 1150.0]
    cleaned = R.correct(values)
    assert cleaned.flagged == (10,)
    assert cleaned.rr_ms == pytest.approx([800.0] * 30)


def test_the_timeline_of_the_other_beats_never_moves() -> None:
    rec = recording(3, 5.5, artefact_rate=0.03)
    cleaned = R.correct(rec.rr_ms)
    assert sum(cleaned.rr_ms) == pytest.approx(sum(rec.rr_ms))


def test_too_many_artefacts_is_said() -> None:
    values = [800.0] * 100
    for at in range(5, 95, 10):
        values[at] = 1600.0
    cleaned = R.correct(values)
    assert cleaned.share_corrected == pytest.approx(0.09)
    assert cleaned.too_many


def test_swing_per_breath_is_peak_minus_trough() -> None:
    times = np.arange(0.0, 60.0, 0.5)
    hr = 70 + 5 * np.sin(2 * np.pi * times / 10)
    result = R.swings(times, hr, 6.0, 0.0, 60.0)
    assert len(result) == 6
    assert np.mean(result) == pytest.approx(10.0, abs=0.3)


def test_lf_power_finds_a_tenth_of_a_hertz() -> None:
    t = np.arange(0, 120, 1 / R.RESAMPLE_HZ)
    slow = 900 + 50 * np.sin(2 * np.pi * 0.1 * t)
    fast = 900 + 50 * np.sin(2 * np.pi * 0.3 * t)
    power, _peak, hz = R.lf_power(slow)
    assert hz == pytest.approx(0.1, abs=0.01)
    # a sine of amplitude 50 ms carries 50²/2 = 1250 ms² of power
    assert power == pytest.approx(1250, rel=0.15)
    assert R.lf_power(fast)[0] < power / 50


def test_phase_is_zero_when_heart_rate_follows_the_breath_exactly() -> None:
    times = np.arange(0.0, 100.0, 0.8)
    hr = 70 + 6 * (2 * R.breath_volume(times, 6.0) - 1)
    phase, share = R.follow(times, hr, 6.0)
    assert phase == pytest.approx(0, abs=3)
    assert share > 0.8
    later = 70 + 6 * (2 * R.breath_volume(times - 2.5, 6.0) - 1)  # a quarter breath late
    assert R.follow(times, later, 6.0)[0] == pytest.approx(-90, abs=5)


def test_the_chosen_rate_and_two_sentences() -> None:
    result = R.assess(recording(7, 5.0).rr_ms)
    assert result.chosen == 5.0
    assert result.explanation.count(". ") + result.explanation.count(".") >= 2
    assert "5 breaths a minute" in result.explanation
    data = result.to_json()
    assert data["chosen_rate"] == 5.0
    assert len(data["steps"]) == 5


def test_a_recording_full_of_artefacts_shows_no_numbers() -> None:
    rec = recording(2, 5.5, artefact_rate=0.08)
    result = R.assess(rec.rr_ms)
    assert result.chosen is None
    assert "too many" in result.explanation


@pytest.mark.parametrize(
    ("values", "rates", "minutes", "words"),
    [
        ([800.0] * 5, R.PROTOCOL_RATES, 2, "too few"),
        ([800.0] * 500, R.PROTOCOL_RATES, 2, "lasts"),
        ([800.0] * 500, (), 2, "no breathing rates"),
        ([800.0] * 500, (30.0,), 2, "outside"),
        ([0.8] * 500, R.PROTOCOL_RATES, 2, "milliseconds"),
    ],
)
def test_what_cannot_be_assessed_is_one_plain_line(
    values: list[float], rates: tuple[float, ...], minutes: float, words: str
) -> None:
    with pytest.raises(R.RRError, match=words):
        R.assess(values, rates, minutes)


def test_rests_between_paces_are_left_out() -> None:
    rec = recording(9, 4.5, rest_seconds=60.0)
    with_rests = R.assess(rec.rr_ms, rest_seconds=60.0)
    assert with_rests.chosen == 4.5
    with pytest.raises(R.RRError, match="with their rests"):
        R.assess(recording(9, 4.5).rr_ms, rest_seconds=60.0)


def test_a_dropout_gap_is_not_counted_as_a_corrected_beat() -> None:
    cleaner = R.LiveCleaner()
    for _ in range(20):
        cleaner.push(800.0)
    cleaner.reset()
    assert cleaner.push(9000.0) == []
    assert cleaner.push(800.0) == [800.0]
    assert cleaner.corrected == 0
