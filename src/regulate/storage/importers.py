"""One way in for every import: what a file is, told by its content, and reading it.

The command line (``regulate import``) and the app's Import button both call ``read_records``,
so one file is accepted or refused the same way, with the same one-line reason, wherever it
is opened. ``detect`` looks at the first bytes only: a JSON object is Regulate's JSON export;
a CSV whose first line names Regulate's ``record`` column is Regulate's CSV export; one that
names Daylio's columns (``mood`` with ``full_date``, or with ``date`` and ``time``) is Daylio's.
``--from`` only overrides that choice.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path

from regulate.plaintext import shown_name
from regulate.storage.daylio import UnmappedMoods, read_daylio
from regulate.storage.exchange import (
    CSV_COLUMNS,
    HEAD_BYTES,
    ExchangeError,
    Records,
    first_text,
    open_import_source,
    read_csv,
    read_head,
    read_json,
)

REGULATE_JSON = "regulate-json"
REGULATE_CSV = "regulate-csv"
DAYLIO = "daylio"
#: What ``detect`` can answer, and what ``force`` may say (plus "regulate": either of ours).
KINDS = (REGULATE_JSON, REGULATE_CSV, DAYLIO)
REGULATE = "regulate"

__all__ = [
    "DAYLIO",
    "KINDS",
    "REGULATE",
    "REGULATE_CSV",
    "REGULATE_JSON",
    "ExchangeError",
    "UnmappedMoods",
    "detect",
    "read_records",
]

_DAYLIO_COLUMNS = frozenset(("full_date", "date", "weekday", "time", "mood", "activities"))


def detect(head: bytes, name: str) -> str:
    """ "regulate-json", "regulate-csv" or "daylio", from the first bytes of a file.

    Raises ExchangeError with a plain reason for a binary or empty file, or one that is none
    of the three.
    """
    text = first_text(head, name)
    if text.startswith(("{", "[")):
        return REGULATE_JSON
    header = _first_row(text, complete=len(head) < HEAD_BYTES)
    if header is None:
        raise ExchangeError(
            f"{name} doesn't start like an export: its first line is very long, or not "
            "a line of column names"
        )
    columns = {cell.strip().casefold() for cell in header}
    if "record" in columns or set(CSV_COLUMNS) <= columns:
        return REGULATE_CSV
    if "mood" in columns and (
        "full_date" in columns or {"date", "time"} <= columns or len(columns & _DAYLIO_COLUMNS) >= 4
    ):
        return DAYLIO
    raise ExchangeError(
        f"{name} is neither a Regulate export nor a Daylio export: its first line should "
        "name columns such as record, uid and at (Regulate) or full_date, time and mood (Daylio)"
    )


def _first_row(text: str, *, complete: bool) -> list[str] | None:
    """The first CSV row of ``text`` (the start of a file), or None if it does not end
    within it."""
    end = min((i for i in (text.find("\n"), text.find("\r")) if i >= 0), default=-1)
    if end < 0 and not complete:
        return None
    line = text if end < 0 else text[:end]
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return None


class NotDaylio(ExchangeError):
    """A mood map was given for a file that is not a Daylio export."""


def read_records(
    source: Path | str,
    *,
    force: str | None = None,
    mood_map: Mapping[str, int] | None = None,
    local_offset: Callable[[datetime], int] | None = None,
) -> Records:
    """Every check-in and session in the file at ``source``, all read before anything returns.

    ``force``: None (tell by content), "regulate" (our JSON or CSV, told by content),
    "regulate-json", "regulate-csv" or "daylio". ``mood_map`` places Daylio's custom moods.
    Raises UnmappedMoods (an ExchangeError) when Daylio moods need a place (ask, then call
    again with ``mood_map``), and ExchangeError with a one-line reason naming the file for
    everything else: not a regular file, empty, binary, not UTF-8, not an export, a bad row.
    """
    path = Path(source)
    name = shown_name(path.name or str(path))
    if force is not None and force not in (*KINDS, REGULATE):
        raise ValueError(f"unknown import kind {force!r}")
    with open_import_source(path) as stream:
        head = read_head(stream)
        kind = force
        if kind is None:
            kind = detect(head, name)
        elif kind == REGULATE:
            kind = REGULATE_JSON if first_text(head, name).startswith(("{", "[")) else REGULATE_CSV
        if mood_map is not None and kind != DAYLIO:
            raise NotDaylio(f"{name} is not a Daylio export, so a mood map does not apply")
        try:
            if kind == DAYLIO:
                return read_daylio(stream, name, mood_map, local_offset)
            if kind == REGULATE_JSON:
                return read_json(stream, name)
            return read_csv(stream, name)
        except MemoryError:
            raise ExchangeError(f"{name} is too large to import at once") from None
        except OSError as exc:
            raise ExchangeError(f"{name} can't be read ({exc.strerror or exc})") from None
