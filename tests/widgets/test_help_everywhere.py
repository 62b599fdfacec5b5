"""Get help from everywhere: one shortcut on every screen, the tray, after a hard rating, and
"I'm not safe right now" in the check-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.app import HELP_KEYS, Regulate
from regulate.content.patterns import find_pattern
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest, GroundRequest
from regulate.ui.breathing import BreathingPage
from regulate.ui.checkin import CheckinPage
from regulate.ui.help import HelpPage
from regulate.ui.startup import make_application
from regulate.ui.tray import start_tray


@pytest.fixture
def running(qtbot: QtBot, data_dir: Path) -> Regulate:
    regulate = Regulate(make_application(), Services(data_paths(data_dir)))
    qtbot.addWidget(regulate.window)
    regulate.window.resize(1000, 720)
    regulate.window.show()
    qtbot.waitExposed(regulate.window)
    return regulate


def _press_help(qtbot: QtBot, regulate: Regulate) -> None:
    focus = QApplication.focusWidget() or regulate.window
    qtbot.keyClick(focus, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert HELP_KEYS == "Ctrl+H"


SCREENS = {
    "home": lambda r: r.go_home(),
    "breathing": lambda r: r.breathe(BreatheRequest(pattern=find_pattern("box"))),
    "grounding list": lambda r: r.ground(GroundRequest()),
    "grounding step": lambda r: r.ground(
        GroundRequest(exercise=r.services.catalogue.exercise("54321"))
    ),
    "check-in": lambda r: r.checkin(),
    "chart": lambda r: r.chart(),
    "settings": lambda r: r.show("settings"),
    "about": lambda r: r.show("about"),
    "first run": lambda r: r.first_run(),
}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_the_same_shortcut_opens_get_help_from_every_screen(
    qtbot: QtBot, running: Regulate, screen: str
) -> None:
    SCREENS[screen](running)
    QApplication.processEvents()
    _press_help(qtbot, running)
    assert isinstance(running.window.pages.currentWidget(), HelpPage), screen


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_tray_menu_has_get_help(qtbot: QtBot, running: Regulate) -> None:
    tray, reminder = start_tray(running, running.settings, running.save_settings)
    running.go_home()
    (action,) = [a for a in tray.menu.actions() if a.text() == "Get help"]
    action.trigger()
    assert isinstance(running.window.pages.currentWidget(), HelpPage)
    reminder.timer.stop()


def test_not_safe_right_now_goes_straight_to_help(qtbot: QtBot, running: Regulate) -> None:
    running.checkin()
    page = running.page("checkin", CheckinPage)
    page.form.unsafe_button.click()
    assert isinstance(running.window.pages.currentWidget(), HelpPage)


def _end_breathing(running: Regulate, before: int | None, after: int) -> BreathingPage:
    clock = [1000.0]
    page = running.page("breathing", BreathingPage)
    page._clock = lambda: clock[0]
    running.breathe(BreatheRequest(pattern=find_pattern("box")))
    if before is not None and page.suds_before_row is not None:
        page.suds_before_row.buttons[before].click()
    clock[0] += 60
    page.stop()
    assert page.end_panel.suds is not None
    page.end_panel.suds.buttons[after].click()
    return page


@pytest.mark.parametrize(("before", "after"), [(None, 9), (3, 5), (8, 8)])
def test_a_hard_rating_offers_help_and_something_different_not_again(
    qtbot: QtBot, running: Regulate, before: int | None, after: int
) -> None:
    page = _end_breathing(running, before, after)
    panel = page.end_panel
    assert panel.help_button.isVisible()
    assert panel.else_button.isVisible()
    assert QApplication.focusWidget() is not panel.again_button
    panel.help_button.click()
    assert isinstance(running.window.pages.currentWidget(), HelpPage)


def test_a_rating_that_went_down_offers_no_alarm(qtbot: QtBot, running: Regulate) -> None:
    page = _end_breathing(running, 6, 3)
    assert not page.end_panel.help_button.isVisible()
    assert not page.end_panel.care.isVisible()
