"""Opening an unchanged journal again the same day skips PRAGMA quick_check; any change to
the file or its write-ahead log, or a day passing, makes it check again."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from regulate.storage import journal as journal_module
from regulate.storage.journal import CHECKED_SUFFIX, Journal


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = Journal._quick_check

    def counted(self: Journal) -> str | None:
        calls.append(1)
        return real(self)

    monkeypatch.setattr(Journal, "_quick_check", counted)
    return calls


def _open_close(path: Path) -> None:
    Journal.open(path, path.parent / "backups").close()


def test_an_unchanged_journal_is_checked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.db"
    _open_close(path)  # created and migrated: the file changes after its check
    calls = _count_checks(monkeypatch)
    _open_close(path)
    _open_close(path)
    _open_close(path)
    assert len(calls) == 1
    assert (tmp_path / f"journal.db{CHECKED_SUFFIX}").stat().st_mode & 0o777 == 0o600


def test_a_changed_file_is_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.db"
    _open_close(path)
    _open_close(path)
    calls = _count_checks(monkeypatch)
    _open_close(path)
    assert calls == []
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))  # touched by anyone
    _open_close(path)
    assert len(calls) == 1


def test_a_day_later_it_is_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "journal.db"
    _open_close(path)
    _open_close(path)
    note = tmp_path / f"journal.db{CHECKED_SUFFIX}"
    noted = json.loads(note.read_text())
    noted["at"] -= journal_module.CHECKED_FOR_SECONDS + 1
    note.write_text(json.dumps(noted))
    calls = _count_checks(monkeypatch)
    _open_close(path)
    assert len(calls) == 1


@pytest.mark.parametrize("text", ["", "{", '{"stamp": 3, "at": "x"}', "[]", '{"at": 1}'])
def test_a_damaged_note_means_checking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = tmp_path / "journal.db"
    _open_close(path)
    _open_close(path)
    (tmp_path / f"journal.db{CHECKED_SUFFIX}").write_text(text)
    calls = _count_checks(monkeypatch)
    _open_close(path)
    assert len(calls) == 1


def test_damage_after_a_passed_check_is_still_found(tmp_path: Path) -> None:
    """The check is skipped only for the very same bytes: damage changes the file's time."""
    from regulate.core.entries import CheckIn, Moment, Window

    path = tmp_path / "journal.db"
    with Journal.open(path, tmp_path / "backups") as journal:
        for n in range(200):
            at = Moment(1_780_000_000 + n * 3600, 60)
            journal.add_checkin(
                CheckIn(uid=f"c{n}", at=at, window=Window(3, 7), arousal=n % 11, note="x" * 200)
            )
    _open_close(path)
    data = bytearray(path.read_bytes())
    for at in range(4096 * 2, len(data), 997):
        data[at] ^= 0xFF
    path.write_bytes(bytes(data))
    with Journal.open(path, tmp_path / "backups") as journal:
        assert journal.recovery is not None
