"""Whole-app flows: what reaches the journal after deleting everything, and long sessions."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.content.patterns import find_pattern
from regulate.core.entries import Finished, ItemKind
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest
from regulate.storage.journal import Journal
from regulate.ui.breathing import BreathingPage
from regulate.ui.startup import make_application


def app_in(qtbot: QtBot, data_dir: Path) -> Regulate:
    running = Regulate(make_application(), Services(data_paths(data_dir)))
    qtbot.addWidget(running.window)
    return running


def sessions(data_dir: Path) -> int:
    with Journal.open(data_dir / "journal.db") as journal:
        return len(journal.sessions())


def test_a_session_from_before_delete_all_never_comes_back(qtbot: QtBot, data_dir: Path) -> None:
    running = app_in(qtbot, data_dir)
    clock = [1000.0]
    page = running.page("breathing", BreathingPage)
    page._clock = lambda: clock[0]
    running.breathe(BreatheRequest(pattern=find_pattern("box")))
    clock[0] += 60
    page.stop()  # ended, not yet logged: it waits for the rating
    running.go_home()
    running.delete_all()
    running.breathe(BreatheRequest(pattern=find_pattern("box")))  # would flush the old one
    page.stop()
    page._home()
    assert not (data_dir / "journal.db").exists() or sessions(data_dir) == 0


def test_a_session_left_open_for_days_is_still_saved(qtbot: QtBot, data_dir: Path) -> None:
    running = app_in(qtbot, data_dir)
    running.record(Finished(ItemKind.PATTERN, "box", 3 * 86_400.0, False, 6, None))
    with Journal.open(data_dir / "journal.db") as journal:
        (saved,) = journal.sessions()
    assert saved.seconds == 86_400.0
    assert saved.suds_before == 6


def test_every_way_in_on_home_opens_its_screen(qtbot: QtBot, data_dir: Path) -> None:
    """Each of home's buttons, clicked as a person does (clicked carries a bool), opens its
    screen: none of them may pass that bool on as an argument."""
    from PySide6.QtCore import Qt

    from regulate.ui.chart import ChartPage
    from regulate.ui.checkin import CheckinPage
    from regulate.ui.grounding import GroundingPage

    running = app_in(qtbot, data_dir)
    running.window.show()
    expected = [BreathingPage, GroundingPage, CheckinPage, ChartPage]
    for index, kind in enumerate(expected):
        running.go_home()
        qtbot.mouseClick(running.home.buttons[index], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda kind=kind: isinstance(running.window.pages.currentWidget(), kind))
        page = running.window.pages.currentWidget()
        if isinstance(page, BreathingPage):
            page.stop()


def test_opened_straight_onto_a_screen_home_is_built_on_the_way_back(
    qtbot: QtBot, data_dir: Path
) -> None:
    """`regulate chart` (or breathe, ground, checkin) skips building home at start; Back
    still finds it, once."""
    from regulate.ui.checkin import CheckinPage

    running = Regulate(make_application(), Services(data_paths(data_dir)), home_now=False)
    qtbot.addWidget(running.window)
    running.checkin()
    assert running._home is None
    assert isinstance(running.window.pages.currentWidget(), CheckinPage)
    running.go_home()
    assert running.window.pages.currentWidget() is running.home
    running.go_home()
    pages = [running.window.pages.widget(i) for i in range(running.window.pages.count())]
    assert pages.count(running.home) == 1
