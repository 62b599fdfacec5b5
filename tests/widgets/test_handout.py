"""Handouts: one page for every pattern and exercise, with its title in the text."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from regulate.cli import main


def ids(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    found = []
    for command in ("patterns", "exercises"):
        assert main(["--data-dir", str(data_dir), command, "--json"]) == 0
        found += [item["id"] for item in json.loads(capsys.readouterr().out)]
    return found


def test_every_pattern_and_exercise_has_a_one_page_handout_with_its_title(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdftotext = shutil.which("pdftotext")
    pdfinfo = shutil.which("pdfinfo")
    assert pdftotext is not None, "poppler-utils is needed (.ci/run installs it)"
    assert pdfinfo is not None
    titles = {}
    assert main(["--data-dir", str(data_dir), "patterns", "--json"]) == 0
    titles |= {p["id"]: p["name"] for p in json.loads(capsys.readouterr().out)}
    assert main(["--data-dir", str(data_dir), "exercises", "--json"]) == 0
    titles |= {e["id"]: e["title"] for e in json.loads(capsys.readouterr().out)}
    assert len(titles) == len(ids(data_dir, capsys))
    for item_id, title in titles.items():
        out = tmp_path / f"{item_id}.pdf"
        assert main(["--data-dir", str(data_dir), "handout", item_id, "--out", str(out)]) == 0
        text = subprocess.run(
            [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert title in text, item_id
        info = subprocess.run(
            [pdfinfo, str(out)], capture_output=True, text=True, check=True
        ).stdout
        pages = next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:"))
        assert pages == "1", item_id
    capsys.readouterr()


def test_an_unknown_id_lists_the_known_ones(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", str(data_dir), "handout", "nope", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "resonance" in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_the_4_7_8_handout_keeps_its_caution(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "478.pdf"
    assert main(["--data-dir", str(data_dir), "handout", "4-7-8", "--out", str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Take care" in text
    assert "not treatment" in text
