"""Home's "Get help" is always in view, at any text size and window size: never below the
fold of a scrolling page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from pytestqt.qtbot import QtBot

from tests.layout import Combo, open_app, settle, show


@pytest.mark.parametrize("text", [100, 200])
@pytest.mark.parametrize("size", [QSize(800, 600), QSize(1280, 800)])
def test_get_help_needs_no_scrolling(qtbot: QtBot, tmp_path: Path, text: int, size: QSize) -> None:
    running = open_app(Combo(text, size, "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    show(running, "home")
    settle()
    button = running.home.help_button
    assert button is not None
    assert button.isVisible()
    window = running.window
    top_left = button.mapTo(window, QPoint(0, 0))
    bottom_right = button.mapTo(window, QPoint(button.width() - 1, button.height() - 1))
    assert window.rect().contains(top_left)
    assert window.rect().contains(bottom_right)
    # Not inside the scrolling column: scrolling it can never hide the button.
    parent = button.parentWidget()
    from PySide6.QtWidgets import QScrollArea

    while parent is not None:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
