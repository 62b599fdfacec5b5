"""Scroll areas: no invisible Tab stops. An area whose page has controls is never one (Tab
goes to the controls, the area follows the focus); a page of text alone can be scrolled by
keyboard and then shows a focus ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from regulate.ui.about import AboutPage
from regulate.ui.page import scroll_area, scrolling_column, scrolling_page
from regulate.ui.theme import LIGHT, focus_ring, style_sheet


def test_an_area_with_controls_is_not_a_tab_stop(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    column = scrolling_column(page, "the test")
    button = QPushButton("A control", page)
    column.addWidget(button)
    area = page.findChild(QScrollArea)
    assert area is not None
    assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    holder = QWidget()
    qtbot.addWidget(holder)
    scrolling_page(holder, QLabel("words"), "the test", "Back", lambda: None)
    inner = holder.findChild(QScrollArea)
    assert inner is not None
    assert inner.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_tab_goes_from_control_to_control_past_the_area(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    column = scrolling_column(page, "the test")
    first, second = QPushButton("One", page), QPushButton("Two", page)
    column.addWidget(first)
    column.addWidget(second)
    page.show()
    qtbot.waitExposed(page)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert page.focusWidget() is second
    qtbot.keyClick(second, Qt.Key.Key_Tab)
    assert page.focusWidget() is first  # never the area in between


def test_a_page_of_text_is_a_tab_stop_with_a_visible_ring(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(style_sheet(LIGHT))
    words = QLabel("Some words to read. " * 200)
    words.setWordWrap(True)
    area = scroll_area(words, holder, "the words", tab_stop=True)
    QVBoxLayout(holder).addWidget(area)
    holder.resize(400, 300)
    holder.show()
    qtbot.waitExposed(holder)
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before = area.grab().toImage()
    area.setFocus()
    qtbot.waitUntil(area.hasFocus)
    after = area.grab().toImage()
    ring = focus_ring(LIGHT).rgb()
    edge = [after.pixel(1, y) for y in range(20, 200, 20)]
    assert all(pixel == ring for pixel in edge)  # the ring down the left edge
    assert before.pixel(1, 100) != ring  # and only while it has the focus
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(area, Qt.Key.Key_PageDown)
    assert bar.value() > 0  # the keys scroll it


def test_about_is_a_page_of_text_the_keyboard_can_scroll(qtbot: QtBot) -> None:
    page = AboutPage("/tmp/somewhere")
    qtbot.addWidget(page)
    area = page.findChild(QScrollArea)
    assert area is not None
    assert area.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert area.property("tabStop") is True
