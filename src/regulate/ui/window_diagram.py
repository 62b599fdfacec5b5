"""The window-of-tolerance diagram: three bands drawn from the person's own window, and a
marker for arousal 0-10 placed by click, drag or the arrow keys.

Colours are soft tints and every band is also named in words, so nothing depends on colour
alone and nothing looks like an alarm.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QSlider, QWidget

from regulate.core.scales import AROUSAL_MAX, AROUSAL_MIN, Window, Zone
from regulate.ui.a11y import scroll_into_view
from regulate.ui.theme import Colours

translate = QCoreApplication.translate

BAR_WIDTH = 64.0
MARGIN = 16.0

LIGHT_TINTS = {Zone.HYPER: "#f2dccd", Zone.WINDOW: "#d3eadf", Zone.HYPO: "#d5e3f0"}
DARK_TINTS = {Zone.HYPER: "#55402f", Zone.WINDOW: "#2d4a40", Zone.HYPO: "#2d4256"}


def zone_words(zone: Zone) -> tuple[str, str]:
    """A short name and a plain description for each band."""
    if zone is Zone.HYPER:
        return (
            translate("WindowDiagram", "Too much"),
            translate("WindowDiagram", "On edge: racing heart or thoughts, panic, anger"),
        )
    if zone is Zone.HYPO:
        return (
            translate("WindowDiagram", "Too little"),
            translate("WindowDiagram", "Shut down: numb, foggy, flat, far away"),
        )
    return (
        translate("WindowDiagram", "In my window"),
        translate("WindowDiagram", "Settled enough to think and feel at the same time"),
    )


def value_text(value: int | None, window: Window) -> str:
    """What a screen reader says for the marker: "5, in your window", or "not placed yet"."""
    if value is None:
        return translate("WindowDiagram", "not placed yet")
    zone = window.zone_of(value)
    if zone is Zone.HYPER:
        where = translate("WindowDiagram", "{n}, above your window")
    elif zone is Zone.HYPO:
        where = translate("WindowDiagram", "{n}, below your window")
    else:
        where = translate("WindowDiagram", "{n}, in your window")
    return where.format(n=value)


def band_edge(colours: Colours) -> QColor:
    """The edge drawn round each band."""
    return colours.soft_text


class WindowDiagram(QSlider):
    """A vertical slider underneath (so screen readers present it as one, with its value),
    painted as the window diagram."""

    value_changed = Signal(int)

    def __init__(
        self, window: Window, colours: Colours, dark: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setRange(AROUSAL_MIN, AROUSAL_MAX)
        self.setValue((AROUSAL_MIN + AROUSAL_MAX) // 2)
        self._window = window
        self._colours = colours
        self._tints = DARK_TINTS if dark else LIGHT_TINTS
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()

    def set_colours(self, colours: Colours, dark: bool) -> None:
        """The theme changed while the screen is open."""
        self._colours = colours
        self._tints = DARK_TINTS if dark else LIGHT_TINTS
        self.update()

    def minimumSizeHint(self) -> QSize:
        """Room for the numbers and each band's words at the person's text size."""
        line = QFontMetrics(self.font()).height()
        return QSize(int(self._bar().right()) + 14 + 12 * line, int(2 * MARGIN + 11 * line * 1.9))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    @property
    def arousal(self) -> int | None:
        """The placed value, or None until the person places the marker."""
        return self._value

    @property
    def personal_window(self) -> Window:
        return self._window

    def set_window(self, window: Window) -> None:
        self._window = window
        self._describe()
        self.update()

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(AROUSAL_MIN, min(AROUSAL_MAX, value))
        if value == self._value:
            return
        self._value = value
        if value is not None:
            self.blockSignals(True)
            self.setValue(value)  # what a screen reader reads as the slider's value
            self.blockSignals(False)
        self._describe()
        self.update()
        if value is not None:
            self.value_changed.emit(value)

    def _describe(self) -> None:
        if self._value is None:
            text = translate(
                "WindowDiagram", "Not placed yet. Use the up and down arrow keys to place it."
            )
        else:
            name, description = zone_words(self._window.zone_of(self._value))
            text = f"{self._value}: {name}. {description}"
        # The name carries the value text, so "5, in your window" (or "not placed yet") is
        # what a screen reader says, never a bare 5 from the slider underneath.
        self.setAccessibleName(
            translate("WindowDiagram", "How activated you feel, 0 to 10: {value}").format(
                value=value_text(self._value, self._window)
            )
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # -- geometry -----------------------------------------------------------------------------

    def _numbers_width(self) -> float:
        return QFontMetrics(self.font()).horizontalAdvance("10") + 6.0

    def _bar(self) -> QRectF:
        """The bar as laid out left to right; ``bar_rect`` is where it is drawn."""
        left = MARGIN + self._numbers_width() + 4
        return QRectF(left, MARGIN, BAR_WIDTH, self.height() - 2 * MARGIN)

    def _text_area(self) -> QRectF:
        """Where the bands' words go, left to right: beside the bar, to the window's edge."""
        bar = self._bar()
        left = bar.right() + 14
        return QRectF(left, bar.top(), max(0.0, self.width() - left - 4), bar.height())

    def _numbers_area(self) -> QRectF:
        """The column of 0-10, left to right: before the bar."""
        bar = self._bar()
        return QRectF(MARGIN, bar.top(), self._numbers_width(), bar.height())

    def _visual(self, rect: QRectF) -> QRectF:
        """``rect`` from the left-to-right layout, where it is drawn: mirrored when the layout
        direction is right to left, so the numbers and bar are on the right and the words on
        their left. (The text alignments need no change: the painter mirrors AlignLeft and
        AlignRight itself, as Qt does for widgets, so the words still hug the bar.)"""
        if not self.isRightToLeft():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def bar_rect(self) -> QRectF:
        """The bar of bands as drawn."""
        return self._visual(self._bar())

    def text_rect(self) -> QRectF:
        """The room for the bands' names and descriptions as drawn."""
        return self._visual(self._text_area())

    def numbers_rect(self) -> QRectF:
        """The column of numbers as drawn."""
        return self._visual(self._numbers_area())

    def _y_of(self, value: float) -> float:
        bar = self._bar()
        return bar.bottom() - (value - AROUSAL_MIN) / (AROUSAL_MAX - AROUSAL_MIN) * bar.height()

    def _value_at(self, y: float) -> int:
        bar = self._bar()
        share = (bar.bottom() - y) / max(1.0, bar.height())
        return round(AROUSAL_MIN + share * (AROUSAL_MAX - AROUSAL_MIN))

    # -- input --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(self._value_at(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_value(self._value_at(event.position().y()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value if self._value is not None else 5
        # The side arrows follow the reading direction, as on Qt's own sliders and the 0-10
        # rows: towards the end of a line is more (right, or left when right to left).
        more, less = Qt.Key.Key_Right, Qt.Key.Key_Left
        if self.isRightToLeft():
            more, less = less, more
        if key in (Qt.Key.Key_Up, more, Qt.Key.Key_Plus):
            self.set_value(current + 1 if self._value is not None else current)
        elif key in (Qt.Key.Key_Down, less, Qt.Key.Key_Minus):
            self.set_value(current - 1 if self._value is not None else current)
        elif key == Qt.Key.Key_Home:
            self.set_value(AROUSAL_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(AROUSAL_MAX)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_value(key - Qt.Key.Key_0)
        else:
            QWidget.keyPressEvent(self, event)  # not QSlider's own stepping
            return
        self.show_marker()

    def marker_rect(self) -> QRectF:
        """Where the marker is drawn (or would be, at the middle, before it is placed), with
        its number beside it."""
        y = self._y_of(self._value if self._value is not None else 5)
        line = QFontMetrics(self.font()).height()
        half = max(14.0, line / 2 + 2)
        ladder = self.bar_rect().united(self.numbers_rect())
        return QRectF(ladder.left(), y - half, ladder.width(), 2 * half)

    def show_marker(self) -> None:
        """Scroll the page so the marker is in view (the ladder is taller than the window at
        large text sizes), with room for a step more either way."""
        scroll_into_view(self, self.marker_rect().toAlignedRect(), margin=48)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # scrolling the page must never move the marker by accident

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = self.bar_rect()
        words = self.text_rect()
        numbers = self.numbers_rect()
        low, high = self._window.low, self._window.high
        bands = (
            (Zone.HYPER, high + 0.5, AROUSAL_MAX + 0.5),
            (Zone.WINDOW, low - 0.5, high + 0.5),
            (Zone.HYPO, AROUSAL_MIN - 0.5, low - 0.5),
        )
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        for zone, start, end in bands:
            top = self._y_of(min(end, AROUSAL_MAX))
            bottom = self._y_of(max(start, AROUSAL_MIN))
            if bottom - top <= 1:
                continue
            # Soft fills, each band edged in a colour with 3:1 or more against the fill and
            # the window (tests/widgets/test_contrast.py), and named in words.
            painter.setPen(QPen(band_edge(self._colours), 2))
            painter.setBrush(QColor(self._tints[zone]))
            painter.drawRoundedRect(
                QRectF(bar.left(), top + 2.5, bar.width(), bottom - top - 5), 8, 8
            )
            name, description = zone_words(zone)
            # Name and description share the band's height; a thin band shows the name only.
            room = QRectF(words.left(), top + 2, words.width(), bottom - top - 4)
            name_height = QFontMetrics(bold).height()
            painter.setPen(self._colours.text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(room.left(), room.top(), room.width(), name_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                name,
            )
            below = QRectF(
                room.left(), room.top() + name_height, room.width(), room.height() - name_height
            )
            painter.setFont(base)
            needed = painter.boundingRect(
                below, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, description
            )
            if needed.height() <= below.height() + 1:
                painter.setPen(self._colours.soft_text)
                painter.drawText(
                    below,
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                    description,
                )
        painter.setFont(base)
        painter.setPen(self._colours.soft_text)
        line = QFontMetrics(base).height()
        for value in range(AROUSAL_MIN, AROUSAL_MAX + 1):
            y = self._y_of(value)
            painter.drawText(
                QRectF(numbers.left(), y - line / 2, numbers.width(), line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        if self._value is not None:
            y = self._y_of(self._value)
            pen = QPen(self._colours.text, 3)
            painter.setPen(pen)
            painter.drawLine(QPointF(bar.left() - 4, y), QPointF(bar.right() + 4, y))
            painter.setBrush(self._colours.accent)
            painter.setPen(QPen(self._colours.text, 2))
            painter.drawEllipse(QPointF(bar.center().x(), y), 11, 11)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._colours.accent, 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(self.focus_rect(), 10, 10)
        painter.end()

    def focus_rect(self) -> QRectF:
        """The dashed focus frame: round the bar and its numbers together, clear of every
        digit on either side (whichever way the layout runs), inside the widget."""
        metrics = QFontMetrics(self.font())
        ladder = self.bar_rect().united(self.numbers_rect())
        # Each number is centred on its line box: its digits stand on the baseline.
        baseline = metrics.ascent() - metrics.height() / 2
        top = min(self.bar_rect().top(), self._y_of(AROUSAL_MAX) + baseline - metrics.capHeight())
        bottom = max(self.bar_rect().bottom(), self._y_of(AROUSAL_MIN) + baseline)
        ink = QRectF(ladder.left(), top, ladder.width(), bottom - top)
        return ink.adjusted(-6, -5, 6, 5).intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
