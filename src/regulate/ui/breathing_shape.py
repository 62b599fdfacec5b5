"""The breathing shape: a soft disc that fills on the in-breath and empties on the out-breath.

Painting is kept small, because it runs for minutes at a time: the background (with a faint
ring showing "full") is cached in a pixmap, the disc's colour depends only on the distance from
the centre, and each frame repaints only the ring between the old and the new edge. During a
hold nothing moves, so nothing is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from regulate.ui.theme import Colours

HALO_PX = 14.0  # a soft glow beyond the edge, fading to nothing
HALO_OPACITY = 0.22
MIN_SHARE = 0.34  # the empty shape's radius, as a share of the full one
STILL_FULLNESS = 0.62
#: The edge moves in steps of about a pixel: smooth to the eye, and half the repaints of
#: chasing every fraction of a pixel.
MIN_STEP_PX = 1.0


class BreathingShape(QWidget):
    #: The mouse button went down / up on the shape (used by "follow me").
    pressed = Signal()
    released = Signal()

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self._fullness = 0.0
        self._still = False
        self._background: QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(
            QCoreApplication.translate("Breathing", "Breathing shape, growing as you breathe in")
        )

    # -- state ---------------------------------------------------------------------------

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self._background = None
        self.update()

    def set_still(self, still: bool) -> None:
        """Reduced motion: the shape keeps one size; words and a bar carry the timing."""
        if still != self._still:
            self._still = still
            self.update()

    @property
    def still(self) -> bool:
        return self._still

    @property
    def fullness(self) -> float:
        return self._fullness

    def set_fullness(self, fullness: float) -> None:
        fullness = min(1.0, max(0.0, fullness))
        if self._still:
            self._fullness = fullness
            return
        old, new = self._radius(self._fullness), self._radius(fullness)
        resting = fullness in (0.0, 1.0)  # always land exactly on empty and full
        if abs(new - old) < MIN_STEP_PX and not (resting and new != old):
            return
        self._fullness = fullness
        self.update(self._ring(min(old, new), max(old, new)))

    # -- geometry ------------------------------------------------------------------------

    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2.0, self.height() / 2.0)

    def _full_radius(self) -> float:
        return max(20.0, min(self.width(), self.height()) / 2.0 - HALO_PX - 6.0)

    def radius_for(self, fullness: float) -> float:
        """The edge's distance from the centre, in pixels, at this fullness."""
        return self._radius(fullness)

    def _radius(self, fullness: float) -> float:
        full = self._full_radius()
        if self._still:
            fullness = STILL_FULLNESS
        return full * (MIN_SHARE + (1.0 - MIN_SHARE) * fullness)

    def _ring(self, inner: float, outer: float) -> QRegion:
        centre = self._centre()
        reach = outer + HALO_PX + 2.0
        outer_rect = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
        region = QRegion(outer_rect.toAlignedRect(), QRegion.RegionType.Ellipse)
        hole = inner - 2.0
        if hole > 4:
            inner_rect = QRect(
                round(centre.x() - hole), round(centre.y() - hole), round(2 * hole), round(2 * hole)
            )
            region = region.subtracted(QRegion(inner_rect, QRegion.RegionType.Ellipse))
        return region

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.pressed.emit()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.released.emit()
        super().mouseReleaseEvent(event)

    # -- painting ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._background = None
        super().resizeEvent(event)

    def _render_background(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self._colours.window)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QColor(self._colours.soft_text)
        guide.setAlphaF(0.28)
        pen = QPen(guide, 1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        full = self._radius(1.0) if not self._still else self._full_radius()
        painter.drawEllipse(self._centre(), full, full)
        painter.end()
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._background is None:
            self._background = self._render_background()
        painter = QPainter(self)
        painter.setClipRegion(event.region())
        painter.drawPixmap(0, 0, self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        centre = self._centre()
        radius = self._radius(self._fullness)
        # One soft glow (a gradient fading to nothing) and one disc: two fills a frame.
        reach = radius + HALO_PX
        glow = QRadialGradient(centre, reach)
        edge = QColor(self._colours.shape_outer)
        edge.setAlphaF(HALO_OPACITY)
        clear = QColor(self._colours.shape_outer)
        clear.setAlphaF(0.0)
        glow.setColorAt(max(0.0, (radius - 1.0) / reach), edge)
        glow.setColorAt(1.0, clear)
        painter.setBrush(glow)
        painter.drawEllipse(centre, reach, reach)
        # The colour depends only on the distance from the centre, never on the radius,
        # so the inside of the disc never needs repainting while it grows or shrinks.
        gradient = QRadialGradient(centre, self._full_radius())
        gradient.setColorAt(0.0, self._colours.shape_inner)
        gradient.setColorAt(1.0, self._colours.shape_outer)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)
        painter.end()
