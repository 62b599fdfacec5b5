"""PDFs are written safely: onto a full disk, `report` and `handout` exit 1 with one line and
the PDF that was there stays whole (the writer fills a temporary file, which is checked before
it replaces anything)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from regulate.cli import main

GOOD = b"%PDF-1.4\n% the summary from last week\n%%EOF\n"

pytestmark = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every PDF writer writes to /dev/full, where each write fails as on a full disk (the
    writer itself says nothing, as QPdfWriter doesn't)."""

    def writer(_path: str) -> QPdfWriter:
        return QPdfWriter("/dev/full")

    monkeypatch.setattr("regulate.ui.report.QPdfWriter", writer)


def _one_line_failure(capsys: pytest.CaptureFixture[str], code: int) -> str:
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.startswith("regulate: could not write ")
    assert captured.err.count("\n") == 1
    return captured.err


def _leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_a_report_onto_a_full_disk_exits_1_and_keeps_the_old_pdf(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], full_disk: None
) -> None:
    args = ["--data-dir", str(data_dir), "log", "--arousal", "6", "--at", "2026-11-02T09:00+01:00"]
    assert main(args) == 0
    capsys.readouterr()
    out = tmp_path / "summary.pdf"
    out.write_bytes(GOOD)
    code = main(["--data-dir", str(data_dir), "report", "--out", str(out)])
    assert "full" in _one_line_failure(capsys, code)
    assert out.read_bytes() == GOOD
    assert _leftovers(tmp_path) == []


def test_a_handout_onto_a_full_disk_exits_1_and_keeps_the_old_pdf(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], full_disk: None
) -> None:
    out = tmp_path / "handout.pdf"
    out.write_bytes(GOOD)
    code = main(["--data-dir", str(data_dir), "handout", "54321", "--out", str(out)])
    _one_line_failure(capsys, code)
    assert out.read_bytes() == GOOD
    assert _leftovers(tmp_path) == []


def test_a_report_where_the_disk_has_room_replaces_the_old_pdf(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    out.write_bytes(GOOD)
    assert main(["--data-dir", str(data_dir), "report", "--out", str(out)]) == 0
    written = out.read_bytes()
    assert written.startswith(b"%PDF-")
    assert b"%%EOF" in written[-1024:]
    assert written != GOOD
    assert _leftovers(tmp_path) == []
