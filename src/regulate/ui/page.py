"""Building blocks several screens share: the options an exercise screen is built with, a
named scroll area, and a scrolling page with a Back button that Esc also triggers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from regulate.ui.a11y import name_scroll_bars


@dataclass(frozen=True)
class ExerciseOptions:
    """How a breathing or grounding screen behaves, decided by whoever builds it. Nothing
    outside a screen changes its parts afterwards."""

    #: Ask distress before and after (0-10, always skippable). Off: no rating row is built.
    ask_ratings: bool = True
    #: Hand finished runs on for the journal. Off: nothing is ever handed on (presenter mode).
    keep_sessions: bool = True
    #: Esc stops and then leaves the screen. Off: the window that holds the screen handles Esc.
    escape_leaves: bool = True
    #: Breathing: the pattern drop-down in the header.
    choose_pattern: bool = True
    #: Grounding: boxes to type or tick what the person notices.
    show_inputs: bool = True


#: For the person's own use: ratings asked, sessions kept.
PERSONAL = ExerciseOptions()
#: For a therapist's client: no questions, nothing kept, nothing to choose or type.
PRESENTING = ExerciseOptions(
    ask_ratings=False,
    keep_sessions=False,
    escape_leaves=False,
    choose_pattern=False,
    show_inputs=False,
)


def scroll_area(inner: QWidget, parent: QWidget, what: str, tab_stop: bool = False) -> QScrollArea:
    """``inner`` in a frameless, vertically scrolling area whose parts say what they hold.

    ``tab_stop``: the area itself takes the keyboard, so that a page of text alone can be
    scrolled with the arrow and page keys; it then shows a focus ring (the theme's
    ``QScrollArea[tabStop="true"]`` rules). Off (a page with controls of its own), Tab goes
    straight to those controls and the area scrolls to whichever has the focus: an area
    that took the focus too would be a Tab stop nobody can see."""
    area = QScrollArea(parent)
    area.setProperty("tabStop", tab_stop)
    area.setFocusPolicy(Qt.FocusPolicy.StrongFocus if tab_stop else Qt.FocusPolicy.NoFocus)
    name_scroll_bars(area, what)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def scrolling_page(
    page: QWidget,
    inner: QWidget,
    what: str,
    back_text: str,
    leave: Callable[[], None],
    tab_stop: bool = False,
) -> QPushButton:
    """Lay out ``page`` as ``inner`` scrolling above a Back button; Esc goes back too.
    ``tab_stop`` as for ``scroll_area``."""
    back = QPushButton(back_text, page)
    back.setAutoDefault(True)
    back.clicked.connect(leave)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 20, 28, 16)
    layout.addWidget(scroll_area(inner, page, what, tab_stop), 1)
    layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    shortcut = QShortcut(QKeySequence("Esc"), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(leave)
    return back


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is full (chips, rows of
    buttons), so nothing is squeezed or cut at large text sizes. Each line starts at the
    leading edge: the left, or the right when the layout direction is right to left."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _direction(self) -> Qt.LayoutDirection:
        """Laid out as if left to right, then mirrored inside the area when right to left."""
        widget = self.parentWidget()
        if widget is not None:
            return widget.layoutDirection()
        return QApplication.layoutDirection()

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        direction = self._direction()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(QSize(area.width(), 1 << 20))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            if move:
                place = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(direction, area, place))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()


def flow_row(widgets: list[QWidget], spacing: int = 8) -> FlowLayout:
    row = FlowLayout(spacing=spacing)
    for widget in widgets:
        row.addWidget(widget)
    return row


class Columns(QWidget):
    """Two or more columns side by side, one under the other when the window is narrow."""

    def __init__(self, narrowest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._narrowest = narrowest  # the width one column needs at least, in pixels
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(24)

    def _columns(self) -> list[QWidget]:
        items = (self.box.itemAt(n) for n in range(self.box.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest column alone: the columns stack rather than get cut."""
        return QSize(max((w.minimumSizeHint().width() for w in self._columns()), default=0), 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.box.totalHeightForWidth(width)

    def _side_by_side_width(self) -> int:
        """What the columns need side by side: each as wide as its widest part."""
        need = sum(max(self._narrowest, w.minimumSizeHint().width()) for w in self._columns())
        return need + self.box.spacing() * max(0, self.box.count() - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        side_by_side = event.size().width() >= self._side_by_side_width()
        wanted = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)


def scrolling_column(
    page: QWidget,
    what: str,
    widest: int = 0,
    margins: tuple[int, int, int, int] = (32, 24, 32, 24),
    tab_stop: bool = False,
) -> QVBoxLayout:
    """Lay out ``page`` as one column that scrolls up and down (never sideways) and return
    the column's layout. ``widest``: the column stays this wide at most, centred.
    ``tab_stop`` as for ``scroll_area``."""
    inner = QWidget()
    row = QHBoxLayout(inner)
    row.setContentsMargins(*margins)
    holder = QWidget(inner)
    if widest:
        holder.setMaximumWidth(widest)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    row.addStretch(1)
    row.addWidget(holder, 12)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_area(inner, page, what, tab_stop))
    return column


def narrow_combo(box: QComboBox, letters: int = 12) -> QComboBox:
    """A drop-down as narrow as ``letters`` letters at most, whatever its longest choice, so
    it never pushes a row past the window's edge at large text sizes."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(letters)
    return box


def wrapping_form(form: QFormLayout) -> QFormLayout:
    """A form whose labels go above their fields when the row does not fit."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class _TickingLabel(QLabel):
    """The words of a wrapping check box: clicking them ticks the box, as with its own text."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


def wrapping_check(box: QCheckBox) -> QWidget:
    """``box`` with its words beside it in a label that wraps (a check box's own text never
    does). The box keeps the words as its accessible name."""
    text = box.text()
    box.setAccessibleName(box.accessibleName() or text)
    box.setText("")
    row = QWidget(box.parentWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    label = _TickingLabel(text, box, row)
    layout.addWidget(label, 1)
    box.setProperty("words", label)
    return row
