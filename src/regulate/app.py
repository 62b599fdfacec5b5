"""The composition root: builds the application's objects and hands them down.

No singletons and no global registry: everything a screen needs is passed to it here.
Qt modules beyond QtWidgets (multimedia, the chart's pyqtgraph) are imported only by the
screens that need them, when they are first opened.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from regulate import __version__
from regulate.paths import DataPaths
from regulate.storage.settings import Settings, SettingsError
from regulate.ui import theme
from regulate.ui.home import HomePage, WayIn
from regulate.ui.main_window import MainWindow

if TYPE_CHECKING:  # screens and the journal are imported when first used, not at start-up
    from regulate.core.breathing import Pattern
    from regulate.core.entries import CheckIn, ItemKind, Session
    from regulate.core.exercises import Exercise
    from regulate.core.scales import Zone
    from regulate.core.suggest import Suggestion
    from regulate.storage.safety import SafetyPlan
    from regulate.ui.breathing import BreathingPage, Finished
    from regulate.ui.checkin import CheckinPage
    from regulate.ui.grounding import ExerciseFinished, GroundingPage
    from regulate.ui.help import HelpPage
    from regulate.ui.settings_page import SettingsPage
    from regulate.ui.sound import TonePlayer
    from regulate.ui.tray import Reminder, Tray

APP_ID = "io.github.regulate.Regulate"
#: For benchmarks and smoke tests: print the wall-clock time of the first frame, then quit.
FIRST_FRAME_ENV = "REGULATE_FIRST_FRAME_EXIT"
AFTER_START_MS = 300
DAY_SECONDS = 24 * 3600.0

translate = QCoreApplication.translate


class _FirstFrame(QObject):
    """Reports the first time the window has painted, then quits (see FIRST_FRAME_ENV)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        shown = self._app.activeWindow() or next(
            (w for w in self._app.topLevelWidgets() if w.isVisible()), None
        )
        where = ""
        if shown is not None:
            g = shown.frameGeometry()
            where = f" {g.width()}x{g.height()}+{g.x()}+{g.y()}"
        sys.stdout.write(f"first-frame {time.time():.6f}{where}\n")
        sys.stdout.flush()
        self._app.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    from regulate.ui.i18n import install_translators

    install_translators(app, None)  # the desktop's language; settings may change it below
    app.setApplicationName("Regulate")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Regulate")
    return app


def apply_theme(app: QApplication, settings: Settings) -> theme.Colours:
    choice = os.environ.get("REGULATE_THEME") or settings.get("theme")
    colours = theme.colours_for(choice if choice in theme.THEMES else "system")
    app.setStyle("Fusion")
    app.setPalette(theme.palette_for(colours))
    percent = settings.get("text_size")
    with contextlib.suppress(ValueError):
        percent = int(os.environ.get("REGULATE_TEXT_SIZE", percent))
    font = theme.base_font(percent)
    app.setFont(font)
    app.setStyleSheet(theme.style_sheet(colours, font.pointSizeF()))
    return colours


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


class Regulate:
    """The running app: the window and the screens it can show."""

    def __init__(self, app: QApplication, paths: DataPaths) -> None:
        self.app = app
        self.paths = paths
        with contextlib.suppress(OSError):  # a read-only place still lets the person breathe
            paths.ensure()
        self.settings = Settings.load(paths.settings)
        language = self.settings.get("language")
        if language != "system":  # the desktop's language is already in place
            from regulate.ui.i18n import install_translators

            install_translators(app, language)
        self.colours = apply_theme(app, self.settings)
        self.window = MainWindow(self.settings)
        self.home = HomePage(
            self.ways_in(),
            get_help=self.get_help,
            open_settings=self.open_settings,
            present=lambda: self.present(PresentRequest()),
            about=self.about,
        )
        self.presenter: QWidget | None = None
        self.window.add_page(self.home)
        self._breathing: BreathingPage | None = None
        self._grounding: GroundingPage | None = None
        self._checkin: CheckinPage | None = None
        self._help: HelpPage | None = None
        self._settings_page: SettingsPage | None = None
        self._chart: QWidget | None = None
        self._about: QWidget | None = None
        self.tray: Tray | None = None
        self.reminder: Reminder | None = None
        self.in_tray = False
        self._tones: TonePlayer | None = None
        app.aboutToQuit.connect(self._closing)

    def ways_in(self) -> list[WayIn]:
        """The features that exist, in the order a person in distress needs them."""
        return [
            WayIn(
                translate("HomePage", "Breathe now"),
                translate(
                    "HomePage",
                    "Starts your usual breathing pattern straight away. You can change it there.",
                ),
                lambda: self.breathe(BreatheRequest()),
                primary=True,
            ),
            WayIn(
                translate("HomePage", "Ground yourself"),
                translate(
                    "HomePage",
                    "Simple steps that bring you back to the here and now, through your senses "
                    "and your body.",
                ),
                lambda: self.ground(GroundRequest()),
            ),
            WayIn(
                translate("HomePage", "Check in"),
                translate(
                    "HomePage",
                    "Place yourself on your window of tolerance and see what might help.",
                ),
                self.checkin,
            ),
            WayIn(
                translate("HomePage", "Your days"),
                translate(
                    "HomePage",
                    "A chart of your check-ins against your window, and what helps you most.",
                ),
                self.chart,
            ),
        ]

    def usual_pattern(self) -> Pattern:
        from regulate.content.patterns import builtin_patterns, find_pattern
        from regulate.core.breathing import PatternError

        last = self.settings.get("last_pattern")
        patterns = builtin_patterns()
        for pattern in patterns:
            if pattern.id == last:
                return pattern
        if last:
            with contextlib.suppress(PatternError):
                return find_pattern(last)
        return patterns[0]

    # -- breathing -------------------------------------------------------------------------

    def breathing_page(self) -> BreathingPage:
        if self._breathing is None:
            from regulate.content.patterns import builtin_patterns
            from regulate.ui.breathing import BreathingPage

            page = BreathingPage(builtin_patterns(), self.colours, self.tones())
            page.leave.connect(self.go_home)
            page.finished.connect(self._log_breathing)
            page.still_chosen.connect(self._remember_still)
            page.set_still(self._reduced_motion())
            self._breathing = page
            self.window.add_page(page)
        return self._breathing

    def breathe(self, request: BreatheRequest) -> None:
        from regulate.core.session import Length

        pattern = request.pattern or self.usual_pattern()
        page = self.breathing_page()
        page.quit_when_done = request.quit_when_done
        page.announce_phases = bool(self.settings.get("announce_phases"))
        length = None
        if request.minutes is not None or request.cycles is not None:
            length = Length(cycles=request.cycles, minutes=request.minutes)
        sound = self.settings.get("sound") if request.sound is None else request.sound
        self.window.show_page(page)
        page.start(pattern, length, sound=sound)
        if pattern.id != self.settings.get("last_pattern"):
            self.settings.set("last_pattern", pattern.id)
            self._save_settings()

    def tones(self) -> TonePlayer:
        if self._tones is None:
            from regulate.ui.sound import TonePlayer

            self._tones = TonePlayer(self.app)
        return self._tones

    # -- grounding -------------------------------------------------------------------------

    def grounding_page(self) -> GroundingPage:
        if self._grounding is None:
            from regulate.content.exercises import load_exercises
            from regulate.ui.grounding import GroundingPage

            loaded = load_exercises(self.paths.exercises)
            page = GroundingPage(loaded.exercises, loaded.problems, self.colours, self.tones())
            page.leave.connect(self.go_home)
            page.finished.connect(self._log_grounding)
            self._grounding = page
            self.window.add_page(page)
        return self._grounding

    def ground(self, request: GroundRequest) -> None:
        page = self.grounding_page()
        self.window.show_page(page)
        if request.exercise is not None:
            page.start(request.exercise)
        else:
            page.show_list()

    # -- check-in, suggestions and help --------------------------------------------------

    def checkin_page(self) -> CheckinPage:
        if self._checkin is None:
            from regulate.storage.journal import new_uid
            from regulate.ui.checkin import CheckinPage

            page = CheckinPage(
                self.settings.window,
                self.colours,
                self.colours is theme.DARK,
                save=self.save_checkin,
                suggester=self.suggestions_for,
                new_uid=new_uid,
            )
            page.leave.connect(self.go_home)
            page.start.connect(self.start_suggestion)
            page.get_help.connect(self.get_help)
            self._checkin = page
            self.window.add_page(page)
        return self._checkin

    def checkin(self) -> None:
        page = self.checkin_page()
        page.set_window(self.settings.window)
        self.window.show_page(page)
        page.open()

    def save_checkin(self, entry: CheckIn) -> str | None:
        from regulate.storage.journal import Journal, JournalError

        try:
            with Journal.open(self.paths.journal, backups=self.paths.backups) as journal:
                journal.add_checkin(entry)
        except JournalError as exc:
            return str(exc)
        return None

    def suggestions_for(self, zone: Zone) -> list[Suggestion]:
        from regulate.content.exercises import load_exercises
        from regulate.content.patterns import builtin_patterns
        from regulate.content.suggestions import candidates, default_order
        from regulate.core.suggest import suggest
        from regulate.storage.journal import Journal, JournalError

        try:
            with Journal.open(self.paths.journal, backups=self.paths.backups) as journal:
                sessions = journal.sessions()
        except JournalError:
            sessions = []
        exercises = load_exercises(self.paths.exercises).exercises
        pool = candidates(builtin_patterns(), exercises)
        return suggest(zone, pool, sessions, default_order(zone))

    def start_suggestion(self, suggestion: Suggestion) -> None:
        from regulate.content.exercises import load_exercises
        from regulate.content.patterns import find_pattern
        from regulate.core.entries import ItemKind

        if suggestion.kind is ItemKind.PATTERN:
            self.breathe(BreatheRequest(pattern=find_pattern(suggestion.id)))
            return
        exercise = load_exercises(self.paths.exercises).find(suggestion.id)
        self.ground(GroundRequest(exercise=exercise))

    def help_page(self) -> HelpPage:
        if self._help is None:
            from regulate.storage.safety import SafetyPlan
            from regulate.ui.help import HelpPage, country_code

            page = HelpPage(
                SafetyPlan.load(self.paths.safety_plan), self._save_plan, country_code()
            )
            page.leave.connect(self.go_home)
            page.ground.connect(self._ground_now)
            self._help = page
            self.window.add_page(page)
        return self._help

    def about(self) -> None:
        if self._about is None:
            from regulate.ui.about import AboutPage

            self._about = AboutPage(str(self.paths.root))
            self._about.leave.connect(self.go_home)
            self._about.get_help.connect(self.get_help)
        self.window.show_page(self._about)

    def get_help(self) -> None:
        self.window.show_page(self.help_page())

    def _save_plan(self, plan: SafetyPlan) -> None:
        plan.save(self.paths.safety_plan)

    def _ground_now(self) -> None:
        from regulate.content.exercises import builtin_exercises

        first = next(e for e in builtin_exercises() if e.id == "54321")
        self.ground(GroundRequest(exercise=first))

    # -- chart -----------------------------------------------------------------------------

    def chart(self) -> None:
        """A fresh chart each time it opens, so it shows the latest entries."""
        from regulate.storage.journal import JournalError
        from regulate.storage.series import item_records, read_series
        from regulate.ui import data_dialogs
        from regulate.ui.chart import ChartPage

        try:
            series = read_series(self.paths.journal)
        except JournalError as exc:
            self.window.statusBar().showMessage(
                translate("MainWindow", "Your journal could not be read: {why}").format(why=exc)
            )
            return
        known = list(item_records(series.sessions).values())
        page = ChartPage(
            series,
            known,
            titles(self.paths),
            self.colours,
            self.colours is theme.DARK,
            actions={
                "import": lambda: self._after_import(data_dialogs.import_into(self.paths, page)),
                "export": lambda: data_dialogs.export_from(self.paths, page),
                "summary": lambda: data_dialogs.summary_to(self._summary, page),
            },
        )
        page.leave.connect(self.go_home)
        if self._chart is not None:
            self.window.pages.removeWidget(self._chart)
            self._chart.deleteLater()
        self._chart = page
        self.window.show_page(page)

    def _summary(self, out: Path, include_notes: bool) -> None:
        from regulate.storage.journal import JournalError
        from regulate.storage.series import read_series
        from regulate.ui.report import write_report

        if self.paths.holds(out):
            raise OSError(0, translate("MainWindow", "that is inside Regulate's data folder"))
        try:
            series = read_series(self.paths.journal)
        except JournalError as exc:
            raise OSError(0, str(exc)) from None
        write_report(series, titles(self.paths), out, include_notes)

    def _after_import(self, message: str | None) -> str | None:
        if message is not None and self._chart is not None:
            self.chart()  # show what came in
            if isinstance(self._chart, QWidget) and hasattr(self._chart, "status"):
                self._chart.status.setText(message)
        return message

    # -- presenter mode --------------------------------------------------------------------

    def present(self, request: PresentRequest, standalone: bool = False) -> None:
        """Full screen on the chosen screen; nothing personal shown, nothing written."""
        from PySide6.QtGui import QGuiApplication, QScreen

        from regulate.content.exercises import load_exercises
        from regulate.content.patterns import builtin_patterns
        from regulate.core.session import Length
        from regulate.ui.presenter import PresenterWindow

        window = PresenterWindow(
            builtin_patterns(), load_exercises(self.paths.exercises).exercises, self.tones()
        )
        window.breathing.quit_when_done = request.quit_when_done
        screens = QGuiApplication.screens()
        screen: QScreen | None
        if request.screen is not None and 0 <= request.screen < len(screens):
            screen = screens[request.screen]
        else:
            screen = self.window.screen() if self.window.isVisible() else None
        if standalone:
            window.left.connect(self.app.quit)
        else:
            window.left.connect(self.window.show)
            self.window.hide()
        self.presenter = window
        window.show_on(screen)
        if request.item is not None:
            length = None
            if request.minutes is not None or request.cycles is not None:
                length = Length(cycles=request.cycles, minutes=request.minutes)
            window.start(request.item, length)
        else:
            window.show_picker()

    def _log_grounding(self, finished: ExerciseFinished) -> None:
        from regulate.core.entries import ItemKind

        self._log(ItemKind.EXERCISE, finished.exercise.id, finished)

    def _log_breathing(self, finished: Finished) -> None:
        from regulate.core.entries import ItemKind

        self._log(ItemKind.PATTERN, finished.pattern.id, finished)

    def _log(self, kind: ItemKind, item: str, finished: Finished | ExerciseFinished) -> None:
        from datetime import datetime, timedelta

        from regulate.core.entries import Moment, Session
        from regulate.storage.journal import new_uid

        now = datetime.now().astimezone()
        session = Session(
            uid=new_uid(),
            at=Moment.from_datetime(now - timedelta(seconds=finished.seconds)),
            kind=kind,
            item=item,
            seconds=min(round(finished.seconds, 1), DAY_SECONDS),  # left open for days
            suds_before=finished.suds_before,
            suds_after=finished.suds_after,
            completed=finished.completed,
        )
        self.save_session(session)

    def save_session(self, session: Session) -> None:
        from regulate.storage.journal import Journal, JournalError

        try:
            with Journal.open(self.paths.journal, backups=self.paths.backups) as journal:
                journal.add_session(session)
        except JournalError as exc:
            self.window.statusBar().showMessage(
                translate("MainWindow", "This session could not be saved: {why}").format(why=exc)
            )

    def _reduced_motion(self) -> bool:
        if self.settings.get("reduced_motion"):
            return True
        from regulate.ui.motion import desktop_prefers_reduced_motion

        return desktop_prefers_reduced_motion()

    def _remember_still(self, still: bool) -> None:
        self.settings.set("reduced_motion", still)
        self._save_settings()

    def go_home(self) -> None:
        self.window.show_page(self.home)

    def _save_settings(self) -> None:
        self.save_settings()

    def save_settings(self) -> str | None:
        try:
            self.settings.save()
        except SettingsError as exc:
            return str(exc)
        return None

    # -- settings, first run, tray and reminder --------------------------------------------

    def open_settings(self) -> None:
        if self._settings_page is None:
            from regulate.ui.settings_page import SettingsPage

            page = SettingsPage(
                self.settings, self.save_settings, self._autostart, self._delete_everything
            )
            page.leave.connect(self.go_home)
            page.reminder_changed.connect(self._reschedule)
            self._settings_page = page
            self.window.add_page(page)
        self.window.show_page(self._settings_page)

    def _delete_everything(self) -> str:
        """After the typed confirmation: remove it all, then start afresh with defaults."""
        from regulate.autostart import autostart_file
        from regulate.storage.wipe import delete_everything

        for page in (self._breathing, self._grounding):
            if page is not None:
                page.discard_pending()  # a session from before must not come back
        try:
            removed = delete_everything(self.paths, extra=(autostart_file(),))
        except OSError as exc:
            return translate("Settings", "Some of it could not be removed: {why}").format(why=exc)
        fresh = Settings(self.paths.settings, {})
        for key in ("window_low", "window_high", "reminder_on", "start_in_tray", "theme"):
            self.settings.set(key, fresh.get(key))
        self.settings.set("window_geometry", "")
        self.settings.set("first_run_done", True)
        with contextlib.suppress(OSError):
            self.paths.ensure()  # an empty, private folder: the app goes on working
        self._reschedule()
        names = ", ".join(path.name for path in removed) or translate("Settings", "nothing")
        return translate(
            "Settings", "Done. Removed from this computer: {names}. Regulate starts afresh."
        ).format(names=names)

    def _autostart(self, on: bool) -> str | None:
        from regulate.autostart import set_autostart

        try:
            set_autostart(on)
        except OSError as exc:
            return translate("Settings", "Could not change the login entry: {why}").format(
                why=exc.strerror or exc
            )
        return None

    def first_run(self) -> None:
        from regulate.ui.first_run import FirstRunPage

        page = FirstRunPage(self.settings, self.save_settings)
        page.done.connect(self.go_home)
        self.window.show_page(page)

    def after_start(self) -> None:
        """Things that can wait until the first frame is on screen: icon, tray, reminder."""
        from regulate.ui.tray import Reminder, Tray, app_icon

        self.app.setWindowIcon(app_icon())
        self.tray = Tray(
            {
                "breathe": lambda: self._from_tray(lambda: self.breathe(BreatheRequest())),
                "checkin": lambda: self._from_tray(self.checkin),
                "ground": lambda: self._from_tray(lambda: self.ground(GroundRequest())),
                "open": lambda: self._from_tray(self.go_home),
                "quit": self.app.quit,
            },
            self.app,
        )
        if self.tray.icon is not None:
            self.tray.icon.messageClicked.connect(lambda: self._from_tray(self.checkin))
        self._show_repair_notice()
        self.reminder = Reminder(self.settings, self._save_settings, parent=self.app)
        self.reminder.due.connect(self._remind)
        self.reminder.schedule()
        if self.in_tray and not self.tray.available:
            self.window.show()  # no tray on this desktop: never leave the person with nothing

    def _show_repair_notice(self) -> None:
        """If the journal was damaged and repaired, say so once, plainly."""
        from regulate.storage.recovery import clear_notice, read_notice

        notice = read_notice(self.paths.root)
        if notice and self.window.isVisible():
            self.window.statusBar().showMessage(notice)
            clear_notice(self.paths.root)

    def _from_tray(self, action: Callable[[], None]) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        action()

    def _reschedule(self) -> None:
        if self.reminder is not None:
            self.reminder.schedule()

    def _remind(self) -> None:
        title = translate("Tray", "A moment for you")
        message = translate("Tray", "Would you like to check in? It takes about fifteen seconds.")
        if self.tray is None or not self.tray.notify(title, message):
            self.window.statusBar().showMessage(f"{title}. {message}", 60_000)

    def _closing(self) -> None:
        if self._breathing is not None:
            self._breathing.record_now()
        if self._grounding is not None:
            self._grounding.record_now()


def titles(paths: DataPaths) -> dict[tuple[ItemKind, str], str]:
    """Names for every pattern and exercise id, the person's own exercises included."""
    from regulate.content.exercises import load_exercises
    from regulate.content.patterns import builtin_patterns
    from regulate.core.entries import ItemKind

    named = {(ItemKind.PATTERN, p.id): p.name for p in builtin_patterns()}
    named |= {(ItemKind.EXERCISE, e.id): e.title for e in load_exercises(paths.exercises).exercises}
    return named


def report(
    paths: DataPaths, out: Path, since: float | None = None, include_notes: bool = False
) -> None:
    """`regulate report`: the PDF summary, drawn offscreen (no display needed)."""
    from regulate.storage.series import read_series
    from regulate.ui.report import write_report

    make_application()
    quiet_offscreen_noise()
    write_report(read_series(paths.journal, since), titles(paths), out, include_notes)


def handout(paths: DataPaths, item_id: str, out: Path) -> str:
    """`regulate handout ID`: one printable page; returns the title. LookupError if unknown."""
    from regulate.content.exercises import load_exercises
    from regulate.content.patterns import builtin_patterns
    from regulate.core.breathing import Pattern
    from regulate.ui.handout import write_handout

    make_application()
    quiet_offscreen_noise()
    items: dict[str, Pattern | Exercise] = {p.id: p for p in builtin_patterns()}
    for exercise in load_exercises(paths.exercises).exercises:
        items.setdefault(exercise.id, exercise)
    item = items.get(item_id)
    if item is None:
        raise LookupError(", ".join(items))
    write_handout(item, out)
    return item.name if isinstance(item, Pattern) else item.title


def quiet_offscreen_noise() -> None:
    """The offscreen platform warns about window hints it can't apply; nobody needs that."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def note_bugs(regulate: Regulate) -> None:
    """A bug inside a screen is noted in the local log (its kind and place, never what the
    person wrote) and mentioned quietly; the app keeps going."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        from regulate.storage.errorlog import record, where

        record(regulate.paths.logs, kind.__name__, where(exc.__traceback__))
        regulate.window.statusBar().showMessage(
            translate(
                "MainWindow",
                "Something went wrong inside Regulate and was noted in its log. "
                "What you saved is safe.",
            )
        )
        previous(kind, exc, exc.__traceback__)

    sys.excepthook = hook


def run(
    paths: DataPaths,
    breathe: BreatheRequest | None = None,
    ground: GroundRequest | None = None,
    checkin: bool = False,
    chart: bool = False,
    in_tray: bool = False,
    present: PresentRequest | None = None,
) -> int:
    app = make_application()
    regulate = Regulate(app, paths)
    note_bugs(regulate)
    if os.environ.get(FIRST_FRAME_ENV):
        app.installEventFilter(_FirstFrame(app))
    if present is not None:
        regulate.present(present, standalone=True)
        return app.exec()  # no main window, no tray, no reminder: nothing personal
    if breathe is not None:
        regulate.breathe(breathe)
    elif ground is not None:
        regulate.ground(ground)
    elif checkin:
        regulate.checkin()
    elif chart:
        regulate.chart()
    elif not regulate.settings.get("first_run_done") and not in_tray:
        regulate.first_run()
    regulate.in_tray = in_tray
    if in_tray:
        app.setQuitOnLastWindowClosed(False)
    else:
        regulate.window.show()
    # The tray, its icon and the reminder wait until the first frame is surely on screen.
    QTimer.singleShot(AFTER_START_MS, regulate.after_start)
    return app.exec()
