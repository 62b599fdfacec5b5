"""A quiet heart-rate curve to sit beside or under the breathing shape.

Any ``HeartSource`` can feed it. Beats are cleaned as they arrive (``core.rr.LiveCleaner``),
drawn as one calm line over the last minute, with the in-breaths shaded faintly behind it so the
rise on each in-breath is easy to see; after each breath one number, the peak-to-trough swing of
heart rate in that breath, is shown small. No score, no alarm colours, nothing that flashes.
When the strap drops out the line simply pauses and a short sentence says it is waiting; when it
comes back the line carries on.

It repaints only when a beat arrives (about once a second) or a breath ends, so it costs little
beside the breathing animation. The breathing screen's owner embeds it and calls ``end_breath``
and ``set_schedule``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, SignalInstance
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from regulate.core.rr import LiveCleaner
from regulate.ui.heart_source import HeartSource
from regulate.ui.theme import Colours

WINDOW_SECONDS = 60.0
#: The y range never shrinks below this many beats a minute, so small noise looks small.
LEAST_RANGE = 12.0


class HeartView(QWidget):
    def __init__(
        self,
        colours: Colours,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._colours = colours
        self._clock = clock
        self._cleaner = LiveCleaner()
        #: Segments of (seconds, heart rate); a new segment starts after each dropout.
        self._segments: list[list[tuple[float, float]]] = [[]]
        self._breath_start: float | None = None
        #: Paces in force, oldest first: (from, rate, inhale share, origin); rate 0 is a pause.
        self._schedules: list[tuple[float, float, float, float]] = []
        self._last_swing: float | None = None
        self._status = ""
        self._connected = False
        self._source: HeartSource | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(240, 120)
        self.setAccessibleName(
            QCoreApplication.translate("HeartView", "Heart rate while you breathe")
        )

    # -- feeding it ------------------------------------------------------------------------

    def attach(self, source: HeartSource) -> None:
        if self._source is not None:
            for signal, slot in self._links(self._source):
                signal.disconnect(slot)
        self._source = source
        for signal, slot in self._links(source):
            signal.connect(slot)

    def _links(self, source: HeartSource) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (source.beat, self.add_beat),
            (source.connected, self._on_connected),
            (source.disconnected, self._on_disconnected),
            (source.problem, self._on_problem),
        ]

    def set_schedule(
        self, rate: float, inhale_share: float, start: float, since: float | None = None
    ) -> None:
        """Shade the in-breaths of a pace whose breaths begin at ``start`` (on this view's
        clock), from ``since`` (default ``start``) on; earlier breaths keep their shading."""
        since = start if since is None else since
        kept = [s for s in self._schedules if s[0] < since]
        self._schedules = [*kept, (since, rate, inhale_share, start)]
        self.update()

    def pause_schedule(self, since: float) -> None:
        """No breaths are shaded from ``since`` (a pause) until the next ``set_schedule``."""
        self.set_schedule(0.0, 0.0, since)

    def clear(self) -> None:
        """A fresh start: no beats, no shading, no number."""
        self._segments = [[]]
        self._schedules = []
        self._breath_start = None
        self._last_swing = None
        self._cleaner.reset()
        self.update()

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.update()

    def add_beat(self, rr_ms: float, heart_rate: float = 0.0) -> None:
        now = self._clock()
        cleaned = self._cleaner.push(rr_ms)
        if not cleaned:
            return
        segment = self._segments[-1]
        # the cleaned beats end now; spread any split ones back over their interval
        moment = now - sum(cleaned[1:]) / 1000.0
        for value in cleaned:
            segment.append((moment, 60000.0 / value))
            moment += value / 1000.0
        self._forget(now)
        self.update()

    def begin_breath(self) -> None:
        """A run's first breath begins now: the next ``end_breath`` measures from here."""
        self._breath_start = self._clock()

    def end_breath(self) -> None:
        """A breath ended: show its peak-to-trough swing (or nothing if we cannot trust it)."""
        now = self._clock()
        start, self._breath_start = self._breath_start, now
        if start is None:
            return
        rates = [hr for seg in self._segments for (t, hr) in seg if start <= t <= now]
        if len(rates) >= 3 and not self._cleaner.too_many:
            self._last_swing = max(rates) - min(rates)
        else:
            self._last_swing = None
        self.update()

    # -- what the view shows (also read by tests and the accessibility layer) --------------

    @property
    def points(self) -> list[tuple[float, float]]:
        return [p for seg in self._segments for p in seg]

    @property
    def segments(self) -> int:
        return sum(1 for seg in self._segments if seg)

    @property
    def swing(self) -> float | None:
        return self._last_swing

    @property
    def status(self) -> str:
        return self._status

    @property
    def share_corrected(self) -> float:
        return self._cleaner.share_corrected

    def number_text(self) -> str:
        if self._cleaner.too_many:
            return QCoreApplication.translate(
                "HeartView", "Many beats are unclear just now, so no number is shown."
            )
        if self._last_swing is None:
            return ""
        swing = round(self._last_swing)
        return QCoreApplication.translate(
            "HeartView", "%n beats a minute of swing this breath", None, swing
        )

    def _on_connected(self, name: str) -> None:
        self._connected = True
        self._status = ""
        self._cleaner.reset()
        self.update()

    def _on_disconnected(self, sentence: str) -> None:
        self._connected = False
        self._status = sentence
        if self._segments[-1]:
            self._segments.append([])
        self._cleaner.reset()
        self.update()

    def _on_problem(self, sentence: str) -> None:
        self._status = sentence
        self.update()

    def _forget(self, now: float) -> None:
        horizon = now - WINDOW_SECONDS - 5
        while len(self._schedules) > 1 and self._schedules[1][0] < horizon:
            self._schedules.pop(0)
        for seg in self._segments:
            while seg and seg[0][0] < horizon:
                seg.pop(0)
        self._segments = [seg for seg in self._segments[:-1] if seg] + [self._segments[-1]]

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self._colours
        painter.fillRect(self.rect(), c.window)
        font = QFont(self.font())
        line = font.pointSizeF() * 2.2
        plot = QRectF(8, 8, self.width() - 16, self.height() - 16 - line)
        now = self._clock()
        left = now - WINDOW_SECONDS
        self._shade_breaths(painter, plot, left, now)
        points = [p for p in self.points if p[0] >= left]
        if points:
            low = min(hr for _, hr in points)
            high = max(hr for _, hr in points)
            middle = (low + high) / 2
            half = max(LEAST_RANGE, high - low) / 2 * 1.15
            low, high = middle - half, middle + half

            def place(t: float, hr: float) -> QPointF:
                x = plot.left() + (t - left) / WINDOW_SECONDS * plot.width()
                y = plot.bottom() - (hr - low) / (high - low) * plot.height()
                return QPointF(x, y)

            pen = QPen(c.accent, max(2.0, self.height() / 90))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            for seg in self._segments:
                shown = [p for p in seg if p[0] >= left]
                if len(shown) < 2:
                    continue
                path = QPainterPath(place(*shown[0]))
                for t, hr in shown[1:]:
                    path.lineTo(place(t, hr))
                painter.drawPath(path)
        painter.setPen(c.soft_text)
        text = self._status or self.number_text()
        if text:
            painter.drawText(
                QRectF(8, self.height() - line - 4, self.width() - 16, line),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                text,
            )
        painter.end()

    def _shade_breaths(self, painter: QPainter, plot: QRectF, left: float, now: float) -> None:
        if not self._schedules:
            return
        shade = QColor(self._colours.shape_inner)
        shade.setAlphaF(0.18)
        ends = [s[0] for s in self._schedules[1:]] + [now]
        for (since, rate, share, start), until in zip(self._schedules, ends, strict=True):
            if rate <= 0 or until <= left:
                continue
            period = 60.0 / rate
            k = max(0, int((max(left, since) - start) // period) - 1)
            while start + k * period < until:
                begin = max(left, since, start + k * period)
                end = min(until, start + k * period + share * period)
                if end > begin:
                    x0 = plot.left() + (begin - left) / WINDOW_SECONDS * plot.width()
                    x1 = plot.left() + (end - left) / WINDOW_SECONDS * plot.width()
                    painter.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), shade)
                k += 1
