"""`regulate resonance FILE`: RR files in the shapes strap apps write, and plain refusals."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.core.rr_synth import recording
from regulate.services import ServiceError
from regulate.services.heart import parse_rr_text


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def beats() -> list[float]:
    return [round(v) for v in recording(11, 5.5).rr_ms]


def test_plain_lines_give_the_pace_and_two_sentences(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path, beats: list[float]
) -> None:
    path = tmp_path / "rr.txt"
    path.write_text("\n".join(f"{v:g}" for v in beats) + "\n")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "resonance", str(path))
    assert (code, err) == (0, "")
    assert "Your pace: 5.5 breaths a minute." in out
    for rate in ("6.5", "4.5"):
        assert any(line.startswith(rate) for line in out.splitlines())


def test_json_and_a_strap_app_csv_with_seconds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path, beats: list[float]
) -> None:
    path = tmp_path / "rr.csv"
    rows = [f"2026-01-01 10:00:{i % 60:02d};{v / 1000:.3f}" for i, v in enumerate(beats)]
    path.write_text("Phone timestamp;RR-interval [s]\n" + "\n".join(rows), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(data_dir), "resonance", str(path), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["chosen_rate"] == 5.5
    assert [s["rate"] for s in data["steps"]] == [6.5, 6.0, 5.5, 5.0, 4.5]


def test_other_rates_and_minutes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_dir: Path
) -> None:
    rec = recording(5, 6.0, rates=(7.0, 6.0, 5.0), minutes=3)
    path = tmp_path / "rr.txt"
    path.write_text("\n".join(f"{v:.1f}" for v in rec.rr_ms))
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "resonance", str(path),
        "--rates", "7,6,5", "--minutes", "3",
    )  # fmt: skip
    assert code == 0
    assert "Your pace: 6 breaths a minute." in out


def test_csv_headers_of_common_apps() -> None:
    assert parse_rr_text("timestamp,rr_ms\n1,800\n2,810\n") == [800.0, 810.0]
    assert parse_rr_text("time\tRR\n0\t800\n") == [800.0]
    assert parse_rr_text("RR\n800\n790\n") == [800.0, 790.0]
    assert parse_rr_text("# from a strap\n800\n\n790\n") == [800.0, 790.0]
    assert parse_rr_text("0.8\n0.79\n") == [800.0, 790.0]
    assert parse_rr_text("12,800\n13,790\n") == [800.0, 790.0]  # no header: the last number


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("time,heart rate\n1,60\n", "none is named"),
        ("800\nhello\n", "line 2"),
        ("800\n-5\n", "zero or less"),
    ],
)
def test_files_we_cannot_read_are_named_plainly(text: str, words: str) -> None:
    with pytest.raises(ServiceError, match=words):
        parse_rr_text(text)


@pytest.mark.parametrize(
    ("setup", "extra", "status", "words"),
    [
        ("missing", (), 1, "there is no file"),
        ("folder", (), 1, "is a folder"),
        ("binary", (), 1, "not a text file"),
        ("short", (), 1, "too few heartbeats"),
        ("good", ("--rates", "6,x"), 2, "--rates needs numbers"),
        ("good", ("--rates", "60"), 2, "between 2 and 15"),
        ("good", ("--minutes", "0"), 2, "--minutes"),
        ("good", ("--minutes", "3"), 1, "lasts 10.0 minutes"),
        ("good", ("--rest", "-1"), 2, "--rest"),
        ("good", ("--rest", "soon"), 2, "--rest"),
        ("good", ("--rest", "60"), 1, "with their rests"),
    ],
)
def test_refusals_are_one_line_and_an_exit_code(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    beats: list[float],
    setup: str,
    extra: tuple[str, ...],
    status: int,
    words: str,
) -> None:
    path = tmp_path / "rr.txt"
    if setup == "folder":
        path.mkdir()
    elif setup == "binary":
        path.write_bytes(bytes(range(256)))
    elif setup == "short":
        path.write_text("800\n800\n")
    elif setup == "good":
        path.write_text("\n".join(f"{v:g}" for v in beats))
    code, out, err = run(capsys, "--data-dir", str(data_dir), "resonance", str(path), *extra)
    assert code == status
    assert out == ""
    assert err.count("\n") == 1
    assert words in err
