"""Regulate's JSON and CSV exports: lossless, deterministic, and strict when read back."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from regulate.core.entries import (
    EARLIEST_EPOCH,
    LATEST_EPOCH,
    MAX_WORDS,
    CheckIn,
    ItemKind,
    Moment,
    Session,
    Source,
)
from regulate.core.scales import ScaleError, Window
from regulate.storage import exchange
from regulate.storage.exchange import (
    CSV_COLUMNS,
    FORMAT_NAME,
    FORMAT_VERSION,
    ExchangeError,
    Records,
    guard_cell,
    open_import_source,
    parse_export,
    read_export,
    to_csv,
    to_json,
    unguard_cell,
)

NAME = "export.json"

CHECKINS = (
    CheckIn(
        uid="c-1",
        at=Moment.parse("2026-11-25T17:05:00+01:00"),
        window=Window(3, 7),
        arousal=9,
        suds=8,
        mood=2,
        feelings=("ängstlich", "😶‍🌫️", "on edge, a bit"),
        body=("tight chest", 'a "lump" in the throat'),
        note='Ça va? Not really 😬\nsecond line, with "quotes"\r\nthird\ttabbed — 日本語',
        tags=("work", "søvn"),
        source=Source.APP,
    ),
    CheckIn(
        uid="c-2",
        at=Moment.parse("2026-11-26T08:00:00-09:30"),
        window=Window(2, 6),
        arousal=1,
        source=Source.CLI,
    ),
    CheckIn(
        uid="c-3",
        at=Moment.parse("2026-11-27T23:59:59+14:00"),
        window=Window(),
        mood=5,
        note="only a mood and a note, =1+1 ,;",
        source=Source.DAYLIO,
    ),
)
SESSIONS = (
    Session(
        uid="s-1",
        at=Moment.parse("2026-11-25T17:10:00+01:00"),
        kind=ItemKind.PATTERN,
        item="4-7-8",
        seconds=240.5,
        suds_before=8,
        suds_after=4,
    ),
    Session(
        uid="s-2",
        at=Moment.parse("2026-11-26T08:05:00+00:00"),
        kind=ItemKind.EXERCISE,
        item="5-4-3-2-1",
        seconds=60.0,  # the journal keeps seconds as REAL, so exports always see a float
        completed=False,
        source=Source.IMPORT,
    ),
)


def _doc(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(to_json(CHECKINS, SESSIONS))
    document.update(changes)
    return document


def _json_bytes(document: object) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _csv_rows(
    checkins: tuple[CheckIn, ...] = CHECKINS, sessions: tuple[Session, ...] = SESSIONS
) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(to_csv(checkins, sessions), newline="")))


def _one_line_rows() -> list[dict[str, str]]:
    """Rows with no line breaks inside any cell: row N of the table is line N of the file."""
    rows = _csv_rows(CHECKINS[1:], SESSIONS)
    assert all("\n" not in value and "\r" not in value for row in rows for value in row.values())
    return rows


def _csv_bytes(rows: list[dict[str, str]], columns: list[str] | tuple[str, ...]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: row.get(key, "") for key in columns})
    return out.getvalue().encode("utf-8")


def _refusal(data: bytes, name: str = NAME) -> str:
    with pytest.raises(ExchangeError) as refused:
        parse_export(data, name)
    message = str(refused.value)
    assert "\n" not in message
    assert name in message
    return message


# -- round trips ---------------------------------------------------------------------------


def test_json_round_trip_gives_back_equal_checkins_and_sessions() -> None:
    records = parse_export(to_json(CHECKINS, SESSIONS).encode("utf-8"), NAME)
    assert records == Records(CHECKINS, SESSIONS)


def test_csv_round_trip_gives_back_equal_checkins_and_sessions() -> None:
    records = parse_export(to_csv(CHECKINS, SESSIONS).encode("utf-8"), "export.csv")
    assert records == Records(CHECKINS, SESSIONS)


def test_json_round_trip_keeps_each_local_offset() -> None:
    records = parse_export(to_json(CHECKINS, SESSIONS).encode("utf-8"), NAME)
    assert [entry.at.offset_minutes for entry in records.checkins] == [60, -570, 840]


def test_round_trip_of_an_empty_journal() -> None:
    assert parse_export(to_json([], []).encode(), NAME) == Records((), ())
    assert parse_export(to_csv([], []).encode(), "e.csv") == Records((), ())


def test_json_export_is_plain_utf8_not_escaped() -> None:
    text = to_json(CHECKINS, SESSIONS)
    assert "😬" in text
    assert "日本語" in text


def test_json_export_states_its_format_and_version() -> None:
    document = json.loads(to_json(CHECKINS, SESSIONS))
    assert (document["format"], document["version"]) == (FORMAT_NAME, FORMAT_VERSION)


def test_csv_export_has_exactly_the_documented_columns() -> None:
    header = to_csv(CHECKINS, SESSIONS).splitlines()[0]
    assert tuple(header.split(",")) == CSV_COLUMNS


def test_a_byte_order_mark_is_accepted() -> None:
    data = b"\xef\xbb\xbf" + to_csv(CHECKINS, SESSIONS).encode("utf-8")
    assert parse_export(data, "excel.csv") == Records(CHECKINS, SESSIONS)


@pytest.mark.parametrize("export", [to_json, to_csv])
def test_export_is_deterministic(export: Any) -> None:
    first = export(CHECKINS, SESSIONS)
    assert export(CHECKINS, SESSIONS) == first
    records = parse_export(first.encode("utf-8"), "again")
    assert export(records.checkins, records.sessions) == first


def test_the_two_formats_carry_the_same_records() -> None:
    from_json = parse_export(to_json(CHECKINS, SESSIONS).encode(), "a.json")
    from_csv = parse_export(to_csv(CHECKINS, SESSIONS).encode(), "a.csv")
    assert from_json == from_csv


# -- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    assert "empty" in _refusal(data)


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04\x14\x00\x00\x00"],
)
def test_binary_junk_is_refused_as_not_text(data: bytes) -> None:
    assert "not a text file" in _refusal(data)


def test_text_that_is_not_utf8_is_refused() -> None:
    assert "not UTF-8" in _refusal("record,uid\nçà".encode("latin-1"))


def test_truncated_json_is_refused_as_incomplete() -> None:
    text = to_json(CHECKINS, SESSIONS)
    assert "not complete JSON" in _refusal(text[: len(text) // 2].encode("utf-8"))


def test_json_from_a_newer_version_is_refused() -> None:
    message = _refusal(_json_bytes(_doc(version=FORMAT_VERSION + 1)))
    assert "newer version" in message


@pytest.mark.parametrize("version", [None, "1", 1.0, True])
def test_json_without_a_whole_version_number_is_refused(version: object) -> None:
    assert "version" in _refusal(_json_bytes(_doc(version=version)))


@pytest.mark.parametrize("fmt", ["daylio", None, 1, "Regulate-Journal"])
def test_json_with_the_wrong_format_is_refused(fmt: object) -> None:
    assert "not a Regulate export" in _refusal(_json_bytes(_doc(format=fmt)))


def test_json_that_is_not_an_object_is_refused() -> None:
    assert "not a Regulate export" in _refusal(b'["format", "regulate-journal"]')


def test_json_whose_lists_are_not_lists_is_refused() -> None:
    assert "must be lists" in _refusal(_json_bytes(_doc(checkins={"uid": "x"})))


def test_csv_with_a_misspelt_column_is_refused_naming_it() -> None:
    columns = ["arousl" if column == "arousal" else column for column in CSV_COLUMNS]
    rows = [{("arousl" if k == "arousal" else k): v for k, v in row.items()} for row in _csv_rows()]
    message = _refusal(_csv_bytes(rows, columns), "x.csv")
    assert "arousl" in message


def test_csv_with_a_missing_column_is_refused_naming_it() -> None:
    columns = [column for column in CSV_COLUMNS if column != "tags"]
    message = _refusal(_csv_bytes(_csv_rows(), columns), "x.csv")
    assert "missing column 'tags'" in message


def test_csv_row_with_a_bad_number_is_refused_naming_the_row() -> None:
    rows = _one_line_rows()
    rows[1]["arousal"] = "five"  # the second record: row 3 counting the header as row 1
    message = _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")
    assert "row 3" in message
    assert "five" in message


def test_csv_row_with_bad_seconds_is_refused_naming_the_row() -> None:
    rows = _one_line_rows()
    rows[3]["seconds"] = "a minute"
    message = _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")
    assert "row 5" in message
    assert "seconds" in message


def test_csv_row_number_counts_records_even_after_a_note_with_line_breaks() -> None:
    # The first check-in's note spans three lines; a spreadsheet still shows it as one row.
    rows = _csv_rows()
    rows[1]["arousal"] = "five"
    message = _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")
    assert "row 3" in message


def test_csv_row_with_too_few_cells_is_refused() -> None:
    text = to_csv(CHECKINS[1:2], []) + "checkin,short\r\n"
    assert "row 3" in _refusal(text.encode(), "x.csv")


def test_csv_row_of_an_unknown_record_type_is_refused() -> None:
    rows = _csv_rows()
    rows[0]["record"] = "diary"
    assert "diary" in _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")


def test_json_zone_that_contradicts_arousal_and_window_is_refused() -> None:
    document = _doc()
    document["checkins"][1]["zone"] = "window"  # arousal 1 with the window 2 to 6 is hypo
    message = _refusal(_json_bytes(document))
    assert "check-in 2" in message
    assert "zone" in message


def test_csv_zone_that_contradicts_arousal_and_window_is_refused() -> None:
    rows = _one_line_rows()
    rows[0]["zone"] = "window"  # arousal 1 with the window 2 to 6 is hypo
    message = _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")
    assert "row 2" in message
    assert "zone" in message


def test_json_zone_for_a_checkin_without_arousal_is_refused() -> None:
    document = _doc()
    document["checkins"][2]["zone"] = "window"
    assert "zone" in _refusal(_json_bytes(document))


def test_a_duplicate_checkin_id_within_a_file_is_refused() -> None:
    document = _doc()
    document["checkins"][2]["uid"] = "c-1"
    message = _refusal(_json_bytes(document))
    assert "c-1" in message
    assert "twice" in message


def test_a_duplicate_session_id_within_a_csv_file_is_refused() -> None:
    rows = _csv_rows()
    rows[4]["uid"] = "s-1"
    assert "twice" in _refusal(_csv_bytes(rows, CSV_COLUMNS), "x.csv")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("arousal", 11),
        ("arousal", "5"),
        ("arousal", 5.5),
        ("mood", 0),
        ("window_low", 8),
        ("at", "2026-11-25T17:05:00"),
        ("at", 12345),
        ("source", "elsewhere"),
        ("feelings", "calm"),
        ("feelings", [1, 2]),
        ("uid", ""),
        ("note", ["a"]),
    ],
)
def test_a_checkin_with_a_bad_field_is_refused_naming_the_entry(field: str, value: object) -> None:
    document = _doc()
    document["checkins"][0][field] = value
    assert "check-in 1" in _refusal(_json_bytes(document))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("seconds", -1),
        ("seconds", "60"),
        ("completed", "true"),
        ("completed", 1),
        ("kind", "walk"),
        ("suds_after", 11),
        ("item", ""),
    ],
)
def test_a_session_with_a_bad_field_is_refused_naming_the_entry(field: str, value: object) -> None:
    document = _doc()
    document["sessions"][1][field] = value
    assert "session 2" in _refusal(_json_bytes(document))


@pytest.mark.parametrize("field", ["uid", "at", "source", "window_low"])
def test_a_checkin_missing_a_required_field_is_refused(field: str) -> None:
    document = _doc()
    del document["checkins"][0][field]
    assert "check-in 1" in _refusal(_json_bytes(document))


@pytest.mark.parametrize("field", ["seconds", "completed", "kind"])
def test_a_session_missing_a_required_field_is_refused(field: str) -> None:
    document = _doc()
    del document["sessions"][0][field]
    assert "session 1" in _refusal(_json_bytes(document))


def test_a_checkin_that_is_not_an_object_is_refused() -> None:
    assert "check-in 1" in _refusal(_json_bytes(_doc(checkins=["c-1"])))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("far-future.json", "9999-12-31T23:30:00-01:00"),
        ("far-past.json", "0001-01-01T00:30:00+01:00"),
    ],
)
def test_every_time_that_is_accepted_can_be_exported_again(name: str, data: str) -> None:
    document = _doc()
    document["checkins"][0]["at"] = data
    try:
        records = parse_export(_json_bytes(document), name)
    except ExchangeError:
        return  # refusing it is fine
    text = to_json(records.checkins, records.sessions)
    assert parse_export(text.encode("utf-8"), name) == records


@pytest.mark.parametrize(("record", "field"), [("checkins", "note"), ("sessions", "item")])
def test_text_that_is_accepted_can_be_written_as_utf8(record: str, field: str) -> None:
    document = _doc()
    document[record][0][field] = "lone \ud800 surrogate"
    raw = json.dumps(document, ensure_ascii=True).encode("ascii")
    try:
        records = parse_export(raw, "surrogate.json")
    except ExchangeError:
        return  # refusing it is fine
    to_json(records.checkins, records.sessions).encode("utf-8")
    to_csv(records.checkins, records.sessions).encode("utf-8")


def test_a_note_with_a_nul_character_is_refused_so_every_export_reads_back() -> None:
    with pytest.raises(ScaleError, match="control character"):
        CheckIn(uid="nul", at=Moment(0), window=Window(), arousal=5, note="pasted\x00text")


# -- properties ----------------------------------------------------------------------------

# The autouse fake-HOME fixture is harmless to share between examples.
_QUIET = [HealthCheck.function_scoped_fixture]


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "regulate-journal", "version": ' + b"9" * 5000 + b"}",
        b'{"format": "regulate-journal", "version": 1, "checkins": [' + b"1" * 5000 + b"]}",
        b'{"format": "regulate-journal", "version": 1, "checkins": ' + b"[" * 100_000,
        b'{"format": "regulate-journal", "version": 1, "checkins": '
        + b"[" * 50_000
        + b"]" * 50_000
        + b"}",
    ],
    ids=["huge-version", "huge-number-in-list", "deep-unclosed", "deep-closed"],
)
def test_hostile_json_is_refused_with_an_exchange_error(data: bytes) -> None:
    _refusal(data, "hostile.json")


@settings(max_examples=300, deadline=None, suppress_health_check=_QUIET)
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\xef\xbb\xbf{")
@example(b'record,uid\r\n"unterminated')
@example(b"a\rb\nc\r\n")
def test_parse_export_raises_nothing_but_exchange_error_on_any_bytes(data: bytes) -> None:
    with contextlib.suppress(ExchangeError):
        parse_export(data, "any.bin")


_JSON_LEAF = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=12,
)
_FIELD_NAMES = st.sampled_from(
    [*CSV_COLUMNS, "uid", "at", "note", "window_low", "window_high", "seconds", "completed"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=_QUIET)
@given(
    st.lists(st.dictionaries(_FIELD_NAMES, _JSON), max_size=3),
    st.lists(st.dictionaries(_FIELD_NAMES, _JSON), max_size=3),
)
def test_parse_export_raises_nothing_but_exchange_error_on_any_regulate_shaped_json(
    checkins: list[dict[str, Any]], sessions: list[dict[str, Any]]
) -> None:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "checkins": checkins,
        "sessions": sessions,
    }
    with contextlib.suppress(ExchangeError):
        parse_export(json.dumps(document).encode("utf-8"), "shaped.json")


_TEXT = st.characters(exclude_categories=("Cs", "Cc"))
_WORD = st.text(_TEXT, min_size=1, max_size=20)
# Years 1900 to 2199, every offset a clock can show.
_MOMENTS = st.builds(
    Moment,
    st.integers(min_value=EARLIEST_EPOCH, max_value=LATEST_EPOCH - 1),
    st.integers(min_value=-18 * 60, max_value=18 * 60),
)


@st.composite
def _windows(draw: st.DrawFn) -> Window:
    low = draw(st.integers(min_value=0, max_value=9))
    return Window(low, draw(st.integers(min_value=low + 1, max_value=10)))


@st.composite
def _checkins(draw: st.DrawFn) -> CheckIn:
    arousal = draw(st.none() | st.integers(min_value=0, max_value=10))
    suds = draw(st.none() | st.integers(min_value=0, max_value=10))
    mood = draw(st.none() | st.integers(min_value=1, max_value=5))
    note = draw(st.text(_TEXT, max_size=200))
    if arousal is None and suds is None and mood is None and not note:
        arousal = draw(st.integers(min_value=0, max_value=10))
    return CheckIn(
        uid=draw(st.text(_TEXT, min_size=1, max_size=100)),
        at=draw(_MOMENTS),
        window=draw(_windows()),
        arousal=arousal,
        suds=suds,
        mood=mood,
        feelings=tuple(draw(st.lists(_WORD, max_size=MAX_WORDS // 4))),
        body=tuple(draw(st.lists(_WORD, max_size=5))),
        note=note,
        tags=tuple(draw(st.lists(_WORD, max_size=5))),
        source=draw(st.sampled_from(Source)),
    )


_SESSIONS = st.builds(
    Session,
    uid=st.text(_TEXT, min_size=1, max_size=100),
    at=_MOMENTS,
    kind=st.sampled_from(ItemKind),
    item=st.text(_TEXT, min_size=1, max_size=100),
    seconds=st.integers(min_value=0, max_value=86_400)
    | st.floats(min_value=0, max_value=86_400, allow_nan=False),
    suds_before=st.none() | st.integers(min_value=0, max_value=10),
    suds_after=st.none() | st.integers(min_value=0, max_value=10),
    completed=st.booleans(),
    source=st.sampled_from(Source),
)


def _unique(records: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for record in records:
        seen.setdefault(record.uid, record)
    return list(seen.values())


@settings(deadline=None, suppress_health_check=_QUIET)
@given(st.lists(_checkins(), max_size=5).map(_unique), st.lists(_SESSIONS, max_size=5).map(_unique))
def test_any_valid_records_round_trip_through_json(
    checkins: list[CheckIn], sessions: list[Session]
) -> None:
    records = parse_export(to_json(checkins, sessions).encode("utf-8"), "p.json")
    assert records == Records(tuple(checkins), tuple(sessions))


@settings(deadline=None, suppress_health_check=_QUIET)
@given(st.lists(_checkins(), max_size=5).map(_unique), st.lists(_SESSIONS, max_size=5).map(_unique))
def test_any_valid_records_round_trip_through_csv(
    checkins: list[CheckIn], sessions: list[Session]
) -> None:
    records = parse_export(to_csv(checkins, sessions).encode("utf-8"), "p.csv")
    assert records == Records(tuple(checkins), tuple(sessions))


# -- safe in spreadsheets ------------------------------------------------------------------------

HOSTILE_TEXTS = [
    '=HYPERLINK("http://x","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\tstarts with a tab",
    "\rstarts with a return",
    "'starts with a quote",
    "''two quotes",
    "'=both",
    "plain =not at the start",
]


def _hostile_records() -> tuple[tuple[CheckIn, ...], tuple[Session, ...]]:
    checkins = tuple(
        CheckIn(
            uid=text if not text.startswith(("\t", "\r")) else f"=uid-{number}",
            at=Moment.parse("2026-11-25T17:05:00+01:00"),
            window=Window(3, 7),
            arousal=5,
            feelings=(text.strip(),),
            body=(f"-{number}",),
            note=text,
            tags=(text.strip(), "calm"),
        )
        for number, text in enumerate(HOSTILE_TEXTS)
    )
    sessions = (
        Session(
            uid="-s",
            at=Moment.parse("2026-11-25T17:10:00+01:00"),
            kind=ItemKind.EXERCISE,
            item="=cmd|' /C calc'!A0",
            seconds=60.0,
        ),
    )
    return checkins, sessions


def test_no_text_cell_of_a_csv_export_can_start_a_formula() -> None:
    checkins, sessions = _hostile_records()
    rows = _csv_rows(checkins, sessions)
    text_columns = ("uid", "feelings", "body", "note", "tags", "item")
    for row in rows:
        for column in text_columns:
            assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r")), (column, row)


def test_the_guard_comes_off_again_on_import_exactly() -> None:
    checkins, sessions = _hostile_records()
    records = parse_export(to_csv(checkins, sessions).encode("utf-8"), "guarded.csv")
    assert records == Records(checkins, sessions)
    assert [c.note for c in records.checkins] == HOSTILE_TEXTS


def test_numbers_are_not_guarded() -> None:
    session = Session(
        uid="s",
        at=Moment.parse("2026-11-25T17:10:00-09:30"),
        kind=ItemKind.PATTERN,
        item="box",
        seconds=0.0,
        suds_before=0,
        suds_after=0,
    )
    (row,) = _csv_rows((), (session,))
    assert row["at"] == "2026-11-25T17:10:00-09:30"
    assert row["seconds"] == "0.0"
    assert "'" not in "".join(row.values())


@pytest.mark.parametrize(
    ("cell", "written"),
    [("=1", "'=1"), ("'x", "''x"), ("x", "x"), ("", ""), ("-", "'-"), ("a'", "a'")],
)
def test_guard_and_unguard_are_exact_inverses(cell: str, written: str) -> None:
    assert guard_cell(cell) == written
    assert unguard_cell(written) == cell


# -- versions and numbers ------------------------------------------------------------------------


@pytest.mark.parametrize("version", [0, -5, -1])
def test_json_with_a_version_below_one_is_refused(version: int) -> None:
    message = _refusal(_json_bytes(_doc(version=version)))
    assert f"export version {version}" in message
    assert "start at 1" in message


@pytest.mark.parametrize("word", ["NaN", "Infinity", "-Infinity"])
def test_json_with_nan_or_infinity_is_refused_by_name(word: str) -> None:
    text = to_json(CHECKINS, SESSIONS).replace('"seconds": 240.5', f'"seconds": {word}')
    assert word in text
    message = _refusal(text.encode("utf-8"))
    assert f"{word} is not a number a journal can hold" in message


def test_json_export_never_writes_nan() -> None:
    text = to_json(CHECKINS, SESSIONS)
    json.loads(text, parse_constant=lambda word: pytest.fail(f"{word} in the export"))


# -- streaming from files ------------------------------------------------------------------------


def test_files_read_the_same_as_bytes(tmp_path: Path) -> None:
    for name, text in (
        ("e.json", to_json(CHECKINS, SESSIONS)),
        ("e.csv", to_csv(CHECKINS, SESSIONS)),
    ):
        path = tmp_path / name
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        with open_import_source(path) as stream:
            assert read_export(stream, name) == Records(CHECKINS, SESSIONS)


def test_a_csv_line_longer_than_the_cap_is_refused_without_reading_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exchange, "MAX_LINE_CHARS", 1000)
    data = to_csv(CHECKINS, SESSIONS).encode("utf-8") + b"x" * 5000
    message = _refusal(data, "long.csv")
    assert "line 9 is longer than 1,000 characters" in message  # 8 lines, then the long one


def test_a_huge_single_line_is_refused_not_swallowed() -> None:
    stream = _Endless(b"a" * 1024)
    with pytest.raises(ExchangeError, match="line 1 is longer than"):
        read_export(stream, "endless.csv")  # type: ignore[arg-type]
    assert stream.given < 2 * exchange.MAX_LINE_CHARS + exchange.HEAD_BYTES + (1 << 17)


def test_json_larger_than_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exchange, "MAX_JSON_BYTES", 2000)
    stream = _Endless(b"{" + b" " * 1023)
    with pytest.raises(ExchangeError, match="larger than"):
        read_export(stream, "big.json")  # type: ignore[arg-type]
    assert stream.given <= 2000 + 1 + exchange.HEAD_BYTES


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("before", [10, 65_530, 65_535, 100_000])
def test_a_bad_utf8_byte_far_into_a_streamed_file_is_named(bom: bytes, before: int) -> None:
    text = bom + to_csv(CHECKINS, SESSIONS).encode("utf-8") + b"'x" * before
    for bad in (b"\xff", "é".encode()[:1] + b"abc"):
        message = _refusal(text + bad, "late.csv")
        assert f"not UTF-8 text (byte {len(text)} can't be read)" in message


@pytest.mark.parametrize("kind", ["fifo", "folder", "dev-zero", "missing"])
def test_open_import_source_refuses_anything_but_a_regular_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.csv"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    with pytest.raises(ExchangeError) as refused:
        open_import_source(path)
    message = str(refused.value)
    assert message.startswith("x.csv ")
    assert "\n" not in message
    expected = {"fifo": "pipe", "folder": "folder", "dev-zero": "device", "missing": "not exist"}
    assert expected[kind] in message


class _Endless:
    """A binary stream that never ends, counting what it hands out."""

    def __init__(self, pattern: bytes) -> None:
        self.pattern = pattern
        self.given = 0

    def read(self, size: int = -1) -> bytes:
        assert size > 0, "an unbounded read of an endless stream"
        self.given += size
        return (self.pattern * (size // len(self.pattern) + 1))[:size]

    def seek(self, offset: int) -> None:
        assert offset == 0
