"""Your days: per-day activation against your own window, mood in its own panel, distress as a
toggle, sessions marked, a table and a sentence for every view, and "What helps me".
pyqtgraph is imported here and only here, when the chart first opens.

Fast with years of data: one query per table (storage.series), one per-day series computed once
with numpy (``daily``) that every view draws and counts from, one plot item per series, and
ranges set explicitly.
"""

from __future__ import annotations

import json
import re
import time
from calendar import monthrange
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from datetime import date as date_type
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from regulate.storage.series import Series, Whole
from regulate.ui.a11y import announce, mood_words, name_scroll_bars, zone_words
from regulate.ui.calendar_picture import CalendarPicture, colour_by_mood, tally
from regulate.ui.chart_panel import Panel
from regulate.ui.numbers import day_text, decimal, signed
from regulate.ui.page import FlowLayout, flow_row, scroll_area
from regulate.ui.text import plain_label, plain_tip
from regulate.ui.theme import Colours

if TYPE_CHECKING:
    from regulate.core.entries import ItemKind
    from regulate.core.insights import BeforeAfter
    from regulate.services import Services
    from regulate.ui.main_window import MainWindow

translate = QCoreApplication.translate
DAY = 86_400.0
#: Nominal lengths, for the style switch and the bench; the views themselves are calendar
#: periods (a week from the locale's first day, a calendar month, a calendar year, everything).
RANGES = (("week", 7 * DAY), ("month", 31 * DAY), ("year", 366 * DAY), ("all", 0.0))

# Okabe & Ito's colour-blind-safe palette: blue, bluish green, orange, reddish purple; lighter
# in the dark.
LINE_COLOURS = {
    False: {
        "arousal": "#0072B2",
        "mood": "#009E73",
        "suds": "#D55E00",
        "band": "#009E73",
        "session": "#CC79A7",
    },
    True: {
        "arousal": "#56B4E9",
        "mood": "#47C7A0",
        "suds": "#E69F00",
        "band": "#47C7A0",
        "session": "#E8A0C8",
    },
}
_EPOCH_ORDINAL = date_type(1970, 1, 1).toordinal()  # local day numbers count from here
AXIS_WIDTH = 64  # both panels' left axes at least, so their time axes line up


def _floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array(values, dtype=float) if len(values) else np.zeros(0)


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


@dataclass(frozen=True)
class Stat:
    """One measure per day: how many, lowest, highest, mean (NaN on days without it)."""

    n: np.ndarray
    low: np.ndarray
    high: np.ndarray
    mean: np.ndarray


def rating(stat: Stat, index: int) -> str:
    """A day's value of a 0 to 10 rating: one rating as the whole number it was ("4"), the
    mean of several with one decimal ("4.5", in German "4,5")."""
    if stat.n[index] == 1:
        return str(round(float(stat.mean[index])))
    return decimal(stat.mean[index])


@dataclass(frozen=True)
class Days:
    """The journal as one row per local day: what every view draws and counts from."""

    number: np.ndarray  # local day number (days since 1970-01-01 in the entry's own time)
    x: np.ndarray  # that day's local noon, UTC seconds: where the day is drawn
    checkins: np.ndarray
    arousal: Stat
    mood: Stat
    suds: Stat
    below: np.ndarray
    within: np.ndarray
    above: np.ndarray
    first: np.ndarray  # index of the day's first check-in in the series

    def __len__(self) -> int:
        return len(self.number)


def _stat(values: np.ndarray, inverse: np.ndarray, k: int) -> Stat:
    ok = np.isfinite(values)
    where, given = inverse[ok], values[ok]
    n = np.bincount(where, minlength=k)
    total = np.bincount(where, weights=given, minlength=k)
    low = np.full(k, np.inf)
    high = np.full(k, -np.inf)
    np.minimum.at(low, where, given)
    np.maximum.at(high, where, given)
    none = n == 0
    low[none] = np.nan
    high[none] = np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(none, np.nan, total / np.maximum(n, 1))
    return Stat(n, low, high, mean)


def daily(series: Series) -> Days:
    """Per local day: counts, activation, mood and distress (computed once per chart)."""
    c = series.checkins
    times = np.array(c.epoch, dtype=float)
    shift = np.array(c.offset, dtype=float) * 60.0
    number = np.floor((times + shift) / DAY).astype(np.int64)
    days, first, inverse = np.unique(number, return_index=True, return_inverse=True)
    k = len(days)
    zone = np.array([z or "" for z in c.zone], dtype=object)
    return Days(
        days,
        days * DAY + DAY / 2 - shift[first] if k else np.zeros(0),
        np.bincount(inverse, minlength=k),
        _stat(_floats(c.arousal), inverse, k),
        _stat(_floats(c.mood), inverse, k),
        _stat(_floats(c.suds), inverse, k),
        np.bincount(inverse[zone == "hypo"], minlength=k),
        np.bincount(inverse[zone == "window"], minlength=k),
        np.bincount(inverse[zone == "hyper"], minlength=k),
        first,
    )


@dataclass(frozen=True)
class Prepared:
    """A series as the arrays every view draws and counts from, computed once: off the GUI
    thread when the whole journal arrives after its latest weeks."""

    series: Series
    times: np.ndarray
    days: Days
    session_times: np.ndarray
    session_rated: np.ndarray
    session_fell: np.ndarray
    zones: dict[str, np.ndarray]  # per check-in: below (hypo), within, above (hyper)


def prepare(series: Series) -> Prepared:
    c, s = series.checkins, series.sessions
    before = _floats(s.suds_before)
    after = _floats(s.suds_after)
    rated = np.isfinite(before) & np.isfinite(after)
    zone = np.array([z or "" for z in c.zone], dtype=object)
    return Prepared(
        series,
        np.array(c.epoch, dtype=float),
        daily(series),
        np.array(s.epoch, dtype=float),
        rated,
        rated & (after < before),
        {name: zone == name for name in ("hypo", "window", "hyper")},
    )


def _local(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch).astimezone()


def _midnight(day: datetime) -> datetime:
    return day.replace(hour=0, minute=0, second=0, microsecond=0)


def period_of(key: str, anchor: float, first: float) -> tuple[float, float]:
    """The calendar period of ``key`` holding ``anchor``: [start, end) in UTC seconds."""
    day = _midnight(_local(anchor))
    if key == "week":
        first_day = QLocale().firstDayOfWeek().value  # Monday 1 ... Sunday 7
        back = (day.isoweekday() - first_day) % 7
        start = _midnight(day - timedelta(days=back))
        end = _midnight(start + timedelta(days=7, hours=12))
    elif key == "month":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
    elif key == "year":
        start = day.replace(month=1, day=1)
        end = start.replace(year=start.year + 1)
    else:
        start = _midnight(_local(min(first, anchor)))
        end = _midnight(day + timedelta(days=1, hours=12))
    return start.timestamp(), end.timestamp()


def period_name(key: str, start: float, end: float) -> str:
    """ "November 2026", "2026", "week of 2 November 2026", in the interface language."""
    locale = QLocale()
    first = _local(start)
    day = QDate(first.year, first.month, first.day)
    if key == "month":
        return locale.toString(day, "MMMM yyyy")
    if key == "year":
        return str(first.year)
    if key == "week":
        return translate("Chart", "The week from {day}").format(
            day=locale.toString(day, QLocale.FormatType.LongFormat)
        )
    last = _local(end - 1)
    return translate("Chart", "{start} to {end}").format(  # in words: 10/11 reads two ways
        start=day_text(day), end=day_text(QDate(last.year, last.month, last.day))
    )


def _bin_edges(x: np.ndarray, start: float, end: float, bins: int) -> np.ndarray:
    """Where each non-empty bin of ``bins`` equal spans of [start, end) begins in sorted ``x``."""
    which = np.clip(((x - start) / (end - start) * bins).astype(np.int64), -1, bins)
    return np.flatnonzero(np.r_[True, np.diff(which) != 0])


def day_patterns() -> tuple[str, str]:
    """The locale's own patterns for a short day and month, and for the day alone, taken from
    its long date format without the weekday and the year: "d MMM" and "d" (or "MMM d" and
    "d"); German "d. MMM" and "d.", so the 1st reads "1. Dez." beside "Mo. 30."."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}\W*", "", pattern)  # the weekday
    pattern = re.sub(r"[,\s]*y+[,\s]*", " ", pattern)  # the year
    pattern = re.sub(r"^\W+", "", pattern).rstrip(" ,")
    pattern = re.sub(r"M{4}", "MMM", pattern)  # "Dez." rather than "Dezember"
    if not re.fullmatch(r"d{1,2}[.,\s]+M{3}|M{3}[.,\s]+d{1,2}\.?", pattern):
        return "d MMM", "d"  # a language writing dates another way: day, then month
    alone = re.sub(r"[,\s]*M+[,\s]*", " ", pattern).strip(" ,")
    return pattern, alone


class DateAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no types
    """Days, months or years at calendar boundaries, named in the interface language, as many
    as fit side by side at the current text size."""

    def __init__(self) -> None:
        super().__init__(orientation="bottom")
        self._widths: dict[tuple[str, str, str], float] = {}

    def _metrics(self) -> QFontMetricsF:
        font = self.style["tickFont"]
        return QFontMetricsF(font if font is not None else QFont())

    def _label_width(self, unit: str) -> float:
        """The widest label of ``unit`` with a gap of about a letter's height after it."""
        metrics = self._metrics()
        key = (unit, QLocale().name(), metrics.fontDpi().__repr__() + repr(metrics.height()))
        if key not in self._widths:
            self._unit = unit
            if unit == "day":
                week = datetime(2026, 11, 23, 12)  # a week of every weekday, and a month's 1st
                samples = [(week + timedelta(days=n)).timestamp() for n in range(9)]
            elif unit == "month":
                samples = [datetime(2026, m, 1, 12).timestamp() for m in range(1, 13)]
            else:
                samples = [datetime(2026, 1, 1, 12).timestamp()]
            widest = max(metrics.horizontalAdvance(t) for t in self.tickStrings(samples, 1, 1))
            self._widths[key] = widest + metrics.height()
        return self._widths[key]

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        if not np.isfinite(minVal) or not np.isfinite(maxVal) or maxVal <= minVal:
            return []
        span_days = (maxVal - minVal) / DAY
        start, end = _midnight(_local(minVal)), _local(maxVal)
        ticks: list[float] = []
        fits = max(2, int(size / self._label_width("day")))
        if span_days / fits <= 7:
            self._unit = "day"
            step = (
                next((s for s in (1, 2, 3, 7, 14) if span_days / s <= fits), 14)
                if span_days > fits
                else 1
            )
            day = start
            while day <= end and len(ticks) < 400:
                if (day.toordinal() % step) == 0 or step == 1:
                    ticks.append(day.timestamp() + DAY / 2)  # under the day's point, at noon
                day = _midnight(day + timedelta(days=1, hours=12))
        elif span_days / (fits := max(2, int(size / self._label_width("month")))) <= 200:
            self._unit = "month"
            months = span_days / 30.4
            step = next((s for s in (1, 2, 3, 4, 6) if months / s <= fits), 6)
            month = start.replace(day=1)
            while month <= end and len(ticks) < 400:
                if (month.month - 1) % step == 0:
                    ticks.append(month.timestamp())
                month = (month + timedelta(days=32)).replace(day=1)
        else:
            fits = max(2, int(size / self._label_width("year")))
            self._unit = "year"
            years = span_days / 365.25
            step = next((s for s in (1, 2, 5, 10, 20, 50) if years / s <= fits), 100)
            year = start.replace(month=1, day=1)
            while year <= end and len(ticks) < 400:
                if year.year % step == 0:
                    ticks.append(year.timestamp())
                year = year.replace(year=year.year + 1)
        return [(DAY, [t for t in ticks if minVal <= t <= maxVal])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        unit = getattr(self, "_unit", "day")
        with_month, alone = day_patterns()
        out = []
        for value in values:
            moment = _local(value)
            day = QDate(moment.year, moment.month, moment.day)
            if unit == "year":
                out.append(str(moment.year))
            elif unit == "month":
                out.append(locale.toString(day, "MMM yyyy" if moment.month == 1 else "MMM"))
            elif moment.day == 1:
                out.append(locale.toString(day, with_month))
            else:
                out.append(locale.toString(day, f"ddd {alone}"))
        return out


class ChartView(QWidget):
    """Two panels sharing one time axis: activation (0 to 10) against the window, and mood
    (1 to 5) on its own; each day a soft bar for its range and a point for its mean. Each
    panel appears when the entries have its measure, so mood-only history shows at once."""

    cursor_moved = Signal(str)
    period_changed = Signal()
    marks_changed = Signal()  # mood or distress shown or hidden

    def __init__(
        self,
        series: Series,
        colours: Colours,
        dark: bool,
        now: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._colours = colours
        self._lines = lines = LINE_COLOURS[dark]
        self._load(prepare(series))
        #: The latest part of the journal only (``Series.whole``), until ``set_series``.
        self.part: Whole | None = series.whole
        if self.part is not None:
            self.has_activation = self.part.arousal
            self.has_suds = self.part.suds
            self.has_sessions = self.part.sessions
            self.has_mood = self.part.mood
        else:
            self.has_activation = bool(self.days.arousal.n.sum())
            self.has_suds = bool(self.days.suds.n.sum())
            self.has_sessions = bool(len(self.session_times))
            self.has_mood = bool(self.days.mood.n.sum())
        self.has_arousal = self.has_activation or self.has_sessions

        pg.setConfigOptions(antialias=True)
        self.plot = pg.GraphicsLayoutWidget()
        self.plot.setBackground(colours.window)
        self.plot.setAccessibleName(translate("Chart", "Chart of your check-ins over time"))
        self.plot.viewport().setAccessibleName(translate("Chart", "The chart's drawing area"))
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.top = Panel(DateAxis())
        self.mood_panel = Panel(DateAxis())
        self.mood_panel.setXLink(self.top)
        for panel in (self.top, self.mood_panel):
            # Time runs left to right in every language (the Earlier/Later row follows it).
            panel.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            panel.showGrid(y=True, alpha=0.15)
            # Only the latest weeks are there to pan over until the rest is read.
            panel.setMouseEnabled(x=self.part is None, y=False)
            # Zooming in with the mouse stops at a day: closer, nothing would be left to see.
            panel.vb.setLimits(minXRange=DAY)
            for side in ("left", "bottom"):
                axis = panel.getAxis(side)
                axis.enableAutoSIPrefix(False)  # plain numbers and dates, never "x1e3"
                axis.setPen(pg.mkPen(colours.soft_text))
                axis.setTextPen(pg.mkPen(colours.text))
                axis.setTickFont(QFont(self.font()))  # the words measured below
        self.top.setLabel("left", translate("Chart", "activation 0 to 10"))
        self.top.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.top.setYRange(-1.2, 10.6, padding=0)
        self.mood_panel.getAxis("left").setTicks([list(enumerate(mood_words(), start=1))])
        self.mood_panel.setYRange(0.5, 5.5, padding=0)
        self._fit_axes()

        self._band_curves: tuple[pg.PlotCurveItem, pg.PlotCurveItem] | None = None
        if self.has_activation:
            band = QColor(lines["band"])
            band.setAlphaF(0.16)
            self._low = pg.PlotCurveItem(pen=pg.mkPen(None))
            self._high = pg.PlotCurveItem(pen=pg.mkPen(None))
            self._band_curves = (self._low, self._high)
            self._fill_band()
            self.band = pg.FillBetweenItem(self._low, self._high, brush=pg.mkBrush(band))
            self.top.addItem(self.band)
        self._drawn_range: tuple[float, float] | None = None
        self._bar_items: list[tuple[pg.PlotCurveItem, str, QColor]] = []
        self._dot_items: list[tuple[pg.ScatterPlotItem, str]] = []
        self._bars: list[tuple[pg.PlotCurveItem, np.ndarray, np.ndarray, np.ndarray, QColor]] = []
        self._dots: list[tuple[pg.ScatterPlotItem, np.ndarray, np.ndarray]] = []
        self.arousal_range = self._ranges(self.top, "arousal", lines["arousal"])
        self.arousal_points = self._points(self.top, "arousal", lines["arousal"], "o")
        self.suds_points = self._points(self.top, "suds", lines["suds"], "d")
        self.suds_points.setVisible(False)
        self.mood_range = self._ranges(self.mood_panel, "mood", lines["mood"])
        self.mood_points = self._points(self.mood_panel, "mood", lines["mood"], "o")
        self._fill_items()
        # Each session an upright tick along the bottom of the activation panel.
        self.sessions = pg.PlotCurveItem(pen=pg.mkPen(lines["session"], width=2), connect="pairs")
        self.top.addItem(self.sessions)
        cursor_colour = QColor(colours.text)
        cursor_colour.setAlphaF(0.5)
        self.cursor_lines = []
        for panel in (self.top, self.mood_panel):
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen(cursor_colour, width=1))
            line.setVisible(False)
            panel.addItem(line, ignoreBounds=True)
            self.cursor_lines.append(line)
        self.cursor_day: int | None = None
        self.mood_shown = self.has_mood
        self._arrange()
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.top.vb.sigXRangeChanged.connect(self._draw_visible)

        self.empty = plain_label(
            translate(
                "Chart",
                "Nothing here yet. Your check-ins will show up here over the days and weeks.",
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("subtitle")
        self.empty.setVisible(
            self.part is None and not len(self.times) and not len(self.session_times)
        )
        self.details = plain_label(parent=self)
        self.details.setObjectName("note")
        self.details.setWordWrap(True)
        self.details.setAccessibleName(translate("Chart", "The chosen day"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.details)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Chart", "Chart of your check-ins over time"))
        # Said once: a fixed description (how to move) and each day announced as the keys
        # reach it. Changing the description as well made Orca say every day twice.
        self.setAccessibleDescription(
            translate(
                "Chart",
                "Left and right arrows move from day to day; Home and End go to the first "
                "and last day shown.",
            )
        )
        self.key = "all"
        self.start, self.end = 0.0, 0.0
        self.show_range(self.default_range())

    def _fit_axes(self) -> None:
        """Room for every tick word at the current text size, in every language: the left
        axes as wide as the widest mood word (pyqtgraph drops a word that does not fit) and
        each panel tall enough for its words one above the other. Both left axes get the
        same width, so the two panels' days line up."""
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        offset = 5 + 6  # pyqtgraph's gap between the words and the axis, and a margin
        top_axis = self.top.getAxis("left")
        label = top_axis.label.boundingRect().height() if top_axis.label.isVisible() else 0.0
        numbers = max(metrics.horizontalAdvance(str(v)) for v in range(0, 11, 2)) + label
        words = max(metrics.horizontalAdvance(word) for word in mood_words())
        width = int(max(AXIS_WIDTH, numbers + offset, words + offset) + 0.999)
        for panel in (self.top, self.mood_panel):
            panel.getAxis("left").setWidth(width)
        self.axis_width = width
        # The time axis under the lowest panel: its words and ticks (set, not grown after a
        # first drawing without them).
        time_axis = int(line + 12 + 0.999)
        for panel in (self.top, self.mood_panel):
            panel.getAxis("bottom").setHeight(time_axis)
        # Five mood words, one a unit, in 5 units; six numbers, one every 2 units, in 11.8.
        # (Set on a panel only while it is shown: a panel left out keeps no size of its own,
        # which its linked time range relies on.)
        self._heights = {
            id(self.mood_panel): 5 * line * 1.15 + time_axis,
            id(self.top): 11.8 / 2 * line * 1.15 + time_axis,
        }

    def _plot_height(self) -> int:
        """What the shown panels need, one above the other, with the margins around them and
        the gap between them (less, and the lowest time axis was cut at large text)."""
        grid = self.plot.ci.layout
        _left, top, _right, bottom = grid.getContentsMargins()
        gaps = grid.verticalSpacing() * max(0, len(self.panels) - 1)
        needed = sum(self._heights[id(panel)] for panel in self.panels) + top + bottom + gaps
        return int(needed + 0.999)

    # -- the entries ----------------------------------------------------------------------

    def _load(self, ready: Prepared) -> None:
        """The columns and the per-day series every view draws and counts from."""
        self._series = ready.series
        self.times = ready.times
        self.days = ready.days
        self.session_times = ready.session_times
        self._session_rated = ready.session_rated
        self._session_fell = ready.session_fell
        self._zones = ready.zones

    def set_series(self, series: Series | Prepared) -> None:
        """The whole journal, read after its latest part: the same period and chosen day,
        now with every view ready."""
        ready = series if isinstance(series, Prepared) else prepare(series)
        chosen = None if self.cursor_day is None else int(self.days.number[self.cursor_day])
        self._load(ready)
        self.part = ready.series.whole
        if self._band_curves is not None:
            self._fill_band()
        self._fill_items()
        if chosen is not None:
            found = int(np.searchsorted(self.days.number, chosen))
            self.cursor_day = found if found < len(self.days) else None
        for panel in (self.top, self.mood_panel):
            panel.setMouseEnabled(x=self.part is None, y=False)
        self._drawn_range = None
        self.show_period(self.start, self.end)

    def available(self, start: float) -> bool:
        """Whether a period from ``start`` can be shown from what has been read: every day
        of it, and the day either side, whole (a day's entries may lie in other time zones)."""
        return self.part is None or start >= self.part.read_from + 3 * DAY

    def can_show(self, key: str, anchor: float | None = None) -> bool:
        start, _ = period_of(key, self._last() if anchor is None else anchor, self._first())
        return self.available(start)

    # -- drawing ---------------------------------------------------------------------------

    def _ranges(self, panel: Panel, measure: str, colour: str) -> pg.PlotCurveItem:
        """Each day's lowest to highest as one soft bar (one path for the days in view)."""
        soft = QColor(colour)
        soft.setAlphaF(0.3)
        bars = pg.PlotCurveItem(pen=pg.mkPen(soft, width=7), connect="pairs")
        panel.addItem(bars)
        self._bar_items.append((bars, measure, soft))
        return bars

    def _points(self, panel: Panel, measure: str, colour: str, symbol: str) -> pg.ScatterPlotItem:
        points = pg.ScatterPlotItem(
            symbol=symbol,
            size=7,
            pen=pg.mkPen(self._colours.window, width=1),
            brush=pg.mkBrush(colour),
        )
        panel.addItem(points)
        self._dot_items.append((points, measure))
        return points

    def _fill_items(self) -> None:
        """Each item's days (all of them; ``_draw_visible`` hands over those in view)."""
        d = self.days
        self._bars = []
        for bars, measure, soft in self._bar_items:
            stat: Stat = getattr(d, measure)
            spread = np.isfinite(stat.low) & (stat.high > stat.low)
            self._bars.append((bars, d.x[spread], stat.low[spread], stat.high[spread], soft))
        self._dots = []
        for points, measure in self._dot_items:
            values = getattr(d, measure).mean
            keep = np.isfinite(values)
            self._dots.append((points, d.x[keep], values[keep]))

    def _fill_band(self) -> None:
        c = self._series.checkins
        steps_x, low, high = self._band(c.low, c.high)
        self._low.setData(steps_x, low)
        self._high.setData(steps_x, high)

    def _draw_visible(self, _view: object = None, x_range: Sequence[float] | None = None) -> None:
        """Hand each item only the days in view (a day's margin either side): years of days
        cost nothing while a month is shown. Bars narrow to a hairline when days are dense,
        which Qt draws fastest."""
        start, end = x_range if x_range is not None else (self.start, self.end)
        if end <= start or (start, end) == self._drawn_range:
            return
        self._drawn_range = (start, end)
        shown = self.panels[0] if getattr(self, "panels", None) else self.top  # not a hidden one
        pixels = max(1.0, float(shown.vb.width() or self.width() or 800))
        per_day = pixels * DAY / (end - start)
        width = 1 if per_day < 6 else min(7, int(per_day * 0.5))
        bins = int(pixels / 2)  # more days than that: one mark per two pixels, like peaks
        for bars, xs, low, high, colour in self._bars:
            lo, hi = np.searchsorted(xs, [start - DAY, end + DAY])
            x, bottom, top = xs[lo:hi], low[lo:hi], high[lo:hi]
            if len(x) > bins:
                edges = _bin_edges(x, start, end, bins)
                x = np.add.reduceat(x, edges) / np.diff(np.append(edges, len(x)))
                bottom = np.minimum.reduceat(bottom, edges)
                top = np.maximum.reduceat(top, edges)
            if width != bars.opts["pen"].width():
                bars.setPen(pg.mkPen(colour, width=width))
            bars.setData(x.repeat(2), np.column_stack([bottom, top]).ravel())
        for dots, xs, ys in self._dots:
            lo, hi = np.searchsorted(xs, [start - DAY, end + DAY])
            x, y = xs[lo:hi], ys[lo:hi]
            if len(x) > bins:
                edges = _bin_edges(x, start, end, bins)
                counts = np.diff(np.append(edges, len(x)))
                x = np.add.reduceat(x, edges) / counts
                y = np.add.reduceat(y, edges) / counts
            dots.setData(x, y)
        lo, hi = np.searchsorted(self.session_times, [start - DAY, end + DAY])
        ticks = self.session_times[lo:hi]
        thin = 1 if len(ticks) > pixels / 6 else 2
        if thin != self.sessions.opts["pen"].width():
            self.sessions.setPen(pg.mkPen(self._lines["session"], width=thin))
        self.sessions.setData(ticks.repeat(2), np.tile([-1.1, -0.1], len(ticks)))

    def _arrange(self) -> None:
        """Show the panels the entries have; the time axis only under the lowest one."""
        layout = self.plot.ci
        layout.clear()
        shown = [
            p
            for p, on in (
                (self.top, self.has_arousal or not self.has_mood),
                (self.mood_panel, self.mood_shown and self.has_mood),
            )
            if on
        ]
        for row, panel in enumerate(shown):
            layout.addItem(panel, row=row, col=0)
            panel.showAxis("bottom", panel is shown[-1])
            layout.layout.setRowStretchFactor(row, 3 if panel is self.top else 2)
        for panel in (self.top, self.mood_panel):
            panel.setMinimumHeight(self._heights[id(panel)] if panel in shown else 0)
        self.panels = shown
        self.plot.setMinimumHeight(self._plot_height())

    def _band(
        self, lows: Sequence[int], highs: Sequence[int]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The window as a step band, with a corner only where the bounds changed."""
        if not len(self.times):
            return np.zeros(0), np.zeros(0), np.zeros(0)
        low = np.array(lows, dtype=float)
        high = np.array(highs, dtype=float)
        changed = np.flatnonzero(np.r_[True, (low[1:] != low[:-1]) | (high[1:] != high[:-1])])
        at, low, high = self.times[changed], low[changed], high[changed]
        end = max(self._now(), float(self.times[-1]))

        def edge(values: np.ndarray) -> np.ndarray:
            # The first bound, then at each change the old bound and the new one, then the last.
            pairs = np.column_stack([values[:-1], values[1:]]).ravel()
            return np.concatenate([values[:1], pairs, values[-1:]])

        xs = np.concatenate([at[:1], at[1:].repeat(2), [end]])
        return xs, edge(low) - 0.5, edge(high) + 0.5

    # -- ranges ----------------------------------------------------------------------------

    def _last(self) -> float:
        points = [float(a[-1]) for a in (self.times, self.session_times) if len(a)]
        return max(points) if points else self._now()

    def _first(self) -> float:
        if self.part is not None:
            return self.part.first
        points = [float(a[0]) for a in (self.times, self.session_times) if len(a)]
        return min(points) if points else self._now()

    def span(self) -> float:
        return self._last() - self._first()

    def default_range(self) -> str:
        return "month" if self.span() > 31 * DAY else "all"

    def show_range(self, key: str, anchor: float | None = None) -> None:
        """The calendar ``key`` (week, month, year, all) holding ``anchor`` (the latest entry)."""
        start, end = period_of(key, self._last() if anchor is None else anchor, self._first())
        if not self.available(start):
            return  # not read yet (its button waits disabled until it is)
        self.key = key
        self.show_period(start, end)

    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) week, month or year."""
        if self.key == "all":
            return
        middle = (self.start + self.end) / 2
        length = self.end - self.start
        self.show_range(self.key, middle + direction * length)

    def can_step(self, direction: int) -> bool:
        if self.key == "all":
            return False
        if direction < 0:
            middle = (self.start + self.end) / 2
            earlier = self.can_show(self.key, middle - (self.end - self.start))
            return self.start > self._first() and earlier
        return self.end <= self._last()

    def show_period(self, start: float, end: float) -> None:
        """Exactly ``start`` to ``end``, no margin (the report's period, or a calendar one)."""
        self.start, self.end = start, end
        self.top.setXRange(start, end, padding=0)
        # Set too, not only linked: a link needs the other panel laid out, and the activation
        # panel is left out when there is no activation.
        self.mood_panel.setXRange(start, end, padding=0)
        self._draw_visible(None, (start, end))
        self.plot.setAccessibleDescription(self.summary())
        if self.cursor_day is not None and not start <= self.days.x[self.cursor_day] < end:
            self.set_cursor(None)
        self.period_changed.emit()

    def set_mood(self, shown: bool) -> None:
        self.mood_shown = shown
        self._arrange()
        self.marks_changed.emit()

    def set_suds(self, shown: bool) -> None:
        self.suds_points.setVisible(shown)
        self.marks_changed.emit()

    def drawn(self) -> set[str]:
        """Which kinds of mark the current view draws, for the legend: "window", "range",
        "activation", "mood", "distress", "session"."""
        start, end = self.start, self.end

        def any_within(xs: np.ndarray) -> bool:
            lo, hi = np.searchsorted(xs, [start, end])
            return bool(hi > lo)

        top = self.top in self.panels
        panel_of = {"arousal": top, "suds": top, "mood": self.mood_panel in self.panels}
        marks = set()
        # The window band runs from the first check-in to now.
        first = float(self.times[0]) if len(self.times) else end
        band_end = max(self._now(), float(self.times[-1])) if len(self.times) else start
        if top and self.has_activation and first < end and band_end > start:
            marks.add("window")
        for (_bars, measure, _soft), (_same, xs, *_rest) in zip(
            self._bar_items, self._bars, strict=True
        ):
            if panel_of[measure] and any_within(xs):
                marks.add("range")
        names = {"arousal": "activation", "mood": "mood", "suds": "distress"}
        for (dots, xs, _ys), (_same, measure) in zip(self._dots, self._dot_items, strict=True):
            if panel_of[measure] and dots.isVisible() and any_within(xs):
                marks.add(names[measure])
        if top and any_within(self.session_times):
            marks.add("session")
        return marks

    # -- words -----------------------------------------------------------------------------

    def visible_days(self) -> slice:
        x = self.days.x
        return slice(int(np.searchsorted(x, self.start)), int(np.searchsorted(x, self.end)))

    def summary(self) -> str:
        """The view in one sentence for a screen reader: what the picture shows."""
        lo, hi = (int(np.searchsorted(self.times, t)) for t in (self.start, self.end))
        count = hi - lo
        name = period_name(self.key, self.start, self.end)
        if not count and not len(self.session_times):
            return translate("Chart", "{period}: no check-ins.").format(period=name)
        parts = [translate("Chart", "{period}: %n check-ins", None, count).format(period=name)]
        within = int(self._zones["window"][lo:hi].sum())
        above = int(self._zones["hyper"][lo:hi].sum())
        below = int(self._zones["hypo"][lo:hi].sum())
        if within + above + below:
            parts.append(
                translate(
                    "Chart", "{within} within your window, {above} above, {below} below"
                ).format(within=within, above=above, below=below)
            )
        d = self.days
        days = self.visible_days()
        moods = d.mood.mean[days]
        moods = moods[np.isfinite(moods)]
        if len(moods):
            parts.append(
                translate("Chart", "mood on average {mood}").format(
                    mood=mood_words()[int(np.clip(round(float(moods.mean())), 1, 5)) - 1]
                )
            )
        text = ", ".join(parts)
        s_lo, s_hi = (int(np.searchsorted(self.session_times, t)) for t in (self.start, self.end))
        rated = int(self._session_rated[s_lo:s_hi].sum())
        if rated:
            fell = int(self._session_fell[s_lo:s_hi].sum())
            text += "; " + translate(
                "Chart", "distress fell after {fell} of %n rated sessions", None, rated
            ).format(fell=fell)
        elif s_hi > s_lo:
            sessions = s_hi - s_lo
            text += "; " + translate("Chart", "%n sessions", None, sessions)
        return text + "."

    def describe_day(self, index: int) -> str:
        d = self.days
        first = int(d.first[index])
        c = self._series.checkins
        moment = datetime.fromtimestamp(c.epoch[first], tz=UTC).astimezone(
            timezone(timedelta(minutes=c.offset[first]))
        )
        day = QLocale().toString(
            QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
        )
        n = int(d.checkins[index])
        parts = [
            day,
            translate("Chart", "one check-in")
            if n == 1
            else translate("Chart", "%n check-ins", None, n),
        ]
        a = d.arousal
        if a.n[index] == 1:
            parts.append(translate("Chart", "activation {a:g}").format(a=a.mean[index]))
        elif a.n[index] > 1:
            parts.append(
                translate("Chart", "activation {low:g} to {high:g}, on average {mean}").format(
                    low=a.low[index], high=a.high[index], mean=decimal(a.mean[index])
                )
            )
        if a.n[index]:
            parts.append(
                translate(
                    "Chart", "{within} within your window, {above} above, {below} below"
                ).format(within=d.within[index], above=d.above[index], below=d.below[index])
            )
        if d.mood.n[index]:
            words = mood_words()
            low, high = int(d.mood.low[index]), int(d.mood.high[index])
            mood = words[low - 1] if low == high else f"{words[low - 1]} to {words[high - 1]}"
            parts.append(translate("Chart", "mood {mood}").format(mood=mood))
        if d.suds.n[index]:
            parts.append(translate("Chart", "distress {s}").format(s=rating(d.suds, index)))
        return "; ".join(parts) + "."

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

    # -- the day cursor --------------------------------------------------------------------

    def set_cursor(self, index: int | None) -> None:
        self.cursor_day = index
        for line in self.cursor_lines:
            line.setVisible(index is not None)
            if index is not None:
                line.setValue(float(self.days.x[index]))
        text = "" if index is None else self.describe_day(index)
        self.details.setText(text)
        if text:  # announced only: the description stays the same (said once, not twice)
            announce(self, text)
        self.cursor_moved.emit(text)

    def move_cursor(self, direction: int) -> None:
        """To the next or previous day with entries, turning the page when it leaves the view."""
        if not len(self.days):
            return
        if self.cursor_day is None:
            shown = self.visible_days()
            if shown.stop > shown.start:
                index = shown.stop - 1 if direction < 0 else shown.start
            else:
                index = int(np.clip(shown.start - (direction < 0), 0, len(self.days) - 1))
        else:
            index = int(np.clip(self.cursor_day + direction, 0, len(self.days) - 1))
        x = float(self.days.x[index])
        if not self.start <= x < self.end:
            if not self.can_show(self.key, x):
                return  # a day not read yet: the cursor waits where it is
            self.show_range(self.key, x)
        self.set_cursor(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_cursor(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Home and len(self.days):
            shown = self.visible_days()
            if shown.stop > shown.start:
                self.set_cursor(shown.start)
        elif key == Qt.Key.Key_End and len(self.days):
            shown = self.visible_days()
            if shown.stop > shown.start:
                self.set_cursor(shown.stop - 1)
        else:
            super().keyPressEvent(event)

    def _hover(self, position: QPointF) -> None:
        if not len(self.days) or not self.panels:
            return
        panel = next((p for p in self.panels if p.sceneBoundingRect().contains(position)), None)
        if panel is None:
            return
        view = panel.vb
        x = view.mapSceneToView(position).x()
        xs = self.days.x
        index = int(np.clip(np.searchsorted(xs, x), 0, len(xs) - 1))
        if index > 0 and abs(xs[index - 1] - x) < abs(xs[index] - x):
            index -= 1
        pixel = view.mapViewToScene(QPointF(xs[index], 0))
        if abs(pixel.x() - position.x()) > 12:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), plain_tip(self.describe_day(index)), self.plot)

    def save_picture(self, path: str) -> None:
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot.scene())
        exporter.parameters()["width"] = 1600
        exporter.export(path)


class DayModel(QAbstractTableModel):
    """The days of the view's period as rows, each cell made only when it is shown."""

    def __init__(self, view: ChartView) -> None:
        super().__init__()
        self.view = view
        self.rows = range(0)
        self.headers = [
            translate("Chart", "Day"),
            translate("Chart", "Check-ins"),
            translate("Chart", "Activation"),
            translate("Chart", "Against your window"),
            translate("Chart", "Mood"),
            translate("Chart", "Distress"),
        ]

    def refill(self) -> None:
        self.beginResetModel()
        shown = self.view.visible_days()
        self.rows = range(shown.start, shown.stop)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        return self.text(index.row(), index.column())

    def text(self, row: int, column: int) -> str:
        d = self.view.days
        i = self.rows[row]
        if column == 0:
            c = self.view._series.checkins
            first = int(d.first[i])
            return _local_date(c.epoch[first], c.offset[first])
        if column == 1:
            return str(int(d.checkins[i]))
        a = d.arousal
        if column == 2:
            if not a.n[i]:
                return ""
            if a.n[i] == 1:
                return f"{a.mean[i]:g}"
            return translate("Chart", "{low:g} to {high:g} ({mean})").format(
                low=a.low[i], high=a.high[i], mean=decimal(a.mean[i])
            )
        if column == 3:
            if not a.n[i]:
                return ""
            return translate("Chart", "{within} within, {above} above, {below} below").format(
                within=d.within[i], above=d.above[i], below=d.below[i]
            )
        if column == 4:
            if not d.mood.n[i]:
                return ""
            return mood_words()[int(np.clip(round(float(d.mood.mean[i])), 1, 5)) - 1]
        return rating(d.suds, i) if d.suds.n[i] else ""


class WrappingHeader(QHeaderView):
    """Column titles that wrap onto more lines at a word rather than being cut: each column
    at least as wide as its longest word, the header as tall as its tallest title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        wrap = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value
        self.setDefaultAlignment(Qt.AlignmentFlag(wrap))
        self.sectionResized.connect(self._refit)

    def _text(self, section: int) -> str:
        model = self.model()
        value = None if model is None else model.headerData(section, self.orientation())
        return str(value or "")

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        one_line = super().sectionSizeFromContents(logicalIndex)
        text = self._text(logicalIndex)
        metrics = self.fontMetrics()
        pad_x = max(0, one_line.width() - metrics.horizontalAdvance(text))
        pad_y = max(0, one_line.height() - metrics.height())
        widest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        width = max(self.sectionSize(logicalIndex) - pad_x, widest)
        flags = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value
        wrapped = metrics.boundingRect(0, 0, width, 10_000, flags, text)
        return QSize(widest + pad_x, max(one_line.height(), wrapped.height() + pad_y))

    def _refit(self) -> None:
        """A new width for a column may take more lines for its title, or fewer."""
        count = self.count()
        if count:
            self.headerDataChanged(self.orientation(), 0, count - 1)  # Qt measures again


class DayTable(QTableView):
    """The same numbers as the chart, one row a day, for reading rather than looking. Every
    column as wide as its contents (scrolling sideways when they are wider than the window);
    the titles wrap onto more lines rather than being cut."""

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.days = DayModel(view)
        header = WrappingHeader(self)
        self.setHorizontalHeader(header)
        self.setModel(self.days)
        name_scroll_bars(self, translate("Chart", "the table of days"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        header.setStretchLastSection(True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.resizeColumnsToContents()  # each at least its title's longest word, its cells
        header = self.horizontalHeader()
        header._refit()  # type: ignore[attr-defined]  # a WrappingHeader
        # Room for a few days at any text size (the page scrolls when the window is small).
        rows = 6 * self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(header.sizeHint().height() + rows + 24)

    def fill(self) -> None:
        """The days of the view's current period."""
        self.days.refill()
        self._fit_columns()


def _local_date(epoch: float, offset: int) -> str:
    moment = datetime.fromtimestamp(epoch, tz=UTC).astimezone(timezone(timedelta(minutes=offset)))
    return day_text(QDate(moment.year, moment.month, moment.day))  # in words, never 10/11/26


class HelpsPicture(QWidget):
    """Per item, the change in distress as a point with its 95 % interval as a line (which
    shrinks with more sessions), against zero; drawn with QPainter, no plot library."""

    ROW = 30
    SCALE = 6.0  # changes drawn from -6 to +6; wider intervals run off the edge, marked

    def __init__(
        self,
        items: Sequence[BeforeAfter],
        titles: Mapping[tuple[ItemKind, str], str],
        colour: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.items = [i for i in items if i.change is not None]
        self.titles = titles
        self.colour = QColor(colour)
        self._fit()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def row(self) -> int:
        """A row's height: at least ROW, more for larger text."""
        return max(self.ROW, int(QFontMetricsF(self.font()).height() * 1.5 + 0.999))

    def _fit(self) -> None:
        self.setMinimumHeight(self.row() * (len(self.items) + 1) + 8)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(600, self.minimumHeight())

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        self.colour = QColor(LINE_COLOURS[dark]["arousal"])
        metrics = QFontMetricsF(self.font())
        row_height = self.row()
        half_tick = metrics.horizontalAdvance("+6") / 2 + 2  # the scale's words stay inside
        label_width = min(260, self.width() // 3)
        left, right = label_width + 12 + half_tick, self.width() - 12 - half_tick

        def x_of(change: float) -> float:
            clipped = max(-self.SCALE, min(self.SCALE, change))
            return left + (clipped + self.SCALE) / (2 * self.SCALE) * (right - left)

        soft = QColor(text)
        soft.setAlphaF(0.35)
        painter.setPen(QPen(soft, 1, Qt.PenStyle.DashLine))
        bottom = row_height * len(self.items) + 4
        painter.drawLine(QPointF(x_of(0), 0), QPointF(x_of(0), bottom))
        for row, item in enumerate(self.items):
            y = row * row_height + row_height / 2
            title = self.titles.get((_kind(item.kind), item.item), item.item)
            painter.setPen(text)
            # A long name ends in "…" rather than being cut (the table below has it whole).
            words = metrics.elidedText(
                f"{title} ({item.rated})", Qt.TextElideMode.ElideMiddle, label_width
            )
            painter.drawText(
                QRectF(0, y - row_height / 2, label_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                words,
            )
            assert item.change is not None
            low = item.low if item.low is not None else item.change
            high = item.high if item.high is not None else item.change
            line = QColor(self.colour)
            line.setAlphaF(0.45)
            painter.setPen(QPen(line, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(x_of(low), y), QPointF(x_of(high), y))
            painter.setPen(QPen(self.palette().color(self.backgroundRole()), 1))
            painter.setBrush(self.colour)
            painter.drawEllipse(QPointF(x_of(item.change), y), 5, 5)
        painter.setPen(text)
        y = bottom + 4
        for value in (-6, -3, 0, 3, 6):
            painter.drawText(
                QRectF(x_of(value) - 2 * half_tick, y, 4 * half_tick, row_height - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{value:+d}" if value else "0",
            )
        painter.drawText(
            QRectF(0, y, label_width, row_height - 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(
                translate("Chart", "change in distress"), Qt.TextElideMode.ElideRight, label_width
            ),
        )
        painter.end()


def _kind(name: str) -> ItemKind:
    from regulate.core.entries import ItemKind

    return ItemKind(name)


def helps_sentence(items: Sequence[BeforeAfter], titles: Mapping[tuple[ItemKind, str], str]) -> str:
    """One plain sentence on top: what the evidence says so far, and how sure it is."""
    rated = [i for i in items if i.change is not None and i.high is not None]
    if not rated:
        return translate(
            "Chart",
            "When you rate how intense things are before and after an exercise, you will "
            "see here which ones help you most.",
        )
    sure = [i for i in rated if i.rated >= 3 and i.high is not None and i.high < 0]
    if sure:
        best = min(sure, key=lambda i: i.high or 0.0)
        title = titles.get((_kind(best.kind), best.item), best.item)
        times = best.rated
        return translate(
            "Chart",
            "{title} has helped you most reliably so far: your distress fell by {drop} "
            "on average over %n rated sessions.",
            None,
            times,
        ).format(title=title, drop=decimal(-(best.change or 0.0)))
    return translate(
        "Chart",
        "There are not enough rated sessions yet to say what helps you most; each line "
        "gets shorter as you rate more.",
    )


class HelpsTable(QWidget):
    """What helps me: per pattern or exercise the change in distress with its uncertainty, the
    count, the usual starting level and the last local date; sorted by evidence."""

    def __init__(
        self,
        titles: Mapping[tuple[ItemKind, str], str],
        series: Series,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from regulate.core.insights import before_after, percentages, zone_counts

        s = series.sessions
        ranked = before_after(s.kind, s.item, s.epoch, s.offset, s.suds_before, s.suds_after)
        self.items = ranked
        self.sentence = plain_label(helps_sentence(ranked, titles), self)
        self.sentence.setWordWrap(True)
        self.sentence.setObjectName("subtitle")
        precisely = translate(
            "Chart",
            "The likely range is a 95 % interval: going by your ratings so far, the real "
            "change in distress lies within it with 95 % confidence. It narrows as you rate "
            "more sessions.",
        ).replace(" %", "\u00a0%")
        self.picture = HelpsPicture(ranked, titles, LINE_COLOURS[False]["arousal"], self)
        self.picture.setAccessibleName(translate("Chart", "What helps me as a picture"))
        self.picture.setAccessibleDescription(self.sentence.text())
        self.picture.setVisible(bool(self.picture.items))
        # What a line in the picture is, in plain words; the tip names it precisely.
        self.explanation = plain_label(
            translate(
                "Chart",
                "Each line is the likely range: where the real change most probably lies, "
                "going by your ratings so far. It gets shorter as you rate more sessions.",
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("note")
        self.explanation.setToolTip(plain_tip(precisely))
        self.explanation.setVisible(bool(self.picture.items))
        self.table = QTableWidget(len(ranked), 5, self)
        self.table.setHorizontalHeader(WrappingHeader(self.table))  # titles wrap, never cut
        name_scroll_bars(self.table, translate("Chart", "the table"))
        self.table.setAccessibleName(translate("Chart", "What helps me"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Chart", "Pattern or exercise"),
                translate("Chart", "Times"),
                translate("Chart", "Change in distress (likely range)"),
                translate("Chart", "Last done"),
                translate("Chart", "Usual starting level"),
            ]
        )
        change_title = self.table.horizontalHeaderItem(2)
        if change_title is not None:
            change_title.setToolTip(plain_tip(precisely))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(ranked):
            title = titles.get((_kind(item.kind), item.item), item.item)
            if item.change is None or item.low is None or item.high is None:
                change = translate("Chart", "not rated")
            elif item.rated == 1:
                change = translate("Chart", "{c} (one rated session: no range yet)").format(
                    c=signed(item.change)
                )
            else:
                times = item.rated
                change = translate("Chart", "{c} ({low} to {high}), %n rated", None, times).format(
                    c=signed(item.change), low=signed(item.low), high=signed(item.high)
                )
            last = (
                _local_date(item.last_epoch, item.last_offset)
                if item.last_epoch is not None
                else ""
            )
            start = "" if item.mean_before is None else decimal(item.mean_before)
            for column, text in enumerate((title, str(item.times), change, last, start)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        counts = zone_counts(series.checkins.zone)
        shares = percentages(counts)
        self.months = plain_label(parent=self)
        self.months.setWordWrap(True)
        self.months.setObjectName("note")
        if shares is not None:
            total = counts.total
            self.months.setText(
                translate(
                    "Chart",
                    "Of your %n check-ins, {below} % were below your window, {within} % within "
                    "it and {above} % above it (shares of check-ins, not of time).",
                    None,
                    total,
                )
                .format(below=shares[0], within=shares[1], above=shares[2])
                .replace(" %", "\u00a0%")  # "40 %" never broken across two lines
            )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.sentence)
        layout.addWidget(self.picture)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.months)


class YearCalendar(QWidget):
    """A year at a glance: one square a day, a row a month, coloured by where the day sat
    against the window (or by mood). Arrow keys move as the squares lie: a day (left,
    right; the days run left to right in every language, as the chart's time does) or a month
    (up, down: the same day of the month, or that month's last); Page Up and Page Down change
    the year; the day's details are said and shown.
    Resting the mouse on a day shows its details as a tip; clicking a day chooses it."""

    moved = Signal(str)
    CELL = CalendarPicture.CELL
    GAP = CalendarPicture.GAP

    def __init__(self, view: ChartView, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.dark = dark
        lines = LINE_COLOURS[dark]
        last = _local(view._last())
        self.year = last.year
        self.chosen: date_type = last.date()
        # The same cached days as the chart, drawn the way the report draws them.
        self.picture = CalendarPicture(
            view.days, (lines["arousal"], lines["band"], lines["suds"]), self._months()
        )
        # Opens by mood when most days of the year shown have only mood (a Daylio history).
        self.picture.by_mood = self.by_mood = view.has_mood and colour_by_mood(
            view.days, date_type(self.year, 1, 1), date_type(self.year, 12, 31)
        )
        self.hovered: date_type | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(translate("Chart", "A year at a glance"))
        # A fixed description and the chosen day announced: said once (see ChartView).
        self.setAccessibleDescription(
            translate(
                "Chart",
                "Left and right arrows move a day, up and down a month; Page Up and Page Down "
                "change the year.",
            )
        )
        self._fit()
        self._say()

    def _fit(self) -> None:
        """Squares and month names sized to the text size and the room there is."""
        self.picture.fit(self.font(), self.width() if self.isVisible() else None)
        self.setMinimumSize(QSize(self.picture.LEFT + 31 * 13, self.picture.size().height()))
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        old = (self.picture.CELL, self.picture.LEFT)
        self.picture.fit(self.font(), self.width())
        if old != (self.picture.CELL, self.picture.LEFT):
            self.setMinimumHeight(self.picture.size().height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _months(self) -> list[tuple[int, int]]:
        return [(self.year, month) for month in range(1, 13)]

    def sizeHint(self) -> QSize:
        return self.picture.size()

    def _index(self, day: date_type) -> int | None:
        return self.picture.index(day)

    def colour(self, day: date_type) -> QColor | None:
        """The day's colour, or None for a day without check-ins."""
        return self.picture.colour(day)

    def set_by_mood(self, by_mood: bool) -> None:
        self.by_mood = self.picture.by_mood = by_mood
        self.update()
        self._say()

    def summary(self) -> str:
        counts = tally(self.view.days, date_type(self.year, 1, 1), date_type(self.year, 12, 31))
        days = counts.days
        if not days:
            return translate("Chart", "{year}: no check-ins.").format(year=self.year)
        if not (counts.within + counts.above + counts.below):
            mood = "" if counts.mood is None else mood_words()[counts.mood - 1]
            return translate(
                "Chart", "{year}: check-ins on %n days; mood on average {mood}.", None, days
            ).format(year=self.year, mood=mood)
        return translate(
            "Chart",
            "{year}: check-ins on %n days; mostly within your window on {within}, "
            "above on {above}, below on {below}.",
            None,
            days,
        ).format(
            year=self.year,
            within=counts.within,
            above=counts.above,
            below=counts.below,
        )

    def describe(self, day: date_type) -> str:
        """One day in words: its check-ins, or that there were none."""
        i = self._index(day)
        if i is None:
            name = QLocale().toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            )
            return translate("Chart", "{day}: no check-ins.").format(day=name)
        return self.view.describe_day(i)

    def details(self) -> str:
        return self.describe(self.chosen)

    def _say(self) -> None:
        text = self.details()
        self.moved.emit(text)
        if self.hasFocus():
            announce(self, text)

    def choose(self, day: date_type) -> None:
        """``day`` becomes the chosen day, as if the arrow keys had reached it."""
        self.chosen = day
        self.year = day.year
        self.picture.months = self._months()
        self.update()
        self._say()

    def move(self, days: int) -> None:  # type: ignore[override]  # a day cursor, not a position
        self.choose(date_type.fromordinal(self.chosen.toordinal() + days))

    def move_month(self, months: int) -> None:
        """The same day ``months`` rows up (-) or down (+): the 31st becomes the 30th of a
        shorter month, or the 28th or 29th of February."""
        index = self.chosen.year * 12 + self.chosen.month - 1 + months
        year, month = divmod(index, 12)
        if not 1 <= year <= 9999:
            return
        last = monthrange(year, month + 1)[1]
        self.choose(date_type(year, month + 1, min(self.chosen.day, last)))

    def set_year(self, year: int) -> None:
        day = min(self.chosen.day, 28) if self.chosen.month == 2 else self.chosen.day
        self.choose(self.chosen.replace(year=year, day=day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move(1 if key == Qt.Key.Key_Right else -1)  # the squares run left to right
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_month(1 if key == Qt.Key.Key_Down else -1)  # a month a row
        elif key == Qt.Key.Key_PageUp:
            self.set_year(self.year - 1)
        elif key == Qt.Key.Key_PageDown:
            self.set_year(self.year + 1)
        else:
            super().keyPressEvent(event)

    def day_at(self, position: QPointF) -> date_type | None:
        """The day under ``position`` (widget coordinates), if it is on a day's square."""
        day = self.picture.day_at(position)
        cell = None if day is None else self.picture.cell(day)
        return day if cell is not None and cell.contains(position) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The day under the mouse as a tip, as the chart does; the chosen day stays."""
        day = self.day_at(event.position())
        if day == self.hovered:
            return
        self.hovered = day
        if day is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), plain_tip(self.describe(day)), self)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = None
        QToolTip.hideText()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.choose(day)
            event.accept()
            return
        super().mousePressEvent(event)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        text = self.palette().color(self.foregroundRole())
        empty = QColor(text)
        empty.setAlphaF(0.08)
        self.picture.paint(painter, text, empty, str(self.year), self.chosen)
        painter.end()


class CalendarTab(QWidget):
    """The calendar with its toggle, its year buttons and the chosen day's details."""

    def __init__(self, view: ChartView, dark: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = YearCalendar(view, dark, self)
        self.by_mood = QCheckBox(translate("Chart", "Colour by mood"), self)
        self.by_mood.setChecked(self.calendar.by_mood)
        self.by_mood.setEnabled(view.has_mood)
        self.by_mood.toggled.connect(self.calendar.set_by_mood)
        self.earlier = earlier = QPushButton(translate("Chart", "Year before"), self)
        earlier.clicked.connect(lambda: self.calendar.set_year(self.calendar.year - 1))
        self.later = later = QPushButton(translate("Chart", "Year after"), self)
        later.clicked.connect(lambda: self.calendar.set_year(self.calendar.year + 1))
        self.summary = plain_label(self.calendar.summary(), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Chart", "What this view shows"))
        self.details = plain_label(self.calendar.details(), self)
        self.details.setWordWrap(True)
        self.details.setObjectName("note")
        self.details.setAccessibleName(translate("Chart", "The chosen day"))
        self.calendar.moved.connect(self._moved)
        key = plain_label(
            translate(
                "Chart",
                "Each square is a day: green mostly within your window, orange above it, blue "
                "below it; by mood, purple for hard days to green for good ones. Rest the mouse "
                "on a day to see it; click it, or use the arrow keys, to choose it.",
            ),
            self,
        )
        key.setWordWrap(True)
        key.setObjectName("note")
        row = flow_row([earlier, later, self.by_mood])  # wraps at large text sizes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.calendar)
        layout.addWidget(self.details)
        layout.addWidget(key)
        layout.addStretch(1)
        # Tab as they appear: the buttons, the toggle, then the calendar under them.
        for first, second in pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)

    def focus_order(self) -> list[QWidget]:
        """The parts Tab reaches, top to bottom."""
        return [self.earlier, self.later, self.by_mood, self.calendar]

    def _moved(self, text: str) -> None:
        self.summary.setText(self.calendar.summary())
        self.details.setText(text)


class EnergyMoodGrid(QWidget):
    """Energy against mood: check-ins of the chart's period counted in a grid, activation
    0 to 10 across and mood 1 to 5 up, with the columns of the window marked. Arrow keys move
    a cell with its count said and shown."""

    moved = Signal(str)
    LEFT = 64  # at least; wider for the widest mood word at the current text size
    TOP = 8

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        c = view._series.checkins
        self._arousal = _floats(c.arousal)
        self._mood = _floats(c.mood)
        self._low = np.array(c.low, dtype=float) if c.low else np.zeros(0)
        self._high = np.array(c.high, dtype=float) if c.high else np.zeros(0)
        self.counts = np.zeros((5, 11), dtype=np.int64)
        self.window_bounds: tuple[int, int] | None = None
        self.cell = (2, 5)  # (mood row 0-4, activation 0-10)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Chart", "Energy against mood"))
        # A fixed description and the chosen cell announced: said once (see ChartView).
        self.setAccessibleDescription(
            translate(
                "Chart",
                "The arrow keys move from cell to cell: left and right for activation, up and "
                "down for mood.",
            )
        )
        self._fit()
        self.refresh()

    @property
    def left(self) -> int:
        """Where the cells begin: after the widest mood word, measured in the current font
        and language, and a gap."""
        metrics = QFontMetricsF(self.font())
        widest = max(metrics.horizontalAdvance(word) for word in mood_words())
        return max(self.LEFT, int(widest + 0.999) + 12)

    def _fit(self) -> None:
        line = QFontMetricsF(self.font()).height()
        cell = max(30, int(line * 1.3))  # a count fits its cell, a word its row
        self.setMinimumSize(QSize(self.left + 11 * cell, int(self.TOP + 5 * cell + line + 12)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)

    def _size(self) -> float:
        """One cell's side in pixels."""
        line = QFontMetricsF(self.font()).height()
        across = (self.width() - self.left - 8) / 11
        up = (self.height() - self.TOP - line - 12) / 5
        return max(16.0, min(across, up))

    def label_rects(self) -> list[tuple[str, QRectF]]:
        """Each mood word and the box it is drawn in, right-aligned before its row."""
        size = self._size()
        words = mood_words()
        return [
            (words[row], QRectF(0, self.TOP + (4 - row) * size, self.left - 6, size))
            for row in range(5)
        ]

    def refresh(self) -> None:
        """Count the check-ins of the chart's current period that have both ratings."""
        lo, hi = np.searchsorted(self.view.times, [self.view.start, self.view.end])
        a, m = self._arousal[lo:hi], self._mood[lo:hi]
        both = np.isfinite(a) & np.isfinite(m)
        self.counts = np.zeros((5, 11), dtype=np.int64)
        np.add.at(
            self.counts,
            (np.clip(m[both], 1, 5).astype(int) - 1, np.clip(a[both], 0, 10).astype(int)),
            1,
        )
        self.window_bounds = (int(self._low[hi - 1]), int(self._high[hi - 1])) if hi > lo else None
        self.update()
        self._say()

    def summary(self) -> str:
        name = period_name(self.view.key, self.view.start, self.view.end)
        total = int(self.counts.sum())
        if not total:
            return translate(
                "Chart", "{period}: no check-ins with both activation and mood."
            ).format(period=name)
        row, column = np.unravel_index(int(np.argmax(self.counts)), self.counts.shape)
        return translate(
            "Chart",
            "{period}: %n check-ins with both activation and mood; most often activation "
            "{a} with mood {mood} ({count}).",
            None,
            total,
        ).format(
            period=name,
            a=int(column),
            mood=mood_words()[int(row)],
            count=int(self.counts[row, column]),
        )

    def details(self) -> str:
        row, column = self.cell
        count = int(self.counts[row, column])
        return translate("Chart", "Activation {a}, mood {mood}: %n check-ins.", None, count).format(
            a=column, mood=mood_words()[row]
        )

    def _say(self) -> None:
        text = self.details()
        self.moved.emit(text)
        if self.hasFocus():
            announce(self, text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row, column = self.cell
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Left:
            column = max(0, column - 1)
        elif key == Qt.Key.Key_Right:
            column = min(10, column + 1)
        elif key == Qt.Key.Key_Up:
            row = min(4, row + 1)
        elif key == Qt.Key.Key_Down:
            row = max(0, row - 1)
        else:
            super().keyPressEvent(event)
            return
        self.cell = (row, column)
        self.update()
        self._say()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.foregroundRole())
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        lines = LINE_COLOURS[dark]
        size = self._size()
        left = self.left
        line = QFontMetricsF(self.font()).height()
        top = self.TOP
        if self.window_bounds is not None:
            band = QColor(lines["band"])
            band.setAlphaF(0.16)
            low, high = self.window_bounds
            painter.fillRect(
                QRectF(left + low * size, top, (high - low + 1) * size, 5 * size), band
            )
            # And a solid strip under the window's columns, plain even where cells cover it.
            painter.fillRect(
                QRectF(left + low * size + 2, top + 5 * size, (high - low + 1) * size - 4, 4),
                QColor(lines["band"]),
            )
        peak = max(1, int(self.counts.max()))
        for row, (word, box) in enumerate(self.label_rects()):
            y = top + (4 - row) * size
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, word)
            for column in range(11):
                x = left + column * size
                count = int(self.counts[row, column])
                if count:
                    fill = QColor(lines["arousal"])
                    fill.setAlphaF(0.15 + 0.85 * count / peak)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(fill)
                    painter.drawRoundedRect(QRectF(x + 2, y + 2, size - 4, size - 4), 4, 4)
                    strong = count / peak > 0.55 and not dark  # light words on deep blue
                    painter.setPen(QColor("#ffffff") if strong else text)
                    painter.drawText(
                        QRectF(x, y, size, size), Qt.AlignmentFlag.AlignCenter, str(count)
                    )
                if (row, column) == self.cell:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(text, 2))
                    painter.drawRoundedRect(QRectF(x + 1, y + 1, size - 2, size - 2), 4, 4)
        painter.setPen(text)
        for column in range(11):
            painter.drawText(
                QRectF(left + column * size, top + 5 * size + 6, size, line + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(column),
            )
        painter.end()


class EnergyTab(QWidget):
    """The grid with its words; it follows the chart's period (week, month, year, all)."""

    def __init__(self, view: ChartView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = EnergyMoodGrid(view, self)
        self.summary = plain_label(self.grid.summary(), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Chart", "What this view shows"))
        self.details = plain_label(self.grid.details(), self)
        self.details.setObjectName("note")
        self.details.setAccessibleName(translate("Chart", "The chosen cell"))
        key = plain_label(
            translate(
                "Chart",
                "Across: how activated you felt (0 shut down, 10 overwhelmed); up: your mood. "
                "The shaded columns are your window. The period is the one chosen on the chart.",
            ),
            self,
        )
        key.setWordWrap(True)
        key.setObjectName("note")
        self.grid.moved.connect(self._moved)
        view.period_changed.connect(self.grid.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.details)
        layout.addWidget(key)

    def _moved(self, text: str) -> None:
        self.summary.setText(self.grid.summary())
        self.details.setText(text)


class ChartPage(QWidget):
    leave = Signal()

    def __init__(
        self,
        series: Series,
        titles: Mapping[tuple[ItemKind, str], str],
        colours: Colours,
        dark: bool,
        now: Callable[[], float] = time.time,
        actions: Mapping[str, Callable[[ChartPage], str | None]] | None = None,
        parent: QWidget | None = None,
        read_rest: Callable[[], Series] | None = None,
        focus: tuple[float, float] | None = None,
    ) -> None:
        """``series`` may be only the journal's latest part (``Series.whole`` set): the page
        shows it at once, and once it has been drawn reads everything with ``read_rest`` off
        the GUI thread; the views that need more wait, disabled, until it comes. ``focus``
        (first and last moment of entries just imported) chooses the period it opens on; see
        ``initial_range`` for that and for the choice on a normal open."""
        super().__init__(parent)
        self._focus = focus
        self.setObjectName("chart")
        self._read_rest = read_rest
        self._actions = dict(actions or {})
        title = plain_label(translate("Chart", "Your days"), self)
        title.setObjectName("title")
        title.setWordWrap(True)
        self.view = ChartView(series, colours, dark, now, self)
        self._titles = titles
        self.helps: HelpsTable | None = None  # built when its tab is first opened
        self.range_group = QButtonGroup(self)
        # The ranges, what to show and Save wrap onto more lines rather than being cut.
        ranges = FlowLayout(spacing=8)
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
            button.clicked.connect(lambda _=False, k=key: self.show_range(k))
            self.range_group.addButton(button)
            self.range_buttons[key] = button
            ranges.addWidget(button)
        self.range_buttons[self.view.key].setChecked(True)
        # One Tab stop, on the range shown; the arrow keys move between them (a radio group).
        self.range_group.buttonToggled.connect(self._range_stops)
        self._range_stops()
        #: The period the view opened on; while it is still shown, ``complete`` may choose.
        self._opened: tuple[str, float, float] | None = None
        self._open_on_initial()
        self.mood_box = QCheckBox(translate("Chart", "Mood"), self)
        self.mood_box.setChecked(self.view.has_mood)
        self.mood_box.setEnabled(self.view.has_mood)
        self.mood_box.toggled.connect(self.view.set_mood)
        self.suds_box = QCheckBox(translate("Chart", "Distress"), self)
        self.suds_box.setEnabled(self.view.has_suds)
        self.suds_box.toggled.connect(self.view.set_suds)
        self.table_box = QCheckBox(translate("Chart", "As a table"), self)
        self.table_box.toggled.connect(self._show_table)
        ranges.addWidget(self.mood_box)
        ranges.addWidget(self.suds_box)
        ranges.addWidget(self.table_box)
        self.save_button = QPushButton(translate("Chart", "Save as picture"), self)
        self.save_button.clicked.connect(self._save_picture)
        ranges.addWidget(self.save_button)
        paging_row = QWidget(self)
        paging_row.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # as the time axis
        paging = QHBoxLayout(paging_row)
        paging.setContentsMargins(0, 0, 0, 0)
        self.earlier = QPushButton(translate("Chart", "Earlier"), self)
        self.earlier.setAccessibleName(translate("Chart", "Show the period before"))
        self.earlier.clicked.connect(lambda: self.step(-1))
        self.later = QPushButton(translate("Chart", "Later"), self)
        self.later.setAccessibleName(translate("Chart", "Show the period after"))
        self.later.clicked.connect(lambda: self.step(1))
        self.summary = plain_label(parent=self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(translate("Chart", "What this view shows"))
        paging.addWidget(self.earlier)
        paging.addWidget(self.summary, 1)
        paging.addWidget(self.later)
        self.legend = self._legend(LINE_COLOURS[dark])
        self.view.marks_changed.connect(self._update_legend)
        self._table: DayTable | None = None  # built when first wanted (see ``table``)
        chart_tab = QWidget(self)
        chart_layout = QVBoxLayout(chart_tab)
        chart_layout.setContentsMargins(0, 8, 0, 0)
        chart_layout.addLayout(ranges)
        chart_layout.addWidget(paging_row)
        chart_layout.addWidget(self.view, 1)
        chart_layout.addWidget(self.legend)  # the table goes in above it once built
        self._chart_layout = chart_layout
        self._update_words()
        self.view.period_changed.connect(self._update_words)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("Chart", "Chart and what helps me"))
        self.tabs.addTab(chart_tab, translate("Chart", "Chart"))
        self._helps_holder = QWidget(self)
        QVBoxLayout(self._helps_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._helps_holder, translate("Chart", "What helps me"))
        self._year_holder = QWidget(self)
        QVBoxLayout(self._year_holder).setContentsMargins(0, 0, 0, 0)
        self.year: CalendarTab | None = None  # built when its tab is first opened
        self._dark = dark
        self.tabs.addTab(self._year_holder, translate("Chart", "Year at a glance"))
        self._energy_holder = QWidget(self)
        QVBoxLayout(self._energy_holder).setContentsMargins(0, 0, 0, 0)
        self.energy: EnergyTab | None = None  # built when its tab is first opened
        self.tabs.addTab(self._energy_holder, translate("Chart", "Energy and mood"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._waiting_tabs = [
            self.tabs.indexOf(w)
            for w in (self._helps_holder, self._year_holder, self._energy_holder)
        ]
        back = QPushButton(translate("Chart", "Back to home"), self)
        back.clicked.connect(self.leave)
        # Back and the actions wrap onto more lines when they do not fit; what they did
        # is said underneath.
        bottom = FlowLayout(spacing=8)
        bottom.addWidget(back)
        self.status = plain_label(parent=self)
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
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
        # The whole screen scrolls up and down when the window is small or the text large.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        area = scroll_area(body, self, translate("Chart", "your days"))
        outer.addWidget(area)
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.leave)
        self._footer: list[QWidget] = [back, *self.action_buttons.values()]
        self._order_focus()
        self._reading = ""
        if self.view.part is not None:
            self._reading = translate("Chart", "Still reading your earlier days…")
            self.status.setText(self._reading)
            for index in self._waiting_tabs:
                self.tabs.setTabEnabled(index, False)
            if read_rest is not None:
                # Read the rest once the latest weeks are on screen, not before.
                self.view.plot.viewport().installEventFilter(self)
                app = QCoreApplication.instance()
                if app is not None:  # nothing more is started once the app is closing
                    app.aboutToQuit.connect(self._closing)

    @property
    def table(self) -> DayTable:
        """The days of the view as a table, in the chart's place when "As a table" is on.
        Built the first time it is wanted, not while the chart opens."""
        if self._table is None:
            self._table = DayTable(self.view, self)
            self._table.setVisible(False)
            layout = self._chart_layout
            layout.insertWidget(layout.indexOf(self.view) + 1, self._table, 1)
            self._order_focus()
        return self._table

    def _closing(self) -> None:
        self._read_rest = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.plot.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.read_rest)
        return False

    def read_rest(self) -> None:
        """Read the whole journal off the GUI thread; ``complete`` shows it."""
        from regulate.ui.worker import in_background

        job = self._read_rest
        if job is None or self.view.part is None:
            return
        self._read_rest = None
        # The arrays are made off the GUI thread too: only drawing is left for it.
        in_background(lambda: prepare(job()), self._arrived, self._not_read)

    def _arrived(self, ready: Prepared) -> None:
        if isValid(self):  # the chart may have been closed meanwhile
            self.complete(ready)

    def _not_read(self, error: BaseException) -> None:
        if isValid(self):
            self._reading = ""
            self.status.setText(
                translate("MainWindow", "Your journal could not be read: {why}").format(why=error)
            )

    def complete(self, series: Series | Prepared) -> None:
        """The whole journal: every range, page and tab ready."""
        self.view.set_series(series)
        if self.view.part is not None:
            return
        self._open_on_initial()
        for index in self._waiting_tabs:
            self.tabs.setTabEnabled(index, True)
        if self._reading and self.status.text() == self._reading:
            self.status.setText("")
        self._reading = ""
        self._update_words()

    #: A latest month with fewer days with check-ins than this has "only a few".
    FEW_DAYS = 5

    def initial_range(self) -> tuple[str, float | None] | None:
        """The range (and the moment it holds; None: the latest entry) to open on, when it is
        not the view's own default (the latest month, or everything when that is short):

        - just after an import (``focus``): the shortest range (week, month, year) anchored at
          the last imported entry that also holds the first, else everything;
        - otherwise, when the latest month has fewer than ``FEW_DAYS`` days with check-ins,
          older days outnumber them and most of those older days are mood-only (a Daylio
          history beside a few check-ins of today): the year holding the latest entry if it
          holds the first too, else everything.

        None: keep the view's default. Both need the days being looked at: with only the latest
        weeks read, the choice waits for the rest (``complete``), so the first frame is as fast.
        """
        view = self.view
        if self._focus is not None:
            first, last = self._focus
            for key in ("week", "month", "year"):
                if period_of(key, last, view._first())[0] <= first:
                    return key, last
            return "all", None
        if view.key == "all":
            return None  # everything is already in view
        month_start = period_of("month", view._last(), view._first())[0]
        split = int(np.searchsorted(view.days.x, month_start))
        recent, older = len(view.days) - split, split
        mood_only = int((view.days.arousal.n[:split] == 0).sum())
        if recent >= self.FEW_DAYS or older <= recent or 2 * mood_only <= older:
            return None
        if period_of("year", view._last(), view._first())[0] <= view._first():
            return "year", None
        return "all", None

    def _open_on_initial(self) -> None:
        """Show ``initial_range`` once every day of it has been read, unless the person has
        already moved away from the period the chart opened on."""
        view = self.view
        shown = (view.key, view.start, view.end)
        if self._opened is not None and shown != self._opened:
            return
        self._opened = shown
        if view.part is not None:
            return  # the choice needs every day; it is made when they arrive
        chosen = self.initial_range()
        self._focus = None
        if chosen is not None:
            view.show_range(*chosen)
            self.range_buttons[view.key].setChecked(True)

    def _legend(self, lines: Mapping[str, str]) -> QWidget:
        """What each mark means, as coloured swatches with words (also read aloud)."""
        holder = QWidget(self)
        row = FlowLayout(holder, spacing=12)  # wraps onto more lines rather than being cut
        band = QColor(lines["band"])
        band.setAlphaF(0.3)
        soft = QColor(lines["arousal"])
        soft.setAlphaF(0.4)
        items = [
            ("window", band.name(QColor.NameFormat.HexArgb), translate("Chart", "your window")),
            ("range", soft.name(QColor.NameFormat.HexArgb), translate("Chart", "the day's range")),
            ("activation", lines["arousal"], translate("Chart", "the day's average activation")),
            ("mood", lines["mood"], translate("Chart", "the day's mood")),
            ("distress", lines["suds"], translate("Chart", "distress")),
            ("session", lines["session"], translate("Chart", "a breathing or grounding session")),
        ]
        # Each kind of mark's entry and words; only those the view draws are shown.
        self.legend_entries: dict[str, tuple[QWidget, str]] = {}
        for key, colour, text in items:
            entry = QWidget(holder)  # a swatch and its words stay together on one line
            pair = QHBoxLayout(entry)
            pair.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(entry)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border-radius: 3px;")
            swatch.setAccessibleName(text)
            label = plain_label(text, entry)
            label.setObjectName("note")
            pair.addWidget(swatch)
            pair.addWidget(label)
            row.addWidget(entry)
            self.legend_entries[key] = (entry, text)
        return holder

    def _update_legend(self) -> None:
        """Only what the current view draws: no "day's range" in a view of single check-ins,
        no distress while it is hidden."""
        drawn = self.view.drawn()
        words = []
        for key, (entry, text) in self.legend_entries.items():
            entry.setVisible(key in drawn)
            if key in drawn:
                words.append(text)
        self.legend.setVisible(bool(words))
        self.legend.setAccessibleName(
            translate("Chart", "Legend: {items}").format(items=", ".join(words))
        )

    def _range_stops(self, *_: object) -> None:
        """Only the checked range button is a Tab stop; the arrow keys reach the others."""
        for button in self.range_buttons.values():
            policy = Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def focus_order(self) -> list[QWidget]:
        """The parts Tab reaches, as they appear: the tab bar, each tab's controls top to
        bottom (only the shown tab's are reached), then the footer. The tabs built when first
        opened would otherwise come after the footer."""
        order: list[QWidget] = [self.tabs.tabBar(), *self.range_buttons.values()]
        order += [self.mood_box, self.suds_box, self.table_box, self.save_button]
        order += [self.earlier, self.later, self.view]
        if self._table is not None:
            order.append(self._table)
        if self.helps is not None:
            order.append(self.helps.table)
        if self.year is not None:
            order += self.year.focus_order()
        if self.energy is not None:
            order.append(self.energy.grid)
        return order + self._footer

    def _order_focus(self) -> None:
        for first, second in pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)

    def show_range(self, key: str) -> None:
        self.view.show_range(key)

    def step(self, direction: int) -> None:
        self.view.step(direction)

    def _update_words(self) -> None:
        text = self.view.summary()
        self.summary.setText(text)
        self._update_legend()
        self.earlier.setEnabled(self.view.can_step(-1))
        self.later.setEnabled(self.view.can_step(1))
        for key, button in self.range_buttons.items():
            button.setEnabled(self.view.can_show(key))
        if self._table is not None and self._table.isVisible():
            self._table.fill()

    def _show_table(self, shown: bool) -> None:
        self.view.setVisible(not shown)
        self.table.setVisible(shown)
        if shown:
            self.table.fill()

    def _run(self, key: str) -> None:
        message = self._actions[key](self)
        if message is not None:
            self.status.setText(message)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._helps_holder:
            self.show_helps()
        if self.tabs.widget(index) is self._year_holder:
            self.show_year()
        if self.tabs.widget(index) is self._energy_holder:
            self.show_energy()

    def show_energy(self) -> EnergyTab:
        if self.energy is None:
            self.energy = EnergyTab(self.view, self._energy_holder)
            layout = self._energy_holder.layout()
            assert layout is not None
            layout.addWidget(self.energy)
            self._order_focus()
        return self.energy

    def show_year(self) -> CalendarTab:
        if self.year is None:
            self.year = CalendarTab(self.view, self._dark, self._year_holder)
            layout = self._year_holder.layout()
            assert layout is not None
            layout.addWidget(self.year)
            self._order_focus()
        return self.year

    def show_helps(self) -> HelpsTable:
        if self.helps is None:
            # The view's series: the whole journal by now (the tab waits until it is read).
            self.helps = HelpsTable(self._titles, self.view._series, self._helps_holder)
            layout = self._helps_holder.layout()
            assert layout is not None
            layout.addWidget(self.helps)
            self._order_focus()
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


class _Titles(Mapping[Any, str]):
    """The catalogue's names for patterns and exercises, read when "What helps me" first asks
    for them rather than when the chart opens."""

    def __init__(self, read: Callable[[], Mapping[tuple[ItemKind, str], str]]) -> None:
        self._read = read
        self._titles: Mapping[tuple[ItemKind, str], str] | None = None

    def _all(self) -> Mapping[tuple[ItemKind, str], str]:
        if self._titles is None:
            self._titles = self._read()
        return self._titles

    def __getitem__(self, key: tuple[ItemKind, str]) -> str:
        return self._all()[key]

    def __iter__(self) -> Iterator[tuple[ItemKind, str]]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def open_chart(
    services: Services,
    window: MainWindow,
    colours: Colours,
    say: Callable[[str], None],
    reopen: Callable[[str], None],
    series: Series | None = None,
    latest: Callable[[], Series] | None = None,
    focus: tuple[float, float] | None = None,
) -> ChartPage | None:
    """A chart of the journal as it is now, with import, export and the summary wired to the
    application layer (run off the GUI thread; ``reopen`` shows a fresh chart after an import).
    ``focus``: the first and last moment of entries just imported, which the chart opens on
    (see ``ChartPage.initial_range``). None, after saying why, if the journal can't be read."""
    from regulate.services import ServiceError
    from regulate.ui.theme import DARK

    def dialogs() -> Any:
        """The import, export and summary dialogs, imported when first used (not at open)."""
        from regulate.ui import data_dialogs

        return data_dialogs

    if series is None:
        try:
            # The latest weeks first (``latest``: already being read); the rest after.
            series = (latest or services.read_latest_series)()
        except ServiceError as exc:
            say(translate("MainWindow", "Your journal could not be read: {why}").format(why=exc))
            return None

    # The actions are handed the page when used, not holding it: a page that held itself
    # through them stayed in memory with all its days after the next chart replaced it, until
    # a sweep of the cycle collector; now it goes at once.
    def tell_on(page: ChartPage) -> Callable[[str], None]:
        def tell(message: str) -> None:
            window.finished(message)
            page.status.setText(message)

        return tell

    def working(start: Callable[[], str | None]) -> str | None:
        message = start()
        if message is not None:
            window.working(message)
        return message

    return ChartPage(
        series,
        _Titles(lambda: services.catalogue.titles()),
        colours,
        colours is DARK,
        actions={
            "import": lambda page: working(lambda: dialogs().import_into(services, page, reopen)),
            "export": lambda page: working(
                lambda: dialogs().export_from(services, page, tell_on(page))
            ),
            "summary": lambda page: working(
                lambda: dialogs().summary_to(services, page, tell_on(page))
            ),
        },
        read_rest=services.read_series,
        focus=focus,
    )
