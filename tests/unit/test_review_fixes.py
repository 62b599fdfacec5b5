"""Guards for problems a review found: nothing a person wrote may be lost or misread."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.paths import data_paths, ensure_private_dir
from regulate.services import ServiceError, Services
from regulate.storage.settings import Settings


def test_an_export_can_never_overwrite_the_journal(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "5"]) == 0
    journal = data_dir / "journal.db"
    before = journal.read_bytes()
    code = main(["--data-dir", str(data_dir), "export", "--format", "json", "--out", str(journal)])
    assert code == 2
    assert "inside Regulate's data folder" in capsys.readouterr().err
    assert journal.read_bytes() == before
    code = main(["--data-dir", str(data_dir), "report", "--out", str(data_dir / "settings.json")])
    assert code == 2


def test_a_journal_that_cannot_be_read_is_an_error_not_an_empty_chart(data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "5"]) == 0
    con = sqlite3.connect(data_dir / "journal.db")
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(ServiceError, match="newer version"):
        Services(data_paths(data_dir)).read_series()


def test_a_damaged_settings_file_is_kept_aside_and_log_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_paths(data_dir).ensure()
    damaged = '{"window_low": 2, "window_high": 8,'
    (data_dir / "settings.json").write_text(damaged)
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "8"]) == 0
    assert "damaged" in capsys.readouterr().err
    settings = Settings.load(data_dir / "settings.json")
    settings.update(sound=True)
    settings.save()
    kept = list(data_dir.glob("settings.json.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == damaged
    assert json.loads((data_dir / "settings.json").read_text()) == {"sound": True}


def test_an_existing_folder_is_never_tightened(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    fresh = tmp_path / "fresh" / "data"
    ensure_private_dir(fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["log", "--arousal", "5", "--at", "9000-01-01T00:00"], "1900 to 2200"),
        (["report", "--out", "r.pdf", "--since", "0001-01-01"], "1900 to 2200"),
    ],
)
def test_times_outside_the_kept_years_are_explained(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert main(["--data-dir", str(data_dir), *args]) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "_moment" not in err
    assert "_date" not in err
