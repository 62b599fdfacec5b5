"""Delete all my data, and the local error log that never holds what was written."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from regulate import cli
from regulate.paths import data_paths
from regulate.storage.errorlog import MAX_BYTES, record, record_exception
from regulate.storage.wipe import delete_everything


def test_delete_everything_removes_all_of_regulates_files_and_only_them(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--data-dir", str(data_dir), "log", "--arousal", "5", "--note", "x"]) == 0
    paths = data_paths(data_dir)
    (paths.exercises).mkdir()
    (paths.exercises / "mine.toml").write_text("id = 'x'")
    (paths.backups).mkdir(exist_ok=True)
    (paths.backups / "journal-20260101.db").write_bytes(b"x")
    paths.settings.write_text("{}")
    paths.safety_plan.write_text("{}")
    elsewhere = tmp_path / "my-export.json"
    elsewhere.write_text("kept")
    removed = delete_everything(paths)
    assert paths.journal in removed
    assert paths.backups in removed
    assert paths.exercises in removed
    assert paths.safety_plan in removed
    assert not data_dir.exists()
    assert elsewhere.read_text() == "kept"


def test_a_folder_with_someone_elses_files_is_left_in_place(data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    paths.settings.write_text("{}")
    (data_dir / "not-ours.txt").write_text("keep")
    delete_everything(paths)
    assert (data_dir / "not-ours.txt").read_text() == "keep"
    assert not paths.settings.exists()


def test_the_log_names_the_kind_and_place_never_the_message(tmp_path: Path) -> None:
    try:
        raise ValueError("my secret note about my mother")
    except ValueError as exc:
        record_exception(tmp_path, exc)
    text = (tmp_path / "regulate.log").read_text()
    assert "ValueError" in text
    assert "secret" not in text
    assert stat.S_IMODE((tmp_path / "regulate.log").stat().st_mode) == 0o600


def test_the_log_stays_small(tmp_path: Path) -> None:
    for _ in range(MAX_BYTES // 40 * 4):
        record(tmp_path, "KeyError", "somewhere.py:1 in f")
    sizes = [p.stat().st_size for p in tmp_path.iterdir()]
    assert len(sizes) <= 3
    assert max(sizes) <= MAX_BYTES + 200


def test_a_bug_in_a_command_is_logged_without_the_note(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object, paths: object) -> int:
        raise RuntimeError("the note says: I feel awful")

    monkeypatch.setitem(cli.COMMANDS, "log", broken)
    code = cli.main(["--data-dir", str(data_dir), "log", "--arousal", "5", "--note", "awful"])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err
    log = (data_dir / "logs" / "regulate.log").read_text()
    assert "RuntimeError" in log
    assert "awful" not in log
