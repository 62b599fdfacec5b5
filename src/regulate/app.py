"""The navigator: builds the window, opens screens from a table of factories, and wires them to
the application layer (``regulate.services``) and to each other.

No SQL, no file I/O and no rules here: what Regulate does lives in ``services``; how it looks
lives in ``ui``. Screens are built on first use (their modules too), with explicit options.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from regulate.core.entries import CheckIn, Finished
from regulate.services import Services
from regulate.storage.settings import SettingsError
from regulate.ui import theme
from regulate.ui.home import HomePage, WayIn
from regulate.ui.main_window import MainWindow
from regulate.ui.startup import apply_theme, make_application, note_bugs, watch_first_frame

if TYPE_CHECKING:  # screens are imported when first opened, not at start-up
    from regulate.core.breathing import Pattern
    from regulate.core.exercises import Exercise
    from regulate.core.session import Length
    from regulate.storage.series import Series
    from regulate.ui.sound import TonePlayer
    from regulate.ui.tray import Reminder, Tray

P = TypeVar("P", bound=QWidget)
AFTER_START_MS = 300
#: Get help, from every screen of the main window.
HELP_KEYS = "Ctrl+H"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class BreatheRequest:
    """`regulate breathe ...`: what to start with. None means "the usual"."""

    pattern: Pattern | None = None
    minutes: float | None = None
    cycles: int | None = None
    quit_when_done: bool = False
    sound: bool | None = None


@dataclass(frozen=True)
class GroundRequest:
    """`regulate ground [ID]`: an exercise to open, or None for the list."""

    exercise: Exercise | None = None


@dataclass(frozen=True)
class PresentRequest:
    """Presenter mode: optionally straight into an item, on a chosen screen."""

    item: Pattern | Exercise | None = None
    screen: int | None = None
    minutes: float | None = None
    cycles: int | None = None
    quit_when_done: bool = False


def _length(minutes: float | None, cycles: int | None) -> Length | None:
    from regulate.core.session import Length

    return None if minutes is None and cycles is None else Length(cycles=cycles, minutes=minutes)


class Regulate:
    """The running app: the window, and the screens it can show."""

    def __init__(self, app: QApplication, services: Services) -> None:
        self.app = app
        self.services = services
        with contextlib.suppress(OSError):  # a read-only place still lets the person breathe
            services.paths.ensure()
        self.settings = services.settings
        if self.settings.values.language != "system":  # the desktop's is already in place
            from regulate.ui.i18n import install_translators

            install_translators(app, self.settings.values.language)
        self.colours = apply_theme(app, self.settings.values)
        self.window = MainWindow(self.settings)
        self.home = HomePage(
            self.ways_in(),
            get_help=lambda: self.show("help"),
            open_settings=lambda: self.show("settings"),
            present=lambda: self.present(PresentRequest()),
            about=lambda: self.show("about"),
        )
        self.window.add_page(self.home)
        help_keys = QShortcut(QKeySequence(HELP_KEYS), self.window)
        help_keys.activated.connect(lambda: self.show("help"))
        self.factories: dict[str, Callable[[], QWidget]] = {
            "breathing": self._breathing,
            "grounding": self._grounding,
            "checkin": self._checkin,
            "help": self._help,
            "settings": self._settings,
            "about": self._about,
        }
        self.screens: dict[str, QWidget] = {}
        self.presenter: QWidget | None = None
        self.tray: Tray | None = None
        self.reminder: Reminder | None = None
        self.in_tray = False
        self._tones: TonePlayer | None = None
        app.aboutToQuit.connect(self._closing)

    def ways_in(self) -> list[WayIn]:
        """The features that exist, in the order a person in distress needs them."""
        say = translate
        return [
            WayIn(
                say("HomePage", "Breathe now"),
                say(
                    "HomePage",
                    "Starts your usual breathing pattern straight away. You can change it there.",
                ),
                lambda: self.breathe(BreatheRequest()),
                primary=True,
            ),
            WayIn(
                say("HomePage", "Ground yourself"),
                say(
                    "HomePage",
                    "Simple steps that bring you back to the here and now, "
                    "through your senses and your body.",
                ),
                lambda: self.ground(GroundRequest()),
            ),
            WayIn(
                say("HomePage", "Check in"),
                say(
                    "HomePage",
                    "Place yourself on your window of tolerance and see what might help.",
                ),
                self.checkin,
            ),
            WayIn(
                say("HomePage", "Your days"),
                say(
                    "HomePage",
                    "A chart of your check-ins against your window, and what helps you most.",
                ),
                self.chart,
            ),
        ]

    # -- the table of screens -----------------------------------------------------------------

    def screen(self, name: str) -> QWidget:
        if name not in self.screens:
            page = self.factories[name]()
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

    def go_home(self) -> None:
        self.window.show_page(self.home)

    def tones(self) -> TonePlayer:
        if self._tones is None:
            from regulate.ui.sound import TonePlayer

            self._tones = TonePlayer(self.app)
        return self._tones

    def _breathing(self) -> QWidget:
        from regulate.ui.breathing import BreathingPage
        from regulate.ui.motion import desktop_prefers_reduced_motion

        page = BreathingPage(self.services.catalogue.patterns, self.colours, self.tones())
        page.finished.connect(self.record)
        page.still_chosen.connect(lambda still: self._change(reduced_motion=still))
        page.set_still(self.settings.values.reduced_motion or desktop_prefers_reduced_motion())
        return page

    def _grounding(self) -> QWidget:
        from regulate.ui.grounding import GroundingPage

        catalogue = self.services.catalogue
        page = GroundingPage(catalogue.exercises, catalogue.problems, self.colours, self.tones())
        page.finished.connect(self.record)
        return page

    def _checkin(self) -> QWidget:
        from regulate.storage.journal import new_uid
        from regulate.ui.checkin import CheckinPage

        page = CheckinPage(
            self.settings.window,
            self.colours,
            self.colours is theme.DARK,
            save=self._save_checkin,
            suggester=self.services.suggestions,
            new_uid=new_uid,
        )
        page.start.connect(self.start_item)
        page.get_help.connect(lambda: self.show("help"))
        return page

    def _help(self) -> QWidget:
        from regulate.services.app import system_locale
        from regulate.ui.help import HelpPage

        services = self.services
        page = HelpPage(
            services.safety_plan(),
            lambda plan: plan.save(services.paths.safety_plan),
            self.settings.values.country or None,
            remember_country=lambda code: self._change(country=code),
            locale=system_locale(),
        )
        page.ground.connect(lambda: self.start_item(services.catalogue.item("54321")))
        return page

    def _settings(self) -> QWidget:
        from regulate.ui.settings_page import SettingsPage

        page = SettingsPage(self.settings, self.save_settings, _autostart, self._delete_all)
        page.reminder_changed.connect(self._reschedule)
        return page

    def _about(self) -> QWidget:
        from regulate.ui.about import AboutPage

        page = AboutPage(str(self.services.paths.root))
        page.get_help.connect(lambda: self.show("help"))
        return page

    # -- ways in ------------------------------------------------------------------------

    def breathe(self, request: BreatheRequest) -> None:
        from regulate.ui.breathing import BreathingPage

        pattern = request.pattern or self.services.usual_pattern()
        page = self.page("breathing", BreathingPage)
        page.quit_when_done = request.quit_when_done
        page.announce_phases = self.settings.values.announce_phases
        sound = self.settings.values.sound if request.sound is None else request.sound
        page.start(pattern, _length(request.minutes, request.cycles), sound=sound)
        if pattern.id != self.settings.values.last_pattern and len(pattern.id) <= 200:
            self._change(last_pattern=pattern.id)

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
        page.open()

    def _save_checkin(self, entry: CheckIn) -> str | None:
        from regulate.services import ServiceError

        try:
            self.services.log_checkin(entry)
        except ServiceError as exc:
            return str(exc)
        return None

    def record(self, finished: Finished) -> None:
        """A screen finished a run or an exercise: keep it, or say why it could not be kept."""
        from regulate.services import ServiceError

        try:
            self.services.record(finished)
        except ServiceError as exc:
            self.say(
                translate("MainWindow", "This session could not be saved: {why}").format(why=exc)
            )

    def chart(self, message: str | None = None, series: Series | None = None) -> None:
        """A fresh chart each time it opens, so it shows the latest entries. After an import
        (``message``), the journal is read again off the GUI thread first."""
        from regulate.ui.chart import open_chart
        from regulate.ui.worker import in_background

        if message is not None and series is None:
            in_background(
                self.services.read_series,
                lambda fresh: self.chart(message, fresh),
                lambda exc: self.window.finished(message),
            )
            return
        page = open_chart(
            self.services, self.window, self.colours, self.say, self.chart, series
        )
        if page is None:
            return
        if message is not None:
            page.status.setText(message)
            self.window.finished(message)
        page.leave.connect(self.go_home)
        old = self.screens.pop("chart", None)
        if old is not None:
            self.window.pages.removeWidget(old)
            old.deleteLater()
        self.screens["chart"] = page
        self.window.show_page(page)

    def present(self, request: PresentRequest, standalone: bool = False) -> None:
        """Full screen on the chosen screen; nothing personal shown, nothing written."""
        from regulate.ui.presenter import open_presenter

        catalogue = self.services.catalogue
        window = open_presenter(
            catalogue.patterns,
            catalogue.exercises,
            self.tones(),
            request.screen,
            self.window if self.window.isVisible() else None,
        )
        window.breathing.quit_when_done = request.quit_when_done
        window.left.connect(self.app.quit if standalone else self.window.show)
        if not standalone:
            self.window.hide()
        self.presenter = window
        if request.item is not None:
            window.start(request.item, _length(request.minutes, request.cycles))
        else:
            window.show_picker()

    # -- settings, delete-all, first run, tray -----------------------------------------------

    def say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 20_000)

    def save_settings(self) -> str | None:
        try:
            self.settings.save()
        except SettingsError as exc:
            return str(exc)
        return None

    def _change(self, **changes: object) -> None:
        self.settings.update(**changes)
        problem = self.save_settings()
        if problem is not None:
            self.say(
                translate("MainWindow", "Your settings could not be saved: {why}").format(
                    why=problem
                )
            )

    def _delete_all(self) -> str:
        """After the typed confirmation: remove it all, then start afresh with defaults."""
        from regulate.autostart import autostart_file

        for page in self.screens.values():
            if hasattr(page, "discard_pending"):
                page.discard_pending()  # a session from before must not come back
        try:
            removed = self.services.delete_everything(extra=(autostart_file(),))
        except OSError as exc:
            return translate("Settings", "Some of it could not be removed: {why}").format(why=exc)
        self._reschedule()
        names = ", ".join(path.name for path in removed) or translate("Settings", "nothing")
        return translate(
            "Settings", "Done. Removed from this computer: {names}. Regulate starts afresh."
        ).format(names=names)

    def first_run(self) -> None:
        from regulate.ui.first_run import FirstRunPage

        page = FirstRunPage(self.settings, self.save_settings)
        page.done.connect(self.go_home)
        self.window.show_page(page)

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
        """If the journal was damaged and repaired, say so once, plainly."""
        from regulate.storage.recovery import clear_notice, read_notice

        notice = read_notice(self.services.paths.root)
        if notice and self.window.isVisible():
            self.window.statusBar().showMessage(notice)
            clear_notice(self.services.paths.root)

    def _reschedule(self) -> None:
        if self.reminder is not None:
            self.reminder.schedule()

    def _closing(self) -> None:
        from regulate.ui.worker import wait_for_background

        for page in self.screens.values():
            if hasattr(page, "record_now"):
                page.record_now()
        wait_for_background()  # an import or export finishes before the app goes


def _autostart(on: bool) -> str | None:
    from regulate.autostart import set_autostart

    try:
        set_autostart(on)
    except OSError as exc:
        return translate("Settings", "Could not change the login entry: {why}").format(
            why=exc.strerror or exc
        )
    return None


def run(
    services: Services,
    breathe: BreatheRequest | None = None,
    ground: GroundRequest | None = None,
    start: str | None = None,
    in_tray: bool = False,
    present: PresentRequest | None = None,
) -> int:
    app = make_application()
    regulate = Regulate(app, services)
    note_bugs(services.paths.logs, regulate.say)
    watch_first_frame(app)
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
