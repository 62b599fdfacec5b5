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


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_report_covers_exactly_the_period_with_shares_apart(
    data_dir: Path, tmp_path: Path
) -> None:
    """The acceptance run: --since/--until, read back with pdftotext."""
    from datetime import datetime

    from regulate.core.entries import CheckIn, ItemKind, Moment, Session
    from regulate.core.scales import Window
    from regulate.storage.journal import Journal

    def at(text: str) -> Moment:
        return Moment(int(datetime.fromisoformat(text).timestamp()), 60)

    days = ["2025-12-20", "2026-02-03", "2026-02-04", "2026-02-05", "2026-02-06", "2026-02-07"]
    levels = [5, 1, 5, 5, 9, 10]
    entries = [
        CheckIn(f"c{n}", at(f"{day}T09:00:00+01:00"), Window(3, 7), arousal=level)
        for n, (day, level) in enumerate(zip(days, levels, strict=True))
    ]
    entries.append(CheckIn("late", at("2026-07-02T09:00:00+01:00"), Window(3, 7), arousal=5))
    sessions = [
        Session(
            f"s{n}", at(f"2026-03-0{n + 1}T10:00:00+01:00"), ItemKind.PATTERN, "box", 60.0, b, a
        )
        for n, (b, a) in enumerate(((8, 4), (7, 4), (6, 4)))
    ]
    data_dir.mkdir(parents=True, exist_ok=True)
    with Journal.open(data_dir / "journal.db") as opened:
        opened.import_records(entries, sessions)
    base = ["--data-dir", str(data_dir)]
    out = tmp_path / "r.pdf"
    period = ["--since", "2026-01-01", "--until", "2026-06-30"]
    assert main([*base, "report", *period, "--out", str(out)]) == 0
    text = " ".join(_pdf_text(out).split())
    assert "Period: 1 January 2026 to 30 June 2026" in text
    assert "5 check-ins" in text
    assert "20 % were below my window, 40 % within it and 40 % above it" in text
    assert "Severe check-ins (activation 0 or 10, or distress 8 or more): 1." in text
    assert "3 to 7, from 1 January 2026" in text
    for month in ("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"):
        assert month in text
    assert "2025-12" not in text
    assert "2026-07" not in text
    # Box breathing: 3 times, all rated; before 7.0, after 4.0, change -3.0 with an interval.
    assert "3 3 7.0 4.0 -3.0 (" in text


def test_before_after_interval_shrinks_with_more_sessions() -> None:
    from regulate.core.insights import before_after

    def width(n: int) -> float:
        befores = [8, 6] * n
        afters = [4, 5] * n
        record = before_after(
            ["pattern"] * 2 * n, ["x"] * 2 * n, [0.0] * 2 * n, [0] * 2 * n, befores, afters
        )[0]
        assert record.low is not None
        assert record.high is not None
        return record.high - record.low

    assert width(10) < width(3) < width(1)


def test_the_app_offers_periods_that_start_at_local_midnight() -> None:
    from datetime import datetime

    from regulate.ui.report import PERIOD_KEYS, period_names, period_start

    now = datetime(2026, 11, 30, 15, 0).astimezone().timestamp()
    assert set(period_names()) == set(PERIOD_KEYS)
    assert period_start("all", now) is None
    year = period_start("year", now)
    assert year == datetime(2026, 1, 1).astimezone().timestamp()
    month = period_start("month", now)
    assert month is not None
    assert datetime.fromtimestamp(month).hour == 0
    assert datetime.fromtimestamp(month).date().isoformat() == "2026-10-31"
