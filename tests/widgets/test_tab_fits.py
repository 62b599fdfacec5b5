"""The chart's tabs: a focused or chosen tab's words fit (the focus ring used to take their
room: "ear at a glanc"), and a tab is as wide focused as not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionTab, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from regulate.ui.theme import LIGHT, base_font, style_sheet

TITLES = ("Chart", "What helps me", "Year at a glance", "Energy and mood")


def room(tabs: QTabWidget) -> list[tuple[int, int, int]]:
    """Per tab: its width, the width its words get, the width they need."""
    bar = tabs.tabBar()
    found = []
    for index in range(bar.count()):
        option = QStyleOptionTab()
        bar.initStyleOption(option, index)
        words = bar.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, bar)
        need = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
        found.append((bar.tabRect(index).width(), words.width(), need))
    return found


@pytest.mark.parametrize("percent", [100, 200])
def test_a_focused_chosen_tab_s_words_fit(qtbot: QtBot, percent: int) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    app.setFont(base_font(percent))
    app.setStyleSheet(style_sheet(LIGHT))
    try:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        for title in TITLES:
            tabs.addTab(QWidget(), title)
        tabs.resize(1400, 300)
        tabs.show()
        qtbot.waitExposed(tabs)
        resting = room(tabs)
        for index in range(len(TITLES)):
            tabs.setCurrentIndex(index)
            tabs.tabBar().setFocus()
            qtbot.waitUntil(tabs.tabBar().hasFocus)
            focused = room(tabs)
            assert [w for w, _, _ in focused] == [w for w, _, _ in resting]
            for width, words, need in focused:
                assert words >= need, (TITLES[index], width, words, need)
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
