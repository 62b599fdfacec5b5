"""The journal as columns for the chart and the report: one query per table, no objects per
point, read through a read-only connection so it can never change the journal."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regulate.core.entries import ItemKind, Moment
from regulate.core.suggest import ItemRecord, tally


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
    kind: list[str]
    item: list[str]
    seconds: list[float]
    suds_before: list[int | None]
    suds_after: list[int | None]


@dataclass(frozen=True)
class Series:
    checkins: CheckinColumns
    sessions: SessionColumns


def _empty() -> Series:
    return Series(
        CheckinColumns([], [], [], [], [], [], [], [], [], []),
        SessionColumns([], [], [], [], [], []),
    )


def read_series(journal: Path, since_epoch: float | None = None) -> Series:
    """Everything the chart needs, sorted by time. An absent journal is an empty one."""
    if not journal.exists():
        return _empty()
    from regulate.storage.journal import Journal, explain

    # Opening it the usual way first repairs a damaged journal from its backups; a journal
    # that can't be opened raises JournalError, never an empty series that looks like loss.
    Journal.open(journal, backups=journal.parent / "backups").close()
    uri = f"{journal.resolve().as_uri()}?mode=ro"
    con = sqlite3.connect(uri, uri=True, timeout=15.0)
    try:
        where, params = (
            ("WHERE at_utc >= ?", (since_epoch,))
            if since_epoch is not None
            else (
                "",
                (),
            )
        )
        rows = con.execute(
            "SELECT at_utc, utc_offset, arousal, suds, mood, window_low, window_high, zone, "
            f"note, feelings FROM checkins {where} ORDER BY at_utc, id",
            params,
        ).fetchall()
        sessions = con.execute(
            "SELECT at_utc, kind, item, seconds, suds_before, suds_after FROM sessions "
            f"{where} ORDER BY at_utc, id",
            params,
        ).fetchall()
    except sqlite3.Error as exc:
        raise explain(exc, journal, "read") from None
    finally:
        con.close()
    columns: list[list[Any]] = [list(c) for c in zip(*rows, strict=True)] or [[]] * 10
    session_columns: list[list[Any]] = [list(c) for c in zip(*sessions, strict=True)] or [[]] * 6
    return Series(
        CheckinColumns(*(list(column) for column in columns)),
        SessionColumns(*(list(column) for column in session_columns)),
    )


def item_records(sessions: SessionColumns) -> dict[tuple[ItemKind, str], ItemRecord]:
    """How each pattern and exercise has gone, straight from the columns (no Session objects:
    thousands of sessions stay quick)."""
    return tally(
        (
            ItemKind(kind),
            item,
            Moment(int(epoch)),
            None if before is None or after is None else after - before,
        )
        for kind, item, epoch, before, after in zip(
            sessions.kind,
            sessions.item,
            sessions.epoch,
            sessions.suds_before,
            sessions.suds_after,
            strict=True,
        )
    )
