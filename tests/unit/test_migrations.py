"""Opening a journal written by an older version: migrated in place, backed up first."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import Window, Zone
from regulate.paths import DataPaths, data_paths
from regulate.storage.journal import Journal
from regulate.storage.migrations import LATEST_VERSION, MIGRATIONS

V1_ROW = {
    "uid": "from-v1",
    "at_utc": 1_700_000_000,
    "utc_offset": 120,
    "arousal": 8,
    "window_low": 2,
    "window_high": 6,
    "zone": "hyper",
    "suds": 7,
    "mood": 2,
    "feelings": '["überwältigt", "😰"]',
    "note": "written by version one ✍️\nwith two lines",
    "tags": '["work"]',
    "source": "app",
}


def _make_v1_journal(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        for statement in MIGRATIONS[0]:
            con.execute(statement)
        columns = ", ".join(V1_ROW)
        marks = ", ".join("?" * len(V1_ROW))
        con.execute(f"INSERT INTO checkins ({columns}) VALUES ({marks})", tuple(V1_ROW.values()))
        con.execute("PRAGMA user_version = 1")
        con.commit()
    finally:
        con.close()


def _user_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA user_version").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def v1_paths(data_dir: Path) -> DataPaths:
    paths = data_paths(data_dir).ensure()
    _make_v1_journal(paths.journal)
    assert _user_version(paths.journal) == 1
    return paths


def test_there_is_more_than_one_version_to_migrate_through() -> None:
    assert len(MIGRATIONS) == LATEST_VERSION
    assert LATEST_VERSION >= 2


def test_a_v1_journal_is_migrated_to_the_latest_version(v1_paths: DataPaths) -> None:
    with Journal.open(v1_paths.journal, backups=v1_paths.backups) as journal:
        assert journal.schema_version() == LATEST_VERSION
    assert _user_version(v1_paths.journal) == LATEST_VERSION


def test_a_v1_row_reads_back_unchanged_with_no_body_sensations(v1_paths: DataPaths) -> None:
    with Journal.open(v1_paths.journal, backups=v1_paths.backups) as journal:
        [entry] = journal.checkins()
    assert entry == CheckIn(
        uid="from-v1",
        at=Moment(1_700_000_000, 120),
        window=Window(2, 6),
        arousal=8,
        suds=7,
        mood=2,
        feelings=("überwältigt", "😰"),
        body=(),
        note="written by version one ✍️\nwith two lines",
        tags=("work",),
        source=Source.APP,
    )
    assert entry.body == ()
    assert entry.zone is Zone.HYPER


def test_a_migrated_journal_has_a_working_sessions_table(v1_paths: DataPaths) -> None:
    with Journal.open(v1_paths.journal, backups=v1_paths.backups) as journal:
        assert journal.sessions() == []
        tables = {
            row[0]
            for row in journal._con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert {"checkins", "sessions"} <= tables


def test_a_v1_journal_is_backed_up_before_it_is_migrated(v1_paths: DataPaths) -> None:
    with Journal.open(v1_paths.journal, backups=v1_paths.backups):
        pass
    backups = sorted(v1_paths.backups.glob("*.db"))
    assert len(backups) == 1
    [backup] = backups
    assert _user_version(backup) == 1
    con = sqlite3.connect(backup)
    try:
        columns = [row[1] for row in con.execute("PRAGMA table_info(checkins)")]
        rows = con.execute("SELECT uid, note FROM checkins").fetchall()
    finally:
        con.close()
    assert "body" not in columns
    assert rows == [("from-v1", V1_ROW["note"])]


def test_the_backup_is_private(v1_paths: DataPaths) -> None:
    with Journal.open(v1_paths.journal, backups=v1_paths.backups):
        pass
    [backup] = v1_paths.backups.glob("*.db")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(v1_paths.backups.stat().st_mode) & 0o077 == 0


def test_opening_a_migrated_journal_again_makes_no_second_backup(v1_paths: DataPaths) -> None:
    for _ in range(2):
        with Journal.open(v1_paths.journal, backups=v1_paths.backups):
            pass
    assert len(list(v1_paths.backups.glob("*.db"))) == 1


def test_a_migrated_journal_accepts_new_entries_with_body_sensations(v1_paths: DataPaths) -> None:
    new = CheckIn(
        uid="new", at=Moment(1_800_000_000, 0), window=Window(), arousal=5, body=("warm",)
    )
    with Journal.open(v1_paths.journal, backups=v1_paths.backups) as journal:
        journal.add_checkin(new)
        assert [entry.uid for entry in journal.checkins()] == ["from-v1", "new"]
        assert journal.checkins()[1].body == ("warm",)
        assert journal.integrity() == "ok"
