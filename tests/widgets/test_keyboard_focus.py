"""Keyboard and screen-reader basics: Return presses any focused button, a page change puts
focus on a named heading (or keeps it where the page put it), the slider's value text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from regulate.core.scales import Window
from regulate.ui.startup import make_application
from regulate.ui.window_diagram import value_text
from tests.layout import Combo, open_app, show


def test_return_presses_a_plain_button(qtbot: QtBot) -> None:
    make_application()
    button = QPushButton("Plain")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.setFocus()
    with qtbot.waitSignal(button.clicked, timeout=1000):
        qtbot.keyClick(button, Qt.Key.Key_Return)


def test_a_page_change_focuses_its_heading(qtbot: QtBot, tmp_path: Path) -> None:
    running = open_app(Combo(100, QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.window.activateWindow()
    show(running, "about")
    focused = running.window.focusWidget()
    assert focused is not None
    assert focused.objectName() == "title"
    assert focused.accessibleName() == "About Regulate"
    show(running, "home")
    assert running.window.focusWidget() is running.home.buttons[0]  # "Breathe now"


def test_the_slider_says_the_number_and_the_zone() -> None:
    window = Window(3, 7)
    assert value_text(None, window) == "not placed yet"
    assert value_text(5, window) == "5, in your window"
    assert value_text(9, window) == "9, above your window"
    assert value_text(1, window) == "1, below your window"


def test_the_diagram_name_carries_the_value(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.checkin import CheckinPage

    running = open_app(Combo(100, QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.checkin()
    diagram = running.page("checkin", CheckinPage).form.diagram
    assert diagram.accessibleName().endswith("not placed yet")
    diagram.set_value(5)
    assert diagram.accessibleName().endswith("5, in your window")
    assert QApplication.instance() is not None


def test_taking_the_focus_never_cuts_a_letter(qtbot: QtBot, tmp_path: Path) -> None:
    """The focus ring is wider than the resting edge: the padding gives the room back."""
    running = open_app(Combo(100, QSize(900, 700), "contrast", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.window.activateWindow()
    show(running, "about")
    for name in ("primary", "wayIn", "chip", ""):
        button = QPushButton("Another round")
        button.setObjectName(name)
        qtbot.addWidget(button)
        button.show()
        resting = button.sizeHint()
        button.activateWindow()
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=1000)
        button.style().unpolish(button)
        button.style().polish(button)
        assert button.sizeHint() == resting, name
