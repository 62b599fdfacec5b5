"""A damaged journal: set aside (never deleted), restored from the newest good backup, the rows
still readable merged back, and a plain notice for the app and for `regulate doctor`."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.paths import DataPaths, data_paths
from regulate.storage.backups import BackupKind, daily_name, list_backups
from regulate.storage.exchange import parse_export
from regulate.storage.journal import Journal, JournalError
from regulate.storage.ledger import ledger_path
from regulate.storage.migrations import LATEST_VERSION, MIGRATIONS
from regulate.storage.recovery import (
    NOTICE_NAME,
    Recovery,
    TableSalvage,
    clear_notice,
    lost_estimate,
    read_notice,
    salvage,
)

T0 = 1_700_000_000
WORDS = ("calm", "tense", "tired", "work", "sleep", "walk", "rain", "café ☕", "ängstlich")


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    """main() tightens the umask for the whole process; give the next test its own back."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return data_paths(data_dir).ensure()


def _checkins(count: int, seed: int = 7) -> list[CheckIn]:
    rng = random.Random(seed)
    return [
        CheckIn(
            uid=f"c{number:05d}-{rng.getrandbits(32):08x}",
            at=Moment(T0 + number * 3600, 60),
            window=Window(3, 7),
            arousal=rng.randint(0, 10),
            suds=rng.randint(0, 10),
            mood=rng.randint(1, 5),
            feelings=tuple(rng.sample(WORDS, 2)),
            note=" ".join(rng.choices(WORDS, k=rng.randint(0, 12))),
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


def _yesterday() -> str:
    return daily_name(date.today() - timedelta(days=1))


def _journal_with(
    paths: DataPaths,
    checkins: list[CheckIn],
    sessions: Sequence[Session] = (),
    backup_after: int | None = None,
    *,
    entry_log: bool = True,
) -> None:
    """A journal holding ``checkins``; with ``backup_after``, yesterday's daily backup holds
    only the first that many (and no sessions). ``entry_log=False`` removes the entry log,
    to test what the other lines of defence do on their own."""
    with Journal.open(paths.journal) as journal:
        if backup_after is not None:
            journal.import_records(checkins[:backup_after], [])
            journal.backup_to(paths.backups / _yesterday())
            journal.import_records(checkins[backup_after:], list(sessions))
        else:
            journal.import_records(checkins, list(sessions))
    assert not Path(f"{paths.journal}-wal").exists()  # all in the one file
    if not entry_log:
        ledger_path(paths.journal).unlink()


def _flip_every(path: Path, step: int) -> int:
    """Invert every ``step``-th byte (the step-th, the 2*step-th, ...); returns how many."""
    data = bytearray(path.read_bytes())
    positions = range(step - 1, len(data), step)
    for position in positions:
        data[position] ^= 0xFF
    path.write_bytes(bytes(data))
    return len(positions)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "regulate", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _exported(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> dict[str, object]:
    code, out, _ = _run(capsys, "--data-dir", str(paths.root), "export", "--format", "json")
    assert code == 0
    data: dict[str, object] = json.loads(out)
    records = parse_export(out.encode("utf-8"), "export.json")  # every entry validates
    assert len(records.checkins) == len(data["checkins"])  # type: ignore[arg-type]
    return data


def _damaged_copies(paths: DataPaths) -> list[Path]:
    return [b.path for b in list_backups(paths.backups) if b.kind is BackupKind.DAMAGED]


def _doctor_lines(out: str) -> dict[str, str]:
    lines: dict[str, str] = {}
    for line in out.splitlines():
        label, _, value = line.strip().partition("  ")
        lines.setdefault(label, value.strip())
    return lines


# -- the 997th byte ----------------------------------------------------------------------------


def test_every_997th_byte_flipped_doctor_restores_and_90_percent_come_back(
    paths: DataPaths,
) -> None:
    originals = _checkins(2000)
    _journal_with(paths, originals, backup_after=1500)
    flipped = _flip_every(paths.journal, 997)
    damaged_bytes = paths.journal.read_bytes()

    doctor = _cli("--data-dir", str(paths.root), "doctor")
    assert "Traceback" not in doctor.stderr + doctor.stdout
    assert doctor.returncode == 0, doctor.stderr
    lines = _doctor_lines(doctor.stdout)
    assert lines["integrity"] == "ok"
    said = lines["repaired"]
    assert "damaged" in said
    assert f"restored from the backup {_yesterday()}" in said
    assert "which held 1500 entries" in said

    export = _cli("--data-dir", str(paths.root), "export", "--format", "json")
    assert (export.returncode, export.stderr) == (0, "")
    records = parse_export(export.stdout.encode("utf-8"), "export.json")
    back = {entry.uid: entry for entry in records.checkins}
    known = {entry.uid: entry for entry in originals}
    exact = sum(1 for uid, entry in back.items() if known.get(uid) == entry)
    altered = [uid for uid, entry in back.items() if uid in known and known[uid] != entry]
    strangers = [uid for uid in back if uid not in known]
    figures = f"{exact} exact, {len(altered)} altered, {len(strangers)} strangers"
    assert exact >= 0.9 * len(originals), f"{figures}; {flipped} bytes flipped"
    # A flipped byte that still makes a valid entry can slip through; it must stay rare.
    assert len(altered) + len(strangers) <= 0.01 * len(originals), figures
    # The damaged file is kept, byte for byte, and the notice names it.
    [kept] = _damaged_copies(paths)
    assert kept.read_bytes() == damaged_bytes
    assert str(kept) in said
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_a_later_doctor_still_says_what_happened(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(paths, _checkins(300), backup_after=200)
    _flip_every(paths.journal, 997)
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is not None
        sentence = journal.recovery.sentence()
    code, out, err = _run(capsys, "--data-dir", str(paths.root), "doctor")
    assert (code, err) == (0, "")
    assert _doctor_lines(out)["repaired"] == sentence
    notice = paths.root / NOTICE_NAME
    assert stat.S_IMODE(notice.stat().st_mode) == 0o600
    assert notice.read_text(encoding="utf-8").count("\n") == 1
    clear_notice(paths.root)
    code, out, _ = _run(capsys, "--data-dir", str(paths.root), "doctor")
    assert "repaired" not in _doctor_lines(out)


def test_every_command_keeps_working_and_says_so_once_on_stderr(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal_with(paths, _checkins(300), backup_after=200)
    _flip_every(paths.journal, 997)
    code, out, err = _run(
        capsys, "--data-dir", str(paths.root), "log", "--arousal", "4", "--note", "after"
    )
    assert code == 0
    assert out.startswith("Saved.")
    assert err.startswith("regulate: The journal was found damaged on ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    notes = [entry["note"] for entry in _exported(capsys, paths)["checkins"]]  # type: ignore[index]
    assert "after" in notes
    code, _, err = _run(capsys, "--data-dir", str(paths.root), "log", "--arousal", "4")
    assert (code, err) == (0, "")  # said once; the journal is whole again


# -- other kinds of damage ------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.5, 0.2, 0.01])
def test_a_truncated_journal_is_restored_and_keeps_what_it_can(
    paths: DataPaths, capsys: pytest.CaptureFixture[str], keep: float
) -> None:
    originals = _checkins(1200)
    _journal_with(paths, originals, _sessions(50), backup_after=800)
    data = paths.journal.read_bytes()
    paths.journal.write_bytes(data[: int(len(data) * keep)])
    code, out, err = _run(capsys, "--data-dir", str(paths.root), "doctor")
    assert (code, err) == (0, "")
    assert "restored from the backup" in _doctor_lines(out)["repaired"]
    back = {entry["uid"] for entry in _exported(capsys, paths)["checkins"]}  # type: ignore[index]
    assert {entry.uid for entry in originals[:800]} <= back
    [kept] = _damaged_copies(paths)
    assert kept.read_bytes() == data[: int(len(data) * keep)]


def test_a_file_of_random_bytes_is_replaced_by_the_backup_and_kept(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    originals = _checkins(120)
    _journal_with(paths, originals, backup_after=100, entry_log=False)
    junk = random.Random(3).randbytes(64 * 1024)
    paths.journal.write_bytes(junk)
    code, out, err = _run(capsys, "--data-dir", str(paths.root), "doctor")
    assert (code, err) == (0, "")
    said = _doctor_lines(out)["repaired"]
    assert "restored from the backup" in said
    assert "0 more entries were recovered" in said
    back = [entry["uid"] for entry in _exported(capsys, paths)["checkins"]]  # type: ignore[index]
    assert back == [entry.uid for entry in originals[:100]]
    [kept] = _damaged_copies(paths)
    assert kept.read_bytes() == junk


def test_with_no_backup_at_all_a_new_journal_gets_what_could_be_read(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    originals = _checkins(1000)
    _journal_with(paths, originals)
    _flip_every(paths.journal, 997)
    code, out, err = _run(capsys, "--data-dir", str(paths.root), "doctor")
    assert (code, err) == (0, "")
    said = _doctor_lines(out)["repaired"]
    assert "there was no backup to restore, so a new journal was started" in said
    back = {entry["uid"] for entry in _exported(capsys, paths)["checkins"]}  # type: ignore[index]
    assert len(back & {entry.uid for entry in originals}) >= 0.8 * len(originals)
    assert len(_damaged_copies(paths)) == 1


def test_random_bytes_and_no_backup_are_refused_and_left_alone(
    paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = random.Random(5).randbytes(16 * 1024)
    paths.journal.write_bytes(junk)
    for command in (["log", "--arousal", "5"], ["export", "--format", "json"], ["doctor"]):
        code, out, err = _run(capsys, "--data-dir", str(paths.root), *command)
        assert (code, out) == (1, "")
        assert err.startswith("regulate: ")
        assert err.count("\n") == 1
        assert "damaged" in err
        assert "Traceback" not in err
    assert paths.journal.read_bytes() == junk
    assert _damaged_copies(paths) == []


def test_a_journal_emptied_to_0_bytes_is_restored_when_there_is_a_backup(
    paths: DataPaths,
) -> None:
    _journal_with(paths, _checkins(50), backup_after=40, entry_log=False)
    paths.journal.write_bytes(b"")
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is not None
        assert journal.recovery.restored_from == _yesterday()
        assert len(journal.checkins()) == 40


def test_a_new_empty_journal_is_not_mistaken_for_damage(paths: DataPaths) -> None:
    paths.journal.write_bytes(b"")  # as _create_private_file leaves it for a moment
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is None
        assert journal.schema_version() == LATEST_VERSION


def test_rows_only_in_the_write_ahead_log_are_salvaged_and_kept(
    paths: DataPaths,
) -> None:
    originals = _checkins(400)
    _journal_with(paths, originals[:300], backup_after=200)
    source = paths.root / "live"
    source.mkdir()
    live = source / "journal.db"
    shutil.copy(paths.journal, live)
    con = sqlite3.connect(live, isolation_level=None)  # holds the -wal open: no checkpoint
    first_leaf = con.execute(
        "SELECT min(pageno) FROM dbstat WHERE name = 'checkins' AND pagetype = 'leaf'"
    ).fetchone()[0]
    with Journal.open(live) as journal:  # a second connection writes into the -wal
        journal.import_records(originals[300:], [])
    for suffix in ("", "-wal"):  # the pair as a crash would leave it
        shutil.copy(f"{live}{suffix}", f"{paths.journal}{suffix}")
    con.close()
    assert Path(f"{paths.journal}-wal").stat().st_size > 0
    data = bytearray(paths.journal.read_bytes())
    start = (first_leaf - 1) * 4096
    data[start : start + 4096] = bytes(4096)  # wreck the oldest rows' page in the main file
    paths.journal.write_bytes(bytes(data))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        recovery = journal.recovery
        uids = {entry.uid for entry in journal.checkins()}
    assert recovery is not None
    assert {entry.uid for entry in originals[300:]} <= uids  # they were only in the log
    # The kept copy still holds them: in its own -wal, or checkpointed into it by SQLite.
    kept = {entry.uid for entry in salvage(recovery.damaged_copy).checkin_list()}
    assert {entry.uid for entry in originals[300:]} <= kept
    assert not list(paths.root.glob("journal.db-*"))  # no stray log beside the new journal


def test_a_damaged_newest_backup_is_passed_over_for_an_older_good_one(paths: DataPaths) -> None:
    originals = _checkins(100)
    _journal_with(paths, originals, backup_after=60, entry_log=False)
    newest = paths.backups / daily_name(date.today())
    newest.write_bytes(random.Random(1).randbytes(8192))
    paths.journal.write_bytes(random.Random(2).randbytes(8192))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is not None
        assert journal.recovery.restored_from == _yesterday()
        assert len(journal.checkins()) == 60
    assert newest.exists()  # a bad backup is skipped, not deleted


def test_a_backup_from_before_a_migration_is_restored_and_migrated(paths: DataPaths) -> None:
    v1 = paths.backups / "journal-before-v2-20200101-120000.db"
    paths.backups.mkdir(mode=0o700)
    con = sqlite3.connect(v1)
    for statement in MIGRATIONS[0]:
        con.execute(statement)
    con.execute(
        "INSERT INTO checkins (uid, at_utc, utc_offset, arousal, window_low, window_high, "
        "zone, source) VALUES ('old', 1600000000, 0, 5, 3, 7, 'window', 'app')"
    )
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    paths.journal.write_bytes(random.Random(2).randbytes(8192))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        assert journal.recovery is not None
        assert journal.schema_version() == LATEST_VERSION
        assert [entry.uid for entry in journal.checkins()] == ["old"]
        assert journal.sessions() == []


def test_salvaged_rows_already_in_the_backup_are_not_doubled(paths: DataPaths) -> None:
    originals = _checkins(600)
    _journal_with(paths, originals, _sessions(80), backup_after=500, entry_log=False)
    data = bytearray(paths.journal.read_bytes())
    data[-4096:] = bytes(4096)  # only the last page is lost
    paths.journal.write_bytes(bytes(data))
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        recovery = journal.recovery
        uids = [entry.uid for entry in journal.checkins()]
        sessions = journal.sessions()
    assert recovery is not None
    assert len(uids) == len(set(uids))
    assert set(uids) <= {entry.uid for entry in originals}
    assert len(uids) + len(sessions) == recovery.restored_entries + recovery.salvaged
    assert recovery.restored_entries == 500


def test_concurrent_openers_repair_once(paths: DataPaths, tmp_path: Path) -> None:
    originals = _checkins(500)
    _journal_with(paths, originals, backup_after=400)
    _flip_every(paths.journal, 997)
    commands = [["log", "--arousal", "5", "--note", f"n{i}"] for i in range(5)]
    commands += [["doctor"], ["export", "--format", "json"]]
    processes = []
    for number, command in enumerate(commands):
        with (tmp_path / f"out-{number}").open("w") as out:
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "regulate", "--data-dir", str(paths.root), *command],
                    stdout=out,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
    results = [(process.wait(timeout=120), process.communicate()[1]) for process in processes]
    assert [code for code, _ in results] == [0] * len(commands), results
    assert all("Traceback" not in err for _, err in results)
    assert len(_damaged_copies(paths)) == 1
    said = sum(err.startswith("regulate: The journal was found damaged") for _, err in results)
    # Said once on stderr; or not at all when `doctor` (which shows it on stdout) repaired it.
    doctor_out = (tmp_path / f"out-{len(commands) - 2}").read_text()
    assert said == 1 or (said == 0 and "found damaged" in doctor_out)
    with Journal.open(paths.journal, backups=paths.backups) as journal:
        notes = {entry.note for entry in journal.checkins()}
    assert {f"n{i}" for i in range(5)} <= notes


# -- the parts --------------------------------------------------------------------------------


def test_salvage_keeps_only_rows_the_core_accepts(tmp_path: Path) -> None:
    path = tmp_path / "loose.db"
    con = sqlite3.connect(path)
    con.execute(  # the same columns, none of the constraints
        "CREATE TABLE checkins (id INTEGER PRIMARY KEY, uid, at_utc, utc_offset, arousal, "
        "window_low, window_high, zone, suds, mood, feelings, note, tags, source, body)"
    )
    good = ("good", T0, 60, 5, 3, 7, "window", None, None, '["calm"]', "", "[]", "app", "[]")
    rows = [
        good,
        ("bad-arousal", T0, 60, 42, 3, 7, None, None, None, "[]", "", "[]", "app", "[]"),
        ("bad-json", T0, 60, 5, 3, 7, None, None, None, "[calm", "", "[]", "app", "[]"),
        ("bad-time", "soon", 60, 5, 3, 7, None, None, None, "[]", "", "[]", "app", "[]"),
        ("bad-window", T0, 60, 5, 7, 3, None, None, None, "[]", "", "[]", "app", "[]"),
        ("bad-source", T0, 60, 5, 3, 7, None, None, None, "[]", "", "[]", "mars", "[]"),
        (b"\xff\xfe", T0, 60, 5, 3, 7, None, None, None, "[]", "", "[]", "app", "[]"),
    ]
    con.executemany(
        "INSERT INTO checkins (uid, at_utc, utc_offset, arousal, window_low, window_high, zone, "
        "suds, mood, feelings, note, tags, source, body) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.commit()
    con.close()
    found = salvage(path)
    assert [entry.uid for entry in found.checkin_list()] == ["good"]
    assert found.checkin_list()[0].feelings == ("calm",)
    assert found.checkins.invalid == len(rows) - 1
    assert not found.sessions.present
    assert found.session_list() == []


def test_salvage_of_something_that_is_not_a_database_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"hello" * 1000)
    found = salvage(path)
    assert found.checkin_list() == []
    assert found.session_list() == []
    assert path.read_bytes() == b"hello" * 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.db"]


def test_the_lost_estimate_counts_rowids_neither_salvaged_nor_restored() -> None:
    found = TableSalvage(rows=dict.fromkeys(range(81, 96)), highest=100)
    assert lost_estimate(found, set(range(1, 81))) == 5
    assert lost_estimate(TableSalvage(highest=None), set()) is None
    assert lost_estimate(TableSalvage(present=False), set()) == 0


def _recovery(**changes: object) -> Recovery:
    from datetime import datetime

    values: dict[str, object] = {
        "when": datetime(2026, 11, 18, 14, 5).astimezone(),
        "problem": "database disk image is malformed",
        "damaged_copy": Path("/data/backups/damaged-20261118-130500.db"),
        "restored_from": "journal-20261117.db",
        "restored_entries": 1500,
        "salvaged": 446,
        "lost_estimate": 54,
    }
    values.update(changes)
    return Recovery(**values)  # type: ignore[arg-type]


def test_the_sentence_is_one_plain_line() -> None:
    assert _recovery().sentence() == (
        "The journal was found damaged on 2026-11-18 at 14:05 and was restored from the backup "
        "journal-20261117.db, which held 1500 entries; 446 more entries were recovered from the "
        "damaged file, which is kept at /data/backups/damaged-20261118-130500.db. About 54 "
        "entries could not be read."
    )
    fresh = _recovery(restored_from=None, restored_entries=0, salvaged=1, lost_estimate=None)
    assert fresh.sentence() == (
        "The journal was found damaged on 2026-11-18 at 14:05; there was no backup to restore, "
        "so a new journal was started and 1 entry was recovered from the damaged file, which is "
        "kept at /data/backups/damaged-20261118-130500.db. Some entries may be missing."
    )
    assert "could not" not in _recovery(lost_estimate=0).sentence()
    for recovery in (_recovery(), fresh):
        assert "\n" not in recovery.sentence()
        assert "  " not in recovery.sentence()


def test_the_notice_round_trips_and_can_be_cleared(tmp_path: Path) -> None:
    assert read_notice(tmp_path) is None
    from regulate.storage.recovery import write_notice

    write_notice(tmp_path, _recovery())
    assert read_notice(tmp_path) == _recovery().sentence()
    clear_notice(tmp_path)
    clear_notice(tmp_path)
    assert read_notice(tmp_path) is None


def test_without_a_backups_folder_a_damaged_journal_is_refused_as_before(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with Journal.open(path) as journal:
        journal.import_records(_checkins(300), [])
    _flip_every(path, 997)
    before = path.read_bytes()
    with pytest.raises(JournalError, match="damaged") as refused:
        Journal.open(path)
    assert "\n" not in str(refused.value)
    assert path.read_bytes() == before


def test_open_tells_the_caller_what_it_did_and_everything_stays_private(
    paths: DataPaths,
) -> None:
    previous = os.umask(0o022)  # privacy must come from the code, not from the process
    try:
        originals = _checkins(600)
        _journal_with(paths, originals, _sessions(40), backup_after=500)
        _flip_every(paths.journal, 997)
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            recovery = journal.recovery
            count = len(journal.checkins()) + len(journal.sessions())
        with Journal.open(paths.journal, backups=paths.backups) as again:
            assert again.recovery is None  # only the open that repaired it says so
    finally:
        os.umask(previous)
    assert recovery is not None
    assert recovery.restored_from == _yesterday()
    assert recovery.restored_entries == 500
    assert count == 640  # every entry: the entry log has the 140 the backup doesn't
    assert count == recovery.restored_entries + recovery.from_ledger + recovery.salvaged
    assert recovery.from_ledger == 140
    assert recovery.problem
    assert recovery.lost_estimate is None or recovery.lost_estimate >= 0
    assert recovery.damaged_copy.parent == paths.backups
    assert recovery.damaged_copy.name.startswith("damaged-")
    assert read_notice(paths.root) == recovery.sentence()
    for path in (paths.journal, recovery.damaged_copy, paths.root / NOTICE_NAME):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700
    leftovers = [p.name for p in paths.root.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
