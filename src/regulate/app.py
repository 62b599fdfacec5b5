"""The navigator: builds the window, opens screens from a table of factories, and wires them to
the application layer (``regulate.services``) and to each other.

No SQL, no file I/O and no rules here: what Regulate does lives in ``services``; how it looks
lives in ``ui``. Screens are built on first use (their modules too), with explicit options.
"""

from __future__ import annotations

from regulate.ui import qt_loading  # noqa: F401  -- first: it makes loading the rest quicker

# isort: split
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from regulate.services import Services
from regulate.storage.settings import SettingsError
from regulate.ui import screens, startup
from regulate.ui.main_window import MainWindow
from regulate.ui.startup import dress, make_application, note_bugs, watch_first_frame

if TYPE_CHECKING:  # screens are imported when first opened, not at start-up
    from regulate.core.entries import CheckIn, Finished, Session
    from regulate.services.requests import BreatheRequest, GroundRequest, PresentRequest
    from regulate.storage.series import Series
    from regulate.ui.home import HomePage
    from regulate.ui.sound import TonePlayer
    from regulate.ui.tray import Reminder, Tray

P = TypeVar("P", bound=QWidget)
AFTER_START_MS = 300
#: Get help, from every screen of the main window.
HELP_KEYS = "Ctrl+H"
translate = QCoreApplication.translate


class Regulate:
    """The running app: the window, and the screens it can show."""

    def __init__(self, app: QApplication, services: Services, home_now: bool = True) -> None:
        self.app = app
        self.services = services
        with contextlib.suppress(OSError):  # a read-only place still lets the person breathe
            services.paths.ensure()
        self.settings = services.settings
        self.colours = dress(app, self.settings.values)  # language, colours, text size
        self.window = MainWindow(self.settings)
        self._home: HomePage | None = None
        if home_now:  # else built when first wanted: opening straight onto a screen is quicker
            self.window.add_page(self.home)
        help_keys = QShortcut(QKeySequence(HELP_KEYS), self.window)
        help_keys.activated.connect(lambda: self.show("help"))
        self.factories: dict[str, Callable[[Regulate], QWidget]] = {
            "breathing": screens.breathing,
            "grounding": screens.grounding,
            "checkin": screens.checkin,
            "help": screens.get_help,
            "settings": screens.settings,
            "about": screens.about,
        }
        self.screens: dict[str, QWidget] = {}
        self.presenter: QWidget | None = None
        self.tray: Tray | None = None
        self.reminder: Reminder | None = None
        self.in_tray = False
        self._tones: TonePlayer | None = None
        app.aboutToQuit.connect(self._closing)

    # -- the table of screens -----------------------------------------------------------------

    def screen(self, name: str) -> QWidget:
        if name not in self.screens:
            page = self.factories[name](self)
            if hasattr(page, "leave"):
                page.leave.connect(self.go_home)
            self.window.add_page(page)
            self.screens[name] = page
        return self.screens[name]

    def show(self, name: str) -> None:
        self.window.show_page(self.screen(name))

    def page(self, name: str, kind: type[P]) -> P:
        """Screen ``name``, shown, as what it is."""
        page = self.screen(name)
        assert isinstance(page, kind)
        self.window.show_page(page)
        return page

    @property
    def home(self) -> HomePage:
        if self._home is None:
            self._home = screens.home(self)
        return self._home

    @home.setter
    def home(self, page: HomePage) -> None:
        self._home = page

    @property
    def home_if_built(self) -> HomePage | None:
        return self._home

    def go_home(self) -> None:
        self.window.show_page(self.home)

    def tones(self) -> TonePlayer:
        if self._tones is None:
            from regulate.ui.sound import TonePlayer

            self._tones = TonePlayer(self.app)
        return self._tones

    # -- ways in ------------------------------------------------------------------------

    def breathe(self, request: BreatheRequest) -> None:
        from regulate.ui.breathing import BreathingPage

        if request.find_pace:
            return screens.resonance(self, request)
        pattern = request.pattern or self.services.usual_pattern()
        page = self.page("breathing", BreathingPage)
        page.quit_when_done = request.quit_when_done
        page.announce_phases = self.settings.values.announce_phases
        sound = self.settings.values.sound if request.sound is None else request.sound
        screens.attach_heart(self, page, request.heart)
        page.start(pattern, request.length, sound=sound)

    def ground(self, request: GroundRequest) -> None:
        from regulate.ui.grounding import GroundingPage

        page = self.page("grounding", GroundingPage)
        if request.exercise is not None:
            page.start(request.exercise)
        else:
            page.show_list()

    def start_item(self, item: object) -> None:
        """Start a suggestion (or any pattern or exercise) by its value or id."""
        from regulate.core.breathing import Pattern
        from regulate.core.exercises import Exercise
        from regulate.core.suggest import Suggestion
        from regulate.services.requests import BreatheRequest, GroundRequest

        if isinstance(item, Suggestion):
            item = self.services.catalogue.find(item.kind, item.id)
        if isinstance(item, Pattern):
            self.breathe(BreatheRequest(pattern=item))
        elif isinstance(item, Exercise):
            self.ground(GroundRequest(exercise=item))

    def checkin(self) -> None:
        from regulate.ui.checkin import CheckinPage

        page = self.page("checkin", CheckinPage)
        page.set_window(self.settings.window)
        page.show_form()

    def save_checkin(self, entry: CheckIn) -> str | None:
        from regulate.services import ServiceError

        try:
            self.services.log_checkin(entry)
        except ServiceError as exc:
            return str(exc)
        return None

    def record(self, finished: Finished) -> Session | None:
        """A screen finished a run or an exercise: keep it, or say why it could not be kept."""
        from regulate.services import ServiceError

        try:
            return self.services.record(finished)
        except ServiceError as exc:
            self.say(
                translate("MainWindow", "This session could not be saved: {why}").format(why=exc)
            )
            return None

    def chart(self, message: str | None = None, series: Series | None = None) -> None:
        """A fresh chart each time it opens, so it shows the latest entries."""
        screens.chart(self, message, series)

    def present(self, request: PresentRequest, standalone: bool = False) -> None:
        """Full screen on the chosen screen; nothing personal shown, nothing written."""
        self.presenter = screens.presenter(self, request, standalone)

    # -- settings, delete-all, first run, tray -----------------------------------------------

    def say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 20_000)

    def save_settings(self) -> str | None:
        try:
            self.settings.save()
        except SettingsError as exc:
            return str(exc)
        return None

    def change(self, **changes: object) -> None:
        self.settings.update(**changes)
        problem = self.save_settings()
        if problem is not None:
            self.say(
                translate("MainWindow", "Your settings could not be saved: {why}").format(
                    why=problem
                )
            )

    def delete_all(self) -> str:
        """After the typed confirmation: remove it all, then start afresh with defaults."""
        return screens.delete_all(self)

    def autostart(self, on: bool) -> str | None:
        problem = self.services.set_autostart(on)
        if problem is None:
            return None
        return translate("Settings", "Could not change the login entry: {why}").format(why=problem)

    def first_run(self) -> None:
        self.window.show_page(screens.first_run(self))

    def after_start(self) -> None:
        """Things that can wait until the first frame is on screen: icon, tray, reminder."""
        from regulate.ui.tray import start_tray

        self.tray, self.reminder = start_tray(self, self.settings, self.save_settings)
        self._show_repair_notice()
        if self.in_tray and not self.tray.available:
            self.window.show()  # no tray on this desktop: never leave the person with nothing

    def from_tray(self, action: Callable[[], None]) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        action()

    def _show_repair_notice(self) -> None:
        """If the data or the settings were damaged and repaired, say so once, plainly."""
        if self.window.isVisible() and (notice := self.services.take_repair_notice()):
            self.window.statusBar().showMessage(notice)
        elif self.window.isVisible() and self.settings.problem:
            self.say(self.settings.problem)

    def reschedule(self) -> None:
        if self.reminder is not None:
            self.reminder.schedule()

    def _closing(self) -> None:
        from regulate.ui.worker import wait_for_background

        for page in self.screens.values():
            if hasattr(page, "record_now"):
                page.record_now()
        wait_for_background()  # an import or export finishes before the app goes


def run(
    services: Services,
    breathe: BreatheRequest | None = None,
    ground: GroundRequest | None = None,
    start: str | None = None,
    in_tray: bool = False,
    present: PresentRequest | None = None,
) -> int:
    app = make_application()
    straight_to = breathe is not None or ground is not None or start is not None
    regulate = Regulate(app, services, home_now=not straight_to)
    note_bugs(services.paths.logs, regulate.say)
    watch_first_frame(app)
    QTimer.singleShot(AFTER_START_MS, startup.settle_memory)
    if present is not None:
        regulate.present(present, standalone=True)
        return app.exec()  # no main window, no tray, no reminder: nothing personal
    if breathe is not None:
        regulate.breathe(breathe)
    elif ground is not None:
        regulate.ground(ground)
    elif start == "checkin":
        regulate.checkin()
    elif start == "chart":
        regulate.chart()
    elif not regulate.settings.values.first_run_done and not in_tray:
        regulate.first_run()
    regulate.in_tray = in_tray
    if in_tray:
        app.setQuitOnLastWindowClosed(False)
    else:
        regulate.window.show()
    # The tray, its icon and the reminder wait until the first frame is surely on screen.
    QTimer.singleShot(AFTER_START_MS, regulate.after_start)
    return app.exec()
