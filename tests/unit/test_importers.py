"""One table of files, each with what importing it must do: accepted (with how many entries),
refused (with words of the one-line reason), or a question about Daylio moods.

The table (CASES) is meant to be reused: the app's import runs through the same
``read_records``, and a widget test can walk the same files and expect the same outcomes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.storage import exchange
from regulate.storage.daylio import UnmappedMoods
from regulate.storage.exchange import ExchangeError, to_csv, to_json
from regulate.storage.importers import DAYLIO, REGULATE_CSV, REGULATE_JSON, detect, read_records

CHECKINS = (
    CheckIn(
        uid="c-1",
        at=Moment.parse("2026-11-25T17:05:00+01:00"),
        window=Window(3, 7),
        arousal=9,
        note="=1+1 looks like a formula\nsecond line",
        tags=("-work", "@home"),
    ),
    CheckIn(uid="c-2", at=Moment.parse("2026-11-26T08:00:00-09:30"), window=Window(), mood=3),
)
SESSIONS = (
    Session(
        uid="s-1",
        at=Moment.parse("2026-11-25T17:10:00+01:00"),
        kind=ItemKind.PATTERN,
        item="4-7-8",
        seconds=240.5,
    ),
)
OWN_JSON = to_json(CHECKINS, SESSIONS).encode("utf-8")
OWN_CSV = to_csv(CHECKINS, SESSIONS).encode("utf-8")
BOM = b"\xef\xbb\xbf"
DAYLIO_NEW = (
    b"full_date,date,weekday,time,mood,activities,note_title,note\r\n"
    b'2024-06-22,June 22,Saturday,20:05,rad,"friends | music","A good day","=HYPERLINK(1)"\r\n'
    b"2024-06-21,June 21,Friday,7:40,meh,work,,\r\n"
)
DAYLIO_OLD = (
    b"year,date,weekday,time,mood,activities,note\n"
    b"2020,May 1,Friday,10:00,good,,\n"
    b"2020,May 2,Saturday,8:05 pm,awful,,bad night\n"
    b"2020,2 mai,Saturday,8:05 pm,bad,,\n"
)
DAYLIO_CUSTOM = DAYLIO_OLD + b"2020,May 3,Sunday,10:00,super,,\n2020,May 4,Monday,9:00,Super,,\n"


@dataclass(frozen=True)
class Accepted:
    checkins: int
    sessions: int


@dataclass(frozen=True)
class Refused:
    words: str  # in the one-line reason, which also names the file


@dataclass(frozen=True)
class NeedsMoods:
    labels: Mapping[str, int]  # each custom mood as first written, with its count


Outcome = Accepted | Refused | NeedsMoods


@dataclass(frozen=True)
class ImportCase:
    id: str
    make: Callable[[Path], Path]  # builds the file in a folder, returns its path
    expected: Outcome
    kind: str | None = None  # what detect() says, where it says anything
    force: str | None = None
    mood_map: Mapping[str, int] | None = field(default=None)


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.csv"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "export.json"
    path.mkdir()
    return path


def _link_to_dev_zero(folder: Path) -> Path:
    path = folder / "zero.csv"
    path.symlink_to("/dev/zero")
    return path


def _link_to_own(folder: Path) -> Path:
    (folder / "real.json").write_bytes(OWN_JSON)
    path = folder / "latest.json"
    path.symlink_to(folder / "real.json")
    return path


_doc = json.loads(OWN_JSON)
HUGE = b"a" * (exchange.MAX_LINE_CHARS + 10) + b"\n"

CASES: tuple[ImportCase, ...] = (
    # -- accepted ----------------------------------------------------------------------------
    ImportCase("own-json", _file("e.json", OWN_JSON), Accepted(2, 1), REGULATE_JSON),
    ImportCase("own-csv", _file("e.csv", OWN_CSV), Accepted(2, 1), REGULATE_CSV),
    ImportCase("own-csv-bom", _file("e.csv", BOM + OWN_CSV), Accepted(2, 1), REGULATE_CSV),
    ImportCase("own-json-bom", _file("e.json", BOM + OWN_JSON), Accepted(2, 1), REGULATE_JSON),
    ImportCase("own-json-named-csv", _file("e.csv", OWN_JSON), Accepted(2, 1), REGULATE_JSON),
    ImportCase("own-json-via-link", _link_to_own, Accepted(2, 1), REGULATE_JSON),
    ImportCase("own-csv-lf", _file("e.csv", OWN_CSV.replace(b"\r\n", b"\n")), Accepted(2, 1)),
    ImportCase("own-csv-forced", _file("e.csv", OWN_CSV), Accepted(2, 1), force="regulate"),
    ImportCase("daylio-full-date", _file("d.csv", DAYLIO_NEW), Accepted(2, 0), DAYLIO),
    ImportCase("daylio-no-full-date", _file("d.csv", DAYLIO_OLD), Accepted(3, 0), DAYLIO),
    ImportCase("daylio-bom", _file("d.csv", BOM + DAYLIO_NEW), Accepted(2, 0), DAYLIO),
    ImportCase("daylio-forced", _file("d.csv", DAYLIO_NEW), Accepted(2, 0), force="daylio"),
    ImportCase(
        "daylio-custom-mapped",
        _file("d.csv", DAYLIO_CUSTOM),
        Accepted(5, 0),
        DAYLIO,
        mood_map={"super": 5},
    ),
    # -- a question first --------------------------------------------------------------------
    ImportCase("daylio-custom", _file("d.csv", DAYLIO_CUSTOM), NeedsMoods({"super": 2}), DAYLIO),
    # -- refused -----------------------------------------------------------------------------
    ImportCase("empty", _file("e.csv", b""), Refused("is empty")),
    ImportCase("blank", _file("e.csv", b" \r\n\t\n"), Refused("is empty")),
    ImportCase("bom-only", _file("e.csv", BOM), Refused("is empty")),
    ImportCase("binary-junk", _file("e.csv", bytes(range(256))), Refused("not a text file")),
    ImportCase(
        "png", _file("e.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Refused("not a text")
    ),
    ImportCase("latin-1", _file("e.csv", "record,uid\nçà".encode("latin-1")), Refused("not UTF-8")),
    ImportCase("json-array", _file("e.json", b'["format", 1]'), Refused("not a Regulate export")),
    ImportCase("json-other", _file("e.json", b'{"a": 1}'), Refused("not a Regulate export")),
    ImportCase("json-deep", _file("e.json", b"[" * 100_000), Refused("not a Regulate export")),
    ImportCase(
        "json-nan",
        _file("e.json", OWN_JSON.replace(b'"seconds": 240.5', b'"seconds": NaN')),
        Refused("NaN is not a number"),
    ),
    ImportCase(
        "json-version-0",
        _file("e.json", json.dumps({**_doc, "version": 0}).encode()),
        Refused("export version 0"),
    ),
    ImportCase(
        "json-version-negative",
        _file("e.json", json.dumps({**_doc, "version": -5}).encode()),
        Refused("export version -5"),
    ),
    ImportCase(
        "json-version-text",
        _file("e.json", json.dumps({**_doc, "version": "1"}).encode()),
        Refused("no export version number"),
    ),
    ImportCase("truncated-json", _file("e.json", OWN_JSON[:100]), Refused("not complete JSON")),
    ImportCase("prose", _file("notes.txt", b"Dear diary,\ntoday\n"), Refused("neither a Regulate")),
    ImportCase("huge-line", _file("e.csv", HUGE), Refused("first line is very long")),
    ImportCase(
        "huge-line-later",
        _file("e.csv", OWN_CSV + HUGE),
        Refused("is longer than 1,048,576 characters"),
        REGULATE_CSV,
    ),
    ImportCase(
        "own-csv-misspelt",
        _file("e.csv", OWN_CSV.replace(b"arousal", b"arousl", 1)),
        Refused("unexpected column 'arousl'"),
        REGULATE_CSV,
    ),
    ImportCase(
        "own-csv-bad-row",
        _file("e.csv", OWN_CSV.replace(b",9,3,7,", b",nine,3,7,", 1)),
        Refused("row 2: 'arousal' must be a whole number"),
        REGULATE_CSV,
    ),
    ImportCase(
        "daylio-bad-time",
        _file("d.csv", DAYLIO_NEW.replace(b"7:40", b"25:61")),
        Refused("row 3: we couldn't read the time '25:61'"),
        DAYLIO,
    ),
    ImportCase(
        "own-as-daylio",
        _file("e.csv", OWN_CSV),
        Refused("is missing the column 'full_date'"),
        force="daylio",
    ),
    ImportCase(
        "daylio-as-own", _file("d.csv", DAYLIO_NEW), Refused("unexpected column"), force="regulate"
    ),
    ImportCase("fifo", _fifo, Refused("it is a pipe, not a file")),
    ImportCase("folder", _folder, Refused("it is a folder, not a file")),
    ImportCase("link-to-dev-zero", _link_to_dev_zero, Refused("it is a device, not a file")),
    ImportCase("dev-zero", lambda _: Path("/dev/zero"), Refused("it is a device, not a file")),
    ImportCase("missing", lambda folder: folder / "gone.csv", Refused("does not exist")),
)


def _utc(_: datetime) -> int:
    return 0


def outcome_of(case: ImportCase, path: Path) -> Outcome:
    """What read_records does with the case's file (what the CLI and the app will show)."""
    try:
        records = read_records(path, force=case.force, mood_map=case.mood_map, local_offset=_utc)
    except UnmappedMoods as missing:
        return NeedsMoods(missing.labels)
    except ExchangeError as exc:
        return Refused(str(exc))
    return Accepted(len(records.checkins), len(records.sessions))


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_every_file_is_accepted_or_refused_as_the_table_says(
    tmp_path: Path, case: ImportCase
) -> None:
    path = case.make(tmp_path)
    got = outcome_of(case, path)
    if isinstance(case.expected, Refused):
        assert isinstance(got, Refused), got
        assert case.expected.words in got.words
        assert "\n" not in got.words
        assert got.words.startswith(path.name), got.words
    else:
        assert got == case.expected


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.kind is not None], ids=[c.id for c in CASES if c.kind]
)
def test_detect_tells_the_kind_by_content_alone(tmp_path: Path, case: ImportCase) -> None:
    path = case.make(tmp_path)
    head = path.read_bytes()[: exchange.HEAD_BYTES]
    assert detect(head, "any-name.txt") == case.kind


def test_a_regulate_csv_round_trip_through_the_registry_is_exact(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(OWN_CSV)
    records = read_records(path)
    assert records.checkins == CHECKINS
    assert records.sessions == SESSIONS


def test_an_unknown_force_is_a_programming_error(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_bytes(OWN_CSV)
    with pytest.raises(ValueError, match="unknown import kind"):
        read_records(path, force="excel")
