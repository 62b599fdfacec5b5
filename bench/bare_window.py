"""The baseline for the benchmarks: an empty PySide6 window of Regulate's default size.

It does what Regulate does at start-up minus everything Regulate adds: create a QApplication,
show one plain 900x680 QWidget, run the event loop. With REGULATE_FIRST_FRAME_EXIT=1 it follows
the app's protocol exactly: after the first Paint event it prints one line
``first-frame <time.time() with 6 decimals>`` (from a zero-delay timer) and quits with exit 0.
Without that variable it stays open until it is terminated (bench/idle.py uses that).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FIRST_FRAME_ENV = "REGULATE_FIRST_FRAME_EXIT"
WIDTH, HEIGHT = 900, 680
TITLE = "Regulate bench baseline"


class _FirstFrame(QObject):
    """Reports the first time anything has painted, then quits (same as the app)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override name
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        sys.stdout.write(f"first-frame {time.time():.6f}\n")
        sys.stdout.flush()
        self._app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    if os.environ.get(FIRST_FRAME_ENV):
        app.installEventFilter(_FirstFrame(app))
    window = QWidget()
    window.setWindowTitle(TITLE)
    window.resize(WIDTH, HEIGHT)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
