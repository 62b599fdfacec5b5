"""The chart by keyboard and screen reader: Tab leaves its tables, Tab follows what is seen,
the range buttons are one Tab stop, and each arrow key's words are said once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.storage.journal import Journal
from regulate.ui.chart import DAY, ChartPage
from regulate.ui.theme import LIGHT
from tests.widgets.test_chart import NOW, read_series


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> ChartPage:
    path = tmp_path / "journal.db"
    entries = [
        CheckIn(
            f"c{n}", Moment(int(NOW - (30 - n) * DAY), 60), Window(3, 7), arousal=n % 11, mood=3
        )
        for n in range(30)
    ]
    sessions = [Session("s1", Moment(int(NOW - 3 * DAY)), ItemKind.PATTERN, "box", 120.0, 8, 4)]
    with Journal.open(path) as opened:
        opened.import_records(entries, sessions)
    actions = {key: (lambda page: None) for key in ("import", "export", "summary")}
    chart = ChartPage(read_series(path), {}, LIGHT, False, now=lambda: NOW, actions=actions)
    qtbot.addWidget(chart)
    chart.resize(1000, 700)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def tab_walk(page: ChartPage, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order."""
    QApplication.processEvents()  # a tab built when opened is shown once events run
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(steps):
        page.focusNextPrevChild(True)
        focused = page.focusWidget()
        assert focused is not None
        reached.append(focused)
    return reached


def test_tab_leaves_the_tables_and_arrows_still_move_in_them(qtbot: QtBot, page: ChartPage) -> None:
    page.tabs.setCurrentIndex(1)
    table = page.show_helps().table
    QApplication.processEvents()
    assert not table.tabKeyNavigation()
    assert not page.table.tabKeyNavigation()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == 1  # the arrows still move between cells
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert page.focusWidget() is not table
    assert page.focusWidget() is page._footer[0]  # on to Back to home


@pytest.mark.parametrize("index", [1, 2, 3])
def test_tab_goes_from_the_tab_bar_into_the_tab_before_the_footer(
    page: ChartPage, index: int
) -> None:
    page.tabs.setCurrentIndex(index)
    reached = tab_walk(page, page.tabs.tabBar(), 8)
    back = page._footer[0]
    first_footer = reached.index(back)
    inside = page.tabs.currentWidget()
    assert first_footer > 0
    assert all(inside.isAncestorOf(w) for w in reached[:first_footer])
    assert reached[first_footer : first_footer + 4] == page._footer


def test_the_year_tab_is_in_the_order_it_is_seen(page: ChartPage) -> None:
    page.tabs.setCurrentIndex(2)
    year = page.show_year()
    reached = tab_walk(page, page.tabs.tabBar(), 4)
    assert reached == [year.earlier, year.later, year.by_mood, year.calendar]


def test_the_range_buttons_are_one_tab_stop_on_the_checked_one(page: ChartPage) -> None:
    checked = page.range_group.checkedButton()
    assert checked is not None
    reached = tab_walk(page, page.tabs.tabBar(), 2)
    assert reached[0] is checked
    assert reached[1] not in page.range_buttons.values()
    page.range_buttons["all"].click()
    assert tab_walk(page, page.tabs.tabBar(), 1) == [page.range_buttons["all"]]


def test_the_arrow_keys_move_between_the_ranges(qtbot: QtBot, page: ChartPage) -> None:
    page.range_buttons["all"].click()
    page.range_buttons["all"].setFocus()
    qtbot.keyClick(page.range_buttons["all"], Qt.Key.Key_Left)
    assert page.range_buttons["year"].hasFocus() or page.focusWidget() is page.range_buttons["year"]
    assert page.view.key == "year"


def test_each_arrow_key_is_said_once(
    qtbot: QtBot, page: ChartPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr("regulate.ui.chart.announce", lambda source, text: said.append(text))
    page.tabs.setCurrentIndex(2)
    page.tabs.setCurrentIndex(3)
    widgets = [page.view, page.show_year().calendar, page.show_energy().grid]
    for widget in widgets:
        for tab in range(page.tabs.count()):
            if page.tabs.widget(tab).isAncestorOf(widget):
                page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        widget.setFocus()
        description = widget.accessibleDescription()
        assert description  # how to move, heard once on arrival
        said.clear()
        qtbot.keyClick(widget, Qt.Key.Key_Left)
        assert len(said) == 1
        assert widget.accessibleDescription() == description  # not changed: not said again
        for text in said:
            assert text not in description
