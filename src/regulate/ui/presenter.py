"""Presenter mode for therapists: full screen on the chosen screen, very large and high in
contrast, nothing personal shown and nothing written anywhere.

A simple picker with large targets; breathing where the arrow keys match the client's pace and
G glides from there to a slower target over the chosen minutes; grounding one prompt at a time,
advanced with Page Down, Right or Space (a clicker works). Esc leaves presenter mode.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.core.breathing import Pattern
from regulate.core.exercises import Exercise
from regulate.core.session import Length
from regulate.ui.breathing import BreathingPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.page import PRESENTING, scroll_area
from regulate.ui.sound import TonePlayer
from regulate.ui.text import plain_label
from regulate.ui.theme import Colours

translate = QCoreApplication.translate

#: Black and white with a bright, soft shape: readable from across a room.
PRESENTER = Colours(
    window=QColor("#000000"),
    text=QColor("#ffffff"),
    soft_text=QColor("#d6dde2"),
    accent=QColor("#8fd3cc"),
    accent_text=QColor("#000000"),
    surface=QColor("#111417"),
    shape_inner=QColor("#a9e0da"),
    shape_outer=QColor("#4fb3a9"),
)

STYLE = """
QWidget#presenter { background: #000000; }
QWidget#presenter QLabel { color: #ffffff; }
QWidget#presenter QLabel#title { font-size: 40pt; font-weight: 700; }
QWidget#presenter QLabel#subtitle { color: #d6dde2; font-size: 18pt; }
QWidget#presenter QLabel#note { color: #d6dde2; font-size: 18pt; }
QWidget#presenter QLabel#phase { font-size: 72pt; font-weight: 700; }
QWidget#presenter QLabel#count { font-size: 44pt; color: #d6dde2; }
QWidget#presenter QLabel#step { font-size: 46pt; }
QWidget#presenter QPushButton {
    font-size: 20pt; padding: 16px 26px; color: #ffffff; background: #111417;
    border: 2px solid #d6dde2; border-radius: 14px;
}
QWidget#presenter QPushButton:focus { border: 4px solid #8fd3cc; }
QWidget#presenter QPushButton#pick { font-size: 22pt; padding: 10px 22px; text-align: left; }
QWidget#presenter QScrollArea, QWidget#presenter QScrollArea > QWidget > QWidget {
    background: #000000;
}
QWidget#presenter QSpinBox, QWidget#presenter QDoubleSpinBox {
    font-size: 20pt; color: #ffffff; background: #111417; border: 2px solid #d6dde2;
}
"""


class Picker(QWidget):
    chosen = Signal(object)

    def __init__(
        self,
        patterns: Sequence[Pattern],
        exercises: Sequence[Exercise],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = plain_label(translate("Presenter", "Choose an exercise"), self)
        title.setObjectName("title")
        hint = plain_label(
            translate("Presenter", "Esc leaves presenter mode. Nothing here is saved."), self
        )
        hint.setObjectName("note")
        grid = QGridLayout()
        grid.setSpacing(14)
        self.buttons: list[QPushButton] = []
        columns: tuple[Sequence[Pattern | Exercise], ...] = (patterns, exercises)
        for column, items in enumerate(columns):
            heading = plain_label(
                translate("Presenter", "Breathing")
                if column == 0
                else translate("Presenter", "Grounding"),
                self,
            )
            heading.setObjectName("subtitle")
            grid.addWidget(heading, 0, column)
            for row, item in enumerate(items, start=1):
                name = item.name if isinstance(item, Pattern) else item.title
                button = QPushButton(name, self)
                button.setObjectName("pick")
                button.setAccessibleName(name)
                button.setAutoDefault(True)
                button.clicked.connect(lambda _=False, it=item: self.chosen.emit(it))
                grid.addWidget(button, row, column)
                self.buttons.append(button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(grid)
        inner_layout.addStretch(1)
        for button in self.buttons:
            button.setParent(inner)
        scroll = scroll_area(inner, self, translate("Presenter", "the exercises"))
        self._scroll = scroll
        # A clicker sends Page Down / Page Up: they move the choice (B or Enter starts it).
        for keys, step in (
            ((Qt.Key.Key_PageDown, Qt.Key.Key_Down), 1),
            ((Qt.Key.Key_PageUp, Qt.Key.Key_Up), -1),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda s=step: self.move_choice(s))
        start = QShortcut(QKeySequence(Qt.Key.Key_B), self)
        start.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        start.activated.connect(self._start_focused)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 36, 60, 30)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)

    def move_choice(self, step: int) -> None:
        """The next or previous choice gets the focus, and is scrolled into view."""
        if not self.buttons:
            return
        focused = QApplication.focusWidget()
        index = self.buttons.index(focused) if focused in self.buttons else -step
        target = self.buttons[(index + step) % len(self.buttons)]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        self._scroll.ensureWidgetVisible(target)

    def _start_focused(self) -> None:
        focused = QApplication.focusWidget()
        if focused in self.buttons:
            assert isinstance(focused, QPushButton)
            focused.click()


class PresenterWindow(QMainWindow):
    """A separate, top-level window: the person's own journal window is never shown here."""

    left = Signal()

    def __init__(
        self,
        patterns: Sequence[Pattern],
        exercises: Sequence[Exercise],
        tones: TonePlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenter")
        self.setWindowTitle(translate("Presenter", "Regulate, presenter mode"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.picker = Picker(patterns, exercises, self)
        self.picker.chosen.connect(self.start)
        # Built for a client: no rating is ever asked, nothing is kept, Esc is this window's.
        self.breathing = BreathingPage(patterns, PRESENTER, tones, PRESENTING, parent=self)
        self.breathing.leave.connect(self.show_picker)
        self.grounding = GroundingPage(exercises, (), PRESENTER, tones, PRESENTING, parent=self)
        self.grounding.leave.connect(self.show_picker)
        self.glide_to = QDoubleSpinBox(self)
        self.glide_to.setRange(3.0, 12.0)
        self.glide_to.setSingleStep(0.5)
        self.glide_to.setValue(6.0)
        self.glide_to.setAccessibleName(translate("Presenter", "Glide to breaths a minute"))
        self.glide_minutes = QSpinBox(self)
        self.glide_minutes.setRange(1, 20)
        self.glide_minutes.setValue(3)
        self.glide_minutes.setAccessibleName(translate("Presenter", "Glide over minutes"))
        self.glide_to.valueChanged.connect(self._glide_settings)
        self.glide_minutes.valueChanged.connect(self._glide_settings)
        glide = QHBoxLayout()
        glide.addStretch(1)
        for widget in (
            plain_label(translate("Presenter", "G glides to"), self),
            self.glide_to,
            plain_label(translate("Presenter", "breaths a minute over"), self),
            self.glide_minutes,
            plain_label(translate("Presenter", "minutes"), self),
        ):
            if isinstance(widget, QLabel):
                widget.setObjectName("note")
            glide.addWidget(widget)
        self._glide_row = QWidget(self)
        self._glide_row.setLayout(glide)
        breathing_box = QWidget(self)
        breathing_layout = QVBoxLayout(breathing_box)
        breathing_layout.setContentsMargins(0, 0, 0, 0)
        breathing_layout.addWidget(self.breathing, 1)
        breathing_layout.addWidget(self._glide_row)
        self._breathing_box = breathing_box
        body = QWidget(self)
        body.setObjectName("presenterBody")
        self.setCentralWidget(body)
        self.stack = QStackedLayout(body)
        self.stack.addWidget(self.picker)
        self.stack.addWidget(breathing_box)
        self.stack.addWidget(self.grounding)
        self._glide_settings()
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.close)

    def _glide_settings(self) -> None:
        self.breathing.glide_to_bpm = self.glide_to.value()
        self.breathing.glide_minutes = float(self.glide_minutes.value())

    def show_picker(self) -> None:
        self.stack.setCurrentWidget(self.picker)
        if self.picker.buttons:
            self.picker.buttons[0].setFocus()

    def start(self, item: Pattern | Exercise, length: Length | None = None) -> None:
        if isinstance(item, Pattern):
            self.stack.setCurrentWidget(self._breathing_box)
            self.breathing.start(item, length)
        else:
            self.stack.setCurrentWidget(self.grounding)
            self.grounding.start(item)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on that screen (or the one the pointer is on)."""
        target = screen or QGuiApplication.primaryScreen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.breathing.halt()
        self.left.emit()
        super().closeEvent(event)


def open_presenter(
    patterns: Sequence[Pattern],
    exercises: Sequence[Exercise],
    tones: TonePlayer,
    screen: int | None,
    near: QWidget | None = None,
) -> PresenterWindow:
    """A presenter window, full screen on screen number ``screen`` (counting from 0), else on
    the screen ``near`` is on, else the primary one."""
    window = PresenterWindow(patterns, exercises, tones)
    screens = QGuiApplication.screens()
    target: QScreen | None = None
    if screen is not None and 0 <= screen < len(screens):
        target = screens[screen]
    elif screen is not None:
        sys.stderr.write(
            f"regulate: there is no screen {screen} (screens here: 0 to {len(screens) - 1}); "
            "presenting on the main screen.\n"
        )
    elif near is not None:
        target = near.screen()
    window.show_on(target)
    return window
