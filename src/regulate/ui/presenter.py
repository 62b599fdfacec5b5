"""Presenter mode for therapists: full screen on the chosen screen, very large and high in
contrast, nothing personal shown and nothing written anywhere.

The client's screen shows only the exercise. The therapist's controls live in a small window
on the other screen when there are two; with one screen they appear over the exercise when the
mouse moves and go again after three seconds. The arrow keys match the client's pace and G
glides from there to a little slower (one breath a minute, adjustable), never quicker.
Grounding shows one prompt at a time, advanced with Page Down, Right or Space (a clicker
works). One Esc always leaves presenter mode.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.core.breathing import Pattern
from regulate.core.exercises import Exercise
from regulate.core.session import Length
from regulate.ui.a11y import wheel_only_when_focused
from regulate.ui.breathing import BreathingPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.numbers import decimal
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
QWidget#presenter QWidget#breathing QLabel#note { font-size: 14pt; }
QWidget#presenter QLabel#phase { font-size: 48pt; font-weight: 700; }
QWidget#presenter QLabel#count { font-size: 30pt; color: #d6dde2; }
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
QWidget#controls { background: #111417; border-top: 2px solid #4fb3a9; }
QWidget#controls QLabel, QWidget#controls QLabel#note { font-size: 13pt; color: #d6dde2; }
QWidget#controls QPushButton { font-size: 13pt; padding: 6px 12px; border-radius: 8px; }
QWidget#controls QSpinBox, QWidget#controls QDoubleSpinBox { font-size: 13pt; }
"""

#: With one screen, the controls go this long after the mouse last moved.
FADE_MS = 3000
#: Below this width the picker is one scrolling column.
ONE_COLUMN_BELOW = 1000


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
        title.setWordWrap(True)
        hint = plain_label(
            translate("Presenter", "Esc leaves presenter mode. Nothing here is saved."), self
        )
        hint.setObjectName("note")
        hint.setWordWrap(True)
        inner = QWidget()
        self._grid = QGridLayout()
        self._grid.setSpacing(14)
        self.buttons: list[QPushButton] = []
        self._headings: list[QLabel] = []
        self._columns: list[list[QPushButton]] = []
        columns: tuple[Sequence[Pattern | Exercise], ...] = (patterns, exercises)
        for column, items in enumerate(columns):
            heading = plain_label(
                translate("Presenter", "Breathing")
                if column == 0
                else translate("Presenter", "Grounding"),
                inner,
            )
            heading.setObjectName("subtitle")
            self._headings.append(heading)
            buttons: list[QPushButton] = []
            for item in items:
                name = item.name if isinstance(item, Pattern) else item.title
                button = QPushButton(name, inner)
                button.setObjectName("pick")
                button.setAccessibleName(name)
                button.setAutoDefault(True)
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                button.clicked.connect(lambda _=False, it=item: self.chosen.emit(it))
                buttons.append(button)
                self.buttons.append(button)
            self._columns.append(buttons)
        self._one_column: bool | None = None
        self._arrange(one_column=False)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self._grid)
        inner_layout.addStretch(1)
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
        layout.setContentsMargins(40, 24, 40, 20)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)

    def _arrange(self, one_column: bool) -> None:
        """Two columns side by side, or (on a narrow screen) one column, breathing first."""
        if one_column == self._one_column:
            return
        self._one_column = one_column
        for heading in self._headings:
            self._grid.removeWidget(heading)
        for button in self.buttons:
            self._grid.removeWidget(button)
        row = 0
        for column, (heading, buttons) in enumerate(
            zip(self._headings, self._columns, strict=True)
        ):
            if one_column:
                self._grid.addWidget(heading, row, 0)
                row += 1
                for button in buttons:
                    self._grid.addWidget(button, row, 0)
                    row += 1
            else:
                self._grid.addWidget(heading, 0, column)
                for index, button in enumerate(buttons, start=1):
                    self._grid.addWidget(button, index, column)

    @property
    def one_column(self) -> bool:
        return bool(self._one_column)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(one_column=event.size().width() < ONE_COLUMN_BELOW)
        super().resizeEvent(event)

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


#: The exercises' own keys (breathing: pause, pace, glide, tones, stillness...; grounding: next,
#: back, timer; both: Esc). Any other key, Tab above all, brings the controls to the keyboard.
EXERCISE_KEYS = frozenset(
    {
        Qt.Key.Key_Escape,
        Qt.Key.Key_Space,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_G,
        Qt.Key.Key_T,
        Qt.Key.Key_M,
        Qt.Key.Key_F,
        Qt.Key.Key_E,
        Qt.Key.Key_P,
        Qt.Key.Key_B,
    }
)
#: Keys that are only part of another (or a screen reader's own): they never move the focus.
MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Insert,
    }
)


def _minutes_words(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class Controls(QWidget):
    """The therapist's controls: pace, the glide and its progress, tones, another exercise."""

    def __init__(self, breathing: BreathingPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controls")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._breathing = breathing
        self.status = plain_label(parent=self)
        self.status.setAccessibleName(translate("Presenter", "Pace and glide"))
        self.pause = self._button(translate("Presenter", "Pause"), breathing.toggle_pause)
        self.slower = self._button(
            translate("Presenter", "Slower"), lambda: breathing.change_pace(-1)
        )
        self.quicker = self._button(
            translate("Presenter", "Quicker"), lambda: breathing.change_pace(+1)
        )
        self.glide = self._button(translate("Presenter", "Glide slower (G)"), self._glide_now)
        self.tones = self._button(translate("Presenter", "Tones"), breathing.toggle_sound)
        self.other = QPushButton(translate("Presenter", "Choose another exercise"), self)
        self.other.setAutoDefault(True)
        self.glide_by = QDoubleSpinBox(self)
        self.glide_by.setRange(0.5, 3.0)
        self.glide_by.setSingleStep(0.5)
        self.glide_by.setDecimals(1)
        self.glide_by.setValue(1.0)
        self.glide_by.setAccessibleName(
            translate("Presenter", "Glide this many breaths a minute slower")
        )
        self.glide_minutes = QSpinBox(self)
        self.glide_minutes.setRange(1, 20)
        self.glide_minutes.setValue(3)
        self.glide_minutes.setAccessibleName(translate("Presenter", "Glide over minutes"))
        wheel_only_when_focused(self.glide_by, self.glide_minutes)
        # Tab as they are seen: the buttons left to right, then the glide's two boxes.
        order = [self.pause, self.slower, self.quicker, self.glide, self.tones, self.other]
        for first, second in pairwise([*order, self.glide_by, self.glide_minutes]):
            QWidget.setTabOrder(first, second)
        self.glide_by.valueChanged.connect(self._glide_settings)
        self.glide_minutes.valueChanged.connect(self._glide_settings)
        self._breathing_only: list[QWidget] = [
            self.pause,
            self.slower,
            self.quicker,
            self.glide,
            self.tones,
            self.glide_by,
            self.glide_minutes,
            self.status,
        ]
        buttons = QHBoxLayout()
        for button in (self.pause, self.slower, self.quicker, self.glide, self.tones):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.other)
        glide = QHBoxLayout()
        for widget in (
            self._label(translate("Presenter", "G glides")),
            self.glide_by,
            self._label(translate("Presenter", "breaths a minute slower, over")),
            self.glide_minutes,
            self._label(translate("Presenter", "minutes")),
        ):
            glide.addWidget(widget)
        glide.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(buttons)
        layout.addLayout(glide)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._glide_settings()

    def reachable(self) -> list[QWidget]:
        """The controls Tab reaches now, in order."""
        parts: list[QWidget] = [self.pause, self.slower, self.quicker, self.glide, self.tones]
        parts += [self.other, self.glide_by, self.glide_minutes]
        return [w for w in parts if w.isVisibleTo(self) and w.isEnabled()]

    def _button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(True)
        button.clicked.connect(action)
        return button

    def _label(self, text: str) -> QLabel:
        label = plain_label(text, self)
        self._breathing_only.append(label)
        return label

    def _glide_settings(self) -> None:
        self._breathing.glide_to_bpm = None
        self._breathing.glide_slower_by = self.glide_by.value()
        self._breathing.glide_minutes = float(self.glide_minutes.value())

    def _glide_now(self) -> None:
        self._breathing.glide_or_guide()

    def for_breathing(self, breathing: bool) -> None:
        for widget in self._breathing_only:
            widget.setVisible(breathing)
        if breathing:
            self.refresh()

    def refresh(self) -> None:
        """The pace now, and a glide under way: "gliding to 4.0 — 2:10 left"."""
        page = self._breathing
        bpm = page.pace_now()
        run = page.run
        self.pause.setText(
            translate("Presenter", "Resume")
            if run is not None and run.paused
            else translate("Presenter", "Pause")
        )
        if bpm is None:
            self.status.setText("")
            return
        text = translate("Presenter", "{bpm} breaths a minute").format(bpm=decimal(bpm))
        glide = page.glide_left()
        if glide is not None:
            text += "  ·  " + translate("Presenter", "gliding to {bpm} — {time} left").format(
                bpm=decimal(glide[0]), time=_minutes_words(glide[1])
            )
        self.status.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)


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
        self.breathing.present_bare()
        self.breathing.for_a_client = True
        self.breathing.leave.connect(self.show_picker)
        self.breathing.end_panel.home_button.setText(
            translate("Presenter", "Choose another exercise")
        )
        self.grounding = GroundingPage(exercises, (), PRESENTER, tones, PRESENTING, parent=self)
        self.grounding.leave.connect(self.show_picker)
        # Where the keys of an exercise go: named, never an unnamed container; Tab from here
        # brings the controls (see eventFilter).
        for page in (self.breathing, self.grounding):
            page.setAccessibleName(translate("Presenter", "The exercise"))
            page.setAccessibleDescription(translate("Presenter", "Tab shows the controls."))
        body = QWidget(self)
        body.setObjectName("presenterBody")
        # Full screen, whatever the person's text size: a page that would need more room
        # than the screen never makes the window larger than the screen.
        body.setMinimumSize(320, 240)
        self.setCentralWidget(body)
        self.stack = QStackedLayout(body)
        self.stack.addWidget(self.picker)
        self.stack.addWidget(self.breathing)
        self.stack.addWidget(self.grounding)
        #: The therapist's controls: over the exercise (one screen) or in their own window.
        self.controls = Controls(self.breathing, body)
        self.controls.other.clicked.connect(self.choose_another)
        self.controls.hide()
        self.control_window: QWidget | None = None
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(FADE_MS)
        self._fade.timeout.connect(self.fade_controls)
        #: The controls were brought by a key: they stay while the focus is in them.
        self._by_keyboard = False
        self.glide_by = self.controls.glide_by
        self.glide_minutes = self.controls.glide_minutes
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(self.close)
        self.breathing.glided.connect(self._glided)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- the therapist's controls ----------------------------------------------------------

    def _on_exercise(self) -> bool:
        return self.stack.currentWidget() is not self.picker

    def poke(self) -> None:
        """The mouse moved: show the controls (one screen) for three seconds more."""
        self._by_keyboard = False
        self.unsetCursor()
        if self.control_window is not None or not self._on_exercise():
            return
        self._place_controls()
        self.controls.show()
        self.controls.raise_()
        self._fade.start()

    def fade_controls(self) -> None:
        """Nothing but the exercise on the client's screen (and no pointer over it), unless
        the therapist is working them by keyboard (they fade once the focus leaves them)."""
        focused = QApplication.focusWidget()
        if self._by_keyboard and focused is not None and self.controls.isAncestorOf(focused):
            self._fade.start()
            return
        self._fade.stop()
        if self.control_window is None:
            self.controls.hide()
            if self._on_exercise():
                self.setCursor(Qt.CursorShape.BlankCursor)
        self.breathing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_controls(self) -> None:
        body = self.centralWidget()
        if body is None or self.control_window is not None:
            return
        height = self.controls.sizeHint().height()
        self.controls.setGeometry(0, body.height() - height, body.width(), height)

    def use_control_window(self, screen: QScreen | None) -> QWidget:
        """Two screens: the controls in a small window of their own on ``screen``."""
        window = QWidget(None, Qt.WindowType.Window)
        window.setObjectName("presenter")
        window.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        window.setStyleSheet(STYLE)
        window.setWindowTitle(translate("Presenter", "Presenter controls"))
        layout = QVBoxLayout(window)
        layout.setContentsMargins(0, 0, 0, 0)
        self.controls.setParent(window)
        layout.addWidget(self.controls)
        self.controls.show()
        for key, action in (
            (Qt.Key.Key_Escape, self.close),
            (Qt.Key.Key_G, self._glide_key),
            (Qt.Key.Key_Up, lambda: self._pace_key(+1)),
            (Qt.Key.Key_Down, lambda: self._pace_key(-1)),
            (Qt.Key.Key_Space, self.breathing.toggle_pause),
        ):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        self.control_window = window
        self._fade.stop()
        if screen is not None:
            window.setScreen(screen)
            area = screen.availableGeometry()
            window.resize(min(900, area.width()), self.controls.sizeHint().height())
            window.move(area.center() - window.rect().center())
        window.show()
        return window

    def _glide_key(self) -> None:
        if self.stack.currentWidget() is self.breathing:
            self.breathing.glide_or_guide()

    def _glided(self) -> None:
        self.controls.refresh()
        self.poke()  # the therapist sees where it is gliding to, and how long

    def _pace_key(self, steps: int) -> None:
        self.breathing.change_pace(steps)
        self.controls.refresh()

    def controls_by_keyboard(self, backwards: bool = False) -> bool:
        """Show the controls (one screen, on an exercise) with the focus on their first (or
        last) part. False when there is nothing to bring."""
        if self.control_window is not None or not self._on_exercise():
            return False
        self.poke()
        self._by_keyboard = True
        parts = self.controls.reachable()
        if not parts:
            return False
        part = parts[-1] if backwards else parts[0]
        part.setFocus(
            Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
        )
        return True

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        """On the one screen: Tab, or any key that is not the exercise's own, brings the
        controls to the keyboard (they are otherwise hidden, out of Tab's reach)."""
        if not (isinstance(watched, QWidget) and watched.window() is self and self.isVisible()):
            return False
        if self.control_window is not None or not self._on_exercise():
            return False
        focused = QApplication.focusWidget()
        if focused is not None and self.controls.isAncestorOf(focused):
            self._fade.start()  # still being used
            return False
        key = Qt.Key(event.key())
        if key in MODIFIER_KEYS:
            return False
        tab = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if not tab and key in EXERCISE_KEYS:
            return False
        return self.controls_by_keyboard(backwards=key == Qt.Key.Key_Backtab)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if (
            kind in (QEvent.Type.MouseMove, QEvent.Type.HoverMove)
            and self.isVisible()
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            self.poke()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for widget in self.findChildren(QWidget):
            widget.setMouseTracking(True)
        self.setMouseTracking(True)

    # -- moving between exercises ------------------------------------------------------------

    def choose_another(self) -> None:
        self.breathing.halt()
        self.breathing.stop_heart()
        self.show_picker()

    def show_picker(self) -> None:
        self.stack.setCurrentWidget(self.picker)
        self._fade.stop()
        if self.control_window is None:
            self.controls.hide()
        self.unsetCursor()
        if self.picker.buttons:
            self.picker.buttons[0].setFocus()

    def start(self, item: Pattern | Exercise, length: Length | None = None) -> None:
        if isinstance(item, Pattern):
            self.stack.setCurrentWidget(self.breathing)
            self.breathing.start(item, length)
            self.controls.for_breathing(True)
        else:
            self.stack.setCurrentWidget(self.grounding)
            self.grounding.start(item)
            self.controls.for_breathing(False)
        if self.control_window is None:
            self.poke()

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on that screen (or the one the pointer is on)."""
        target = screen or QGuiApplication.primaryScreen()
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.breathing.halt()
        self.breathing.stop_heart()
        if self.control_window is not None:
            self.control_window.close()
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
    others = [s for s in screens if s is not (target or QGuiApplication.primaryScreen())]
    if others:
        window.use_control_window(others[0])  # the therapist's controls on their own screen
    return window
