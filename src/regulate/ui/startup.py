"""Starting Qt: the QApplication, its theme and language, the first-frame probe for benches and
smoke tests, and the quiet handler for bugs inside a screen."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from regulate import __version__
from regulate.storage.settings import Preferences
from regulate.ui import theme

APP_ID = "io.github.regulate.Regulate"
#: For benchmarks and smoke tests: print the wall-clock time of the first frame, then quit.
FIRST_FRAME_ENV = "REGULATE_FIRST_FRAME_EXIT"

translate = QCoreApplication.translate


class FirstFrame(QObject):
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


def settle_memory() -> None:
    """Once the window is up: what start-up made (Qt's, numpy's and pyqtgraph's objects, the
    screens) is set aside for good, so the cycle collector, off while they loaded (see
    ``regulate.cli.main``), runs again without walking them every time."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def watch_first_frame(app: QApplication) -> None:
    if os.environ.get(FIRST_FRAME_ENV):
        app.installEventFilter(FirstFrame(app))


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        enter_presses_buttons(existing)
        return existing
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    from regulate.ui.i18n import install_translators

    install_translators(app, None)  # the desktop's language; settings may change it later
    app.setApplicationName("Regulate")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Regulate")
    enter_presses_buttons(app)
    return app


def enter_presses_buttons(app: QApplication) -> None:
    """Return presses the focused button, as Space does (once per application)."""
    if getattr(app, "_regulate_enter", None) is None:
        from regulate.ui.a11y import EnterClicks

        enter = EnterClicks(app)
        app.installEventFilter(enter)
        setattr(app, "_regulate_enter", enter)  # noqa: B010


def dress(app: QApplication, preferences: Preferences) -> theme.Colours:
    """The person's language (if not the desktop's), colours and text size."""
    if preferences.language != "system":  # the desktop's is already in place
        from regulate.ui.i18n import install_translators

        install_translators(app, preferences.language)
    return apply_theme(app, preferences)


def apply_theme(app: QApplication, preferences: Preferences) -> theme.Colours:
    """Colours and text size for every window. Only what changed is set again: each of these
    makes Qt look at every widget anew, which a change of language (or of nothing) needs not."""
    choice = os.environ.get("REGULATE_THEME") or preferences.theme
    colours = theme.colours_for(choice if choice in theme.THEMES else "system")
    if not getattr(app, "_regulate_fusion", False):
        app.setStyle("Fusion")
        setattr(app, "_regulate_fusion", True)  # noqa: B010
    palette = theme.palette_for(colours)
    if app.palette() != palette:
        app.setPalette(palette)
    percent = preferences.text_size
    with contextlib.suppress(ValueError):
        percent = int(os.environ.get("REGULATE_TEXT_SIZE", percent))
    font = theme.base_font(percent)
    if app.font() != font:
        app.setFont(font)
    sheet = theme.style_sheet(colours, font.pointSizeF())
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    return colours


def note_bugs(logs: Path, say: Callable[[str], None]) -> None:
    """A bug inside a screen is noted in the local log (its kind and place, never what the
    person wrote) and mentioned quietly; the app keeps going."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        from regulate.storage.errorlog import record, where

        record(logs, kind.__name__, where(exc.__traceback__))
        say(
            translate(
                "MainWindow",
                "Something went wrong inside Regulate and was noted in its log. "
                "What you saved is safe.",
            )
        )
        previous(kind, exc, exc.__traceback__)

    sys.excepthook = hook
