"""The chart opens on the journal's latest weeks and reads the rest off the GUI thread: the
first view's words and marks are those of the whole journal, and what needs more waits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.journal import Journal
from regulate.storage.series import LATEST_SECONDS, Series
from regulate.ui.chart import DAY, ChartPage
from regulate.ui.theme import LIGHT

NOW = 1_790_000_000.0  # 21 September 2026: the year began long before the part read
DAYS = 200


@pytest.fixture
def services(data_dir: Path) -> Services:
    """Two hundred days, two check-ins a day (activation, mood on even days, distress on
    every third), written in two time zones, with the window changing once; sessions."""
    entries = [
        CheckIn(
            f"c{n}",
            Moment(int(NOW - (DAYS - n // 2) * DAY + (n % 2) * 9 * 3600), 60 if n % 4 else -300),
            Window(3, 7) if n < DAYS else Window(2, 8),
            arousal=n % 11,
            mood=None if n % 2 else 1 + n % 5,
            suds=None if n % 3 else 5,
        )
        for n in range(2 * DAYS)
    ]
    sessions = [
        Session(f"s{n}", Moment(int(NOW - n * 7 * DAY)), ItemKind.PATTERN, "box", 120.0, 8, 4)
        for n in range(20)
    ]
    paths = data_paths(data_dir)
    paths.ensure()
    with Journal.open(paths.journal) as opened:
        opened.import_records(entries, sessions)
    return Services(paths)


def page_for(
    qtbot: QtBot, series: Series, read_rest: Callable[[], Series] | None = None
) -> ChartPage:
    page = ChartPage(series, {}, LIGHT, False, now=lambda: NOW, read_rest=read_rest)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def test_the_latest_part_is_read_with_what_the_whole_holds(services: Services) -> None:
    part = services.read_latest_series()
    whole = services.read_series()
    assert part.whole is not None
    last = max(whole.checkins.epoch[-1], whole.sessions.epoch[-1])
    assert part.whole.read_from == last - LATEST_SECONDS
    assert part.whole.first == min(whole.checkins.epoch[0], whole.sessions.epoch[0])
    assert (part.whole.arousal, part.whole.mood, part.whole.suds, part.whole.sessions) == (
        True,
        True,
        True,
        True,
    )
    assert min(part.checkins.epoch) >= part.whole.read_from
    assert part.checkins.epoch == [t for t in whole.checkins.epoch if t >= part.whole.read_from]
    assert whole.whole is None


def test_a_short_journal_is_read_whole_at_once(qtbot: QtBot, data_dir: Path) -> None:
    paths = data_paths(data_dir)
    paths.ensure()
    with Journal.open(paths.journal) as opened:
        days = [
            CheckIn(f"c{n}", Moment(int(NOW - n * DAY)), Window(3, 7), arousal=5) for n in range(9)
        ]
        opened.import_records(days, [])
    services = Services(paths)
    assert services.read_latest_series() == services.read_series()


def test_the_first_view_says_and_draws_what_the_whole_journal_does(
    qtbot: QtBot, services: Services
) -> None:
    full = page_for(qtbot, services.read_series())
    first = page_for(qtbot, services.read_latest_series())
    assert first.view.key == full.view.key == "month"
    assert (first.view.start, first.view.end) == (full.view.start, full.view.end)
    assert first.summary.text() == full.summary.text()
    assert first.legend.accessibleName() == full.legend.accessibleName()
    assert first.suds_box.isEnabled()
    assert first.mood_box.isChecked()
    assert len(first.view.panels) == len(full.view.panels) == 2
    for a, b in (
        (first.view.arousal_points, full.view.arousal_points),
        (first.view.arousal_range, full.view.arousal_range),
        (first.view.mood_points, full.view.mood_points),
        (first.view.sessions, full.view.sessions),
    ):
        (xa, ya), (xb, yb) = a.getData(), b.getData()
        assert len(xa) > 0
        assert np.array_equal(xa, xb)
        assert np.array_equal(ya, yb)
    first.table_box.setChecked(True)
    full.table_box.setChecked(True)
    rows = first.table.days.rowCount()
    assert rows == full.table.days.rowCount() > 10
    for row in range(rows):
        for column in range(6):
            assert first.table.days.text(row, column) == full.table.days.text(row, column)


def test_what_needs_earlier_days_waits_quietly_until_they_are_read(
    qtbot: QtBot, services: Services
) -> None:
    page = page_for(qtbot, services.read_latest_series())
    assert page.status.text() == "Still reading your earlier days…"
    assert not page.range_buttons["year"].isEnabled()
    assert not page.range_buttons["all"].isEnabled()
    assert page.range_buttons["week"].isEnabled()
    assert not page.earlier.isEnabled()
    assert [page.tabs.isTabEnabled(i) for i in range(page.tabs.count())] == [
        True,
        False,
        False,
        False,
    ]
    page.show_range("all")  # even asked directly: no view with days missing
    assert page.view.key == "month"
    page.view.setFocus()
    for _ in range(80):  # the day cursor stops at the last day read
        qtbot.keyClick(page.view, Qt.Key.Key_Left)
    assert page.view.start <= page.view.days.x[page.view.cursor_day] < page.view.end

    chosen = page.view.days.number[page.view.cursor_day]
    page.complete(services.read_series())
    assert page.status.text() == ""
    assert page.range_buttons["all"].isEnabled()
    assert page.earlier.isEnabled()
    assert all(page.tabs.isTabEnabled(i) for i in range(page.tabs.count()))
    assert page.view.days.number[page.view.cursor_day] == chosen  # the same day stays chosen
    page.range_buttons["all"].click()
    assert f"{2 * DAYS} check-ins" in page.summary.text()
    page.tabs.setCurrentIndex(1)
    assert page.helps is not None
    assert page.helps.items[0].times == 20  # every session, not only the latest weeks'
    page.tabs.setCurrentIndex(2)
    assert page.year is not None


def test_the_rest_is_read_off_the_gui_thread_once_drawn(qtbot: QtBot, services: Services) -> None:
    page = page_for(qtbot, services.read_latest_series(), read_rest=services.read_series)
    qtbot.waitUntil(lambda: page.view.part is None, timeout=10_000)
    assert len(page.view.times) == 2 * DAYS
    assert page.range_buttons["all"].isEnabled()
    assert page.status.text() == ""
