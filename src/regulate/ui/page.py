"""Building blocks several screens share: a named scroll area, and a scrolling page with a
Back button that Esc also triggers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from regulate.ui.a11y import name_scroll_bars


def scroll_area(inner: QWidget, parent: QWidget, what: str) -> QScrollArea:
    """``inner`` in a frameless, vertically scrolling area whose parts say what they hold."""
    area = QScrollArea(parent)
    name_scroll_bars(area, what)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def scrolling_page(
    page: QWidget, inner: QWidget, what: str, back_text: str, leave: Callable[[], None]
) -> QPushButton:
    """Lay out ``page`` as ``inner`` scrolling above a Back button; Esc goes back too."""
    back = QPushButton(back_text, page)
    back.setAutoDefault(True)
    back.clicked.connect(leave)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 20, 28, 16)
    layout.addWidget(scroll_area(inner, page, what), 1)
    layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
    shortcut = QShortcut(QKeySequence("Esc"), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(leave)
    return back
