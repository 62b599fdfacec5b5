"""The chart benchmark's baseline: a bare pyqtgraph PlotWidget drawing what Regulate's chart
draws, with the same settings, and nothing else.

``python bench/bare_plot.py POINTS.npy``: POINTS.npy holds two rows, the check-ins' times
(epoch seconds, ascending) and their activation (0 to 10), as bench/chart.py writes them from
the same journal it imports into the app. The plot then does what src/regulate/ui/chart.py's
ChartView does for the activation line on a journal longer than a month:

- antialiasing on; a DateAxisItem at the bottom;
- peak downsampling in auto mode, clip-to-view, and autoDownsampleFactor 1.0 on the line;
- a 2-pixel pen (the view's "fine" style for spans up to 40 days);
- the month range: the last 31 days up to max(now, the last point), plus a 2 % margin (at
  least an hour) on each side; the Y range -1.2 to 10.6 without padding.

What it leaves out is what the app adds around that line: reading the journal, the window band
and the session ticks, the hidden mood and distress lines, and the rest of the window.

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

DAY = 86_400.0
MONTH = 31 * DAY  # ui/chart.py RANGES["month"]


class FirstFrame(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override name
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
    times, arousal = np.load(sys.argv[1])
    pg.setConfigOptions(antialias=True)
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
    item = widget.getPlotItem()
    item.setDownsampling(auto=True, mode="peak")
    item.setClipToView(True)
    widget.setYRange(-1.2, 10.6, padding=0)
    line = widget.plot(times, arousal, pen=pg.mkPen("#0072B2", width=2))
    line.opts["autoDownsampleFactor"] = 1.0
    end = max(time.time(), float(times[-1]))
    start = end - MONTH
    margin = max((end - start) * 0.02, 3600.0)
    widget.setXRange(start - margin, end + margin, padding=0)
    widget.resize(900, 680)
    if os.environ.get("REGULATE_FIRST_FRAME_EXIT"):
        app.installEventFilter(FirstFrame(app))
    widget.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
