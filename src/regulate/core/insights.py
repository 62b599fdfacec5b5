"""Numbers for "What helps me" and the report: per item how often and how it went, and per
month how many check-ins were within the person's window (by the bounds in force then)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone


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
