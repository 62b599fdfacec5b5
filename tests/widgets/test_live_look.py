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


def test_the_breathing_shape_takes_new_colours_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """High contrast chosen while a breathing screen is open: its shape and the backdrop
    behind it change too, not only the words and buttons around them."""
    from regulate.services.requests import BreatheRequest
    from regulate.ui.breathing import BreathingPage
    from regulate.ui.theme import CONTRAST

    running = open_app(Combo(100, QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.breathe(BreatheRequest())
    breathing = running.page("breathing", BreathingPage)
    breathing.halt()

    def backdrop(page: BreathingPage) -> int:
        """The colour of the shape's corner (its backdrop) as drawn now."""
        return page.shape.grab().toImage().pixel(3, 3)

    before = backdrop(breathing)
    page = running.page("settings", SettingsPage)
    page.theme.setCurrentIndex(page.theme.findData("contrast"))
    assert running.colours is CONTRAST
    assert breathing.shape._colours is CONTRAST
    fresh = BreathingPage(running.services.catalogue.patterns, CONTRAST, running.tones())
    qtbot.addWidget(fresh)
    fresh.show()
    assert backdrop(breathing) == backdrop(fresh) != before
