"""The journal file: private, durable, round-trips what it is given, imports all or nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate.core.entries import CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window, Zone
from regulate.paths import DataPaths, data_paths
from regulate.storage.journal import Journal, JournalError
from regulate.storage.migrations import LATEST_VERSION

T0 = 1_795_003_200  # 2026-11-18T12:00:00Z


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


@pytest.fixture
def journal(paths: DataPaths) -> Iterator[Journal]:
    with Journal.open(paths.journal, backups=paths.backups) as opened:
        yield opened


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _checkin(uid: str, epoch: int = T0, **changes: object) -> CheckIn:
    values: dict[str, object] = {
        "uid": uid,
        "at": Moment(epoch, 60),
        "window": Window(3, 7),
        "arousal": 5,
    }
    values.update(changes)
    return CheckIn(**values)  # type: ignore[arg-type]


def _session(uid: str, epoch: int = T0, **changes: object) -> Session:
    values: dict[str, object] = {
        "uid": uid,
        "at": Moment(epoch, -300),
        "kind": ItemKind.PATTERN,
        "item": "4-7-8",
        "seconds": 90.5,
    }
    values.update(changes)
    return Session(**values)  # type: ignore[arg-type]


# -- privacy and durability -----------------------------------------------------------------


@pytest.mark.usefixtures("loose_umask")
def test_new_journal_file_is_0600_and_its_folder_0700(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.add_checkin(_checkin("a"))
        assert _mode(paths.journal) == 0o600
        wal = paths.journal.with_name(paths.journal.name + "-wal")
        assert _mode(wal) == 0o600
    assert _mode(paths.root) == 0o700


@pytest.mark.usefixtures("loose_umask")
def test_ensure_leaves_an_existing_folder_as_it_is_but_files_stay_private(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o755)  # someone's own folder, given with --data-dir
    data_dir.chmod(0o755)
    paths = data_paths(data_dir).ensure()
    assert _mode(data_dir) == 0o755
    Journal.open(paths.journal).close()
    assert _mode(paths.journal) == 0o600


def test_journal_is_in_wal_mode_for_any_connection(journal: Journal) -> None:
    other = sqlite3.connect(journal.path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_journal_connection_uses_synchronous_full(journal: Journal) -> None:
    full = 2
    assert journal._con.execute("PRAGMA synchronous").fetchone()[0] == full


def test_new_journal_is_at_the_latest_schema(journal: Journal) -> None:
    assert journal.schema_version() == LATEST_VERSION


def test_a_new_journal_makes_no_backup(journal: Journal, paths: DataPaths) -> None:
    assert not paths.backups.exists() or list(paths.backups.iterdir()) == []


def test_new_journal_passes_the_integrity_check(journal: Journal) -> None:
    assert journal.integrity() == "ok"


# -- round trips --------------------------------------------------------------------------


def test_checkin_round_trips_every_field_including_non_ascii_and_emoji(journal: Journal) -> None:
    entry = _checkin(
        "émoji-1",
        arousal=9,
        window=Window(2, 8),
        suds=6,
        mood=2,
        feelings=("ängstlich", "😶‍🌫️", "悲しい"),
        body=("tight chest", "🫀 racing"),
        note="Ça va? Not really 😬\nsecond line\ttab — 日本語 \u200d",
        tags=("work", "søvn"),
        source=Source.CLI,
    )
    journal.add_checkin(entry)
    [read] = journal.checkins()
    assert read == entry
    assert read.zone is Zone.HYPER


def test_checkin_without_arousal_round_trips_with_no_zone(journal: Journal) -> None:
    entry = _checkin("m", arousal=None, mood=4, source=Source.DAYLIO)
    journal.add_checkin(entry)
    assert journal.checkins() == [entry]
    assert journal.checkins()[0].zone is None


def test_checkin_keeps_the_window_it_was_written_with(journal: Journal) -> None:
    journal.add_checkin(_checkin("old", window=Window(1, 4), arousal=5))
    [read] = journal.checkins()
    assert read.window == Window(1, 4)
    assert read.zone is Zone.HYPER


def test_session_round_trips_every_field(journal: Journal) -> None:
    session = _session(
        "s-1",
        kind=ItemKind.EXERCISE,
        item="5-4-3-2-1",
        seconds=301.25,
        suds_before=8,
        suds_after=3,
        completed=False,
        source=Source.IMPORT,
    )
    journal.add_session(session)
    assert journal.sessions() == [session]


def test_checkins_come_back_ordered_by_time_not_by_insertion(journal: Journal) -> None:
    for uid, epoch in (("late", T0 + 60), ("early", T0 - 3600), ("middle", T0)):
        journal.add_checkin(_checkin(uid, epoch))
    assert [entry.uid for entry in journal.checkins()] == ["early", "middle", "late"]


def test_checkins_at_the_same_instant_keep_insertion_order(journal: Journal) -> None:
    for uid in ("first", "second", "third"):
        journal.add_checkin(_checkin(uid, T0))
    assert [entry.uid for entry in journal.checkins()] == ["first", "second", "third"]


def test_order_is_by_utc_instant_not_by_local_clock(journal: Journal) -> None:
    # 10:00 in Tokyo happens before 09:00 in London on the same day.
    journal.add_checkin(_checkin("london", at=Moment.parse("2026-11-18T09:00:00+00:00")))
    journal.add_checkin(_checkin("tokyo", at=Moment.parse("2026-11-18T10:00:00+09:00")))
    assert [entry.uid for entry in journal.checkins()] == ["tokyo", "london"]


def test_sessions_come_back_ordered_by_time(journal: Journal) -> None:
    journal.add_session(_session("b", T0 + 10))
    journal.add_session(_session("a", T0))
    assert [session.uid for session in journal.sessions()] == ["a", "b"]


def test_since_epoch_keeps_entries_at_or_after_it(journal: Journal) -> None:
    for uid, epoch in (("before", T0 - 1), ("at", T0), ("after", T0 + 1)):
        journal.add_checkin(_checkin(uid, epoch))
        journal.add_session(_session(uid, epoch))
    assert [entry.uid for entry in journal.checkins(since_epoch=T0)] == ["at", "after"]
    assert [session.uid for session in journal.sessions(since_epoch=T0)] == ["at", "after"]


def test_counts_give_totals_and_the_first_and_last_moments(journal: Journal) -> None:
    empty = journal.counts()
    assert (empty.checkins, empty.sessions, empty.first, empty.last) == (0, 0, None, None)
    journal.add_checkin(_checkin("b", T0 + 100))
    journal.add_checkin(_checkin("a", T0))
    journal.add_session(_session("s"))
    counts = journal.counts()
    assert (counts.checkins, counts.sessions) == (2, 1)
    assert counts.first == Moment(T0, 60)
    assert counts.last == Moment(T0 + 100, 60)


def test_entries_survive_closing_and_reopening(paths: DataPaths) -> None:
    entry = _checkin("kept", note="still here ✨")
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        journal.add_checkin(entry)
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.checkins() == [entry]


# -- importing ---------------------------------------------------------------------------


def test_import_adds_everything_the_first_time(journal: Journal) -> None:
    counts = journal.import_records([_checkin("a"), _checkin("b")], [_session("s")])
    assert (counts.checkins_added, counts.sessions_added, counts.skipped) == (2, 1, 0)
    assert len(journal.checkins()) == 2
    assert len(journal.sessions()) == 1


def test_import_twice_adds_nothing_the_second_time(journal: Journal) -> None:
    checkins, sessions = [_checkin("a"), _checkin("b")], [_session("s")]
    journal.import_records(checkins, sessions)
    again = journal.import_records(checkins, sessions)
    assert (again.added, again.checkins_skipped, again.sessions_skipped) == (0, 2, 1)
    assert journal.checkins() == checkins
    assert journal.sessions() == sessions


def test_import_skips_only_the_ids_already_present(journal: Journal) -> None:
    journal.add_checkin(_checkin("a"))
    counts = journal.import_records([_checkin("a", note="other"), _checkin("new")], [])
    assert (counts.checkins_added, counts.checkins_skipped) == (1, 1)
    assert [entry.note for entry in journal.checkins()] == ["", ""]


def test_import_is_all_or_nothing_when_one_record_breaks_a_constraint(journal: Journal) -> None:
    journal.add_checkin(_checkin("existing"))
    broken = _session("broken")
    object.__setattr__(broken, "seconds", -5.0)  # slips past validation; the table refuses it
    with pytest.raises(JournalError, match="import into"):
        journal.import_records([_checkin("new-1"), _checkin("new-2")], [_session("ok"), broken])
    assert [entry.uid for entry in journal.checkins()] == ["existing"]
    assert journal.sessions() == []


def test_journal_is_still_writable_after_a_failed_import(journal: Journal) -> None:
    broken = _checkin("broken")
    object.__setattr__(broken, "mood", 9)
    with pytest.raises(JournalError):
        journal.import_records([broken], [])
    journal.add_checkin(_checkin("after"))
    assert [entry.uid for entry in journal.checkins()] == ["after"]


# -- refusing files it must not touch ------------------------------------------------------


def _make_newer_journal(path: Path, wal: bool) -> None:
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE future_things (x)")
    con.execute("INSERT INTO future_things VALUES ('from the future')")
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.commit()
    con.close()


@pytest.mark.parametrize("wal", [True, False], ids=["wal-file", "rollback-journal-file"])
def test_a_journal_from_a_newer_version_is_refused_and_left_byte_identical(
    paths: DataPaths, wal: bool
) -> None:
    _make_newer_journal(paths.journal, wal)
    before = paths.journal.read_bytes()
    with pytest.raises(JournalError, match="newer version") as refused:
        Journal.open(paths.journal, backups=paths.backups)
    assert "\n" not in str(refused.value)
    assert paths.journal.read_bytes() == before
    con = sqlite3.connect(paths.journal)
    try:
        assert con.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert con.execute("SELECT x FROM future_things").fetchall() == [("from the future",)]
    finally:
        con.close()


def test_a_file_of_random_bytes_is_refused_in_one_line_and_left_alone(paths: DataPaths) -> None:
    junk = bytes((index * 97 + 13) % 256 for index in range(8192))
    paths.journal.write_bytes(junk)
    with pytest.raises(JournalError) as refused:
        Journal.open(paths.journal, backups=paths.backups)
    message = str(refused.value)
    assert "\n" not in message
    assert str(paths.journal) in message
    assert "Traceback" not in message
    assert refused.value.__suppress_context__
    assert paths.journal.read_bytes() == junk


def test_a_missing_folder_is_refused_with_a_journal_error(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="could not open"):
        Journal.open(tmp_path / "no" / "such" / "folder" / "journal.db")
