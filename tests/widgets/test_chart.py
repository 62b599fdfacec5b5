"""The chart and "What helps me", on a small journal read the way the app reads it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.core.suggest import records
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.journal import Journal
from regulate.storage.series import Series
from regulate.ui.chart import DAY, ChartPage
from regulate.ui.theme import LIGHT

NOW = 1_800_000_000.0


def read_series(journal: Path, since: float | None = None) -> Series:
    """The journal at ``journal`` as columns, read the way the app reads it."""
    return Services(data_paths(journal.parent)).read_series(since)


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    entries = [
        CheckIn(
            f"c{n}",
            Moment(int(NOW - (30 - n) * DAY), 60),
            Window(3, 7) if n < 20 else Window(2, 8),
            arousal=n % 11,
            suds=None if n % 3 else 5,
            note=f"note {n}",
        )
        for n in range(30)
    ]
    sessions = [
        Session("s1", Moment(int(NOW - 3 * DAY)), ItemKind.PATTERN, "box", 120.0, 8, 4),
        Session("s2", Moment(int(NOW - 2 * DAY)), ItemKind.EXERCISE, "54321", 200.0, 7, 6),
    ]
    with Journal.open(path) as opened:
        opened.import_records(entries, sessions)
    return path


def page_for(qtbot: QtBot, journal: Path) -> ChartPage:
    series = read_series(journal)
    with Journal.open(journal) as opened:
        known = list(records(opened.sessions()).values())
    titles = {(ItemKind.PATTERN, "box"): "Box breathing"}
    page = ChartPage(series, known, titles, LIGHT, False, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_the_series_comes_back_sorted_in_one_read(journal: Path) -> None:
    series = read_series(journal)
    assert len(series.checkins.epoch) == 30
    assert series.checkins.epoch == sorted(series.checkins.epoch)
    assert series.sessions.item == ["box", "54321"]


def test_an_absent_journal_is_an_empty_chart(qtbot: QtBot, tmp_path: Path) -> None:
    page = page_for(qtbot, tmp_path / "none.db")
    assert page.view.empty.isVisible()


def test_the_window_band_has_corners_only_where_the_bounds_changed(
    qtbot: QtBot, journal: Path
) -> None:
    page = page_for(qtbot, journal)
    xs, low, high = page.view._band(
        read_series(journal).checkins.low, read_series(journal).checkins.high
    )
    assert len(xs) == 4  # start, the change (two corners), now
    assert list(low) == [2.5, 2.5, 1.5, 1.5]
    assert list(high) == [7.5, 7.5, 8.5, 8.5]


def test_ranges_show_the_last_week_month_or_everything(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    view_box = page.view.plot.getPlotItem().vb
    page.range_buttons["week"].click()
    left, right = view_box.viewRange()[0]
    assert right - left == pytest.approx(7 * DAY, rel=0.1)
    page.range_buttons["all"].click()
    left, right = view_box.viewRange()[0]
    assert left <= NOW - 29 * DAY
    assert right >= NOW


def test_mood_and_distress_are_toggles_and_skip_missing_values(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    assert not page.view.suds_line.isVisible()
    page.suds_box.setChecked(True)
    assert page.view.suds_line.isVisible()
    x, y = page.view.suds_line.getData()
    assert len(x) == 10  # only the check-ins that gave a distress rating
    assert np.isfinite(y).all()


def test_hovering_describes_an_entry_in_plain_words(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    text = page.view.describe(9)
    assert "Activation 9 (above your window, window 3 to 7)" in text
    assert "note 9" in text


def test_what_helps_me_lists_items_best_first(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    assert page.helps is None  # built only when opened
    page.tabs.setCurrentIndex(1)
    helps = page.show_helps()
    table = helps.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "Box breathing"
    assert table.item(0, 2).text().startswith("-4.0")
    assert "Check-ins within your window" in helps.months.text()


def test_the_chart_saves_as_a_picture(qtbot: QtBot, journal: Path, tmp_path: Path) -> None:
    page = page_for(qtbot, journal)
    target = tmp_path / "chart.png"
    page.view.save_picture(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
