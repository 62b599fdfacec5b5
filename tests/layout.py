"""Opening every screen of the real app in one combination of text size, window size, theme and
language, for the layout check (tests/widgets/test_layout_check.py) and the contact sheet
(bench/contact_sheet.py). A combination can also be laid out right to left with the English
text (the REGULATE_PSEUDO_RTL pseudo-locale; tests/widgets/test_right_to_left.py)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from regulate.app import Regulate
from regulate.content.language import current_language
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest, GroundRequest
from regulate.ui.i18n import PSEUDO_RTL_ENV, install_translators
from regulate.ui.startup import make_application

TEXT_SIZES = (100, 150, 200)
WINDOWS = (QSize(800, 600), QSize(1280, 800))
THEMES = ("light", "dark", "contrast")
LANGUAGES = ("en", "de")


@dataclass(frozen=True)
class Combo:
    text: int
    window: QSize
    theme: str
    language: str
    #: Laid out right to left (the pseudo-locale), whatever the language.
    right_to_left: bool = False

    def __str__(self) -> str:
        size = f"{self.window.width()}x{self.window.height()}"
        mirrored = "-rtl" if self.right_to_left else ""
        return f"text{self.text}-{size}-{self.theme}-{self.language}{mirrored}"


def combos() -> list[Combo]:
    return [Combo(*parts) for parts in itertools.product(TEXT_SIZES, WINDOWS, THEMES, LANGUAGES)]


def open_app(combo: Combo, data_dir: Path) -> Regulate:
    """The real app in ``combo``, its window shown at the combination's size. The layout
    direction belongs to the whole application: after a right-to-left combination call
    ``left_to_right()`` (or open another combination)."""
    services = Services(data_paths(data_dir))
    services.settings.update(
        theme=combo.theme,
        text_size=combo.text,
        language=combo.language,
        first_run_done=True,
    )
    before = os.environ.get(PSEUDO_RTL_ENV)
    if combo.right_to_left:
        os.environ[PSEUDO_RTL_ENV] = "1"
    try:
        # Regulate installs the combination's language, which sets the layout direction:
        # right to left with the variable set (as a person would run it), else the language's.
        running = Regulate(make_application(), services)
    finally:
        if before is None:
            os.environ.pop(PSEUDO_RTL_ENV, None)
        else:
            os.environ[PSEUDO_RTL_ENV] = before
    running.window.resize(combo.window)
    running.window.show()
    settle()
    return running


def left_to_right() -> None:
    """Back to the usual direction after a right-to-left combination, and the language's own
    text without the pseudo-locale's marks."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = os.environ.pop(PSEUDO_RTL_ENV, None)
    try:
        install_translators(app, current_language())
    finally:
        if before is not None:
            os.environ[PSEUDO_RTL_ENV] = before
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def settle() -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(6):  # layouts that depend on height-for-width settle over a few passes
        app.sendPostedEvents()
        app.processEvents()


def _grounding_step(nav: Regulate) -> None:
    nav.ground(GroundRequest(exercise=nav.services.catalogue.item("54321")))


def _checkin_result(nav: Regulate) -> None:
    from regulate.ui.checkin import CheckinPage

    nav.checkin()
    page = nav.page("checkin", CheckinPage)
    page._now = lambda: datetime(2026, 3, 4, 10, 0).astimezone()
    page.form.diagram.set_value(5)
    page.save()


#: Each screen, opened the way a person opens it.
SCREENS: dict[str, Callable[[Regulate], None]] = {
    "home": lambda nav: nav.go_home(),
    "grounding-list": lambda nav: nav.ground(GroundRequest()),
    "grounding-step": _grounding_step,
    "checkin-form": lambda nav: nav.checkin(),
    "checkin-result": _checkin_result,
    "help": lambda nav: nav.show("help"),
    "settings": lambda nav: nav.show("settings"),
    "about": lambda nav: nav.show("about"),
    "first-run": lambda nav: nav.first_run(),
    "breathing": lambda nav: nav.breathe(BreatheRequest()),
    "chart": lambda nav: nav.chart(),
}
#: Screens other people are reworking (by issue): checked, failures expected for now.
OTHERS: dict[str, int] = {}


def show(nav: Regulate, screen: str) -> QWidget:
    """Open ``screen`` and return the window showing it."""
    SCREENS[screen](nav)
    settle()
    return nav.window
