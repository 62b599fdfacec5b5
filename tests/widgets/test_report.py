"""The PDF summary: written whole, private, notes only when asked for, no display needed."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.series import Series
from regulate.ui.report import report_html


def read_series(journal: Path, since: float | None = None) -> Series:
    """The journal at ``journal`` as columns, read the way the app reads it."""
    return Services(data_paths(journal.parent)).read_series(since)


def log(data_dir: Path, arousal: int, note: str, at: str) -> None:
    args = ["--data-dir", str(data_dir), "log", "--arousal", str(arousal), "--note", note]
    assert main([*args, "--at", at]) == 0


@pytest.fixture
def journal(data_dir: Path) -> Path:
    log(data_dir, 8, "private words", "2026-10-02T09:00:00+01:00")
    log(data_dir, 5, "later words", "2026-11-02T09:00:00+01:00")
    return data_dir


def test_report_writes_a_private_pdf(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    assert main(["--data-dir", str(journal), "report", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "without your notes" in capsys.readouterr().out
    assert not list(tmp_path.glob(".report-*"))  # no temporary file left behind


def test_notes_are_left_out_unless_asked_for(journal: Path) -> None:
    series = read_series(journal / "journal.db")
    assert "private words" not in report_html(series, {}, include_notes=False)
    assert "private words" in report_html(series, {}, include_notes=True)


def test_since_leaves_out_earlier_entries(journal: Path) -> None:
    from datetime import datetime

    since = datetime(2026, 11, 1).astimezone().timestamp()
    series = read_series(journal / "journal.db", since)
    assert len(series.checkins.epoch) == 1
    assert "50 %" not in report_html(series, {}, include_notes=False)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--since", "yesterday"], 2),
        (["--since", "2026-13-01"], 2),
    ],
)
def test_bad_report_input_is_one_line(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int
) -> None:
    out = tmp_path / "r.pdf"
    assert main(["--data-dir", str(journal), "report", "--out", str(out), *args]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert not out.exists()


def test_a_report_into_a_missing_folder_fails_plainly(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "r.pdf"
    assert main(["--data-dir", str(journal), "report", "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err
