"""Rolling backups: one a day on the first write, seven kept, never in the way of a write."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.core.entries import CheckIn, Moment
from regulate.core.scales import Window
from regulate.paths import DataPaths, data_paths
from regulate.storage import backups as copies
from regulate.storage.backups import BackupKind, daily_name, list_backups, prune
from regulate.storage.journal import Journal

T0 = 1_795_003_200  # 2026-11-18T12:00:00Z


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A permissive umask, so privacy has to come from the code and not from the process."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return data_paths(data_dir).ensure()


def _checkin(uid: str) -> CheckIn:
    return CheckIn(uid=uid, at=Moment(T0, 60), window=Window(3, 7), arousal=5)


def _write(paths: DataPaths, *uids: str) -> None:
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        for uid in uids:
            journal.add_checkin(_checkin(uid))


def _uids(path: Path) -> list[str]:
    con = sqlite3.connect(copies.read_only_uri(path, immutable=True), uri=True)
    try:
        return [row[0] for row in con.execute("SELECT uid FROM checkins ORDER BY id")]
    finally:
        con.close()


def _today(paths: DataPaths) -> Path:
    return paths.backups / daily_name(date.today())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- one a day --------------------------------------------------------------------------------


def test_the_first_write_into_an_empty_journal_makes_no_backup(paths: DataPaths) -> None:
    _write(paths, "first")
    assert list_backups(paths.backups) == []


def test_the_first_write_of_the_day_copies_the_journal_as_it_was_before(
    paths: DataPaths,
) -> None:
    _write(paths, "yesterday")
    _write(paths, "today")
    assert _uids(_today(paths)) == ["yesterday"]
    assert _uids(paths.journal) == ["yesterday", "today"]


@pytest.mark.usefixtures("loose_umask")
def test_a_daily_backup_is_private_and_a_single_file(paths: DataPaths) -> None:
    _write(paths, "a")
    _write(paths, "b")
    backup = _today(paths)
    assert _mode(backup) == 0o600
    assert _mode(paths.backups) == 0o700
    assert backup.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: no -wal needed
    assert sorted(p.name for p in paths.backups.iterdir()) == [backup.name]


def test_at_most_one_backup_a_day(paths: DataPaths) -> None:
    _write(paths, "a")
    _write(paths, "b")
    first = _today(paths).read_bytes()
    _write(paths, "c")
    _write(paths, "d", "e")
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.import_records([_checkin("f")], [])
    assert [b.name for b in list_backups(paths.backups)] == [_today(paths).name]
    assert _today(paths).read_bytes() == first


def test_opening_without_writing_makes_no_backup(paths: DataPaths) -> None:
    _write(paths, "a")
    for _ in range(3):
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            journal.checkins()
    assert list_backups(paths.backups) == []


def test_a_command_that_writes_takes_the_daily_backup(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    for note in ("one", "two"):
        assert main(["--data-dir", str(paths.root), "log", "--arousal", "5", "--note", note]) == 0
    capsys.readouterr()
    [backup] = list_backups(paths.backups)
    assert backup.kind is BackupKind.DAILY
    assert len(_uids(backup.path)) == 1


# -- never in the way ------------------------------------------------------------------------


def test_a_backup_folder_that_cant_be_made_does_not_stop_the_write(paths: DataPaths) -> None:
    _write(paths, "a")
    paths.backups.write_text("not a folder")  # as unwritable as it gets, even for root
    _write(paths, "b")
    assert _uids(paths.journal) == ["a", "b"]


def test_a_full_disk_while_backing_up_does_not_stop_the_write(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(paths, "a")

    def disk_full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copies, "_fsync_file", disk_full)
    _write(paths, "b")
    assert _uids(paths.journal) == ["a", "b"]
    # Neither a half copy under the real name nor a temporary file is left behind.
    assert list(paths.backups.iterdir()) == []


def test_a_half_written_copy_never_takes_the_real_name(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(paths, "a")
    seen: list[str] = []
    real_replace = os.replace

    def watch(source: str | Path, target: str | Path) -> None:
        seen.append(Path(target).name)
        assert not Path(target).exists(), "the real name appeared before the copy was whole"
        assert _uids(Path(source)) == ["a"], "the copy was renamed before it was complete"
        real_replace(source, target)

    monkeypatch.setattr(copies.os, "replace", watch)
    _write(paths, "b")
    assert [name for name in seen if name.endswith(".db")] == [_today(paths).name]


# -- pruning ----------------------------------------------------------------------------------


def _fake_backup(folder: Path, name: str) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / name
    path.write_bytes(b"a copy")
    return path


def test_seven_daily_backups_are_kept_and_others_are_left_alone(paths: DataPaths) -> None:
    today = date.today()
    for days_ago in range(1, 11):
        _fake_backup(paths.backups, daily_name(today - timedelta(days=days_ago)))
    migration = _fake_backup(paths.backups, "journal-before-v2-20200101-120000.db")
    damaged = _fake_backup(paths.backups, "damaged-20200101-120000.db")
    notes = _fake_backup(paths.backups, "my-own-copy.db")
    _write(paths, "a")
    _write(paths, "b")  # takes today's and prunes
    daily = sorted(b.name for b in list_backups(paths.backups) if b.kind is BackupKind.DAILY)
    assert daily == sorted(daily_name(today - timedelta(days=n)) for n in range(7))
    assert migration.exists()
    assert damaged.exists()
    assert notes.exists()


def test_prune_removes_only_stale_temporary_files(paths: DataPaths) -> None:
    stale = _fake_backup(paths.backups, ".journal-abc.tmp")
    fresh = _fake_backup(paths.backups, ".journal-def.tmp")
    an_hour_and_more = time.time() - copies.STALE_TEMP_SECONDS - 60
    os.utime(stale, (an_hour_and_more, an_hour_and_more))
    prune(paths.backups)
    assert not stale.exists()
    assert fresh.exists()


def test_backups_are_listed_with_their_kind_and_size(paths: DataPaths) -> None:
    older = _fake_backup(paths.backups, "journal-before-v2-20261101-120000.db")
    newer = _fake_backup(paths.backups, "journal-20261101.db")
    _fake_backup(paths.backups, "damaged-20261102-080000.db")
    _fake_backup(paths.backups, ".journal-x.tmp")
    os.utime(older, (T0, T0))
    os.utime(newer, (T0 + 60, T0 + 60))
    kinds = {b.name: (b.kind, b.size) for b in list_backups(paths.backups)}
    assert kinds == {
        "journal-20261101.db": (BackupKind.DAILY, 6),
        "journal-before-v2-20261101-120000.db": (BackupKind.BEFORE_MIGRATION, 6),
        "damaged-20261102-080000.db": (BackupKind.DAMAGED, 6),
    }
    # Newest first, and a damaged copy is never a candidate for restoring.
    assert [b.name for b in copies.restore_candidates(paths.backups)] == [newer.name, older.name]


def test_doctor_lists_each_backup_with_its_name_and_size(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(paths, "a")
    _write(paths, "b")
    assert main(["--data-dir", str(paths.root), "doctor"]) == 0
    out = capsys.readouterr().out
    backup_lines = [line for line in out.splitlines() if line.startswith("  backup")]
    assert len(backup_lines) == 1
    assert _today(paths).name in backup_lines[0]
    assert "KB" in backup_lines[0] or "bytes" in backup_lines[0]
    assert "daily" in backup_lines[0]
    assert str(paths.backups) not in backup_lines[0]  # the name, not the whole path again


def test_human_sizes() -> None:
    assert copies.human_size(900) == "900 bytes"
    assert copies.human_size(48 * 1024) == "48 KB"
    assert copies.human_size(3 * 1024 * 1024 // 2) == "1.5 MB"
