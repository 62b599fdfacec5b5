"""Issue 15, durability: damage to any one file loses no acknowledged entry.

The entry log (journal.ledger), page-level salvage that needs neither page 1 nor a root page,
a damaged write-ahead log that is noticed, a missing journal restored like a damaged one, the
fullest backup never pruned, stray repair temporaries removed, re-import conflicts counted.
Each test here failed on the code before the entry log and the page-level salvage.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.paths import DataPaths, data_paths
from regulate.storage import backups as copies
from regulate.storage import ledger
from regulate.storage.backups import daily_name, list_backups, prune
from regulate.storage.journal import Journal, JournalError
from regulate.storage.ledger import ledger_path
from regulate.storage.recovery import check_all, salvage
from regulate.storage.salvage import scan, wal_state

NOW = int(time.time())
T0 = NOW - 400 * 86400


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return data_paths(data_dir).ensure()


def _checkins(count: int, start: int = 0, seed: int = 11) -> list[CheckIn]:
    rng = random.Random(seed + start)
    return [
        CheckIn(
            uid=f"{rng.getrandbits(128):032x}",
            at=Moment(T0 + (start + number) * 3600, 60),
            window=Window(3, 7),
            arousal=rng.randint(0, 10),
            suds=rng.randint(0, 10),
            mood=rng.randint(1, 5),
            feelings=("calm", "tired"),
            note=f"note {start + number} " + "é" * rng.randint(0, 40),
        )
        for number in range(count)
    ]


def _sessions(count: int) -> list[Session]:
    return [
        Session(
            uid=f"s{number:05d}",
            at=Moment(T0 + number * 7200, 0),
            kind=ItemKind.PATTERN,
            item="4-7-8",
            seconds=60.0 + number,
            suds_before=6,
            suds_after=3,
        )
        for number in range(count)
    ]


def _write(path: Path, checkins: list[CheckIn], sessions: list[Session] | None = None) -> None:
    with Journal.open(path) as journal:
        journal.import_records(checkins, sessions or [])


def _uids_after_open(paths: DataPaths) -> tuple[set[str], Journal]:
    journal = Journal.open(paths.journal, backups=paths.backups)
    uids = {entry.uid for entry in journal.checkins()} | {s.uid for s in journal.sessions()}
    return uids, journal


def _page_of(path: Path, table: str, kind: str = "leaf") -> list[int]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (table, kind),
        ).fetchall()
    finally:
        con.close()
    return [int(row[0]) for row in rows]


def _zero_page(path: Path, number: int, size: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    data[(number - 1) * size : number * size] = bytes(size)
    path.write_bytes(bytes(data))


def _yesterday() -> str:
    return daily_name(date.today() - timedelta(days=1))


# -- the entry log -----------------------------------------------------------------------------


def test_every_saved_entry_is_in_the_entry_log_private_and_checksummed(paths: DataPaths) -> None:
    entries = _checkins(5)
    for entry in entries:  # one command each, as `regulate log` does
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            journal.add_checkin(entry)
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.add_session(_sessions(1)[0])
    log = ledger_path(paths.journal)
    assert log == paths.root / "journal.ledger"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    found = ledger.read(log)
    assert found.damaged == 0
    # The daily backup (taken before the second write) holds the first entry: compacted away.
    assert set(found.uids("checkins")) == {entry.uid for entry in entries[1:]}
    assert found.uids("sessions") == ["s00000"]
    row = found.row("checkins", entries[1].uid)
    assert row is not None
    assert row["note"] == entries[1].note


def test_an_entry_log_that_cant_be_written_refuses_the_write_and_keeps_nothing(
    paths: DataPaths,
) -> None:
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.add_checkin(_checkins(1)[0])
    log = ledger_path(paths.journal)
    log.unlink()
    log.mkdir()  # can't be appended to, even by root
    with Journal.open(paths.journal) as journal:
        with pytest.raises(JournalError, match=r"journal\.ledger"):
            journal.add_checkin(_checkins(1, start=1)[0])
        assert len(journal.checkins()) == 1  # taken out again: never in only one file


def test_a_deleted_journal_with_no_backup_is_rebuilt_from_the_entry_log(
    paths: DataPaths,
) -> None:
    originals = _checkins(300)
    _write(paths.journal, originals, _sessions(20))
    paths.journal.unlink()
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is not None
        assert journal.recovery.from_ledger == 320
        said = journal.recovery.sentence()
    assert uids == {e.uid for e in originals} | {s.uid for s in _sessions(20)}
    assert "missing" in said or "damaged" in said
    assert "entry log" in said


def test_a_damaged_entry_log_alone_loses_nothing_and_doctor_says_so(paths: DataPaths) -> None:
    originals = _checkins(50)
    _write(paths.journal, originals)
    log = ledger_path(paths.journal)
    data = bytearray(log.read_bytes())
    for position in range(100, len(data), 997):
        data[position] ^= 0xFF
    log.write_bytes(bytes(data))
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is None
        assert journal.integrity() == "ok"
    assert uids == {e.uid for e in originals}
    said = dict(check_all(paths.journal, paths.backups))
    assert "damaged line" in said["entry log"]
    assert "all in the journal" in said["entry log"]


def test_compaction_at_the_daily_backup_keeps_only_what_the_backup_lacks(
    paths: DataPaths,
) -> None:
    first = _checkins(30)
    _write(paths.journal, first)
    assert len(ledger.read(ledger_path(paths.journal)).raw) == 30
    later = _checkins(5, start=30)
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.import_records(later, [])  # today's backup first (the 30), then these
    kept = ledger.read(ledger_path(paths.journal))
    assert set(kept.uids("checkins")) == {entry.uid for entry in later}


# -- a missing journal, backups, temporaries --------------------------------------------------


def test_a_missing_journal_with_a_backup_is_restored_and_announced(paths: DataPaths) -> None:
    originals = _checkins(200)
    _write(paths.journal, originals)
    with Journal.open(paths.journal) as journal:
        journal.backup_to(paths.backups / _yesterday())
    ledger_path(paths.journal).unlink()  # only the backup is left
    paths.journal.unlink()
    uids, journal = _uids_after_open(paths)
    with journal:
        recovery = journal.recovery
    assert recovery is not None  # before: a new, empty journal without a word
    assert recovery.missing
    assert recovery.restored_from == _yesterday()
    assert uids == {entry.uid for entry in originals}
    assert recovery.sentence().startswith("The journal was found missing on ")
    assert "damaged file" not in recovery.sentence()


def test_the_backup_holding_the_most_entries_is_never_pruned(paths: DataPaths) -> None:
    today = date.today()
    full = paths.root / "full.db"
    _write(full, _checkins(100))
    nearly_empty = paths.root / "nearly-empty.db"
    _write(nearly_empty, _checkins(1, start=500))
    paths.backups.mkdir(mode=0o700)
    shutil.copy(full, paths.backups / daily_name(today - timedelta(days=10)))
    for days_ago in range(9, -1, -1):
        shutil.copy(nearly_empty, paths.backups / daily_name(today - timedelta(days=days_ago)))
    prune(paths.backups)
    names = [b.name for b in list_backups(paths.backups)]
    assert daily_name(today - timedelta(days=10)) in names
    assert len(names) == copies.DAILY_KEEP + 1


def test_stray_restore_temporaries_are_removed(paths: DataPaths) -> None:
    _write(paths.journal, _checkins(3))
    stray = paths.root / ".journal-restoring-abc123.tmp"
    stray.write_bytes(paths.journal.read_bytes())
    with Journal.open(paths.journal, backups=paths.backups):
        pass
    assert not stray.exists()


# -- page-level salvage ------------------------------------------------------------------------


def test_a_slightly_truncated_journal_with_no_backup_keeps_what_is_there(
    paths: DataPaths,
) -> None:
    originals = _checkins(2300)
    _write(paths.journal, originals)
    ledger_path(paths.journal).unlink()  # salvage alone
    data = paths.journal.read_bytes()
    paths.journal.write_bytes(data[: len(data) - 3000])
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is not None
    # Before: max(rowid) read 0 on this file, so nothing at all was salvaged.
    assert len(uids & {e.uid for e in originals}) >= 0.95 * len(originals)


def test_a_zeroed_root_page_and_a_zeroed_page_1_cost_no_entry(paths: DataPaths) -> None:
    originals = _checkins(2000)
    _write(paths.journal, originals, _sessions(40))
    ledger_path(paths.journal).unlink()
    [root] = _page_of(paths.journal, "checkins", "internal")[:1] or [0]
    assert root > 1
    _zero_page(paths.journal, root)
    _zero_page(paths.journal, 1)
    found = salvage(paths.journal)
    assert {e.uid for e in found.checkin_list()} == {e.uid for e in originals}
    assert len(found.session_list()) == 40
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is not None
    assert {e.uid for e in originals} <= uids


def test_salvage_sets_aside_rows_that_look_damaged(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    good = _checkins(3)
    with Journal.open(path) as journal:
        journal.import_records(good, [])
        con = journal._con
        later = int(time.time()) + 86400 * 30
        con.execute("BEGIN")
        rows = [
            ("future", later, "window", "0123abcd"),  # a time a month ahead
            ("badid", T0, "window", "has space"),  # an id of the wrong shape
            ("zone", T0, "hyper", "0123abce"),  # arousal 5 in 3-7 is not hyper
        ]
        for _label, at, zone, uid in rows:
            con.execute(
                "INSERT INTO checkins (uid, at_utc, utc_offset, arousal, window_low, "
                "window_high, zone, source) VALUES (?, ?, 0, 5, 3, 7, ?, 'app')",
                (uid, at, zone),
            )
        con.execute("COMMIT")
    found = salvage(path)
    assert {e.uid for e in found.checkin_list()} == {e.uid for e in good}
    assert found.checkins.invalid == 3
    assert found.set_aside == 3
    assert len(found.checkins.set_aside) == 3


def test_a_bit_flipped_copy_never_replaces_the_entry_logs(paths: DataPaths) -> None:
    originals = _checkins(200)
    _write(paths.journal, originals)
    target = originals[100]
    data = bytearray(paths.journal.read_bytes())
    where = data.find(target.uid.encode()) + len(target.uid)
    data[where] ^= 0x80  # at_utc's top byte: 1955, a date the core accepts
    data[:4096] = bytes(4096)  # and page 1, so the journal must be repaired
    paths.journal.write_bytes(bytes(data))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        back = {entry.uid: entry for entry in journal.checkins()}
    assert back[target.uid] == target
    assert len(back) == 200


def test_nothing_that_is_not_a_database_is_found(tmp_path: Path) -> None:
    junk = random.Random(9).randbytes(64 * 1024)
    assert scan(junk).records == []


# -- the write-ahead log -----------------------------------------------------------------------


def _crash_with_wal(paths: DataPaths, before: int, in_wal: int) -> list[CheckIn]:
    """A journal whose last ``in_wal`` entries (one commit each) are only in its -wal, as a
    crash leaves it. Returns every entry written."""
    originals = _checkins(before + in_wal)
    _write(paths.journal, originals[:before])
    holder = sqlite3.connect(paths.journal)  # keeps the log from being checkpointed
    holder.execute("SELECT count(*) FROM checkins").fetchone()
    with Journal.open(paths.journal) as journal:
        for entry in originals[before:]:
            journal.add_checkin(entry)
    files = {s: Path(f"{paths.journal}{s}").read_bytes() for s in ("", "-wal")}
    holder.close()
    for suffix, data in files.items():
        Path(f"{paths.journal}{suffix}").write_bytes(data)
    with pytest.raises(FileNotFoundError):
        Path(f"{paths.journal}-shm").unlink()
    return originals


@pytest.mark.parametrize("entry_log", [True, False])
@pytest.mark.parametrize("damage", ["flip", "header"])
def test_a_damaged_write_ahead_log_is_noticed_and_loses_nothing(
    paths: DataPaths, damage: str, entry_log: bool
) -> None:
    originals = _crash_with_wal(paths, 30, 20)
    if not entry_log:
        ledger_path(paths.journal).unlink()
    wal = Path(f"{paths.journal}-wal")
    data = bytearray(wal.read_bytes())
    assert wal_state(bytes(data)).last_commit > 0
    if damage == "flip":
        data[len(data) // 3] ^= 0x01
    else:
        data[:32] = bytes(32)
    wal.write_bytes(bytes(data))
    uids, journal = _uids_after_open(paths)
    with journal:
        recovery = journal.recovery
        assert journal.integrity() == "ok"
    # Before: 10 (a flipped byte) or all 20 (a zeroed header) dropped, and not a word said.
    assert recovery is not None
    assert uids == {entry.uid for entry in originals}
    assert recovery.damaged_copy is not None
    assert Path(f"{recovery.damaged_copy}-wal").exists()


def test_a_healthy_log_left_by_a_crash_is_not_damage(paths: DataPaths) -> None:
    originals = _crash_with_wal(paths, 10, 5)
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is None
    assert uids == {entry.uid for entry in originals}


def test_a_lost_write_ahead_log_is_noticed_and_its_entries_come_back(paths: DataPaths) -> None:
    originals = _crash_with_wal(paths, 30, 10)
    Path(f"{paths.journal}-wal").unlink()
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is not None
        assert journal.recovery.from_ledger == 40  # the entry log is trusted first
    assert uids == {entry.uid for entry in originals}


# -- re-import --------------------------------------------------------------------------------


def test_a_reimported_entry_with_a_known_id_but_other_content_is_a_conflict(
    paths: DataPaths,
) -> None:
    original = _checkins(2)
    changed = CheckIn(
        uid=original[0].uid, at=original[0].at, window=Window(3, 7), arousal=9, note="other"
    )
    with Journal.open(paths.journal) as journal:
        journal.import_records(original, [])
        counts = journal.import_records([changed, original[1]], [])
        assert counts.checkins_added == 0
        assert counts.checkins_skipped == 2
        assert counts.conflicts == 1
        assert journal.checkins()[0] == original[0]  # the journal's own version is kept
        again = journal.import_records(original, [])
    assert again.conflicts == 0


# -- doctor ----------------------------------------------------------------------------------


def test_check_all_names_every_file_in_plain_words(paths: DataPaths) -> None:
    for entry in _checkins(4):
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            journal.add_checkin(entry)
    said = dict(check_all(paths.journal, paths.backups))
    assert said["write-ahead log"].startswith("none")
    assert "3 entries since the last backup; all in the journal" in said["entry log"]
    assert said["fullest backup"] == f"{daily_name(date.today())} (1 entry)"
    assert all("\n" not in value for value in said.values())


# -- with a backup, nothing written since it is dropped ------------------------------------------


def _with_yesterdays_backup(paths: DataPaths, total: int, in_backup: int) -> list[CheckIn]:
    """``total`` check-ins; yesterday's backup holds the first ``in_backup``, and the entry log
    (compacted as at a daily backup) the rest."""
    originals = _checkins(total)
    _write(paths.journal, originals[:in_backup])
    with Journal.open(paths.journal) as journal:
        journal.backup_to(paths.backups / _yesterday())
    held = {entry.uid for entry in originals[:in_backup]}
    ledger.compact(ledger_path(paths.journal), lambda table, uid: uid not in held)
    _write(paths.journal, originals[in_backup:])
    return originals


def _truncate_a_little(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-3000])


def _zero_last_quarter(path: Path) -> None:
    data = path.read_bytes()
    cut = len(data) * 3 // 4
    path.write_bytes(data[:cut] + bytes(len(data) - cut))


def _damage_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(random.Random(4).randbytes(100) + data[100:])


@pytest.mark.parametrize(
    "damage",
    [_truncate_a_little, lambda p: _zero_page(p, 1), _zero_last_quarter, _damage_header],
    ids=["truncated a little", "page 1 zeroed", "last quarter zeroed", "header damaged"],
)
def test_with_a_backup_the_entries_written_since_are_not_dropped(
    paths: DataPaths, damage: Callable[[Path], None]
) -> None:
    originals = _with_yesterdays_backup(paths, 2700, 2400)
    damage(paths.journal)
    uids, journal = _uids_after_open(paths)
    with journal:
        recovery = journal.recovery
        back = {entry.uid: entry for entry in journal.checkins()}
    assert recovery is not None
    assert recovery.restored_from == _yesterday()
    # Before: the 300 written since the backup were dropped, and nothing said they were.
    assert uids == {entry.uid for entry in originals}
    assert all(back[entry.uid] == entry for entry in originals)


def test_a_flipped_byte_in_page_1_loses_nothing_written_today(paths: DataPaths) -> None:
    originals = _checkins(60)
    for entry in originals:  # 60 commands today; the second one takes the morning's backup
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            journal.add_checkin(entry)
    [backup] = list_backups(paths.backups)
    assert copies.entry_count(backup.path) == 1
    data = bytearray(paths.journal.read_bytes())
    for position in range(996, len(data), 997):
        data[position] ^= 0xFF
    paths.journal.write_bytes(bytes(data))
    uids, journal = _uids_after_open(paths)
    with journal:
        assert journal.recovery is not None
    # Before: the backup's 1 entry came back and 0 of the 59 others.
    assert uids == {entry.uid for entry in originals}


# -- the parts ---------------------------------------------------------------------------------


def test_long_notes_on_overflow_pages_are_salvaged_whole(paths: DataPaths) -> None:
    rng = random.Random(2)
    long = [
        CheckIn(
            uid=f"{rng.getrandbits(128):032x}",
            at=Moment(T0 + n, 0),
            window=Window(3, 7),
            arousal=5,
            note="".join(rng.choices("abcdéfg ☕\n", k=rng.randint(5000, 20000))),
        )
        for n in range(12)
    ]
    _write(paths.journal, long + _checkins(100))
    _zero_page(paths.journal, 1)
    found = {entry.uid: entry for entry in salvage(paths.journal).checkin_list()}
    assert all(found[entry.uid] == entry for entry in long)


def test_another_page_size_is_found_when_the_header_is_gone(tmp_path: Path) -> None:
    path = tmp_path / "small-pages.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA page_size = 1024")
    con.close()
    _write(path, _checkins(300))
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    ledger_path(path).unlink()
    assert len(salvage(path).checkin_list()) == 300


def test_a_line_cut_short_by_a_crash_is_skipped_and_the_next_one_stands_alone(
    paths: DataPaths,
) -> None:
    first, second = _checkins(2)
    _write(paths.journal, [first])
    log = ledger_path(paths.journal)
    with log.open("ab") as handle:
        handle.write(b"0123abcd\tcheckins\thalf a li")  # a crash in the middle of a line
    _write(paths.journal, [second])
    found = ledger.read(log)
    assert set(found.uids("checkins")) == {first.uid, second.uid}
    assert found.damaged == 1
