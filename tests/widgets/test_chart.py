"""The chart and "What helps me", on a small journal read the way the app reads it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
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
    titles = {(ItemKind.PATTERN, "box"): "Box breathing"}
    page = ChartPage(series, titles, LIGHT, False, now=lambda: NOW)
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


def test_ranges_show_a_calendar_week_month_or_everything(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    view_box = page.view.top.vb
    page.range_buttons["week"].click()
    left, right = view_box.viewRange()[0]
    assert right - left == pytest.approx(7 * DAY, rel=0.05)
    assert left <= NOW - DAY < right  # the week holding the latest check-in
    page.range_buttons["all"].click()
    left, right = view_box.viewRange()[0]
    assert left <= NOW - 29 * DAY
    assert right >= NOW - DAY


def test_zooming_in_with_the_mouse_stops_at_a_day(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    view_box = page.view.top.vb
    page.range_buttons["week"].click()
    for _ in range(12):  # as a right-drag or the wheel would, ever closer
        view_box.scaleBy(x=0.25)
    left, right = view_box.viewRange()[0]
    assert right - left >= DAY * 0.999


def test_earlier_and_later_turn_the_page(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    page.range_buttons["week"].click()
    first = (page.view.start, page.view.end)
    assert not page.later.isEnabled()
    assert page.earlier.isEnabled()
    page.earlier.click()
    assert page.view.end == pytest.approx(first[0], abs=3600)
    assert page.view.start < first[0]
    page.later.click()
    assert (page.view.start, page.view.end) == pytest.approx(first, abs=3600)


def test_mood_and_distress_are_toggles_and_skip_missing_values(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    assert not page.view.suds_points.isVisible()
    page.suds_box.setChecked(True)
    assert page.view.suds_points.isVisible()
    x, y = page.view.suds_points.getData()
    assert len(x) == 10  # only the days that gave a distress rating
    assert np.isfinite(y).all()
    assert not page.mood_box.isChecked()  # no mood in this journal: no mood panel
    assert page.view.panels == [page.view.top]


DAYLIO_MOOD_ONLY = "full_date,date,weekday,time,mood,activities,note\n" + "".join(
    f"2026-10-{day:02d},October {day},Friday,{hour}:05,{mood},,\n"
    for day in range(1, 21)
    for hour, mood in ((9, "meh"), (20, "good"))
)


def test_imported_mood_only_history_is_visible_at_once(qtbot: QtBot, data_dir: Path) -> None:
    services = Services(data_paths(data_dir))
    source = data_dir.parent / "daylio.csv"
    source.write_text(DAYLIO_MOOD_ONLY, encoding="utf-8")
    assert services.import_file(source).counts.checkins_added == 40
    series = services.read_series()
    page = ChartPage(series, {}, LIGHT, False, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    view = page.view
    assert view.panels == [view.mood_panel]  # mood in its own panel, shown by default
    assert page.mood_box.isChecked()
    x, y = view.mood_points.getData()
    left, right = view.mood_panel.vb.viewRange()[0]
    drawn = int(((x >= left) & (x <= right)).sum())
    assert drawn == 20  # one point a day, in the default view
    assert set(y) == {3.5}  # meh (3) and good (4) the same day: the mean
    assert "mood on average" in page.summary.text()


def test_every_view_has_words_and_a_table(qtbot: QtBot, journal: Path) -> None:
    page = page_for(qtbot, journal)
    for key in ("week", "month", "year", "all"):
        page.range_buttons[key].click()
        text = page.view.plot.accessibleDescription()
        assert text == page.summary.text()
        assert "check-ins" in text
        assert "within your window" in text
    page.range_buttons["all"].click()
    assert page.summary.text().count("30 check-ins") == 1
    assert "distress fell after 2 of 2 rated sessions" in page.summary.text()
    page.table_box.setChecked(True)
    assert page.table.isVisible()
    assert not page.view.isVisible()
    days = page.table.days
    assert days.rowCount() == 30
    assert days.data(days.index(29, 1)) == "1"
    assert days.data(days.index(29, 2)) == "7"  # the last check-in: n = 29, 29 % 11
    assert "within" in days.data(days.index(29, 3))


def test_the_table_is_built_when_first_wanted_and_then_follows_the_view(
    qtbot: QtBot, journal: Path
) -> None:
    page = page_for(qtbot, journal)
    assert page._table is None  # the chart opens without it
    page.range_buttons["week"].click()
    page.table_box.setChecked(True)
    table = page._table
    assert table is not None
    assert table.isVisible()
    assert 0 < table.days.rowCount() <= 7  # this calendar week's days
    assert page.focus_order().index(table) == page.focus_order().index(page.view) + 1
    page.range_buttons["all"].click()  # the table shows the new period at once
    assert table.days.rowCount() == 30
    page.table_box.setChecked(False)
    assert page.view.isVisible()
    assert not table.isVisible()
    assert page.table is table  # built once


def test_arrow_keys_move_a_day_cursor_with_details(qtbot: QtBot, journal: Path) -> None:
    from PySide6.QtCore import Qt

    page = page_for(qtbot, journal)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    last = page.view.cursor_day
    assert last == len(page.view.days) - 1
    assert "activation 7" in page.view.details.text()
    qtbot.keyClick(page.view, Qt.Key.Key_Left)
    assert page.view.cursor_day == last - 1
    assert "activation 6" in page.view.details.text()
    assert "arrows" in page.view.accessibleDescription()  # the keys, not the day again


def test_month_and_year_labels_follow_the_calendar(qtbot: QtBot, journal: Path) -> None:
    from datetime import datetime

    from regulate.ui.chart import DateAxis

    axis = DateAxis()
    start = datetime(2026, 1, 1).timestamp()
    end = datetime(2026, 12, 31).timestamp()
    ticks = axis.tickValues(start, end, 1200)[0][1]
    labels = axis.tickStrings(ticks, 1, 1)
    assert labels[0].startswith("Jan")  # never the year where January belongs
    assert "2026" in labels[0]
    assert labels[1] == "Feb"


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
    assert table.item(0, 0).text() in ("Box breathing", "54321")
    changes = {table.item(row, 0).text(): table.item(row, 2).text() for row in range(2)}
    assert changes["Box breathing"].startswith("-4.0 (one rated session")
    assert "below your window" in helps.months.text()
    assert "not enough rated sessions" in helps.sentence.text()


def test_what_helps_me_is_sorted_by_evidence_with_a_plain_sentence(qtbot: QtBot) -> None:
    from regulate.storage.series import empty_series
    from regulate.ui.chart import HelpsTable

    base = empty_series()
    sessions = base.sessions
    rows = [("box", 8, 5)] * 6 + [("sigh", 9, 1)]  # six steady drops of 3; one drop of 8
    for n, (item, before, after) in enumerate(rows):
        sessions.epoch.append(NOW - (10 - n) * DAY)
        sessions.offset.append(60)
        sessions.kind.append("pattern")
        sessions.item.append(item)
        sessions.seconds.append(60.0)
        sessions.suds_before.append(before + (n % 2))
        sessions.suds_after.append(after + (n % 2))
    helps = HelpsTable({(ItemKind.PATTERN, "box"): "Box breathing"}, base)
    qtbot.addWidget(helps)
    table = helps.table
    assert table.item(0, 0).text() == "Box breathing"  # six sessions before one big one
    assert table.item(0, 1).text() == "6"
    assert table.item(0, 2).text().startswith("-3.0 (-3.0 to -3.0), 6 rated")
    assert table.item(0, 4).text() == "8.5"  # the usual starting level
    assert table.item(1, 2).text().startswith("-8.0 (one rated session")
    assert helps.sentence.text().startswith("Box breathing has helped you most reliably")
    assert helps.picture.accessibleDescription() == helps.sentence.text()


def test_the_chart_saves_as_a_picture(qtbot: QtBot, journal: Path, tmp_path: Path) -> None:
    page = page_for(qtbot, journal)
    target = tmp_path / "chart.png"
    page.view.save_picture(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_year_at_a_glance_is_coloured_and_keyboard_navigable(
    qtbot: QtBot, journal: Path
) -> None:
    from PySide6.QtCore import Qt

    page = page_for(qtbot, journal)
    page.tabs.setCurrentIndex(2)
    year = page.show_year()
    calendar = year.calendar
    last = calendar.chosen
    assert calendar.colour(last) is not None  # the latest check-in's day is coloured
    assert year.summary.text().startswith("2027: check-ins on 14 days")  # 16 were in 2026
    assert "activation" in year.details.text()
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.chosen.toordinal() == last.toordinal() + 1
    assert "no check-ins" in year.details.text()
    after = calendar.chosen
    qtbot.keyClick(calendar, Qt.Key.Key_Up)  # a row up: the month before
    assert (calendar.chosen.month - after.month) % 12 == 11
    assert "arrows" in calendar.accessibleDescription()  # the keys, not the day again
    assert not year.by_mood.isEnabled()  # no mood in this journal


def test_energy_against_mood_counts_the_chosen_period(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    path = tmp_path / "journal.db"
    entries = [
        CheckIn(f"m{n}", Moment(int(NOW - (10 - n) * DAY), 60), Window(3, 7), arousal=a, mood=m)
        for n, (a, m) in enumerate([(5, 4), (5, 4), (5, 4), (9, 2), (1, 1), (6, None)])
    ]
    with Journal.open(path) as opened:
        opened.import_records(entries, [])
    page = page_for(qtbot, path)
    page.range_buttons["all"].click()
    energy = page.show_energy()
    grid = energy.grid
    assert int(grid.counts.sum()) == 5  # the one without a mood is left out
    assert grid.counts[3, 5] == 3  # mood good (4), activation 5
    assert grid.window_bounds == (3, 7)
    assert "5 check-ins with both activation and mood" in energy.summary.text()
    assert "most often activation 5 with mood good (3)" in energy.summary.text()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Up)  # from (meh, 5) to (good, 5)
    assert energy.details.text() == "Activation 5, mood good: 3 check-ins."
    page.range_buttons["week"].click()
    assert int(grid.counts.sum()) <= 5  # it follows the chart's period


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tip, offscreen
def test_hovering_a_day_in_the_year_shows_its_details_and_a_click_chooses_it(
    qtbot: QtBot, journal: Path
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import QDate, QLocale, QPoint, Qt
    from PySide6.QtWidgets import QToolTip

    page = page_for(qtbot, journal)
    page.tabs.setCurrentIndex(2)
    year = page.show_year()
    calendar = year.calendar
    qtbot.waitUntil(calendar.isVisible)  # a tab's content is shown on the next turn
    chosen = calendar.chosen
    day = chosen - timedelta(days=2)  # a day with a check-in, not the chosen one
    assert calendar.colour(day) is not None
    name = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    cell = calendar.picture.cell(day)
    assert cell is not None
    before = year.details.text()
    qtbot.mouseMove(calendar, cell.center().toPoint())
    assert calendar.hovered == day
    assert QToolTip.text().startswith(name)  # the day's details, as the chart's tip gives them
    assert "activation" in QToolTip.text()
    assert calendar.chosen == chosen  # resting the mouse chooses nothing
    assert year.details.text() == before
    qtbot.mouseMove(calendar, QPoint(int(cell.right()) + 2, int(cell.center().y())))
    assert calendar.hovered is None  # between the squares: no tip
    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert calendar.chosen == day
    assert year.details.text().startswith(name)
    assert calendar.hasFocus()  # so the arrow keys carry on from the clicked day
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.chosen == day + timedelta(days=1)


def test_the_year_s_arrow_keys_move_as_its_rows_lie(qtbot: QtBot, journal: Path) -> None:
    """Months are rows: up and down move a month (the same day, or the month's last), left
    and right a day, Page Up and Page Down a year."""
    from datetime import date

    from PySide6.QtCore import Qt

    page = page_for(qtbot, journal)
    page.tabs.setCurrentIndex(2)
    year = page.show_year()
    calendar = year.calendar
    calendar.setFocus()
    calendar.choose(date(2026, 1, 31))
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.chosen == date(2026, 2, 28)  # February has no 31st
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.chosen == date(2026, 3, 28)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.chosen == date(2026, 2, 28)
    calendar.choose(date(2026, 12, 15))
    qtbot.keyClick(calendar, Qt.Key.Key_Down)  # past December: January of the next year
    assert calendar.chosen == date(2027, 1, 15)
    assert calendar.year == 2027
    assert year.details.text() == calendar.details()
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    assert calendar.chosen == date(2026, 12, 15)
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.chosen == date(2026, 12, 16)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    assert calendar.chosen == date(2026, 12, 14)
    qtbot.keyClick(calendar, Qt.Key.Key_PageUp)
    assert calendar.chosen == date(2025, 12, 14)
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.chosen == date(2026, 12, 14)
    calendar.choose(date(2026, 5, 14))
    here = calendar.picture.cell(calendar.chosen)
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    there = calendar.picture.cell(calendar.chosen)
    assert here is not None
    assert there is not None
    assert there.left() == here.left()  # the square right below
    assert there.top() > here.top()


def test_one_distress_rating_is_a_whole_number_and_a_mean_has_a_decimal(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "journal.db"
    entries = [
        CheckIn("one", Moment(int(NOW - 2 * DAY), 60), Window(3, 7), arousal=5, suds=4),
        CheckIn("a", Moment(int(NOW - DAY), 60), Window(3, 7), arousal=5, suds=4),
        CheckIn("b", Moment(int(NOW - DAY + 3600), 60), Window(3, 7), arousal=6, suds=5),
    ]
    with Journal.open(path) as opened:
        opened.import_records(entries, [])
    page = page_for(qtbot, path)
    page.range_buttons["all"].click()
    view = page.view
    assert "distress 4." in view.describe_day(0)  # the sentence's full stop, not "4.0"
    assert "distress 4.0" not in view.describe_day(0)
    assert "distress 4.5." in view.describe_day(1)
    page.table_box.setChecked(True)
    days = page.table.days
    assert [days.data(days.index(row, 5)) for row in range(2)] == ["4", "4.5"]


def test_the_legend_lists_only_what_the_view_draws(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    entries = [  # one check-in a day, then a day with two different ratings, weeks before
        CheckIn(f"d{n}", Moment(int(NOW - n * DAY), 60), Window(3, 7), arousal=n, suds=3)
        for n in range(1, 6)
    ] + [
        CheckIn("x", Moment(int(NOW - 40 * DAY), 60), Window(3, 7), arousal=2),
        CheckIn("y", Moment(int(NOW - 40 * DAY + 3600), 60), Window(3, 7), arousal=8),
    ]
    with Journal.open(path) as opened:
        opened.import_records(entries, [])
    page = page_for(qtbot, path)

    def listed() -> set[str]:
        return {key for key, (entry, _) in page.legend_entries.items() if not entry.isHidden()}

    page.range_buttons["week"].click()
    assert "range" not in listed()  # every day in view has one check-in: no range drawn
    assert listed() == {"window", "activation"}  # no mood, no sessions; distress hidden
    assert "the day's range" not in page.legend.accessibleName()
    page.suds_box.setChecked(True)
    assert "distress" in listed()
    page.range_buttons["all"].click()
    assert "range" in listed()  # the day with two check-ins is in view now
    assert "the day's range" in page.legend.accessibleName()


def test_what_helps_me_says_likely_range_and_names_it_precisely_in_a_tip(
    qtbot: QtBot, journal: Path
) -> None:
    page = page_for(qtbot, journal)
    page.tabs.setCurrentIndex(1)
    helps = page.show_helps()
    title = helps.table.horizontalHeaderItem(2)
    assert title.text() == "Change in distress (likely range)"
    assert "95\u00a0% interval" in title.toolTip()  # named precisely where asked for
    assert "likely range" in helps.explanation.text()
    assert "95" not in helps.explanation.text()
    assert "95\u00a0% interval" in helps.explanation.toolTip()
    # A share is never broken between its number and its sign.
    assert " %" not in helps.months.text()
    assert "\u00a0% were below your window" in helps.months.text()
