"""The maths of heartbeats: clean beats, the swing with each breath, spectra, the resonance pace.

Pure functions over RR intervals (the time between two heartbeats, in milliseconds); numpy only,
no Qt, no I/O.

**Beats you can trust.** A strap sometimes misses a beat (one interval about twice as long as its
neighbours) or counts an extra one (a normal interval cut in two short ones), and a premature beat
shows as a short interval followed by a long one. We use a documented simpler rule in the spirit
of Lipponen & Tarvainen (2019): each interval is compared with the median of the eleven around
it. An interval more than 1.5 times the median is a missed beat and is split into equal parts;
one shorter than 0.75 times the median is joined with its neighbour when the two together make
one normal interval (an extra beat), or shared equally with the next when the two make two
(a premature beat). The timeline of the other beats never moves. More than
``TOO_MANY_ARTEFACTS`` of the beats corrected means the numbers are not worth showing.

**Resonance assessment.** The stepped protocol of Lehrer, Vaschillo & Vaschillo (2000): about two
minutes of paced breathing at each of 6.5, 6.0, 5.5, 5.0 and 4.5 breaths a minute. For each rate
(after the first 20 seconds, while the body settles) we measure the peak-to-trough swing of heart
rate in each breath, the low-frequency power (0.04-0.15 Hz) of the evenly resampled tachogram and
its peak, and how closely heart rate follows the breath: its phase against the breathing rhythm
and the share of its variation that moves at the breathing rate. As Shaffer & Meehan (2020)
describe, the rate is chosen by ranking the candidates on those criteria (phase nearest 0 degrees,
largest swing, largest LF power, highest LF peak, and the smoothest curve: the largest share of
heart rate's variation at the breathing rate) and taking the best total rank; a tie goes to the
larger swing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: The window of neighbours each interval is compared with (odd).
MEDIAN_WINDOW = 11
MISSED_ABOVE = 1.5
SHORT_BELOW = 0.75
#: Above this share of corrected beats a recording says so instead of showing numbers.
TOO_MANY_ARTEFACTS = 0.05
#: Intervals outside these bounds (ms) cannot be heartbeats of a person sitting quietly.
SHORTEST_MS, LONGEST_MS = 250.0, 2500.0

PROTOCOL_RATES = (6.5, 6.0, 5.5, 5.0, 4.5)
STEP_MINUTES = 2.0
SETTLE_SECONDS = 20.0
#: The share of each breath spent breathing in (a slightly longer out-breath, 4 s in / 6 s out).
INHALE_SHARE = 0.4
RESAMPLE_HZ = 4.0
LF_BAND = (0.04, 0.15)


class RRError(ValueError):
    """The intervals cannot be assessed; the message is one plain line for the person."""


# -- artefacts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cleaned:
    """Intervals after correction, with where the originals needed it."""

    rr_ms: tuple[float, ...]
    #: Indexes into the original intervals that were corrected (the first of a joined pair).
    flagged: tuple[int, ...]
    original_count: int

    @property
    def share_corrected(self) -> float:
        return len(self.flagged) / self.original_count if self.original_count else 0.0

    @property
    def too_many(self) -> bool:
        return self.share_corrected > TOO_MANY_ARTEFACTS


def _local_median(rr: FloatArray) -> FloatArray:
    half = MEDIAN_WINDOW // 2
    if len(rr) <= MEDIAN_WINDOW:
        return np.full(len(rr), float(np.median(rr)))
    padded = np.pad(rr, half, mode="reflect")
    windows = np.lib.stride_tricks.sliding_window_view(padded, MEDIAN_WINDOW)
    return np.asarray(np.median(windows, axis=1), dtype=np.float64)


def correct(rr_ms: Sequence[float] | FloatArray) -> Cleaned:
    """Find and correct missed, extra and premature beats (see the module's description)."""
    rr = np.asarray(rr_ms, dtype=np.float64)
    n = len(rr)
    if n == 0:
        return Cleaned((), (), 0)
    ref = _local_median(rr)
    out: list[float] = []
    flagged: list[int] = []
    i = 0
    while i < n:
        value, local = float(rr[i]), float(ref[i])
        ratio = value / local
        if ratio > MISSED_ABOVE:
            parts = max(2, round(ratio))
            out.extend([value / parts] * parts)
            flagged.append(i)
        elif ratio < SHORT_BELOW:
            flagged.append(i)
            after = value + float(rr[i + 1]) if i + 1 < n else math.inf
            if SHORT_BELOW <= after / local <= MISSED_ABOVE:  # an extra beat: join the two
                out.append(after)
                i += 2
                continue
            if 1.7 <= after / local <= 2.3:  # premature then compensating: share them
                out.extend([after / 2, after / 2])
                i += 2
                continue
            before = out[-1] + value if out else math.inf
            if SHORT_BELOW <= before / local <= MISSED_ABOVE:
                out[-1] = before
            else:
                out.append(value)  # nothing better to do: keep it, counted as corrected
        else:
            out.append(value)
        i += 1
    return Cleaned(tuple(out), tuple(flagged), n)


# -- series ----------------------------------------------------------------------------------


def beat_times(rr_ms: Sequence[float] | FloatArray) -> FloatArray:
    """When each interval ends, in seconds from the start of the recording."""
    return np.cumsum(np.asarray(rr_ms, dtype=np.float64)) / 1000.0


def breath_volume(t: FloatArray, rate: float, inhale_share: float = INHALE_SHARE) -> FloatArray:
    """The paced breath as a shape from 0 (empty) to 1 (full): rising on the in-breath."""
    period = 60.0 / rate
    phase = np.mod(t, period) / period
    return np.where(
        phase < inhale_share, phase / inhale_share, (1.0 - phase) / (1.0 - inhale_share)
    )


def resample(times: FloatArray, values: FloatArray, start: float, end: float) -> FloatArray:
    grid = np.arange(start, end, 1.0 / RESAMPLE_HZ)
    return np.asarray(np.interp(grid, times, values), dtype=np.float64)


def _detrend(values: FloatArray) -> FloatArray:
    x = np.arange(len(values), dtype=np.float64)
    slope, intercept = np.polyfit(x, values, 1)
    return np.asarray(values - (slope * x + intercept), dtype=np.float64)


def lf_power(rr_even: FloatArray) -> tuple[float, float, float]:
    """LF power (ms²), the height and the frequency (Hz) of the highest LF peak of an evenly
    resampled tachogram."""
    x = _detrend(rr_even) * np.hanning(len(rr_even))
    spectrum = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1.0 / RESAMPLE_HZ)
    scale = 2.0 / (RESAMPLE_HZ * float(np.sum(np.hanning(len(rr_even)) ** 2)))
    density = spectrum * scale
    band = (freqs >= LF_BAND[0]) & (freqs <= LF_BAND[1])
    if not band.any():
        return 0.0, 0.0, 0.0
    df = freqs[1] - freqs[0]
    power = float(np.sum(density[band]) * df)
    peak = int(np.argmax(np.where(band, density, -1.0)))
    return power, float(density[peak]), float(freqs[peak])


def follow(
    times: FloatArray, hr: FloatArray, rate: float, inhale_share: float = INHALE_SHARE
) -> tuple[float, float]:
    """How heart rate follows the breath: its phase in degrees against the breath's rhythm
    (positive when heart rate leads), and the share (0-1) of its variation at the breathing rate."""
    omega = 2.0 * math.pi * rate / 60.0
    y = hr - np.polyval(np.polyfit(times, hr, 1), times)
    design = np.column_stack([np.cos(omega * times), np.sin(omega * times)])
    (a, b), *_ = np.linalg.lstsq(design, y, rcond=None)
    fitted = design @ np.array([a, b])
    total = float(np.sum(y**2))
    share = float(np.sum(fitted**2)) / total if total > 0 else 0.0
    grid = np.arange(0.0, 60.0 / rate, 0.01)
    volume = breath_volume(grid, rate, inhale_share) - 0.5
    va = float(np.sum(volume * np.cos(omega * grid)))
    vb = float(np.sum(volume * np.sin(omega * grid)))
    # cos(wt - p): the phase p at which each signal peaks; HR leads when its p is smaller.
    difference = math.degrees(math.atan2(vb, va) - math.atan2(b, a))
    phase = (difference + 180.0) % 360.0 - 180.0
    return phase, min(1.0, share)


def swings(times: FloatArray, hr: FloatArray, rate: float, start: float, end: float) -> list[float]:
    """The peak-to-trough swing of heart rate (beats a minute) in each whole breath from
    ``start`` to ``end``: the highest minus the lowest heart rate within the breath."""
    period = 60.0 / rate
    first = math.ceil(start / period - 1e-9)
    result = []
    k = first
    while (k + 1) * period <= end + 1e-9:
        inside = (times >= k * period) & (times < (k + 1) * period)
        if np.count_nonzero(inside) >= 3:
            result.append(float(np.max(hr[inside]) - np.min(hr[inside])))
        k += 1
    return result


# -- the assessment --------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    rate: float
    beats: int
    share_corrected: float
    swing: float | None
    lf_power: float | None
    lf_peak: float | None
    lf_peak_hz: float | None
    phase: float | None
    follows: float | None

    @property
    def trustworthy(self) -> bool:
        return self.swing is not None


@dataclass(frozen=True)
class Assessment:
    steps: tuple[Step, ...]
    chosen: float | None
    share_corrected: float
    explanation: str

    def to_json(self) -> dict[str, object]:
        def rounded(value: float | None, places: int) -> float | None:
            return None if value is None else round(value, places)

        return {
            "chosen_rate": self.chosen,
            "share_corrected": round(self.share_corrected, 4),
            "explanation": self.explanation,
            "steps": [
                {
                    "rate": s.rate,
                    "beats": s.beats,
                    "share_corrected": round(s.share_corrected, 4),
                    "swing_bpm": rounded(s.swing, 2),
                    "lf_power_ms2": rounded(s.lf_power, 1),
                    "lf_peak_ms2_per_hz": rounded(s.lf_peak, 1),
                    "lf_peak_hz": rounded(s.lf_peak_hz, 4),
                    "phase_degrees": rounded(s.phase, 1),
                    "follows": rounded(s.follows, 3),
                }
                for s in self.steps
            ],
        }


def _step(rr_raw: FloatArray, times_raw: FloatArray, rate: float, start: float, end: float) -> Step:
    inside = (times_raw > start) & (times_raw <= end)
    count = int(np.count_nonzero(inside))
    empty = Step(rate, count, 0.0, None, None, None, None, None, None)
    if count < 20:
        return empty
    cleaned = correct(rr_raw[inside])
    if cleaned.too_many:
        return Step(rate, count, cleaned.share_corrected, None, None, None, None, None, None)
    first = float(times_raw[inside][0] - rr_raw[inside][0] / 1000.0)
    rr = np.asarray(cleaned.rr_ms, dtype=np.float64)
    times = first + beat_times(rr)
    hr = 60000.0 / rr
    settle = min(SETTLE_SECONDS, (end - start) / 4)
    keep = times >= start + settle
    if np.count_nonzero(keep) < 10:
        return empty
    t, h = times[keep] - start, hr[keep]
    per_breath = swings(t, h, rate, settle, end - start)
    if not per_breath:
        return empty
    power, peak, peak_hz = lf_power(resample(t, rr[keep], float(t[0]), float(t[-1])))
    phase, share = follow(t, h, rate)
    return Step(
        rate,
        count,
        cleaned.share_corrected,
        float(np.mean(per_breath)),
        power,
        peak,
        peak_hz,
        phase,
        share,
    )


def _ranks(values: list[float]) -> list[float]:
    """Rank 1 for the largest value; equal values share a rank."""
    order = sorted(set(values), reverse=True)
    return [float(order.index(v) + 1) for v in values]


def choose(steps: Sequence[Step]) -> float | None:
    """The resonance rate: the best total rank over the criteria of Shaffer & Meehan (2020)."""
    good = [s for s in steps if s.trustworthy]
    if not good:
        return None
    criteria = [
        [-abs(s.phase or 0.0) for s in good],
        [s.swing or 0.0 for s in good],
        [s.lf_power or 0.0 for s in good],
        [s.lf_peak or 0.0 for s in good],
        [s.follows or 0.0 for s in good],
    ]
    totals = [0.0] * len(good)
    for values in criteria:
        for index, rank in enumerate(_ranks(values)):
            totals[index] += rank
    best = min(range(len(good)), key=lambda i: (totals[i], -(good[i].swing or 0.0)))
    return good[best].rate


def _rate_words(rate: float) -> str:
    return f"{rate:g}"


def explain(steps: Sequence[Step], chosen: float | None, share: float) -> str:
    """Two plain sentences about the result."""
    if chosen is None:
        if share > TOO_MANY_ARTEFACTS:
            return (
                f"About {share:.0%} of the beats in this recording needed correcting, too many "
                "to trust the numbers. A snug, slightly moistened strap usually helps; "
                "you are welcome to try again another time."
            )
        return (
            "This recording was too short or too patchy to compare the paces. "
            "Two calm minutes at each pace are enough to try again."
        )
    step = next(s for s in steps if s.rate == chosen)
    return (
        f"At {_rate_words(chosen)} breaths a minute your heart rate rose and fell most "
        f"closely with your breath, by about {step.swing or 0:.0f} beats a minute each breath. "
        f"That makes {_rate_words(chosen)} a good pace for you to practise at; "
        "it can shift a little over time, so checking again now and then is worthwhile."
    )


def assess(
    rr_ms: Sequence[float],
    rates: Sequence[float] = PROTOCOL_RATES,
    minutes: float = STEP_MINUTES,
    rest_seconds: float = 0.0,
) -> Assessment:
    """Assess a recording made while following the stepped protocol from its first beat, with
    ``rest_seconds`` of ordinary breathing between one pace and the next (not measured)."""
    if not rates:
        raise RRError("there are no breathing rates to compare")
    for rate in rates:
        if not 2.0 <= rate <= 15.0:
            raise RRError(f"{rate:g} breaths a minute is outside 2 to 15")
    if minutes <= 0:
        raise RRError("each pace needs some minutes")
    if rest_seconds < 0:
        raise RRError("a rest cannot be shorter than nothing")
    rr = np.asarray(rr_ms, dtype=np.float64)
    if len(rr) < 20:
        raise RRError("the recording holds too few heartbeats to assess")
    if np.any(rr < SHORTEST_MS / 3) or np.any(rr > 20 * LONGEST_MS):
        raise RRError("some intervals are not heartbeats in milliseconds")
    times = beat_times(rr)
    length = minutes * 60.0
    stride = length + rest_seconds
    steps = tuple(
        _step(rr, times, rate, index * stride, index * stride + length)
        for index, rate in enumerate(rates)
    )
    needed = stride * len(rates) - rest_seconds
    counted = sum(s.beats for s in steps)
    share = sum(s.share_corrected * s.beats for s in steps) / counted if counted else 0.0
    if times[-1] < needed - min(30.0, length / 4):
        rests = " with their rests" if rest_seconds else ""
        raise RRError(
            f"the recording lasts {times[-1] / 60:.1f} minutes, but {len(rates)} paces of "
            f"{minutes:g} minutes{rests} need {needed / 60:g}"
        )
    chosen = None if share > TOO_MANY_ARTEFACTS else choose(steps)
    return Assessment(steps, chosen, share, explain(steps, chosen, share))


class LiveCleaner:
    """The same rule as ``correct``, beat by beat while a strap is sending: each interval is
    compared with the median of the last eleven accepted ones. A short interval waits for the
    next, so a corrected beat comes out one beat late; nothing else is delayed."""

    def __init__(self) -> None:
        self._recent: list[float] = []
        self._waiting: float | None = None
        self._after_gap = False
        self.seen = 0
        self.corrected = 0

    @property
    def share_corrected(self) -> float:
        return self.corrected / self.seen if self.seen else 0.0

    @property
    def too_many(self) -> bool:
        return self.seen >= 50 and self.share_corrected > TOO_MANY_ARTEFACTS

    def reset(self) -> None:
        """After a dropout: the next beat's interval may span the gap; it is not counted."""
        self._waiting = None
        self._after_gap = True

    def push(self, rr_ms: float) -> list[float]:
        after_gap, self._after_gap = self._after_gap, False
        if after_gap and self._recent and rr_ms > MISSED_ABOVE * float(np.median(self._recent)):
            return []  # the time the strap was away, not a heartbeat
        self.seen += 1
        if len(self._recent) < 5:  # too little to compare with yet: trust plausible beats
            if SHORTEST_MS <= rr_ms <= LONGEST_MS:
                return self._accept([rr_ms])
            self.corrected += 1
            return []
        local = float(np.median(self._recent))
        if self._waiting is not None:
            short, self._waiting = self._waiting, None
            both = short + rr_ms
            if SHORT_BELOW <= both / local <= MISSED_ABOVE:
                return self._accept([both])
            if 1.7 <= both / local <= 2.3:
                return self._accept([both / 2, both / 2])
            return self._accept([short]) + self.push_again(rr_ms)
        ratio = rr_ms / local
        if ratio > MISSED_ABOVE:
            self.corrected += 1
            if ratio > 4:  # a gap, not a missed beat: nothing to draw across it
                return []
            parts = max(2, round(ratio))
            return self._accept([rr_ms / parts] * parts)
        if ratio < SHORT_BELOW:
            self.corrected += 1
            self._waiting = rr_ms
            return []
        return self._accept([rr_ms])

    def push_again(self, rr_ms: float) -> list[float]:
        self.seen -= 1
        return self.push(rr_ms)

    def _accept(self, values: list[float]) -> list[float]:
        self._recent = (self._recent + values)[-MEDIAN_WINDOW:]
        return values
