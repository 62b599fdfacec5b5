"""The chart benchmark's baseline: a bare pyqtgraph PlotWidget drawing what Regulate's chart
draws, with the same settings, and nothing else.

``python bench/bare_plot.py POINTS.npy``: POINTS.npy holds four rows, one column a local day:
the day's noon (epoch seconds, ascending), its lowest, highest and mean activation, as
bench/chart.py computes them from the same export it imports into the app. The plot then does
what src/regulate/ui/chart.py's ChartView does for activation:

- antialiasing on; a date axis at the bottom; clip-to-view;
- each day's range as one soft 7-pixel bar (one path, ``connect="pairs"``) and its mean as a
  7-pixel point (one ScatterPlotItem), only for the days in view and a day either side;
- the calendar month of the last day, exactly; the Y range -1.2 to 10.6 without padding.

What it leaves out is what the app adds around that: reading the journal, computing the days,
the window band, the session ticks, the mood panel, the words and the rest of the window.

With REGULATE_FIRST_FRAME_EXIT=1 it prints `first-frame <time.time()>` after its first paint
and quits, like the app.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

DAY = 86_400.0


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
    days, low, high, mean = np.load(sys.argv[1])
    pg.setConfigOptions(antialias=True)
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
    item = widget.getPlotItem()
    item.setClipToView(True)
    widget.setYRange(-1.2, 10.6, padding=0)
    last = datetime.fromtimestamp(float(days[-1])).astimezone()
    start = last.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    # Like the chart, only the days in view (and a day either side) are handed to the items.
    lo, hi = np.searchsorted(days, [start.timestamp() - DAY, end.timestamp() + DAY])
    days, low, high, mean = days[lo:hi], low[lo:hi], high[lo:hi], mean[lo:hi]
    spread = high > low
    soft = QColor("#0072B2")
    soft.setAlphaF(0.3)
    bars = pg.PlotCurveItem(
        days[spread].repeat(2),
        np.column_stack([low[spread], high[spread]]).ravel(),
        pen=pg.mkPen(soft, width=7),
        connect="pairs",
    )
    item.addItem(bars)
    item.addItem(
        pg.ScatterPlotItem(
            days, mean, symbol="o", size=7, pen=pg.mkPen("#f4f1ec"), brush=pg.mkBrush("#0072B2")
        )
    )
    widget.setXRange(start.timestamp(), end.timestamp(), padding=0)
    widget.resize(900, 680)
    if os.environ.get("REGULATE_FIRST_FRAME_EXIT"):
        app.installEventFilter(FirstFrame(app))
    widget.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
