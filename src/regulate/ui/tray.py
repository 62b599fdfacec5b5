"""The tray icon (where the desktop has one) and the gentle daily reminder.

The reminder never nags: one quiet notification at the chosen time, at most once a day, only
while the app or its tray icon runs. The timer sleeps until the reminder is due; nothing wakes
the app every minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from regulate.content.assets import asset_path
from regulate.core.reminder import ReminderError, next_due, parse_time, shown_for
from regulate.storage.settings import Settings

translate = QCoreApplication.translate
Now = Callable[[], datetime]
LONGEST_SLEEP_MS = 15 * 60 * 1000


def app_icon() -> QIcon:
    return QIcon(str(asset_path("icons", "regulate.svg")))


class Reminder(QObject):
    """Fires ``due`` once a day at the person's chosen time, while the app runs."""

    due = Signal()

    def __init__(
        self,
        settings: Settings,
        save: Callable[[], None],
        now: Now = lambda: datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        self._now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def _last(self) -> date | None:
        try:
            return date.fromisoformat(self._settings.values.reminder_last)
        except ValueError:
            return None

    def schedule(self) -> None:
        """(Re)arm the timer from the settings; call again whenever they change."""
        self.timer.stop()
        if not self._settings.values.reminder_on:
            return
        try:
            at = parse_time(self._settings.values.reminder_time)
        except ReminderError:
            return
        now = self._now()
        wait = (next_due(now, at, self._last()) - now).total_seconds()
        # Never sleep long in one go: timers stop while the computer is suspended, so the wall
        # clock is looked at again at least every quarter of an hour.
        self.timer.start(max(0, min(int(wait * 1000), LONGEST_SLEEP_MS)))

    def check(self) -> None:
        try:
            at = parse_time(self._settings.values.reminder_time)
        except ReminderError:
            return
        now = self._now()
        if self._settings.values.reminder_on and next_due(now, at, self._last()) <= now:
            self._settings.update(reminder_last=shown_for(now, at).isoformat())
            self._save()
            self.due.emit()
        self.schedule()


class Tray(QObject):
    """The icon and its menu: Breathe now, Check in, Ground, Open, Quit."""

    def __init__(self, actions: dict[str, Callable[[], None]], parent: QObject | None = None):
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.actions: dict[str, QAction] = {}
        for key, text in self._texts().items():
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _checked=False, do=actions[key]: do())
            self.actions[key] = action
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("Regulate")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self._open = actions["breathe"]
            self.icon.show()

    @staticmethod
    def _texts() -> dict[str, str]:
        return {
            "breathe": translate("Tray", "Breathe now"),
            "checkin": translate("Tray", "Check in"),
            "ground": translate("Tray", "Ground yourself"),
            "help": translate("Tray", "Get help"),
            "open": translate("Tray", "Open Regulate"),
            "quit": translate("Tray", "Quit"),
        }

    def retranslate(self) -> None:
        """The menu in the language now in use (after a change in Settings)."""
        for key, text in self._texts().items():
            self.actions[key].setText(text)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._open()  # one click on the icon: breathe, at once

    def notify(self, title: str, message: str) -> bool:
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        self.icon.showMessage(title, message, app_icon(), 15_000)
        return True


class _Host(Protocol):
    @property
    def window(self) -> QMainWindow: ...

    def from_tray(self, action: Callable[[], None]) -> None: ...
    def breathe(self, request: Any) -> None: ...
    def ground(self, request: Any) -> None: ...
    def checkin(self) -> None: ...
    def show(self, name: str) -> None: ...
    def go_home(self) -> None: ...
    def say(self, message: str) -> None: ...


def start_tray(
    host: _Host, settings: Settings, save: Callable[[], str | None]
) -> tuple[Tray, Reminder]:
    """The icon, the tray menu and the daily reminder, wired to the app (``host``)."""
    from PySide6.QtWidgets import QApplication

    from regulate.services.requests import BreatheRequest, GroundRequest

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setWindowIcon(app_icon())
    tray = Tray(
        {
            "breathe": lambda: host.from_tray(lambda: host.breathe(BreatheRequest())),
            "checkin": lambda: host.from_tray(host.checkin),
            "ground": lambda: host.from_tray(lambda: host.ground(GroundRequest())),
            "help": lambda: host.from_tray(lambda: host.show("help")),
            "open": lambda: host.from_tray(host.go_home),
            "quit": app.quit,
        },
        app,
    )
    if tray.icon is not None:
        tray.icon.messageClicked.connect(lambda: host.from_tray(host.checkin))

    def quietly_saved() -> None:
        problem = save()
        if problem is not None:
            host.say(problem)

    reminder = Reminder(settings, quietly_saved, parent=app)

    def remind() -> None:
        title = translate("Tray", "A moment for you")
        message = translate("Tray", "Would you like to check in? It takes about fifteen seconds.")
        if not tray.notify(title, message):
            host.window.statusBar().showMessage(f"{title}. {message}", 60_000)

    reminder.due.connect(remind)
    reminder.schedule()
    return tray, reminder
