"""Your days: arousal over time against your own window, mood and distress as toggles,
sessions marked, and "What helps me". pyqtgraph is imported here and only here, when the chart
first opens.

Fast with years of data: one query per table (storage.series), numpy arrays, one plot item per
series, peak downsampling and clip-to-view, and ranges set explicitly.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from regulate.core.entries import ItemKind
from regulate.core.insights import monthly_window_share, overall_share
from regulate.core.suggest import ItemRecord
from regulate.storage.series import Series
from regulate.ui.a11y import mood_words, name_scroll_bars, zone_words
from regulate.ui.text import plain_label, plain_tip
from regulate.ui.theme import Colours

if TYPE_CHECKING:
    from regulate.services import Services
    from regulate.ui.main_window import MainWindow

translate = QCoreApplication.translate
DAY = 86_400.0
RANGES = (("week", 7 * DAY), ("month", 31 * DAY), ("year", 366 * DAY), ("all", 0.0))

# Okabe & Ito's colour-blind-safe palette: blue, bluish green, orange; lighter in the dark.
LINE_COLOURS = {
    False: {"arousal": "#0072B2", "mood": "#009E73", "suds": "#D55E00", "band": "#009E73"},
    True: {"arousal": "#56B4E9", "mood": "#47C7A0", "suds": "#E69F00", "band": "#47C7A0"},
}


def _floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def local_text(epoch: float, offset: int) -> str:
    zone = timezone(timedelta(minutes=offset))
    moment = datetime.fromtimestamp(epoch, tz=UTC).astimezone(zone)
    day = QDate(moment.year, moment.month, moment.day)
    clock = QTime(moment.hour, moment.minute)
    locale = QLocale()
    return (
        f"{locale.toString(day, QLocale.FormatType.LongFormat)}, "
        f"{locale.toString(clock, QLocale.FormatType.ShortFormat)}"
    )


class ChartView(QWidget):
    def __init__(
        self,
        series: Series,
        colours: Colours,
        dark: bool,
        now: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._series = series
        self._now = now
        lines = LINE_COLOURS[dark]
        c = series.checkins
        self.times = np.array(c.epoch, dtype=float)
        self.arousal = _floats(c.arousal)
        self.mood = (_floats(c.mood) - 1.0) * 2.5  # 1-5 drawn on the 0-10 scale
        self.suds = _floats(c.suds)

        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot.setAccessibleName(translate("Chart", "Chart of your check-ins over time"))
        self.plot.viewport().setAccessibleName(translate("Chart", "The chart's drawing area"))
        self.plot.setBackground(colours.window)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        item.setLabel("left", translate("Chart", "activation 0 to 10"))
        for side in ("left", "bottom", "right"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(colours.soft_text))
            axis.setTextPen(pg.mkPen(colours.text))
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.plot.setYRange(-1.2, 10.6, padding=0)
        self.plot.setMouseEnabled(x=True, y=False)

        if len(self.times):
            band = QColor(lines["band"])
            band.setAlphaF(0.16)
            steps_x, low, high = self._band(c.low, c.high)
            self._low = pg.PlotCurveItem(steps_x, low, pen=pg.mkPen(None))
            self._high = pg.PlotCurveItem(steps_x, high, pen=pg.mkPen(None))
            self.band = pg.FillBetweenItem(self._low, self._high, brush=pg.mkBrush(band))
            self.plot.addItem(self.band)
        self.arousal_line = self.plot.plot(
            *self._given(self.arousal),
            pen=pg.mkPen(lines["arousal"], width=2),
            name=translate("Chart", "Activation"),
        )
        self.mood_line = self.plot.plot(
            *self._given(self.mood),
            pen=pg.mkPen(lines["mood"], width=2, style=Qt.PenStyle.DashLine),
            name=translate("Chart", "Mood"),
        )
        self.suds_line = self.plot.plot(
            *self._given(self.suds),
            pen=pg.mkPen(lines["suds"], width=2, style=Qt.PenStyle.DotLine),
            name=translate("Chart", "Distress"),
        )
        for line in (self.arousal_line, self.mood_line, self.suds_line):
            # About one bin a pixel (pyqtgraph's default is five): the same picture at a
            # fraction of the drawing cost on years of data.
            line.opts["autoDownsampleFactor"] = 1.0
        self._lines = lines
        self._fine: bool | None = None
        self.plot.getPlotItem().vb.sigXRangeChanged.connect(self._range_changed)
        self.mood_line.setVisible(False)
        self.suds_line.setVisible(False)
        s = series.sessions
        self.session_times = np.array(s.epoch, dtype=float)
        # Each session is a short upright tick along the bottom: one path for all of them.
        self.sessions = pg.PlotCurveItem(
            self.session_times.repeat(2),
            np.tile([-1.0, -0.35], len(self.session_times)),
            pen=pg.mkPen(colours.soft_text, width=2),
            connect="pairs",
        )
        self.plot.addItem(self.sessions)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.empty = plain_label(
            translate(
                "Chart",
                "Nothing here yet. Your check-ins will show up here over the days and weeks.",
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("subtitle")
        self.empty.setVisible(not len(self.times) and not len(self.session_times))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.plot, 1)
        self.show_range("month" if self.span() > 31 * DAY else "all")

    def _given(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Only the check-ins that have this value, so the line joins them across gaps."""
        keep = np.isfinite(values)
        return self.times[keep], values[keep]

    def _band(
        self, lows: Sequence[int], highs: Sequence[int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The window as a step band, with a corner only where the bounds changed."""
        xs: list[float] = []
        low_edge: list[float] = []
        high_edge: list[float] = []
        previous: tuple[int, int] | None = None
        for epoch, low, high in zip(self.times, lows, highs, strict=True):
            if (low, high) != previous:
                if previous is not None:
                    xs.append(float(epoch))
                    low_edge.append(previous[0] - 0.5)
                    high_edge.append(previous[1] + 0.5)
                xs.append(float(epoch))
                low_edge.append(low - 0.5)
                high_edge.append(high + 0.5)
                previous = (low, high)
        assert previous is not None
        xs.append(max(self._now(), float(self.times[-1])))
        low_edge.append(previous[0] - 0.5)
        high_edge.append(previous[1] + 0.5)
        return np.array(xs), np.array(low_edge), np.array(high_edge)

    def _range_changed(self, _view: object, x_range: tuple[float, float]) -> None:
        self._style(x_range[1] - x_range[0])

    def _style(self, visible: float) -> None:
        """Two-pixel, dashed lines up to about a month; over longer spans thin solid ones,
        which Qt draws many times faster (a year is then drawn in milliseconds)."""
        fine = visible <= 40 * DAY
        if fine == self._fine:
            return
        self._fine = fine
        width = 2 if fine else 1
        self.arousal_line.setPen(pg.mkPen(self._lines["arousal"], width=width))
        dash = Qt.PenStyle.DashLine if fine else Qt.PenStyle.SolidLine
        dots = Qt.PenStyle.DotLine if fine else Qt.PenStyle.SolidLine
        self.mood_line.setPen(pg.mkPen(self._lines["mood"], width=width, style=dash))
        self.suds_line.setPen(pg.mkPen(self._lines["suds"], width=width, style=dots))

    def span(self) -> float:
        points = np.concatenate([self.times, self.session_times])
        return float(points.max() - points.min()) if len(points) else 0.0

    def show_range(self, key: str) -> None:
        seconds = dict(RANGES)[key]
        end = self._now()
        points = np.concatenate([self.times, self.session_times])
        if len(points):
            end = max(end, float(points.max()))
        if seconds:
            start = end - seconds
        elif len(points):
            start = float(points.min())
        else:
            start = end - 7 * DAY
        margin = max((end - start) * 0.02, 3600.0)
        self.plot.setXRange(start - margin, end + margin, padding=0)

    def show_period(self, start: float, end: float) -> None:
        """Exactly ``start`` to ``end`` (the report's period), no margin."""
        self.plot.setXRange(start, end, padding=0)

    def set_mood(self, shown: bool) -> None:
        self.mood_line.setVisible(shown)
        axis = self.plot.getPlotItem()
        axis.showAxis("right", shown)
        if shown:
            right = axis.getAxis("right")
            right.setTicks([[((i) * 2.5, word) for i, word in enumerate(mood_words())]])

    def set_suds(self, shown: bool) -> None:
        self.suds_line.setVisible(shown)

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not len(self.times) or not self.plot.sceneBoundingRect().contains(position):
            return
        point = view.mapSceneToView(position)
        x = point.x()
        index = int(np.clip(np.searchsorted(self.times, x), 0, len(self.times) - 1))
        if index > 0 and abs(self.times[index - 1] - x) < abs(self.times[index] - x):
            index -= 1
        pixel = view.mapViewToScene(QPointF(self.times[index], point.y()))
        if abs(pixel.x() - position.x()) > 12:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), plain_tip(self.describe(index)), self.plot)

    def describe(self, index: int) -> str:
        c = self._series.checkins
        lines = [local_text(c.epoch[index], c.offset[index])]
        if c.arousal[index] is not None:
            zone = zone_words(str(c.zone[index]))
            lines.append(
                translate("Chart", "Activation {a} ({zone}, window {low} to {high})").format(
                    a=c.arousal[index], zone=zone, low=c.low[index], high=c.high[index]
                )
            )
        if c.suds[index] is not None:
            lines.append(translate("Chart", "Distress {s}").format(s=c.suds[index]))
        if c.mood[index] is not None:
            lines.append(
                translate("Chart", "Mood: {m}").format(m=mood_words()[int(c.mood[index] or 1) - 1])
            )
        words = json.loads(c.feelings[index] or "[]")
        if words:
            lines.append(", ".join(words))
        if c.note[index]:
            note = c.note[index]
            lines.append(note if len(note) <= 140 else note[:139] + "…")
        return "\n".join(lines)

    def save_picture(self, path: str) -> None:
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = 1600
        exporter.export(path)


class HelpsTable(QWidget):
    """What helps me: per pattern or exercise, times done, average change, last used."""

    def __init__(
        self,
        records: Sequence[ItemRecord],
        titles: Mapping[tuple[ItemKind, str], str],
        series: Series,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ranked = sorted(
            records,
            key=lambda r: (r.average_change if r.average_change is not None else 99, -r.times),
        )
        self.table = QTableWidget(len(ranked), 4, self)
        name_scroll_bars(self.table, translate("Chart", "the table"))
        self.table.setAccessibleName(translate("Chart", "What helps me"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Chart", "Pattern or exercise"),
                translate("Chart", "Times"),
                translate("Chart", "Change in distress"),
                translate("Chart", "Last done"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, record in enumerate(ranked):
            title = titles.get((record.kind, record.item), record.item)
            if record.average_change is None:
                change = translate("Chart", "not rated")
            else:
                change = translate("Chart", "{c:+.1f} (over {n} rated)").format(
                    c=record.average_change, n=record.rated
                )
            last = (
                QLocale().toString(
                    QDate(
                        record.last.local().year,
                        record.last.local().month,
                        record.last.local().day,
                    ),
                    QLocale.FormatType.ShortFormat,
                )
                if record.last
                else ""
            )
            for column, text in enumerate((title, str(record.times), change, last)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        months = monthly_window_share(
            series.checkins.epoch, series.checkins.offset, series.checkins.zone
        )
        share = overall_share(months)
        intro = plain_label(parent=self)
        intro.setWordWrap(True)
        intro.setObjectName("subtitle")
        if not ranked:
            intro.setText(
                translate(
                    "Chart",
                    "When you rate how intense things are before and after an exercise, you "
                    "will see here which ones help you most.",
                )
            )
        else:
            intro.setText(
                translate(
                    "Chart",
                    "A negative change means your distress went down. Numbers from a few "
                    "sessions are only a first hint.",
                )
            )
        self.months = plain_label(parent=self)
        self.months.setWordWrap(True)
        if share is not None:
            recent = ", ".join(f"{m.month}: {round(100 * m.share)} %" for m in months[-6:])
            self.months.setText(
                translate(
                    "Chart",
                    "Check-ins within your window: {share} % overall. By month: {recent}.",
                ).format(share=round(100 * share), recent=recent)
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.months)


class ChartPage(QWidget):
    leave = Signal()

    def __init__(
        self,
        series: Series,
        records: Sequence[ItemRecord],
        titles: Mapping[tuple[ItemKind, str], str],
        colours: Colours,
        dark: bool,
        now: Callable[[], float] = time.time,
        actions: Mapping[str, Callable[[], str | None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chart")
        self._actions = dict(actions or {})
        title = plain_label(translate("Chart", "Your days"), self)
        title.setObjectName("title")
        self.view = ChartView(series, colours, dark, now, self)
        self._helps_data = (records, titles, series)
        self.helps: HelpsTable | None = None  # built when its tab is first opened
        self.range_group = QButtonGroup(self)
        ranges = QHBoxLayout()
        labels = {
            "week": translate("Chart", "Week"),
            "month": translate("Chart", "Month"),
            "year": translate("Chart", "Year"),
            "all": translate("Chart", "All"),
        }
        self.range_buttons: dict[str, QPushButton] = {}
        for key, _ in RANGES:
            button = QPushButton(labels[key], self)
            button.setCheckable(True)
            button.setAccessibleName(translate("Chart", "Show {span}").format(span=labels[key]))
            button.clicked.connect(lambda _=False, k=key: self.view.show_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            ranges.addWidget(button)
        self.range_buttons["month" if self.view.span() > 31 * DAY else "all"].setChecked(True)
        self.mood_box = QCheckBox(translate("Chart", "Mood"), self)
        self.mood_box.toggled.connect(self.view.set_mood)
        self.suds_box = QCheckBox(translate("Chart", "Distress"), self)
        self.suds_box.toggled.connect(self.view.set_suds)
        ranges.addSpacing(16)
        ranges.addWidget(self.mood_box)
        ranges.addWidget(self.suds_box)
        ranges.addStretch(1)
        self.save_button = QPushButton(translate("Chart", "Save as picture"), self)
        self.save_button.clicked.connect(self._save_picture)
        ranges.addWidget(self.save_button)
        legend = plain_label(
            translate(
                "Chart",
                "The shaded band is your window; the line is how activated you felt at each "
                "check-in. Short marks along the bottom are breathing and grounding sessions. "
                "Point at the line for details.",
            ),
            self,
        )
        legend.setObjectName("note")
        legend.setWordWrap(True)
        chart_tab = QWidget(self)
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.setContentsMargins(0, 8, 0, 0)
        chart_layout.addLayout(ranges)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(legend)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("Chart", "Chart and what helps me"))
        self.tabs.addTab(chart_tab, translate("Chart", "Chart"))
        self._helps_holder = QWidget(self)
        QVBoxLayout(self._helps_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._helps_holder, translate("Chart", "What helps me"))
        self.tabs.currentChanged.connect(self._tab_changed)
        back = QPushButton(translate("Chart", "Back to home"), self)
        back.clicked.connect(self.leave)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        self.status = plain_label(parent=self)
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("import", translate("Chart", "Import…")),
            ("export", translate("Chart", "Save my data…")),
            ("summary", translate("Chart", "PDF summary…")),
        ):
            if key in self._actions:
                button = QPushButton(text, self)
                button.clicked.connect(lambda _=False, k=key: self._run(k))
                bottom.addWidget(button)
                self.action_buttons[key] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.leave)

    def _run(self, key: str) -> None:
        message = self._actions[key]()
        if message is not None:
            self.status.setText(message)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._helps_holder:
            self.show_helps()

    def show_helps(self) -> HelpsTable:
        if self.helps is None:
            self.helps = HelpsTable(*self._helps_data, self._helps_holder)
            layout = self._helps_holder.layout()
            assert layout is not None
            layout.addWidget(self.helps)
        return self.helps

    def _save_picture(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Chart", "Save the chart as a picture"),
            "regulate-chart.png",
            translate("Chart", "PNG pictures (*.png)"),
        )
        if path:
            self.view.save_picture(path)


def open_chart(
    services: Services,
    window: MainWindow,
    colours: Colours,
    say: Callable[[str], None],
    reopen: Callable[[str], None],
    series: Series | None = None,
) -> ChartPage | None:
    """A chart of the journal as it is now, with import, export and the summary wired to the
    application layer (run off the GUI thread; ``reopen`` shows a fresh chart after an import).
    None, after saying why, if the journal can't be read."""
    from regulate.services import ServiceError
    from regulate.storage.series import item_records
    from regulate.ui import data_dialogs
    from regulate.ui.theme import DARK

    if series is None:
        try:
            series = services.read_series()
        except ServiceError as exc:
            say(translate("MainWindow", "Your journal could not be read: {why}").format(why=exc))
            return None

    def tell(message: str) -> None:
        window.finished(message)
        page.status.setText(message)

    def working(start: Callable[[], str | None]) -> str | None:
        message = start()
        if message is not None:
            window.working(message)
        return message

    page = ChartPage(
        series,
        list(item_records(series.sessions).values()),
        services.catalogue.titles(),
        colours,
        colours is DARK,
        actions={
            "import": lambda: working(lambda: data_dialogs.import_into(services, page, reopen)),
            "export": lambda: working(lambda: data_dialogs.export_from(services, page, tell)),
            "summary": lambda: working(lambda: data_dialogs.summary_to(services, page, tell)),
        },
    )
    return page
