"""A repaired journal keeps the heartbeats recorded with its sessions: from the damaged file
where they still read back, and from every good backup (not only the newest)."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from regulate.core.entries import ItemKind, Moment, Session
from regulate.paths import data_paths
from regulate.storage.backups import daily_name
from regulate.storage.journal import Journal, _keep_heartbeats

T0 = 1_700_000_000


def _session(uid: str, hours: int) -> Session:
    return Session(
        uid=uid,
        at=Moment(T0 + hours * 3600, 0),
        kind=ItemKind.PATTERN,
        item="resonance",
        seconds=300.0,
    )


def test_heartbeats_only_in_an_older_backup_come_back_after_a_repair(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    with Journal.open(paths.journal) as journal:
        journal.import_records([], [_session("s-1", 1), _session("s-2", 2)])
        journal.add_heartbeats("s-1", [800.0, 812.5])
        journal.backup_to(paths.backups / daily_name(date.today() - timedelta(days=1)))
    con = sqlite3.connect(paths.journal)
    con.execute("DELETE FROM heartbeats")  # the newest backup has none
    con.commit()
    con.close()
    with Journal.open(paths.journal) as journal:
        journal.backup_to(paths.backups / daily_name(date.today()))
    paths.journal.write_bytes(random.Random(4).randbytes(16 * 1024))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is not None
        assert {s.uid for s in journal.sessions()} == {"s-1", "s-2"}
        assert journal.heartbeats("s-1") == [800.0, 812.5]
        assert journal.heartbeats("s-2") is None


def test_heartbeats_still_readable_in_the_damaged_file_are_kept(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "data").ensure()
    with Journal.open(paths.journal) as journal:
        journal.import_records([], [_session("s-1", 1)])
        journal.add_heartbeats("s-1", [900.0])
        journal.add_heartbeats("gone", [700.0])  # its session is not in the repaired journal
    rebuilt = tmp_path / "rebuilt.db"
    with Journal.open(rebuilt) as journal:
        journal.import_records([], [_session("s-1", 1)])
    con = sqlite3.connect(rebuilt, isolation_level=None)
    try:
        _keep_heartbeats(con, paths.journal, paths.backups)
    finally:
        con.close()
    with Journal.open(rebuilt) as journal:
        assert journal.all_heartbeats() == {"s-1": [900.0]}
