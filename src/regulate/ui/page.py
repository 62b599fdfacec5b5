"""Building blocks several screens share: the options an exercise screen is built with, a
named scroll area, and a scrolling page with a Back button that Esc also triggers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

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
