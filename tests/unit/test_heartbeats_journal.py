"""Heartbeats kept with a session: a new table by migration, read back, replaced, deleted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from regulate.paths import data_paths
from regulate.storage.journal import Journal
from regulate.storage.migrations import LATEST_VERSION, MIGRATIONS
from regulate.storage.wipe import delete_everything


def test_recorded_beats_are_kept_with_their_session(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    with Journal.open(paths.journal, paths.backups) as journal:
        assert journal.schema_version() == LATEST_VERSION
        assert journal.heartbeats("s-1") is None
        journal.add_heartbeats("s-1", [812.5, 830.04, 799])
        journal.add_heartbeats("s-2", [900.0])
        assert journal.heartbeats("s-1") == [812.5, 830.0, 799.0]
        journal.add_heartbeats("s-1", [700.0])  # recorded again: replaced
        assert journal.all_heartbeats() == {"s-1": [700.0], "s-2": [900.0]}


def test_an_older_journal_gains_the_table_and_keeps_its_entries(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    con = sqlite3.connect(paths.journal)
    for migration in MIGRATIONS[:2]:
        for statement in migration:
            con.execute(statement)
    con.execute(
        "INSERT INTO sessions (uid, at_utc, utc_offset, kind, item, seconds, completed, source)"
        " VALUES ('s-1', 1700000000, 60, 'pattern', 'resonance', 300, 1, 'app')"
    )
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Journal.open(paths.journal, paths.backups) as journal:
        assert journal.schema_version() == LATEST_VERSION
        assert len(journal.sessions()) == 1
        journal.add_heartbeats("s-1", [800.0])
        assert journal.heartbeats("s-1") == [800.0]


def test_delete_all_removes_the_heartbeats_too(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    with Journal.open(paths.journal, paths.backups) as journal:
        journal.add_heartbeats("s-1", [800.0])
    delete_everything(paths)
    paths = data_paths(data_dir).ensure()
    with Journal.open(paths.journal, paths.backups) as journal:
        assert journal.all_heartbeats() == {}


def test_services_keep_heartbeats_with_a_recorded_session(data_dir: Path) -> None:
    from regulate.core.entries import Finished, ItemKind
    from regulate.services import Services

    services = Services(data_paths(data_dir))
    assert services.heartbeats("nope") is None
    session = services.record(
        Finished(kind=ItemKind.PATTERN, item="resonance", seconds=300.0, completed=True)
    )
    assert session is not None
    services.keep_heartbeats(session, [810.0, 820.0])
    assert services.heartbeats(session.uid) == [810.0, 820.0]
