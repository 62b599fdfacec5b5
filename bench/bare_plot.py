"""The chart benchmark's baseline: a bare pyqtgraph PlotWidget of 20,000 points.

With REGULATE_FIRST_FRAME_EXIT=1 it prints `first-frame <time.time()>` after its first paint
and quits, like the app.
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstFrame(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        sys.stdout.write(f"first-frame {time.time():.6f}\n")
        sys.stdout.flush()
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    rng = np.random.default_rng(7)
    x = np.arange(20_000, dtype=float)
    y = rng.normal(5, 2, 20_000)
    widget = pg.PlotWidget()
    widget.plot(x, y)
    widget.resize(900, 680)
    if os.environ.get("REGULATE_FIRST_FRAME_EXIT"):
        app.installEventFilter(FirstFrame(app))
    widget.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
