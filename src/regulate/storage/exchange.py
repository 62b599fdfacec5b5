"""Regulate's own export formats, JSON and CSV, and reading them back.

Both carry every field of every check-in and session. An export of the same journal is the
same bytes every time (no export date inside), so two exports can be compared directly.
Reading is strict and complete before anything is written: a file either imports whole or
not at all, and a problem is reported with the row or field it is in.

Safe in spreadsheets: a CSV text cell (a note, a tag, a feeling, a body word, an id) that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be run as a formula,
so it is written with a ``'`` in front; a cell that really starts with ``'`` gets one more.
Reading removes exactly one leading ``'`` from those cells, so every text comes back exactly.
Numbers are never changed (a -1 stays a number).

Reading streams: a CSV file is read line by line (no line longer than MAX_LINE_CHARS), a JSON
file only up to MAX_JSON_BYTES, so a huge or endless file is refused, not swallowed.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from regulate.core.entries import LIST_SEPARATOR, CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window
from regulate.plaintext import shown_name
from regulate.storage.files import NotARegularFile, open_regular

_T = TypeVar("_T")

FORMAT_NAME = "regulate-journal"
FORMAT_VERSION = 1

#: The largest JSON export read (it is parsed whole); a CSV export is streamed instead.
MAX_JSON_BYTES = 200 * 1024 * 1024
#: The longest line of a CSV file, in characters (a note is at most 20,000).
MAX_LINE_CHARS = 1024 * 1024
#: How much of a file is looked at to tell what it is.
HEAD_BYTES = 4096
_CHUNK_BYTES = 1 << 16

#: CSV columns of free text, guarded against formulas (see the module text).
TEXT_COLUMNS = frozenset(("uid", "feelings", "body", "note", "tags", "item"))
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")

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


#: An RR interval, in ms, that can be a heartbeat (a fifth of a second to ten seconds).
RR_RANGE_MS = (200.0, 10_000.0)
#: At most this many beats per session (a day of beats is about 100 000).
MOST_BEATS = 200_000


@dataclass(frozen=True)
class Records:
    checkins: tuple[CheckIn, ...]
    sessions: tuple[Session, ...]
    #: The heartbeats recorded with sessions (RR intervals in ms), by session uid.
    heartbeats: Mapping[str, tuple[float, ...]] = field(default_factory=dict)


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


def to_json(
    checkins: Sequence[CheckIn],
    sessions: Sequence[Session],
    safety_plan: Mapping[str, Any] | None = None,
    heartbeats: Mapping[str, Sequence[float]] | None = None,
) -> str:
    """The JSON export; ``safety_plan`` (the person's own plan) goes in when it has anything,
    ``heartbeats`` ({session uid: [RR ms, ...]}) when any were recorded."""
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "checkins": [checkin_dict(entry) for entry in checkins],
        "sessions": [session_dict(session) for session in sessions],
    }
    if safety_plan:
        document["safety_plan"] = dict(safety_plan)
    if heartbeats:
        document["heartbeats"] = {uid: list(rr) for uid, rr in heartbeats.items() if rr}
    # allow_nan=False: never NaN or Infinity (invalid JSON); the values' own checks keep
    # them out, this makes sure.
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def guard_cell(text: str) -> str:
    """A CSV text cell as written: ``'`` in front if a spreadsheet could take it for a formula
    (or if it already starts with ``'``, so that reading it back is never ambiguous)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unguard_cell(text: str) -> str:
    """A CSV text cell as read: one leading ``'`` removed (see guard_cell)."""
    return text[1:] if text.startswith("'") else text


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
    for row in _csv_rows(checkins, sessions):
        writer.writerow(row)
    return out.getvalue()


def csv_chunks(checkins: Iterable[CheckIn], sessions: Iterable[Session]) -> Iterator[bytes]:
    """The same bytes as ``to_csv(...).encode("utf-8")``, a few hundred rows at a time (for
    files.write_chunks_atomically, so a large export is never held whole in memory)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for number, row in enumerate(_csv_rows(checkins, sessions), start=1):
        writer.writerow(row)
        if number % 500 == 0:
            yield out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
    yield out.getvalue().encode("utf-8")


def _csv_rows(checkins: Iterable[CheckIn], sessions: Iterable[Session]) -> Iterator[dict[str, str]]:
    def cells(row: Mapping[str, object]) -> dict[str, str]:
        shown = {key: _csv_cell(row.get(key)) for key in CSV_COLUMNS}
        for key in TEXT_COLUMNS:
            shown[key] = guard_cell(shown[key])
        return shown

    for entry in checkins:
        yield cells({"record": "checkin", **checkin_dict(entry)})
    for session in sessions:
        yield cells({"record": "session", **session_dict(session)})


# -- reading ----------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is fine), or a clear refusal."""
    if b"\x00" in data[:HEAD_BYTES]:
        raise ExchangeError(f"{name} is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(f"{name} is not UTF-8 text (byte {exc.start} can't be read)") from None


def open_import_source(path: Path) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file (or a link to one).

    A folder, a device such as /dev/zero, a pipe or a socket is refused before a single byte
    is read: ExchangeError with a one-line reason naming the file.
    """
    name = shown_name(path.name or str(path))
    try:
        return open_regular(path)
    except FileNotFoundError:
        raise ExchangeError(f"{name} does not exist") from None
    except NotARegularFile as exc:
        raise ExchangeError(f"{name} can't be imported: {exc.strerror}") from None
    except OSError as exc:
        raise ExchangeError(f"{name} can't be read ({exc.strerror or exc})") from None


def read_head(stream: BinaryIO) -> bytes:
    """The first HEAD_BYTES of ``stream`` (fewer if it is shorter), then back to the start."""
    head = b""
    while len(head) < HEAD_BYTES:
        more = stream.read(HEAD_BYTES - len(head))
        if not more:
            break
        head += more
    stream.seek(0)
    return head


def text_pieces(stream: BinaryIO, name: str) -> Iterator[str]:
    """The file as UTF-8 text, a piece at a time (a byte-order mark is dropped).

    Raises ExchangeError for a NUL byte near the start (binary, not text) or bytes that are
    not UTF-8, naming the byte.
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    offset = 0
    first = True
    while True:
        chunk = stream.read(_CHUNK_BYTES)
        if offset == 0 and b"\x00" in chunk[:HEAD_BYTES]:
            raise ExchangeError(f"{name} is not a text file")
        pending = len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            where = max(0, offset - pending + exc.start)
            raise ExchangeError(f"{name} is not UTF-8 text (byte {where} can't be read)") from None
        offset += len(chunk)
        if first and text:
            text = text.removeprefix("\ufeff")
            first = False
        if text:
            yield text
        if not chunk:
            return


_NEWLINE = re.compile(r"\r\n|\r|\n")


def text_lines(pieces: Iterable[str], name: str) -> Iterator[str]:
    """Lines with their endings (``\\r\\n``, ``\\n`` or ``\\r``), as ``open(newline="")`` gives
    them to the csv module; ExchangeError for a line longer than MAX_LINE_CHARS."""
    buffer = ""
    number = 0
    for piece in pieces:
        buffer = buffer + piece if buffer else piece
        start = 0
        for found in _NEWLINE.finditer(buffer):
            if found.group() == "\r" and found.end() == len(buffer):
                break  # a \r\n may be split between two pieces
            number += 1
            if found.end() - start > MAX_LINE_CHARS:
                raise _long_line(name, number)
            yield buffer[start : found.end()]
            start = found.end()
        buffer = buffer[start:]
        if len(buffer) > MAX_LINE_CHARS:
            raise _long_line(name, number + 1)
    if buffer:
        yield buffer


def _long_line(name: str, number: int) -> ExchangeError:
    return ExchangeError(
        f"{name}: line {number} is longer than {MAX_LINE_CHARS:,} characters, "
        "so this is not an export we can read"
    )


def parse_export(data: bytes, name: str) -> Records:
    """Read a Regulate export, JSON or CSV, deciding by its content."""
    return read_export(io.BytesIO(data), name)


def read_export(stream: BinaryIO, name: str) -> Records:
    """Read a Regulate export, JSON or CSV, from a binary file, deciding by its content."""
    head = read_head(stream)
    first = first_text(head, name)
    if first.startswith(("{", "[")):
        return read_json(stream, name)
    return read_csv(stream, name)


def first_text(head: bytes, name: str) -> str:
    """The start of a file's text, white space before it dropped; ExchangeError if it is
    binary or has no text at all."""
    if b"\x00" in head:
        raise ExchangeError(f"{name} is not a text file")
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if not text and len(head) < HEAD_BYTES:
        raise ExchangeError(f"{name} is empty")
    return text


def read_json(stream: BinaryIO, name: str) -> Records:
    """A JSON export from a binary file, read only if it is at most MAX_JSON_BYTES."""
    data = stream.read(MAX_JSON_BYTES + 1)
    if len(data) > MAX_JSON_BYTES:
        raise ExchangeError(
            f"{name} is larger than {MAX_JSON_BYTES // (1024 * 1024)} MB; "
            "export as CSV to move this much"
        )
    text = decode(data, name)
    del data
    return parse_json(text, name)


def _no_constants(word: str) -> float:
    raise ExchangeError(f"{word} is not a number a journal can hold")


_SPACE = re.compile(r"[ \t\n\r]*")


def _load_stepwise(text: str) -> Any:
    """``json.loads``, but a top-level object's lists are read one item at a time.

    Parsing years of entries in one call would hold Python's interpreter lock for as long as
    it takes; item by item, the app's window keeps painting while an import runs beside it.
    Anything that is not a plain top-level object is left to ``json.loads``.
    """
    decoder = json.JSONDecoder(parse_constant=_no_constants)
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    if not text.startswith("{", at):
        return decoder.decode(text)

    def skip(i: int) -> int:
        return _SPACE.match(text, i).end()  # type: ignore[union-attr]

    def expect(i: int, char: str) -> int:
        if not text.startswith(char, i):
            raise json.JSONDecodeError(f"Expecting '{char}'", text, i)
        return skip(i + 1)

    document: dict[str, Any] = {}
    at = skip(at + 1)
    while not text.startswith("}", at):
        key, at = decoder.raw_decode(text, at)
        if not isinstance(key, str):
            raise json.JSONDecodeError("Expecting property name", text, at)
        at = expect(skip(at), ":")
        if text.startswith("[", at):
            items: list[Any] = []
            at = skip(at + 1)
            while not text.startswith("]", at):
                item, at = decoder.raw_decode(text, at)
                items.append(item)
                at = skip(at)
                if not text.startswith("]", at):
                    at = expect(at, ",")
            value: Any = items
            at = skip(at + 1)
        else:
            value, at = decoder.raw_decode(text, at)
            at = skip(at)
        document[key] = value
        if not text.startswith("}", at):
            at = expect(at, ",")
    if skip(at + 1) != len(text):
        raise json.JSONDecodeError("Extra data", text, skip(at + 1))
    return document


def parse_json(text: str, name: str) -> Records:
    try:
        document = _load_stepwise(text)
    except ExchangeError as exc:
        raise ExchangeError(f"{name}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"{name} is not complete JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except (ValueError, RecursionError) as exc:  # absurdly long numbers, absurdly deep nesting
        raise ExchangeError(f"{name} is not a Regulate export ({exc})") from None
    except MemoryError:
        raise ExchangeError(f"{name} is too large to read") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExchangeError(f"{name} is not a Regulate export (its 'format' is not {FORMAT_NAME})")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ExchangeError(f"{name} has no export version number")
    if version < 1:
        raise ExchangeError(
            f"{name} has the export version {version}, which no Regulate writes "
            f"(versions start at 1)"
        )
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
    heartbeats = _heartbeats(name, document.get("heartbeats", {}), {s.uid for s in sessions})
    return Records(checkins, sessions, heartbeats)


def _heartbeats(name: str, raw: object, uids: set[str]) -> dict[str, tuple[float, ...]]:
    """The export's heartbeats: each for a session in the file, each beat a plausible RR."""
    if not isinstance(raw, dict):
        raise ExchangeError(f"{name}: 'heartbeats' must map session ids to lists of RR intervals")
    low, high = RR_RANGE_MS
    kept: dict[str, tuple[float, ...]] = {}
    for uid, beats in raw.items():
        if uid not in uids:
            raise ExchangeError(f"{name}: heartbeats for '{uid}', a session not in the file")
        if (
            not isinstance(beats, list)
            or len(beats) > MOST_BEATS
            or not all(
                isinstance(v, int | float) and not isinstance(v, bool) and low <= v <= high
                for v in beats
            )
        ):
            raise ExchangeError(
                f"{name}: the heartbeats of session '{uid}' must be a list of RR intervals "
                f"between {low:g} and {high:g} ms"
            )
        kept[uid] = tuple(float(v) for v in beats)
    return kept


def parse_csv(text: str, name: str) -> Records:
    return read_csv(io.BytesIO(text.encode("utf-8", errors="surrogatepass")), name)


def read_csv(stream: BinaryIO, name: str) -> Records:
    """A CSV export from a binary file, read line by line."""
    reader = csv.DictReader(text_lines(text_pieces(stream, name), name))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise ExchangeError(f"{name} is not a readable CSV file ({exc})") from None
    if not header:
        raise ExchangeError(f"{name} is empty")
    missing = [column for column in CSV_COLUMNS if column not in header]
    unexpected = [column for column in header if column not in CSV_COLUMNS]
    if unexpected:
        raise ExchangeError(
            f"{name} is not a Regulate export: unexpected column '{shown_name(unexpected[0])}'"
        )
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
                raise ExchangeError(
                    f"{where}: 'record' must be checkin or session, not '{shown_name(record)}'"
                )
    except csv.Error as exc:
        raise ExchangeError(f"{name} is not a readable CSV file ({exc})") from None
    _reject_repeats(name, checkins, sessions)
    return Records(tuple(checkins), tuple(sessions))


_LIST_COLUMNS = {"feelings", "body", "tags"}
_INT_COLUMNS = {"arousal", "window_low", "window_high", "suds", "mood", "suds_before", "suds_after"}


def _from_cell(key: str | None, value: str | None) -> object:
    if value is None or key is None:
        return value
    if key in TEXT_COLUMNS:
        value = unguard_cell(value)
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


@functools.lru_cache(maxsize=128)
def _window(low: int, high: int) -> Window:
    """One shared (immutable) Window for each pair of bounds: a large import holds fewer
    objects."""
    return Window(low, high)


def _checkin_from_mapping(raw: Mapping[str, Any]) -> CheckIn:
    low, high = _int_or_none(raw, "window_low"), _int_or_none(raw, "window_high")
    if low is None or high is None:
        raise ExchangeError("'window_low' and 'window_high' are needed")
    entry = CheckIn(
        uid=_text(raw, "uid"),
        at=_moment(raw),
        window=_window(low, high),
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
