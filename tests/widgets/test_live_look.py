"""Colours and text size apply at once, without a restart, on every open screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.ui.settings_page import SettingsPage
from regulate.ui.theme import DARK
from tests.layout import Combo, open_app, show


def test_theme_and_text_size_change_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    running = open_app(Combo(100, QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    show(running, "checkin-form")
    page = running.page("settings", SettingsPage)
    before = QApplication.font().pointSizeF()
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert running.colours is DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window) == DARK.window
    page.text_size.setCurrentIndex(page.text_size.findData(200))
    assert QApplication.font().pointSizeF() == before * 2
    assert "next time" not in page.status.text()
    page.text_size.setCurrentIndex(page.text_size.findData(100))
    assert QApplication.font().pointSizeF() == before  # never grows on its own
