"""Smaller command-line points from the second hardening round: an empty --data-dir, --at in
the future or with an offset no place uses, and a data folder that can't be written (a copy of
a journal on a read-only medium) from which entries can still be taken."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from regulate import cli
from regulate.cli import main
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.journal import Journal, JournalError

#: The fake "now" for --at: 2026-11-25 12:00 UTC.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC).timestamp()


@pytest.fixture(autouse=True)
def _fixed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fixed clock for --at, and the umask main() tightens given back afterwards."""
    monkeypatch.setattr(cli, "_now", lambda: NOW, raising=False)
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str) -> str:
    assert err.startswith("regulate: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


# -- --data-dir '' -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--data-dir", "", "doctor"],
        ["doctor", "--data-dir", ""],
        ["log", "--data-dir", "  ", "--arousal", "5"],
    ],
)
def test_an_empty_data_dir_is_a_usage_error_and_nothing_is_written_here(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    assert "folder" in one_line(err)
    assert list(tmp_path.iterdir()) == []


def test_data_paths_refuses_an_empty_name() -> None:
    with pytest.raises(ValueError, match="name"):
        data_paths("")


# -- --at ------------------------------------------------------------------------------------


@pytest.mark.parametrize("at", ["2026-11-25T12:11+00:00", "2030-01-01", "2026-11-26T00:00+01:00"])
def test_a_time_more_than_ten_minutes_ahead_is_refused_as_in_the_future(
    capsys: pytest.CaptureFixture[str], data_dir: Path, at: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "log", "--arousal", "5", "--at", at)
    assert code == 2
    assert "in the future" in one_line(err)
    assert not (data_dir / "journal.db").exists()


def test_a_time_a_few_minutes_ahead_is_taken_as_clocks_differ(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data_dir),
        "log",
        "--arousal",
        "5",
        "--at",
        "2026-11-25T13:09+01:00",
    )
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("at", "shown"),
    [("2026-11-25T10:00+23:59", "+23:59"), ("2026-11-25T10:00-13:00", "-13:00")],
)
def test_an_offset_no_place_uses_is_refused_for_that_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path, at: str, shown: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "log", "--arousal", "5", "--at", at)
    assert code == 2
    one_line(err)
    assert f"UTC offset {shown}" in err
    assert "-12:00 to +14:00" in err
    assert "ISO 8601" not in err
    assert "1900" not in err


def test_the_widest_offsets_in_use_are_taken(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    for at in ("2026-11-25T20:00+14:00", "2026-11-24T20:00-12:00"):
        code, _, err = run(capsys, "--data-dir", str(data_dir), "log", "--arousal", "5", "--at", at)
        assert (code, err) == (0, ""), at


# -- a data folder that can't be written -----------------------------------------------------


def _journal_with_entries(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    for arousal in ("4", "6"):
        code, _, err = run(
            capsys,
            "--data-dir",
            str(folder),
            "log",
            "--arousal",
            arousal,
            "--note",
            f"kept {arousal}",
            "--at",
            "2026-11-20T10:00+01:00",
        )
        assert (code, err) == (0, "")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def read_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A copy of a journal in a folder that can't be written. Tests may run as root, whom
    permissions don't stop, so the check says so, and opening the journal to write fails
    as it would on a read-only disk."""
    folder = tmp_path / "medium"
    _journal_with_entries(capsys, folder)
    monkeypatch.setattr(Services, "folder_writable", lambda self: False)

    def refused(*args: object, **kwargs: object) -> Journal:
        raise JournalError("could not open the journal: attempt to write a readonly database")

    monkeypatch.setattr(Journal, "open", refused)
    return folder


def test_export_works_from_a_folder_that_cannot_be_written(
    capsys: pytest.CaptureFixture[str], read_only: Path, tmp_path: Path
) -> None:
    before = _snapshot(read_only)
    code, out, err = run(capsys, "--data-dir", str(read_only), "export", "--format", "csv")
    assert (code, err) == (0, "")
    assert "kept 4" in out
    assert "kept 6" in out
    out_file = tmp_path / "taken-off.json"
    code, out, err = run(
        capsys,
        "--data-dir",
        str(read_only),
        "export",
        "--format",
        "json",
        "--out",
        str(out_file),
    )
    assert code == 0
    assert "Exported 2 check-ins" in err
    assert "kept 6" in out_file.read_text(encoding="utf-8")
    assert _snapshot(read_only) == before


def test_doctor_works_from_a_folder_that_cannot_be_written(
    capsys: pytest.CaptureFixture[str], read_only: Path
) -> None:
    before = _snapshot(read_only)
    code, out, err = run(capsys, "--data-dir", str(read_only), "doctor")
    assert (code, err) == (0, "")
    assert "integrity        ok" in out
    assert "check-ins        2" in out
    assert "can't be written" in out
    assert _snapshot(read_only) == before


def test_log_into_a_folder_that_cannot_be_written_fails_clearly(
    capsys: pytest.CaptureFixture[str], read_only: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", str(read_only), "log", "--arousal", "5")
    assert code == 1
    assert out == ""
    assert "can't be written" in one_line(err)


def test_the_read_only_open_changes_nothing_and_includes_the_write_ahead_log(
    tmp_path: Path,
) -> None:
    source = tmp_path / "live"
    source.mkdir()
    from regulate.core.entries import CheckIn, Moment
    from regulate.core.scales import Window

    at = Moment.from_datetime(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    copy = tmp_path / "medium"
    copy.mkdir()
    with Journal.open(source / "journal.db", backups=source / "backups") as journal:
        journal.add_checkin(CheckIn("in-the-file", at, Window(3, 7), arousal=5))
        journal._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        journal.add_checkin(CheckIn("in-the-wal", at, Window(3, 7), arousal=6))
        # Taken while it is open: the second entry is only in the write-ahead log.
        for name in ("journal.db", "journal.db-wal"):
            shutil.copyfile(source / name, copy / name)
    assert (copy / "journal.db-wal").stat().st_size > 0
    before = _snapshot(copy)
    with Journal.open_read_only(copy / "journal.db") as journal:
        assert {entry.uid for entry in journal.checkins()} == {"in-the-file", "in-the-wal"}
        with pytest.raises((JournalError, sqlite3.Error)):
            journal.add_checkin(CheckIn("refused", at, Window(3, 7), arousal=4))
    (copy / "journal.db-wal").unlink()
    before.pop("journal.db-wal")
    with Journal.open_read_only(copy / "journal.db") as journal:
        assert [entry.uid for entry in journal.checkins()] == ["in-the-file"]
        with pytest.raises((JournalError, sqlite3.Error)):
            journal.add_checkin(CheckIn("refused", at, Window(3, 7), arousal=4))
    assert _snapshot(copy) == before
    assert sorted(path.name for path in copy.iterdir()) == ["journal.db"]


def test_the_read_only_open_refuses_a_missing_or_damaged_journal(tmp_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal"):
        Journal.open_read_only(tmp_path / "journal.db")
    (tmp_path / "journal.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(JournalError):
        Journal.open_read_only(tmp_path / "journal.db")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["journal.db"]
