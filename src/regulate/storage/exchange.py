"""Regulate's own export formats, JSON and CSV, and reading them back.

Both carry every field of every check-in and session. An export of the same journal is the
same bytes every time (no export date inside), so two exports can be compared directly.
Reading is strict and complete before anything is written: a file either imports whole or
not at all, and a problem is reported with the row or field it is in.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from regulate.core.entries import LIST_SEPARATOR, CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window

_T = TypeVar("_T")

FORMAT_NAME = "regulate-journal"
FORMAT_VERSION = 1

CSV_COLUMNS = (
    "record",
    "uid",
    "at",
    "arousal",
    "window_low",
    "window_high",
    "zone",
    "suds",
    "mood",
    "feelings",
    "body",
    "note",
    "tags",
    "kind",
    "item",
    "seconds",
    "suds_before",
    "suds_after",
    "completed",
    "source",
)


class ExchangeError(ValueError):
    """A file that can't be imported. The message names the row or field that is wrong."""


@dataclass(frozen=True)
class Records:
    checkins: tuple[CheckIn, ...]
    sessions: tuple[Session, ...]


# -- writing ----------------------------------------------------------------------------------


def checkin_dict(entry: CheckIn) -> dict[str, Any]:
    return {
        "uid": entry.uid,
        "at": entry.at.iso(),
        "arousal": entry.arousal,
        "window_low": entry.window.low,
        "window_high": entry.window.high,
        "zone": None if entry.zone is None else entry.zone.value,
        "suds": entry.suds,
        "mood": entry.mood,
        "feelings": list(entry.feelings),
        "body": list(entry.body),
        "note": entry.note,
        "tags": list(entry.tags),
        "source": entry.source.value,
    }


def session_dict(session: Session) -> dict[str, Any]:
    return {
        "uid": session.uid,
        "at": session.at.iso(),
        "kind": session.kind.value,
        "item": session.item,
        "seconds": session.seconds,
        "suds_before": session.suds_before,
        "suds_after": session.suds_after,
        "completed": session.completed,
        "source": session.source.value,
    }


def to_json(checkins: Sequence[CheckIn], sessions: Sequence[Session]) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "checkins": [checkin_dict(entry) for entry in checkins],
        "sessions": [session_dict(session) for session in sessions],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return str(value)


def to_csv(checkins: Sequence[CheckIn], sessions: Sequence[Session]) -> str:
    """One table: a ``record`` column says whether a row is a check-in or a session."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for entry in checkins:
        row = {"record": "checkin", **checkin_dict(entry)}
        writer.writerow({key: _csv_cell(row.get(key)) for key in CSV_COLUMNS})
    for session in sessions:
        row = {"record": "session", **session_dict(session)}
        writer.writerow({key: _csv_cell(row.get(key)) for key in CSV_COLUMNS})
    return out.getvalue()


# -- reading ----------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is fine), or a clear refusal."""
    if b"\x00" in data[:4096]:
        raise ExchangeError(f"{name} is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{name} is not UTF-8 text (byte {exc.start} can't be read)") from None


def parse_export(data: bytes, name: str) -> Records:
    """Read a Regulate export, JSON or CSV, deciding by its content."""
    text = decode(data, name)
    stripped = text.lstrip()
    if not stripped:
        raise ExchangeError(f"{name} is empty")
    if stripped.startswith("{"):
        return parse_json(stripped, name)
    return parse_csv(text, name)


def parse_json(text: str, name: str) -> Records:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{name} is not complete JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:  # absurdly long numbers, absurdly deep nesting
        raise ExchangeError(f"{name} is not a Regulate export ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExchangeError(f"{name} is not a Regulate export (its 'format' is not {FORMAT_NAME})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError(f"{name} has no export version number")
    if version > FORMAT_VERSION:
        raise ExchangeError(
            f"{name} was exported by a newer version of Regulate (export version {version}; "
            f"this one reads up to {FORMAT_VERSION})"
        )
    checkins_raw = document.get("checkins", [])
    sessions_raw = document.get("sessions", [])
    if not isinstance(checkins_raw, list) or not isinstance(sessions_raw, list):
        raise ExchangeError(f"{name}: 'checkins' and 'sessions' must be lists")
    checkins = tuple(
        _build(f"{name}: check-in {number}", _checkin_from_mapping, raw)
        for number, raw in enumerate(checkins_raw, start=1)
    )
    sessions = tuple(
        _build(f"{name}: session {number}", _session_from_mapping, raw)
        for number, raw in enumerate(sessions_raw, start=1)
    )
    _reject_repeats(name, checkins, sessions)
    return Records(checkins, sessions)


def parse_csv(text: str, name: str) -> Records:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ExchangeError(f"{name} is not a readable CSV file ({exc})") from None
    if not header:
        raise ExchangeError(f"{name} is empty")
    missing = [column for column in CSV_COLUMNS if column not in header]
    unexpected = [column for column in header if column not in CSV_COLUMNS]
    if unexpected:
        raise ExchangeError(f"{name} is not a Regulate export: unexpected column '{unexpected[0]}'")
    if missing:
        raise ExchangeError(f"{name} is not a Regulate export: missing column '{missing[0]}'")
    checkins: list[CheckIn] = []
    sessions: list[Session] = []
    try:
        # Rows are counted as a spreadsheet shows them: the header is row 1, whatever line
        # breaks the notes contain.
        for number, row in enumerate(reader, start=2):
            where = f"{name}: row {number}"
            if None in row or any(value is None for value in row.values()):
                raise ExchangeError(f"{where} does not have {len(CSV_COLUMNS)} columns")
            record = row["record"]
            try:
                values = {key: _from_cell(key, value) for key, value in row.items()}
            except ExchangeError as exc:
                raise ExchangeError(f"{where}: {exc}") from None
            if record == "checkin":
                checkins.append(_build(where, _checkin_from_mapping, values))
            elif record == "session":
                sessions.append(_build(where, _session_from_mapping, values))
            else:
                raise ExchangeError(f"{where}: 'record' must be checkin or session, not '{record}'")
    except csv.Error as exc:
        raise ExchangeError(f"{name} is not a readable CSV file ({exc})") from None
    _reject_repeats(name, checkins, sessions)
    return Records(tuple(checkins), tuple(sessions))


_LIST_COLUMNS = {"feelings", "body", "tags"}
_INT_COLUMNS = {"arousal", "window_low", "window_high", "suds", "mood", "suds_before", "suds_after"}


def _from_cell(key: str | None, value: str | None) -> object:
    if value is None or key is None:
        return value
    if key in _LIST_COLUMNS:
        return [part for part in value.split("|") if part.strip()]
    if key in ("note", "uid", "record", "source", "item", "kind", "at"):
        return value
    if value == "":
        return None
    if key in _INT_COLUMNS:
        try:
            return int(value)
        except ValueError:
            raise ExchangeError(f"'{key}' must be a whole number, not '{value}'") from None
    if key == "seconds":
        try:
            return float(value)
        except ValueError:
            raise ExchangeError(f"'seconds' must be a number, not '{value}'") from None
    if key == "completed":
        if value in ("true", "false"):
            return value == "true"
        raise ExchangeError(f"'completed' must be true or false, not '{value}'")
    return value


def _build(where: str, make: Callable[[Mapping[str, Any]], _T], raw: object) -> _T:
    if not isinstance(raw, Mapping):
        raise ExchangeError(f"{where} is not an object with named fields")
    try:
        return make(raw)
    except ExchangeError as exc:
        raise ExchangeError(f"{where}: {exc}") from None
    except (ValueError, TypeError, KeyError) as exc:
        raise ExchangeError(f"{where}: {exc}") from None


def _field(raw: Mapping[str, Any], key: str) -> Any:
    if key not in raw:
        raise ExchangeError(f"the field '{key}' is missing")
    return raw[key]


def _int_or_none(raw: Mapping[str, Any], key: str) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ExchangeError(f"'{key}' must be a whole number or empty, not {value!r}")
    return value


def _text(raw: Mapping[str, Any], key: str) -> str:
    value = _field(raw, key)
    if not isinstance(value, str):
        raise ExchangeError(f"'{key}' must be text, not {value!r}")
    return value


def _words(raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ExchangeError(f"'{key}' must be a list of words")
    return tuple(value)


def _moment(raw: Mapping[str, Any]) -> Moment:
    return Moment.parse(_text(raw, "at"))


def _checkin_from_mapping(raw: Mapping[str, Any]) -> CheckIn:
    low, high = _int_or_none(raw, "window_low"), _int_or_none(raw, "window_high")
    if low is None or high is None:
        raise ExchangeError("'window_low' and 'window_high' are needed")
    entry = CheckIn(
        uid=_text(raw, "uid"),
        at=_moment(raw),
        window=Window(low, high),
        arousal=_int_or_none(raw, "arousal"),
        suds=_int_or_none(raw, "suds"),
        mood=_int_or_none(raw, "mood"),
        feelings=_words(raw, "feelings"),
        body=_words(raw, "body"),
        note=_text(raw, "note") if raw.get("note") is not None else "",
        tags=_words(raw, "tags"),
        source=Source(_text(raw, "source")),
    )
    stated = raw.get("zone")
    actual = None if entry.zone is None else entry.zone.value
    if stated not in (None, "") and stated != actual:
        raise ExchangeError(
            f"'zone' says {stated}, but arousal {entry.arousal} with the window "
            f"{low} to {high} is {actual}"
        )
    return entry


def _session_from_mapping(raw: Mapping[str, Any]) -> Session:
    seconds = _field(raw, "seconds")
    completed = _field(raw, "completed")
    if not isinstance(completed, bool):
        raise ExchangeError(f"'completed' must be true or false, not {completed!r}")
    return Session(
        uid=_text(raw, "uid"),
        at=_moment(raw),
        kind=ItemKind(_text(raw, "kind")),
        item=_text(raw, "item"),
        seconds=seconds,
        suds_before=_int_or_none(raw, "suds_before"),
        suds_after=_int_or_none(raw, "suds_after"),
        completed=completed,
        source=Source(_text(raw, "source")),
    )


def _reject_repeats(name: str, checkins: Sequence[CheckIn], sessions: Sequence[Session]) -> None:
    for label, uids in (
        ("check-in", [c.uid for c in checkins]),
        ("session", [s.uid for s in sessions]),
    ):
        seen: set[str] = set()
        for uid in uids:
            if uid in seen:
                raise ExchangeError(f"{name}: the {label} id '{uid}' appears twice")
            seen.add(uid)
