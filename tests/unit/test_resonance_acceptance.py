"""Issue 19's acceptance on synthetic recordings with a known resonance pace.

120 recordings: each of the five protocol rates as the true resonance, three noise levels, a
range of heart rates and swings, and inserted missed and extra beats. The assessment must pick
the true rate within 0.5 breaths a minute in at least 95 % of them; artefact correction must
find at least 95 % of the inserted artefacts with under 1 % false alarms.
"""

from __future__ import annotations

from regulate.core import rr as R
from regulate.core.rr_synth import recording

SEEDS = range(120)


def _case(seed: int) -> tuple[float, float, float, float]:
    resonance = R.PROTOCOL_RATES[seed % 5]
    noise_ms = (10.0, 25.0, 40.0)[seed % 3]
    peak_bpm = (4.0, 6.0, 9.0)[(seed // 3) % 3]
    mean_hr = 55.0 + (seed * 7) % 30
    return resonance, noise_ms, peak_bpm, mean_hr


def test_resonance_and_artefacts_on_synthetic_recordings() -> None:
    right = found = inserted = false = clean = 0
    for seed in SEEDS:
        resonance, noise_ms, peak_bpm, mean_hr = _case(seed)
        rec = recording(
            seed,
            resonance,
            noise_ms=noise_ms,
            peak_bpm=peak_bpm,
            mean_hr=mean_hr,
            artefact_rate=0.015,
        )
        cleaned = R.correct(rec.rr_ms)
        flagged, truth = set(cleaned.flagged), set(rec.artefacts)
        inserted += len(truth)
        found += sum(1 for i in truth if {i - 1, i, i + 1} & flagged)
        false += sum(1 for i in flagged if not {i - 1, i, i + 1} & truth)
        clean += len(rec.rr_ms) - len(truth)
        chosen = R.assess(rec.rr_ms).chosen
        right += chosen is not None and abs(chosen - resonance) <= 0.5
    assert inserted > 500
    assert right / len(SEEDS) >= 0.95, right
    assert found / inserted >= 0.95, (found, inserted)
    assert false / clean < 0.01, (false, clean)
