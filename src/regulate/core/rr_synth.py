"""Made-up heartbeats with a known resonance pace: for tests, benches and demonstrations.

A person following the stepped protocol (``rr.PROTOCOL_RATES``, ``rr.STEP_MINUTES`` each) is
simulated: heart rate follows the breath with a swing that is largest at the chosen resonance
rate and falls off on either side, in phase with the breath there and drifting out of phase away
from it; a slow wander and beat-to-beat noise are added; then, if asked, missed beats (two
intervals joined) and extra beats (one interval cut in two) are put in at known places.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from regulate.core.rr import INHALE_SHARE, PROTOCOL_RATES, STEP_MINUTES, breath_volume


@dataclass(frozen=True)
class Recording:
    rr_ms: tuple[float, ...]
    #: Indexes into ``rr_ms`` of each inserted artefact (for an extra beat, the first half).
    artefacts: tuple[int, ...]
    resonance: float


def swing_at(rate: float, resonance: float, peak_bpm: float) -> float:
    """Half the peak-to-trough swing at ``rate``: a resonance curve around ``resonance``."""
    return peak_bpm / (1.0 + ((rate - resonance) / 0.6) ** 2)


def recording(
    seed: int,
    resonance: float = 5.5,
    *,
    rates: Sequence[float] = PROTOCOL_RATES,
    minutes: float = STEP_MINUTES,
    mean_hr: float = 68.0,
    peak_bpm: float = 7.0,
    noise_ms: float = 20.0,
    artefact_rate: float = 0.01,
    rest_seconds: float = 0.0,
) -> Recording:
    rng = np.random.default_rng(seed)
    length = minutes * 60.0
    step = length + rest_seconds
    total = step * len(rates) - rest_seconds
    wander_phase = rng.uniform(0, 2 * math.pi)
    rr: list[float] = []
    t = 0.0
    while t < total:
        index = min(int(t // step), len(rates) - 1)
        rate = rates[index]
        if t - index * step >= length:  # resting: ordinary breathing, a small swing
            rate = 12.0
        period = 60.0 / rate
        # in phase at resonance; heart rate lags when breathing faster, leads when slower
        lag = period * max(-0.25, min(0.25, (rate - resonance) / 6.0))
        # a heartbeat's rate is read at the end of its interval, about one beat from now
        local = t + 60.0 / mean_hr - index * step - lag
        shape = float(breath_volume(np.array([local]), rate, INHALE_SHARE)[0]) * 2 - 1
        hr = mean_hr + swing_at(rate, resonance, peak_bpm) * shape
        hr += 1.5 * math.sin(2 * math.pi * 0.02 * t + wander_phase)
        interval = 60000.0 / hr + float(rng.normal(0.0, noise_ms))
        rr.append(max(300.0, interval))
        t += rr[-1] / 1000.0
    return _with_artefacts(rr, rng, artefact_rate, resonance)


def _with_artefacts(
    clean: list[float], rng: np.random.Generator, rate: float, resonance: float
) -> Recording:
    out: list[float] = []
    artefacts: list[int] = []
    i = 0
    quiet = 0
    while i < len(clean):
        if quiet >= 12 and i + 1 < len(clean) and rng.random() < rate * 2:
            artefacts.append(len(out))
            if rng.random() < 0.5:  # a missed beat: two intervals become one
                out.append(clean[i] + clean[i + 1])
                i += 2
            else:  # an extra beat: one interval cut in two
                cut = float(rng.uniform(0.3, 0.6))
                out.extend([clean[i] * cut, clean[i] * (1 - cut)])
                i += 1
            quiet = 0
            continue
        out.append(clean[i])
        quiet += 1
        i += 1
    return Recording(tuple(out), tuple(artefacts), resonance)
