"""A change of language in Settings applies at once, without a restart, and loses nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.content.language import current_language
from regulate.services.requests import GroundRequest
from regulate.ui.checkin import CheckinPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.help import HelpPage
from regulate.ui.i18n import install_translators
from regulate.ui.layout_check import problems
from regulate.ui.settings_page import SettingsPage
from tests.layout import Combo, open_app, settle, show

translate = QCoreApplication.translate


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The language is the whole application's: leave it English for the next test."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "en")


def _open(qtbot: QtBot, tmp_path: Path, text: int = 100, size: QSize | None = None) -> Regulate:
    running = open_app(Combo(text, size or QSize(900, 700), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    return running


def _choose(running: Regulate, language: str) -> SettingsPage:
    """Choose ``language`` in Settings, as the person does; the Settings page now on show."""
    page = running.page("settings", SettingsPage)
    page.language.setCurrentIndex(page.language.findData(language))
    settle()
    shown = running.window.pages.currentWidget()
    assert isinstance(shown, SettingsPage)
    return shown


def _pages(running: Regulate) -> list[QWidget]:
    stack = running.window.pages
    return [stack.widget(i) for i in range(stack.count())]


def _no_strays(running: Regulate) -> None:
    """Each page once in the window: home and the table of screens, nothing left behind."""
    pages = _pages(running)
    assert len(pages) == len(set(pages)) == 1 + len(running.screens)
    assert running.home in pages
    assert all(page in pages for page in running.screens.values())


def test_german_at_once_then_english_again(qtbot: QtBot, tmp_path: Path) -> None:
    running = _open(qtbot, tmp_path)
    for screen in ("grounding-list", "checkin-form", "help", "about", "breathing", "chart"):
        show(running, screen)
    assert running.home.buttons[0].text() == "Breathe now"
    old_settings = running.screen("settings")

    settings = _choose(running, "de")
    assert current_language() == "de"
    assert settings is not old_settings  # built again, in German, and on show
    assert [b.text() for b in running.home.buttons] == [
        "Jetzt atmen",
        "Dich erden",
        "Einchecken",
        "Deine Tage",
    ]
    assert running.window.windowTitle() == translate("MainWindow", "Regulate")
    assert settings.status.text() == "Die Sprache ist umgestellt."
    assert settings.language.currentData() == "de"
    assert settings.language.hasFocus()
    assert translate("Settings", "Language") != "Language"
    _no_strays(running)

    # A grounding exercise opened now speaks German, title and steps.
    running.ground(GroundRequest(exercise=running.services.catalogue.item("54321")))
    grounding = running.page("grounding", GroundingPage)
    assert grounding.player.title.text() == "5-4-3-2-1 mit allen Sinnen"
    assert grounding.player.text.text().startswith("Lass deinen Blick")

    settings = _choose(running, "en")
    assert current_language() == "en"
    assert running.home.buttons[0].text() == "Breathe now"
    assert settings.status.text() == "The language has changed."
    running.ground(GroundRequest(exercise=running.services.catalogue.item("54321")))
    grounding = running.page("grounding", GroundingPage)
    assert grounding.player.title.text() == "5-4-3-2-1 senses"
    _no_strays(running)


def test_the_tray_menu_follows(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.tray import Tray

    running = _open(qtbot, tmp_path)
    running.tray = Tray({key: lambda: None for key in Tray._texts()})
    assert running.tray.actions["breathe"].text() == "Breathe now"
    _choose(running, "de")
    assert running.tray.actions["breathe"].text() == translate("Tray", "Breathe now")
    assert running.tray.actions["breathe"].text() != "Breathe now"


def test_a_check_in_in_progress_keeps_everything(qtbot: QtBot, tmp_path: Path) -> None:
    running = _open(qtbot, tmp_path)
    running.checkin()
    form = running.page("checkin", CheckinPage).form
    form.diagram.set_value(6)
    form.suds.buttons[4].setChecked(True)
    form.mood.buttons[1].setChecked(True)
    anxious = next(b for b in form.feelings.buttons if b.text() == "anxious")
    anxious.setChecked(True)
    form.note.setPlainText("The train was late and I felt it in my chest.")
    form.tags.setText("work, train")

    _choose(running, "de")
    running.checkin()
    moved = running.page("checkin", CheckinPage).form
    assert moved is not form  # in German now
    assert moved.diagram.arousal == 6
    assert moved.suds.chosen() == 4
    assert moved.mood.chosen() == 1
    assert moved.feelings.chosen() == ("ängstlich",)
    assert moved.note.toPlainText() == "The train was late and I felt it in my chest."
    assert moved.tags.text() == "work, train"
    assert moved.save_button.isEnabled()
    _no_strays(running)


def test_a_check_in_stays_as_it_is_when_a_word_cannot_move(qtbot: QtBot, tmp_path: Path) -> None:
    running = _open(qtbot, tmp_path)
    running.checkin()
    page = running.page("checkin", CheckinPage)
    page.form.feelings.buttons[0].setText("a word of no list")  # cannot be matched
    page.form.feelings.buttons[0].setChecked(True)
    page.form.note.setPlainText("still here")
    _choose(running, "de")
    assert running.screens["checkin"] is page
    assert page.form.note.toPlainText() == "still here"
    _no_strays(running)


def test_the_safety_plan_is_written_before_its_page_goes(qtbot: QtBot, tmp_path: Path) -> None:
    running = _open(qtbot, tmp_path)
    running.show("help")
    help_page = running.screens["help"]
    assert isinstance(help_page, HelpPage)
    key, field = next(iter(help_page.plan_fields.items()))
    field.setPlainText("Call my sister")  # typed; the autosave timer has not fired yet
    _choose(running, "de")
    assert "help" not in running.screens
    assert getattr(running.services.safety_plan(), key) == "Call my sister"


def test_home_and_settings_in_german_at_large_text_fit(qtbot: QtBot, tmp_path: Path) -> None:
    running = _open(qtbot, tmp_path, text=200, size=QSize(800, 600))
    _choose(running, "de")
    found = [str(p) for p in problems(running.window)]  # Settings, rebuilt in German
    window = show(running, "home")
    found += [str(p) for p in problems(window)]
    assert not found, "\n".join(found)


def test_first_run_leaves_the_window_once_done(qtbot: QtBot, tmp_path: Path) -> None:
    """Seen once, the first-run page goes: no stray page a later switch could show again."""
    from regulate.ui.first_run import FirstRunPage

    running = _open(qtbot, tmp_path)
    running.first_run()
    page = running.window.pages.currentWidget()
    assert isinstance(page, FirstRunPage)
    page.done.emit()
    settle()
    assert running.window.pages.currentWidget() is running.home
    _no_strays(running)


def test_a_home_never_built_is_built_in_the_new_language(qtbot: QtBot, tmp_path: Path) -> None:
    """Opened straight onto a screen, home isn't built; a change of language doesn't build it
    just to throw it away, and going home then shows it in the new language."""
    from regulate.paths import data_paths
    from regulate.services import Services
    from regulate.ui.screens import relanguage
    from regulate.ui.startup import make_application

    running = Regulate(make_application(), Services(data_paths(tmp_path / "d")), home_now=False)
    qtbot.addWidget(running.window)
    running.settings.update(language="de")
    relanguage(running)
    assert running.home_if_built is None
    running.go_home()
    assert running.home.buttons[0].text() == "Jetzt atmen"
    _no_strays(running)
