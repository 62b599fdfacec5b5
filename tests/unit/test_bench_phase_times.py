"""The tone bench judges the first tone against its own phase change, like every other."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import tones


def test_a_late_first_tone_is_caught_once_the_common_latency_is_out() -> None:
    phases = [(100.0, "inhale"), (103.0, "hold"), (105.0, "exhale"), (108.0, "rest")]
    common = 0.04
    on_time = [when + common for when, _ in phases]
    assert tones.phase_errors(on_time, phases) == pytest.approx([0, 0, 0, 0], abs=1e-9)
    late_first = [on_time[0] + 0.11, *on_time[1:]]
    errors = tones.phase_errors(late_first, phases)
    assert errors[0] == pytest.approx(0.11)
    assert errors[1:] == pytest.approx([0, 0, 0], abs=1e-9)
    failures = tones.against_phases(late_first, phases)
    assert failures == ["the first tone is +110 ms from its phase change"]


def test_a_missing_tone_and_missing_phase_times_fail(tmp_path: Path) -> None:
    phases = [(10.0, "inhale"), (13.0, "hold")]
    assert tones.against_phases([13.02], phases) == ["no tone for phase 1 (inhale)"]
    assert tones.against_phases([10.0], []) == ["the app did not report its phase times"]
    log = tmp_path / "phases.txt"
    log.write_text("10.500000 inhale\nnonsense\n13.5 hold\n", encoding="utf-8")
    assert tones.read_phase_times(log) == [(10.5, "inhale"), (13.5, "hold")]
    assert tones.read_phase_times(tmp_path / "none.txt") == []
