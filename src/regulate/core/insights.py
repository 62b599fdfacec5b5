"""Numbers for "What helps me" and the report: per item how often and how it went, and per
month how many check-ins there were and how many of those with an activation rating were
within the person's window (by the bounds in force then)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from regulate.core.suggest import is_severe


@dataclass(frozen=True)
class MonthShare:
    month: str  # YYYY-MM, local to each entry
    checkins: int  # with an arousal
    within: int

    @property
    def share(self) -> float:
        return self.within / self.checkins if self.checkins else 0.0


def local_month(epoch: float, offset_minutes: int) -> str:
    zone = timezone(timedelta(minutes=offset_minutes))
    return datetime.fromtimestamp(epoch, tz=UTC).astimezone(zone).strftime("%Y-%m")


def monthly_window_share(
    epochs: Sequence[float], offsets: Sequence[int], zones: Iterable[str | None]
) -> list[MonthShare]:
    """Per month (oldest first): check-ins with an arousal, and how many were in the window."""
    counts: dict[str, list[int]] = {}
    for epoch, offset, zone in zip(epochs, offsets, zones, strict=True):
        if zone is None:
            continue
        month = local_month(epoch, offset)
        tally = counts.setdefault(month, [0, 0])
        tally[0] += 1
        if zone == "window":
            tally[1] += 1
    return [MonthShare(month, total, within) for month, (total, within) in sorted(counts.items())]


def overall_share(months: Sequence[MonthShare]) -> float | None:
    total = sum(m.checkins for m in months)
    return None if total == 0 else sum(m.within for m in months) / total


# -- the report a therapist can use ----------------------------------------------------------

#: Two-sided 95 % t quantiles for 1..30 degrees of freedom; beyond, the normal 1.96.
_T95 = (
    12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23,
    2.20, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11, 2.10, 2.09, 2.09,
    2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04,
)  # fmt: skip


def t95(degrees: int) -> float:
    return _T95[degrees - 1] if 1 <= degrees <= len(_T95) else 1.96


@dataclass(frozen=True)
class ZoneCounts:
    """Check-ins with an activation, by where they sat against the window in force then."""

    below: int = 0
    within: int = 0
    above: int = 0

    @property
    def total(self) -> int:
        return self.below + self.within + self.above

    def shares(self) -> tuple[float, float, float] | None:
        """(below, within, above) as shares of check-ins; None without any."""
        if not self.total:
            return None
        return self.below / self.total, self.within / self.total, self.above / self.total


def zone_counts(zones: Iterable[str | None]) -> ZoneCounts:
    below = within = above = 0
    for zone in zones:
        if zone == "hypo":
            below += 1
        elif zone == "window":
            within += 1
        elif zone == "hyper":
            above += 1
    return ZoneCounts(below, within, above)


def percentages(counts: ZoneCounts) -> tuple[int, int, int] | None:
    """Whole percentages that add up to 100 (largest remainders), or None without check-ins."""
    shares = counts.shares()
    if shares is None:
        return None
    raw = [100 * s for s in shares]
    whole = [int(r) for r in raw]
    order = sorted(range(3), key=lambda i: raw[i] - whole[i], reverse=True)
    for i in order[: 100 - sum(whole)]:
        whole[i] += 1
    return whole[0], whole[1], whole[2]


def months_between(start: float, end: float, offset_minutes: int) -> list[str]:
    """Every month (YYYY-MM) from ``start`` up to, not including, ``end`` (local time)."""
    first, last = (
        local_month(start, offset_minutes),
        local_month(max(start, end - 1), offset_minutes),
    )
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_zone_counts(
    epochs: Sequence[float],
    offsets: Sequence[int],
    zones: Sequence[str | None],
    months: Sequence[str] = (),
) -> list[tuple[str, ZoneCounts]]:
    """Per month, oldest first: every month in ``months`` (empty ones too) and any with entries."""
    grouped: dict[str, list[str | None]] = {m: [] for m in months}
    for epoch, offset, zone in zip(epochs, offsets, zones, strict=True):
        grouped.setdefault(local_month(epoch, offset), []).append(zone)
    return [(month, zone_counts(grouped[month])) for month in sorted(grouped)]


@dataclass(frozen=True)
class MonthRow:
    """One month of the report's table: every check-in counted, the zones of those with an
    activation rating, and the means of what was rated (None when nothing was)."""

    month: str  # YYYY-MM, local to each entry
    checkins: int  # every check-in, mood-only ones (a Daylio import) too
    zones: ZoneCounts  # only the check-ins with an activation rating
    mean_mood: float | None
    mean_distress: float | None


def monthly_rows(
    epochs: Sequence[float],
    offsets: Sequence[int],
    zones: Sequence[str | None],
    moods: Sequence[float | None],
    suds: Sequence[float | None],
    months: Sequence[str] = (),
) -> list[MonthRow]:
    """Per month, oldest first: every month in ``months`` (empty ones too) and any with
    entries. A month of mood-only check-ins counts them all, with zeros below, within and
    above."""
    grouped: dict[str, list[int]] = {m: [] for m in months}
    for index, (epoch, offset) in enumerate(zip(epochs, offsets, strict=True)):
        grouped.setdefault(local_month(epoch, offset), []).append(index)

    def mean(values: Sequence[float | None], indexes: list[int]) -> float | None:
        rated = [float(v) for i in indexes if (v := values[i]) is not None]
        return sum(rated) / len(rated) if rated else None

    return [
        MonthRow(
            month,
            len(indexes),
            zone_counts(zones[i] for i in indexes),
            mean(moods, indexes),
            mean(suds, indexes),
        )
        for month, indexes in sorted(grouped.items())
    ]


@dataclass(frozen=True)
class BeforeAfter:
    """Distress before and after one pattern or exercise, over its rated sessions."""

    kind: str
    item: str
    times: int  # sessions, rated or not
    rated: int
    mean_before: float | None
    mean_after: float | None
    low: float | None  # the 95 % interval of the mean change (after minus before)
    high: float | None
    last_epoch: float | None
    last_offset: int

    @property
    def change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return self.mean_after - self.mean_before

    @property
    def evidence(self) -> float:
        """How sure the change is: the narrower the interval, the more (0 without two ratings)."""
        if self.low is None or self.high is None:
            return 0.0
        return 1.0 / (self.high - self.low + 0.5)


def mean_interval(values: Sequence[float]) -> tuple[float, float, float] | None:
    """Mean and its 95 % t interval; an interval needs two values (else it spans 0 to 10)."""
    n = len(values)
    if not n:
        return None
    mean = sum(values) / n
    if n < 2:
        return mean, mean - 10.0, mean + 10.0
    variance = sum((v - mean) ** 2 for v in values) / (n - 1)
    half = t95(n - 1) * (variance / n) ** 0.5
    return mean, mean - half, mean + half


def before_after(
    kinds: Sequence[str],
    items: Sequence[str],
    epochs: Sequence[float],
    offsets: Sequence[int],
    befores: Sequence[int | None],
    afters: Sequence[int | None],
) -> list[BeforeAfter]:
    """Per item, sorted by evidence (narrowest interval first), then by change."""
    groups: dict[tuple[str, str], list[int]] = {}
    for index, key in enumerate(zip(kinds, items, strict=True)):
        groups.setdefault(key, []).append(index)
    result = []
    for (kind, item), indexes in groups.items():
        rated = [i for i in indexes if befores[i] is not None and afters[i] is not None]
        last = max(indexes, key=lambda i: epochs[i])
        before = [float(befores[i] or 0) for i in rated]
        after = [float(afters[i] or 0) for i in rated]
        interval = mean_interval([a - b for a, b in zip(after, before, strict=True)])
        result.append(
            BeforeAfter(
                kind,
                item,
                len(indexes),
                len(rated),
                sum(before) / len(rated) if rated else None,
                sum(after) / len(rated) if rated else None,
                None if interval is None else interval[1],
                None if interval is None else interval[2],
                epochs[last],
                offsets[last],
            )
        )
    return sorted(
        result,
        key=lambda r: (-r.rated, -r.evidence, r.change if r.change is not None else 99, r.item),
    )


def count_severe(arousal: Sequence[float | None], suds: Sequence[float | None]) -> int:
    """Check-ins at the ends of the activation scale or with distress 8 or more."""
    return sum(
        is_severe(None if a is None else int(a), None if s is None else int(s))
        for a, s in zip(arousal, suds, strict=True)
    )


def bounds_in_force(
    epochs: Sequence[float], lows: Sequence[int], highs: Sequence[int]
) -> list[tuple[float, int, int]]:
    """The window bounds over the period: (from when, low, high), a row each time they changed."""
    rows: list[tuple[float, int, int]] = []
    for epoch, low, high in zip(epochs, lows, highs, strict=True):
        if not rows or (rows[-1][1], rows[-1][2]) != (low, high):
            rows.append((epoch, low, high))
    return rows
