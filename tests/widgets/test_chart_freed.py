"""A chart replaced by a fresh one (each time it opens) is freed at once, with its days: a
person who keeps Regulate open for weeks and looks at the chart daily does not pay for every
chart seen before."""

from __future__ import annotations

import gc
import json
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.ui.chart import ChartPage
from tests.layout import Combo, open_app


def _settle() -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for _ in range(5):
        app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _with_chart(qtbot: QtBot, tmp_path: Path) -> tuple[Regulate, ChartPage]:
    """The real app with its chart open, as from the home screen."""
    running = open_app(Combo(100, QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.chart()
    _settle()
    page = running.screens["chart"]
    assert isinstance(page, ChartPage)
    return running, page


def test_the_chart_seen_before_is_freed_when_the_next_opens(qtbot: QtBot, tmp_path: Path) -> None:
    running, first = _with_chart(qtbot, tmp_path)
    gone = weakref.ref(first)
    del first
    held = gc.isenabled()
    gc.disable()  # freed by its last reference going, not by a later sweep of the collector
    try:
        running.chart()
        _settle()
        assert gone() is None
        assert isinstance(running.screens["chart"], ChartPage)
    finally:
        if held:
            gc.enable()


def test_save_my_data_from_the_chart_still_reaches_its_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actions are handed the page when pressed: Save my data still saves, and says so on
    the chart and in the window's status line."""
    out = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), "JSON (*.json)"))
    _running, page = _with_chart(qtbot, tmp_path)
    page.action_buttons["export"].click()
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5000)
    assert str(out) in page.status.text()
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "regulate-journal"
