"""The year in pixels as a drawing: one square a day, a row a month, coloured by where the day
sat against the window (or by mood). The calendar tab paints it on screen; the therapist report
paints it into an image for exactly the period's months. QtGui only (a QPainter on a QImage), no
widgets, so the report can draw it on any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as date_type
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

if TYPE_CHECKING:
    from regulate.ui.chart import Days

_EPOCH_ORDINAL = date_type(1970, 1, 1).toordinal()  # local day numbers count from here
#: From a muted purple (awful) through grey to green (great).
MOOD_SHADES = ("#8E6BB0", "#B49AC9", "#B8B8B8", "#7CC6A4", "#2E9E6E")


def day_number(day: date_type) -> int:
    """``day`` as the local day number the per-day series uses."""
    return day.toordinal() - _EPOCH_ORDINAL


@dataclass(frozen=True)
class DayTally:
    """How the days with check-ins in a span sat: each day counted once, by its majority."""

    days: int
    within: int
    above: int
    below: int
    mood: int | None  # the average mood, 1 to 5, rounded; None without mood ratings


def tally(days: Days, first: date_type, last: date_type) -> DayTally:
    """The days from ``first`` to ``last`` (both included) with check-ins, by majority."""
    span = [day_number(first), day_number(last) + 1]
    lo, hi = (int(i) for i in np.searchsorted(days.number, span))
    w, a, b = days.within[lo:hi], days.above[lo:hi], days.below[lo:hi]
    moods = days.mood.mean[lo:hi]
    moods = moods[np.isfinite(moods)]
    return DayTally(
        hi - lo,
        int(((w >= a) & (w >= b) & (w > 0)).sum()),
        int(((a > w) & (a >= b)).sum()),
        int(((b > w) & (b > a)).sum()),
        int(np.clip(round(float(moods.mean())), 1, 5)) if len(moods) else None,
    )


def colour_by_mood(days: Days, first: date_type, last: date_type) -> bool:
    """How a calendar of the days from ``first`` to ``last`` is coloured when it opens (the
    calendar tab's year, the report's period): by where each day sat against the window when
    most of the days with check-ins there have an activation rating, otherwise by mood (if any
    of them has a mood rating). So a history imported from Daylio (mood only) shows in colour
    at once, even beside a few check-ins of today; the tab's toggle still switches. With no
    check-ins in the span, the whole journal decides the same way."""
    span = [day_number(first), day_number(last) + 1]
    lo, hi = (int(i) for i in np.searchsorted(days.number, span))
    if lo == hi:
        lo, hi = 0, len(days.number)
    with_activation = int((days.arousal.n[lo:hi] > 0).sum())
    with_mood = int((days.mood.n[lo:hi] > 0).sum())
    return with_mood > 0 and 2 * with_activation <= hi - lo


class CalendarPicture:
    """The squares of some months. ``months`` are (year, month) rows in order; days before
    ``first`` or after ``last`` are left blank (not part of the period)."""

    CELL = 18
    GAP = 3
    LEFT = 70  # room for the month names
    TOP = 20  # room for the year

    def __init__(
        self,
        days: Days,
        zone_colours: tuple[str, str, str],
        months: Sequence[tuple[int, int]],
        first: date_type | None = None,
        last: date_type | None = None,
    ) -> None:
        self.days = days
        self.zone_colours = zone_colours  # below, within, above
        self.months = list(months)
        self.first = first
        self.last = last
        self.by_mood = False
        #: Mark days above the window with a point up and days below with a point down, so a
        #: page printed without colour still tells them apart.
        self.marks = False
        #: A key under the squares: a colour (None: a day without check-ins) and its words.
        self.legend: list[tuple[QColor | None, str]] = []
        #: Days without check-ins drawn as an outline of this colour rather than filled (on
        #: paper a pale fill is easily taken for a colour of its own).
        self.empty_outline: QColor | None = None
        self.font = QFont()  # the legend's; the calendar tab paints in its own font
        #: The month names' and year's font (None: the painter's own); see ``fit``.
        self.label_font: QFont | None = None
        self.CELL, self.LEFT, self.TOP = CalendarPicture.CELL, CalendarPicture.LEFT, self.TOP
        # Local day number -> row in the per-day series.
        self._row = {int(n): i for i, n in enumerate(days.number)}

    def fit(self, font: QFont, width: float | None = None) -> None:
        """Size the squares and the room for the labels to ``font`` (larger text, larger
        squares), within ``width`` if given: 31 squares and the month names always fit it.
        The month names shrink only as far as they must to sit one to a row."""
        line = QFontMetricsF(font).height()
        cell = max(CalendarPicture.CELL, min(34, round(line * 0.85)))
        label = QFont(font)
        for _ in range(2):  # the names' room depends on their size, their size on the squares
            metrics = QFontMetricsF(label)
            names = [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
            widest = max(metrics.horizontalAdvance(name) for name in [*names, "8888"])  # + year
            left = max(CalendarPicture.LEFT, int(widest + 0.999) + 12)
            if width is not None:
                cell = max(10, min(cell, int((width - left) / 31) - self.GAP))
            while QFontMetricsF(label).height() > cell + self.GAP and label.pointSizeF() > 6:
                label.setPointSizeF(label.pointSizeF() * 0.9)
        self.CELL, self.LEFT = cell, left
        self.TOP = max(CalendarPicture.TOP, int(QFontMetricsF(label).height() + 4))
        self.label_font = label

    @property
    def step(self) -> int:
        return self.CELL + self.GAP

    def _legend_places(self) -> list[tuple[QRectF, QRectF]]:
        """Each legend entry's square and words, flowing onto more lines when they're long."""
        metrics = QFontMetricsF(self.font)
        width = self.LEFT + 31 * self.step
        x, y = float(self.LEFT), float(self.TOP + 4 + len(self.months) * self.step + self.GAP)
        places = []
        for _colour, words in self.legend:
            room = self.CELL + 6 + metrics.horizontalAdvance(words) + 4
            if x > self.LEFT and x + room > width:
                x, y = float(self.LEFT), y + self.step
            places.append(
                (
                    QRectF(x, y, self.CELL, self.CELL),
                    QRectF(x + self.CELL + 6, y, room - self.CELL - 6, self.CELL),
                )
            )
            x += room + 18
        return places

    def size(self) -> QSize:
        bottom = self.TOP + 4 + len(self.months) * self.step
        places = self._legend_places()
        if places:
            bottom = int(places[-1][0].bottom()) + self.GAP + 2
        return QSize(self.LEFT + 31 * self.step, bottom)

    def in_period(self, day: date_type) -> bool:
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)

    def index(self, day: date_type) -> int | None:
        """The day's row in the per-day series, or None for a day without check-ins."""
        return self._row.get(day_number(day))

    def colour(self, day: date_type) -> QColor | None:
        """The day's colour, or None for a day without check-ins or outside the period."""
        i = self.index(day)
        if i is None or not self.in_period(day):
            return None
        d = self.days
        if self.by_mood:
            if not d.mood.n[i]:
                return None
            return QColor(MOOD_SHADES[int(np.clip(round(float(d.mood.mean[i])), 1, 5)) - 1])
        counts = (d.below[i], d.within[i], d.above[i])
        if not sum(counts):
            return None
        return QColor(self.zone_colours[int(np.argmax(counts))])

    def cell(self, day: date_type) -> QRectF | None:
        """Where ``day``'s square is drawn, or None when its month isn't shown."""
        try:
            row = self.months.index((day.year, day.month))
        except ValueError:
            return None
        return QRectF(
            self.LEFT + (day.day - 1) * self.step,
            self.TOP + row * self.step,
            self.CELL,
            self.CELL,
        )

    def day_at(self, point: QPointF) -> date_type | None:
        """The day whose square (or the gap just after it) holds ``point``, if any."""
        column = int((point.x() - self.LEFT) // self.step)
        row = int((point.y() - self.TOP) // self.step)
        if point.x() < self.LEFT or point.y() < self.TOP:
            return None
        if not (0 <= column < 31 and 0 <= row < len(self.months)):
            return None
        year, month = self.months[row]
        try:
            return date_type(year, month, column + 1)
        except ValueError:
            return None

    def _square(self, painter: QPainter, box: QRectF, colour: QColor | None, empty: QColor) -> None:
        """One day's square: its colour, or the look of a day without check-ins."""
        if colour is None and self.empty_outline is not None:
            painter.setPen(QPen(self.empty_outline, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour if colour is not None else empty)
        painter.drawRoundedRect(box, 3, 3)

    def _mark(self, painter: QPainter, box: QRectF, colour: QColor) -> None:
        """A small white point up (above the window) or down (below it) inside the square."""
        below, _within, above = (QColor(c) for c in self.zone_colours)
        if colour not in (above, below):
            return
        c = box.center()
        h = box.height() * 0.22
        up = colour == above
        tip, base = (c.y() - h, c.y() + h) if up else (c.y() + h, c.y() - h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        painter.drawPolygon(
            [QPointF(c.x(), tip), QPointF(c.x() - h * 1.2, base), QPointF(c.x() + h * 1.2, base)]
        )

    def paint(
        self, painter: QPainter, text: QColor, empty: QColor, title: str, chosen: date_type | None
    ) -> None:
        """The squares, month names, ``title`` above and the legend, if any, below."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        locale = QLocale()
        if self.label_font is not None:
            painter.setFont(self.label_font)
        for row, (year, month) in enumerate(self.months):
            y = self.TOP + row * self.step
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, self.LEFT - 8, self.CELL),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                locale.monthName(month, QLocale.FormatType.ShortFormat),
            )
            for day in range(1, 32):
                try:
                    when = date_type(year, month, day)
                except ValueError:
                    continue
                if not self.in_period(when):
                    continue
                box = QRectF(self.LEFT + (day - 1) * self.step, y, self.CELL, self.CELL)
                colour = self.colour(when)
                self._square(painter, box, colour, empty)
                if self.marks and colour is not None and not self.by_mood:
                    self._mark(painter, box, colour)
                if when == chosen:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(text, 2))
                    painter.drawRoundedRect(box.adjusted(-1, -1, 1, 1), 4, 4)
        painter.setPen(text)
        painter.drawText(
            QRectF(0, 0, self.LEFT - 8, self.TOP - 2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        if self.legend:
            painter.setFont(self.font)
        for (colour, words), (square, place) in zip(
            self.legend, self._legend_places(), strict=True
        ):
            self._square(painter, square, colour, empty)
            painter.setPen(text)
            painter.drawText(
                place, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, words
            )
