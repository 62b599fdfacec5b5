"""A journal of imported mood-only days (Daylio) beside one check-in of today: the PDF counts
and colours them all."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import Window
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.journal import Journal
from regulate.storage.series import Series
from regulate.ui.report import report_html

NOW = datetime(2026, 11, 30, 15, 0)


def _moment(when: datetime) -> Moment:
    local = when.astimezone()
    offset = local.utcoffset()
    assert offset is not None
    return Moment(int(local.timestamp()), int(offset.total_seconds() // 60))


def mood_history(path: Path) -> None:
    """158 mood-only days from 2 January to 8 June 2026 and one check-in with activation
    today (30 November)."""
    imported = [
        CheckIn(
            f"daylio-{n}",
            _moment(datetime(2026, 1, 2, 20) + timedelta(days=n)),
            Window(),
            mood=1 + n % 5,
            source=Source.DAYLIO,
        )
        for n in range(158)
    ]
    today = CheckIn("today", _moment(NOW), Window(3, 7), arousal=5, mood=4)
    with Journal.open(path) as opened:
        opened.import_records([*imported, today], [])


@pytest.fixture
def series(tmp_path: Path) -> Series:
    mood_history(tmp_path / "journal.db")
    since = datetime(2026, 1, 1).astimezone().timestamp()
    return Services(data_paths(tmp_path)).read_series(since)


def test_every_check_in_of_a_month_is_counted(series: Series) -> None:
    html = report_html(series, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "159 check-ins" in html
    assert "With an activation rating" in html
    assert "Mean mood (1 to 5)" in html
    # January: the 2nd to the 31st, 30 mood-only check-ins, none with activation.
    assert "<td>January 2026</td><td>30</td><td>0</td><td>0</td><td>0</td>" in html
    assert "<td>November 2026</td><td>1</td><td>0</td><td>1</td><td>0</td><td>4" in html
    assert "Check-ins counts every check-in of the month" in html


def test_the_calendar_is_coloured_by_mood_when_most_days_have_only_mood(
    qapp: object, series: Series
) -> None:
    from PySide6.QtGui import QColor, QImage

    from regulate.ui.calendar_picture import MOOD_SHADES, CalendarPicture
    from regulate.ui.report import calendar_pngs

    html = report_html(series, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "coloured by that day&#x27;s mood" in html
    assert "Check-ins on 159 days; mood on average" in html
    assert "without check-ins" in html
    assert "only a mood rating" not in html  # every day of the period has a mood

    start = datetime(2026, 1, 1).astimezone().timestamp()
    end = datetime(2027, 1, 1).astimezone().timestamp()
    image = QImage.fromData(calendar_pngs(series, start, end)[2026])
    scale = 3

    def colour_of(day: date) -> str:
        left = CalendarPicture.LEFT + (day.day - 1) * (CalendarPicture.CELL + CalendarPicture.GAP)
        top = CalendarPicture.TOP + (day.month - 1) * (CalendarPicture.CELL + CalendarPicture.GAP)
        return image.pixelColor(scale * (left + 3), scale * (top + 9)).name()

    assert colour_of(date(2026, 1, 2)) == QColor(MOOD_SHADES[0]).name()  # mood 1
    assert colour_of(date(2026, 1, 6)) == QColor(MOOD_SHADES[4]).name()  # mood 5
    assert colour_of(date(2026, 11, 30)) == QColor(MOOD_SHADES[3]).name()  # today's 4


def test_the_calendar_stays_by_window_when_most_days_have_activation(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    entries = [
        CheckIn(f"a{n}", _moment(datetime(2026, 5, n + 1, 12)), Window(3, 7), arousal=5)
        for n in range(3)
    ]
    entries.append(CheckIn("m", _moment(datetime(2026, 5, 10, 12)), Window(), mood=4))
    with Journal.open(path) as opened:
        opened.import_records(entries, [])
    series = Services(data_paths(tmp_path)).read_series(None)
    html = report_html(series, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "where most of that day&#x27;s check-ins sat" in html
    assert "So are days whose check-ins have only a mood rating." in html
    assert "<td>May 2026</td><td>4</td><td>0</td><td>3</td><td>0</td><td>4" in html


def test_no_mood_column_without_mood(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    entry = CheckIn("a", _moment(datetime(2026, 5, 1, 12)), Window(3, 7), arousal=5)
    with Journal.open(path) as opened:
        opened.import_records([entry], [])
    series = Services(data_paths(tmp_path)).read_series(None)
    html = report_html(series, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "Mean mood" not in html
    assert "With an activation rating" in html


def test_the_cli_report_counts_mood_only_months(tmp_path: Path) -> None:
    from regulate.cli import main

    data = tmp_path / "data"
    data.mkdir()
    mood_history(data / "journal.db")
    out = tmp_path / "r.pdf"
    args = ["--data-dir", str(data), "report", "--since", "2026-01-01"]
    assert main([*args, "--until", "2026-06-30", "--out", str(out)]) == 0
    from tests.widgets.test_report import _pdf_text

    text = " ".join(_pdf_text(out).split())
    assert "158 check-ins" in text
    assert re.search(r"January (2026 )?30 0 0 0 3\.0", text)  # "2026" may wrap below
    assert "Squares left white are days without check-ins." in text
    assert "coloured by that day's mood" in text


def test_the_window_in_force_comes_only_from_check_ins_that_placed_a_marker(
    tmp_path: Path,
) -> None:
    """Mood-only entries carry the default window they were given on import: a period with
    nothing else says no window at all, rather than one the person never used."""
    path = tmp_path / "journal.db"
    mood_history(path)
    services = Services(data_paths(tmp_path))
    only_mood = services.read_series(
        datetime(2026, 1, 1).astimezone().timestamp(), datetime(2026, 7, 1).astimezone().timestamp()
    )
    html = report_html(only_mood, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "My window over this period" not in html
    everything = services.read_series()
    html = report_html(everything, {}, include_notes=False, now=NOW.astimezone().timestamp())
    assert "My window over this period" in html
