"""Opening every screen of the real app in one combination of text size, window size, theme and
language, for the layout check (tests/widgets/test_layout_check.py) and the contact sheet
(bench/contact_sheet.py)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from regulate.app import Regulate
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest, GroundRequest
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

    def __str__(self) -> str:
        size = f"{self.window.width()}x{self.window.height()}"
        return f"text{self.text}-{size}-{self.theme}-{self.language}"


def combos() -> list[Combo]:
    return [Combo(*parts) for parts in itertools.product(TEXT_SIZES, WINDOWS, THEMES, LANGUAGES)]


def open_app(combo: Combo, data_dir: Path) -> Regulate:
    """The real app in ``combo``, its window shown at the combination's size."""
    services = Services(data_paths(data_dir))
    services.settings.update(
        theme=combo.theme,
        text_size=combo.text,
        language=combo.language,
        first_run_done=True,
    )
    running = Regulate(make_application(), services)
    running.window.resize(combo.window)
    running.window.show()
    settle()
    return running


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
