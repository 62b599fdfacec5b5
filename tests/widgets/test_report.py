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
    assert "50\u00a0%" not in report_html(series, {}, include_notes=False)


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


def _pdf_images(path: Path) -> list[tuple[int, int]]:
    """The width and height of each picture in the PDF, in order (``pdfimages -list``)."""
    import subprocess

    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    return [(int(row[3]), int(row[4])) for row in rows if row[2] == "image"]


def period_journal(data_dir: Path) -> None:
    """Five check-ins in February 2026 (activation 1, 5, 5, 9, 10), one each in December 2025
    and July 2026 outside the report's period, and three rated box-breathing sessions."""
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


def test_a_report_covers_exactly_the_period_with_shares_apart(
    data_dir: Path, tmp_path: Path
) -> None:
    """The acceptance run: --since/--until, read back with pdftotext."""
    period_journal(data_dir)
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
    for month in ("January", "February", "March", "April", "May", "June"):
        assert f"{month} 2026" in text
    assert "December 2025" not in text
    assert "July 2026" not in text
    # Box breathing: 3 times, all rated; before 7.0, after 4.0, change -3.0 with an interval.
    assert "3 3 7.0 4.0 -3.0 (" in text
    # The chart and the calendar of the period as pictures, each said in words.
    _chart, calendar = _pdf_images(out)
    assert calendar[0] > 3 * calendar[1]  # the months of one year: wide rows of days
    assert "The chart shows 1 January 2026 to 30 June 2026, day by day." in text
    assert "My days from 1 January 2026 to 30 June 2026, one square a day" in text
    assert "Squares left white are days without check-ins." in text
    assert "left blank" not in text  # whole months: no day of them is outside the period
    # Only February's five days count: not December's nor July's check-in.
    assert "Check-ins on 5 days: mostly within my window on 2, above it on 2, below it on 1." in (
        text
    )


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


def test_a_period_across_new_year_has_a_calendar_for_each_year(
    data_dir: Path, tmp_path: Path
) -> None:
    period_journal(data_dir)
    out = tmp_path / "r.pdf"
    period = ["--since", "2025-12-15", "--until", "2026-02-04"]
    assert main(["--data-dir", str(data_dir), "report", *period, "--out", str(out)]) == 0
    pictures = _pdf_images(out)
    assert len(pictures) == 3  # the chart, December 2025, January and February 2026
    assert pictures[1][1] < pictures[2][1]  # one month's row, then two (and the key)
    text = " ".join(_pdf_text(out).split())
    assert "Check-ins on 3 days: mostly within my window on 2, above it on 0, below it on 1." in (
        text
    )
    assert "Days outside this period are left blank." in text


def test_the_calendar_colours_only_the_days_of_the_period(qapp: object, journal: Path) -> None:
    """Even with entries on either side in the series, days outside the period stay blank."""
    from datetime import date, datetime

    from PySide6.QtGui import QColor, QImage

    from regulate.ui.calendar_picture import CalendarPicture
    from regulate.ui.chart import LINE_COLOURS
    from regulate.ui.report import PRINTED_EMPTY, calendar_pngs

    series = read_series(journal / "journal.db")  # 2 October and 2 November 2026
    start = datetime(2026, 11, 1).astimezone().timestamp()
    end = datetime(2026, 11, 3).astimezone().timestamp()  # 1 and 2 November
    pictures = calendar_pngs(series, start, end)
    assert list(pictures) == [2026]
    image = QImage.fromData(pictures[2026])
    scale = 3

    def colour_of(day: date) -> str:
        left = CalendarPicture.LEFT + (day.day - 1) * (CalendarPicture.CELL + CalendarPicture.GAP)
        top = CalendarPicture.TOP  # November is the only row
        return image.pixelColor(scale * (left + 3), scale * (top + 9)).name()

    assert colour_of(date(2026, 11, 2)) == QColor(LINE_COLOURS[False]["band"]).name()  # 5: within
    assert colour_of(date(2026, 11, 1)) == "#ffffff"  # in the period without check-ins: white
    assert colour_of(date(2026, 11, 3)) == "#ffffff"  # after the period: blank too...
    edge = CalendarPicture.TOP * scale  # ...but only a day of the period has an outline

    def outline(day: date) -> str:
        left = CalendarPicture.LEFT + (day.day - 1) * (CalendarPicture.CELL + CalendarPicture.GAP)
        return image.pixelColor(scale * (left + 9), edge + 1).name()

    assert outline(date(2026, 11, 1)) == PRINTED_EMPTY.name()
    assert outline(date(2026, 11, 3)) == "#ffffff"


def test_a_mood_only_report_colours_its_calendar_by_mood(qapp: object, tmp_path: Path) -> None:
    from datetime import datetime

    from regulate.core.entries import CheckIn, Moment
    from regulate.core.scales import Window
    from regulate.storage.journal import Journal

    path = tmp_path / "journal.db"
    entries = [
        CheckIn(
            f"m{n}", Moment(int(datetime(2026, 5, n + 1, 12).timestamp()), 0), Window(3, 7), mood=4
        )
        for n in range(3)
    ]
    with Journal.open(path) as opened:
        opened.import_records(entries, [])
    html = report_html(read_series(path), {}, include_notes=False)
    assert "coloured by that day&#x27;s mood" in html
    assert "Check-ins on 3 days; mood on average good." in html


def test_the_report_is_written_away_from_the_gui_thread(
    qtbot: object, data_dir: Path, tmp_path: Path
) -> None:
    """As the app does: the chart drawn first, then the PDF (with its calendar) on the pool."""
    from regulate.ui.report import chart_png, write_report
    from regulate.ui.worker import in_background, wait_for_background

    period_journal(data_dir)
    series = read_series(data_dir / "journal.db")
    chart = chart_png(series)
    out = tmp_path / "r.pdf"
    failures: list[BaseException] = []
    in_background(
        lambda: write_report(series, {}, out, False, chart), lambda _: None, failures.append
    )
    assert wait_for_background()
    assert not failures
    assert len(_pdf_images(out)) == 3  # the chart, 2025 and 2026


def test_the_command_line_report_speaks_the_language_chosen_in_settings(
    data_dir: Path, tmp_path: Path
) -> None:
    """Settings say German: `regulate report` writes German words and German dates, as the
    app's own PDF does, whatever the shell's locale."""
    import json

    from PySide6.QtWidgets import QApplication

    from regulate.ui.i18n import install_translators

    period_journal(data_dir)
    (data_dir / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    out = tmp_path / "r.pdf"
    base = ["--data-dir", str(data_dir)]
    try:
        assert (
            main(
                [
                    *base,
                    "report",
                    "--since",
                    "2026-01-01",
                    "--until",
                    "2026-06-30",
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, "en")
    text = " ".join(_pdf_text(out).split())
    assert "Zeitraum: 1. Januar 2026 bis 30. Juni 2026" in text
    assert "Februar 2026" in text
