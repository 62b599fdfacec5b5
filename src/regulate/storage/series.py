"""The journal as columns for the chart and the report: one query per table through the open
``Journal`` (its connection, its timeout, its repair), no object per point, each column filled by
name. Times keep their local offsets, so every day shown is the day the person lived."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from regulate.storage.journal import Journal


@dataclass(frozen=True)
class CheckinColumns:
    epoch: list[float]  # UTC seconds, ascending
    offset: list[int]  # minutes east of UTC when written
    arousal: list[float | None]
    suds: list[float | None]
    mood: list[float | None]
    low: list[int]
    high: list[int]
    zone: list[str | None]
    note: list[str]
    feelings: list[str]  # the stored JSON text, decoded only when shown


@dataclass(frozen=True)
class SessionColumns:
    epoch: list[float]
    offset: list[int]
    kind: list[str]
    item: list[str]
    seconds: list[float]
    suds_before: list[int | None]
    suds_after: list[int | None]


@dataclass(frozen=True)
class Whole:
    """What the latest part of a journal can't tell alone (see ``read_latest``): where the
    part begins, the whole journal's first and last moments, and which measures it holds."""

    read_from: float  # the part holds every entry from here on (UTC seconds)
    first: float  # the first entry of either kind
    last: float
    arousal: bool
    mood: bool
    suds: bool
    sessions: bool


@dataclass(frozen=True)
class Series:
    checkins: CheckinColumns
    sessions: SessionColumns
    #: The period asked for (UTC seconds; ``until`` is the first moment after it), or None for
    #: "from the first entry" / "up to now": the report and the chart cover exactly this.
    since: float | None = None
    until: float | None = None
    #: Set when this is only the latest part of the journal (``read_latest``); None when it
    #: holds everything asked for.
    whole: Whole | None = None

    def period(self, now: float) -> tuple[float, float]:
        """The span to show: the period asked for, else the entries' own, ending by ``now``."""
        stamps = self.checkins.epoch[:1] + self.sessions.epoch[:1]
        start = self.since if self.since is not None else (min(stamps) if stamps else now)
        if self.until is not None:
            return start, self.until
        last = self.checkins.epoch[-1:] + self.sessions.epoch[-1:]
        return start, max([now, *last])


#: Each field of the columns above and the journal column it comes from.
_CHECKIN_SOURCE = {
    "epoch": "at_utc",
    "offset": "utc_offset",
    "arousal": "arousal",
    "suds": "suds",
    "mood": "mood",
    "low": "window_low",
    "high": "window_high",
    "zone": "zone",
    "note": "note",
    "feelings": "feelings",
}
_SESSION_SOURCE = {
    "epoch": "at_utc",
    "offset": "utc_offset",
    "kind": "kind",
    "item": "item",
    "seconds": "seconds",
    "suds_before": "suds_before",
    "suds_after": "suds_after",
}


def _filled(kind: type[Any], source: dict[str, str], read: dict[str, list[Any]]) -> Any:
    assert {f.name for f in fields(kind)} == set(source)
    return kind(**{name: read[column] for name, column in source.items()})


def empty_series() -> Series:
    return Series(
        _filled(CheckinColumns, _CHECKIN_SOURCE, {c: [] for c in _CHECKIN_SOURCE.values()}),
        _filled(SessionColumns, _SESSION_SOURCE, {c: [] for c in _SESSION_SOURCE.values()}),
    )


def read_series(
    journal: Journal, since_epoch: float | None = None, until_epoch: float | None = None
) -> Series:
    """Everything the chart and the report need from an open journal, sorted by time."""
    checkins = journal.columns("checkins", list(_CHECKIN_SOURCE.values()), since_epoch, until_epoch)
    sessions = journal.columns("sessions", list(_SESSION_SOURCE.values()), since_epoch, until_epoch)
    return Series(
        _filled(CheckinColumns, _CHECKIN_SOURCE, checkins),
        _filled(SessionColumns, _SESSION_SOURCE, sessions),
        since_epoch,
        until_epoch,
    )


#: How far back from the last entry ``read_latest`` reads: a calendar month and a week
#: holding the last entry, with days to spare for entries written in other time zones.
LATEST_SECONDS = 40 * 86_400.0


def read_latest(journal: Journal, seconds: float = LATEST_SECONDS) -> Series:
    """The entries of the last ``seconds`` before the latest one, with what the whole journal
    holds (``Series.whole``): what a chart needs to show the latest month at once, by the
    time index, whatever the journal's length. When that is everything, ``whole`` is None."""
    first_checkin, last_checkin = journal.ends("checkins")
    first_session, last_session = journal.ends("sessions")
    firsts = [t for t in (first_checkin, first_session) if t is not None]
    lasts = [t for t in (last_checkin, last_session) if t is not None]
    if not lasts or min(firsts) >= max(lasts) - seconds:
        return read_series(journal)
    read_from = max(lasts) - seconds
    part = read_series(journal, read_from)
    c = part.checkins

    def anywhere(values: list[float | None], column: str) -> bool:
        # Seen in the part read, or else asked of the journal (a scan only when it is absent).
        return any(v is not None for v in values) or journal.has_values("checkins", column)

    whole = Whole(
        read_from,
        float(min(firsts)),
        float(max(lasts)),
        anywhere(c.arousal, "arousal"),
        anywhere(c.mood, "mood"),
        anywhere(c.suds, "suds"),
        first_session is not None,
    )
    return Series(part.checkins, part.sessions, None, None, whole)
