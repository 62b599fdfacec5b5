"""Grounding: a list grouped by how you feel, then one step at a time in large type.

Timers count down where a step has one (they start with the step and can be paused), input
steps let the person type or tick what they notice (kept on screen only, never saved), and the
butterfly hug shows the left-right pacer. Next, back and end work by mouse and keyboard.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.content.exercises import Problem
from regulate.core.entries import Finished, ItemKind
from regulate.core.exercises import Exercise, InputKind, Step
from regulate.core.scales import Zone
from regulate.ui.a11y import announce, key_name
from regulate.ui.pacer import BilateralPacer
from regulate.ui.page import (
    PERSONAL,
    Columns,
    ExerciseOptions,
    scroll_area,
    scrolling_column,
)
from regulate.ui.sound import TonePlayer
from regulate.ui.suds import EndPanel, PendingSession, SudsRow, duration_words
from regulate.ui.text import plain_label, plain_tip
from regulate.ui.theme import Colours

translate = QCoreApplication.translate
Clock = Callable[[], float]


def clock_text(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-6))
    return f"{whole // 60}:{whole % 60:02d}"


class ExerciseList(QWidget):
    chosen = Signal(object)

    def __init__(
        self,
        exercises: Sequence[Exercise],
        problems: Sequence[Problem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = plain_label(translate("Grounding", "Come back to the here and now"), self)
        title.setObjectName("title")
        title.setWordWrap(True)
        intro = plain_label(
            translate(
                "Grounding",
                "Pick one that fits how you feel. You can stop any time with Esc.",
            ),
            self,
        )
        intro.setObjectName("subtitle")
        intro.setWordWrap(True)
        # Side by side in a wide window, one under the other in a narrow one; one scroll area.
        grid = Columns(360)
        self.buttons: list[QPushButton] = []
        columns = (
            (Zone.HYPER, translate("Grounding", "When it's all too much")),
            (Zone.HYPO, translate("Grounding", "When you feel numb or far away")),
        )
        for zone, heading in columns:
            grid.box.addWidget(self._column(zone, heading, exercises), 1)
        self.notice = plain_label(parent=self)
        self.notice.setObjectName("note")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if problems:
            names = "; ".join(str(problem) for problem in problems)
            self.notice.setText(
                translate(
                    "Grounding",
                    "Some of your own exercise files could not be used and were skipped: {names}",
                ).format(names=names)
            )
        self.notice.setVisible(bool(problems))
        layout = scrolling_column(
            self, translate("Grounding", "the exercises"), margins=(28, 20, 28, 16)
        )
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(grid)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.back_button = QPushButton(translate("Grounding", "Back"), self)
        self.back_button.setAutoDefault(True)
        self.back_button.setToolTip(translate("Grounding", "Shortcut: {key}").format(key="Esc"))
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.area = self.findChild(QScrollArea)

    def _column(self, zone: Zone, heading: str, exercises: Sequence[Exercise]) -> QWidget:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(4)
        label = plain_label(heading, inner)
        label.setObjectName("heading")
        label.setWordWrap(True)
        column.addWidget(label)
        for exercise in exercises:
            if zone not in exercise.zones:
                continue
            button = QPushButton(exercise.title, inner)
            button.setObjectName("wayIn")
            button.setAutoDefault(True)
            button.setAccessibleName(exercise.title)
            button.setAccessibleDescription(exercise.summary)
            button.setToolTip(plain_tip(exercise.summary))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, e=exercise: self.chosen.emit(e))
            summary = plain_label(exercise.summary, inner)
            summary.setObjectName("note")
            summary.setWordWrap(True)
            column.addWidget(button)
            column.addWidget(summary)
            column.addSpacing(6)
            self.buttons.append(button)
        column.addStretch(1)
        return inner


class StepInput(QWidget):
    """Room to type or tick what you notice. Nothing typed here is saved."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: list[QWidget] = []
        if step.input is InputKind.LIST:
            for number in range(step.count):
                row = QHBoxLayout()
                tick = QCheckBox(self)
                tick.setAccessibleName(translate("Grounding", "Noticed {n}").format(n=number + 1))
                line = QLineEdit(self)
                prompt = step.prompt or translate("Grounding", "Something I notice")
                line.setPlaceholderText(prompt)
                line.setAccessibleName(f"{prompt} {number + 1}")
                line.textChanged.connect(lambda text, t=tick: t.setChecked(bool(text.strip())))
                row.addWidget(tick)
                row.addWidget(line, 1)
                layout.addLayout(row)
                self.fields.append(line)
        elif step.input is InputKind.TEXT:
            box = QPlainTextEdit(self)
            box.setPlaceholderText(step.prompt)
            box.setAccessibleName(step.prompt or translate("Grounding", "Your words"))
            box.setTabChangesFocus(True)
            box.setMaximumHeight(120)
            layout.addWidget(box)
            self.fields.append(box)


class Player(QWidget):
    """One exercise, one step at a time."""

    def __init__(
        self,
        colours: Colours,
        tones: TonePlayer,
        clock: Clock,
        options: ExerciseOptions = PERSONAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.exercise: Exercise | None = None
        self.index = 0
        #: Presenter mode shows the prompt alone: no boxes to type into.
        self.show_inputs = options.show_inputs
        self._timer_left = 0.0
        self._timer_started: float | None = None
        self.title = plain_label(parent=self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.where = plain_label(parent=self)
        self.where.setObjectName("note")
        self.where.setAccessibleName(translate("Grounding", "Progress"))
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.setAccessibleName(translate("Grounding", "Progress through the steps"))
        self.caution = plain_label(parent=self)
        self.caution.setObjectName("note")
        self.caution.setWordWrap(True)
        #: The before-rating; never built when the screen is told not to ask.
        self.suds_before: SudsRow | None = None
        if options.ask_ratings:
            self.suds_before = SudsRow(
                translate(
                    "Grounding",
                    "How intense is it right now? 0 is calm, 10 is the most. You can skip this.",
                ),
                self,
                name=translate("Grounding", "How intense is it right now?"),
            )
        self.text = plain_label(parent=self)
        self.text.setObjectName("step")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = plain_label(parent=self)
        self.countdown.setObjectName("count")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(translate("Grounding", "Time left in this step"))
        self.timer_button = QPushButton(translate("Grounding", "Pause timer"), self)
        self.timer_button.setAutoDefault(True)
        self.timer_button.setToolTip(translate("Grounding", "Shortcut: P"))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.input_holder = QVBoxLayout()
        self.input: StepInput | None = None
        self.pacer = BilateralPacer(colours, tones, clock, self)
        self.pacer.setVisible(False)
        self.back_button = QPushButton(translate("Grounding", "Back"), self)
        self.next_button = QPushButton(translate("Grounding", "Next"), self)
        self.end_button = QPushButton(translate("Grounding", "End"), self)
        for button, tip in (
            (self.back_button, "Left arrow or Page Up"),
            (self.next_button, "Right arrow, Page Down or Space"),
            (self.end_button, "Esc"),
        ):
            button.setAutoDefault(True)
            button.setToolTip(translate("Grounding", "Shortcut: {key}").format(key=key_name(tip)))
        self.next_button.setObjectName("primary")
        timer_row = QHBoxLayout()
        timer_row.addStretch(1)
        timer_row.addWidget(self.countdown)
        timer_row.addWidget(self.timer_button)
        timer_row.addStretch(1)
        nav = QHBoxLayout()
        nav.addWidget(self.end_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.where)
        body = self.body = QWidget()  # scrolls when the words are large; buttons stay in view
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.caution)
        if self.suds_before is not None:
            layout.addWidget(self.suds_before)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(timer_row)
        layout.addLayout(self.input_holder)
        layout.addWidget(self.pacer)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.addWidget(scroll_area(body, self, translate("Grounding", "this step"), True), 1)
        outer.addSpacing(8)
        outer.addLayout(nav)
        self._tick_timer = QTimer(self)
        self._tick_timer.setSingleShot(True)
        self._tick_timer.timeout.connect(self.tick)

    @property
    def step(self) -> Step | None:
        if self.exercise is None:
            return None
        return self.exercise.steps[self.index]

    def load(self, exercise: Exercise) -> None:
        self.exercise = exercise
        self.title.setText(exercise.title)
        self.caution.setText(exercise.caution)
        self.caution.setVisible(bool(exercise.caution))
        self.progress.setRange(0, len(exercise.steps))
        if self.suds_before is not None:
            self.suds_before.reset()
            self.suds_before.setVisible(True)
        self.show_step(0)

    def show_step(self, index: int) -> None:
        exercise = self.exercise
        if exercise is None:
            return
        self.index = max(0, min(index, len(exercise.steps) - 1))
        step = exercise.steps[self.index]
        total = len(exercise.steps)
        where = translate("Grounding", "Step {n} of {total}").format(n=self.index + 1, total=total)
        self.where.setText(where)
        self.progress.setValue(self.index + 1)
        self.text.setText(step.text)
        if self.index > 0 and self.suds_before is not None:
            self.suds_before.setVisible(False)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == total - 1
        self.next_button.setText(
            translate("Grounding", "Finish") if last else translate("Grounding", "Next")
        )
        if self.input is not None:
            self.input_holder.removeWidget(self.input)
            self.input.setParent(None)  # gone at once, not at the next event loop turn
            self.input.deleteLater()
            self.input = None
        if step.input is not None and self.show_inputs:
            self.input = StepInput(step, self)
            self.input_holder.addWidget(self.input)
        self.pacer.setVisible(step.pacer)
        has_timer = step.seconds is not None
        self.countdown.setVisible(has_timer)
        self.timer_button.setVisible(has_timer)
        self._timer_left = step.seconds or 0.0
        self._timer_started = self._clock() if has_timer else None
        self.timer_button.setText(translate("Grounding", "Pause timer"))
        if self.isVisible():
            self._relayout()
        self.tick()

    def say_step(self) -> None:
        """Tell a listening screen reader where the person is and what this step asks."""
        step = self.step
        if step is not None and self.isVisible():
            announce(self, f"{self.where.text()}. {step.text}")

    def toggle_timer(self) -> None:
        step = self.step
        if step is None or step.seconds is None or self._timer_left <= 0:
            return
        now = self._clock()
        if self._timer_started is None:
            self._timer_started = now
            self.timer_button.setText(translate("Grounding", "Pause timer"))
            self.tick()
        else:
            self._timer_left -= now - self._timer_started
            self._timer_started = None
            self._tick_timer.stop()
            self.timer_button.setText(translate("Grounding", "Go on"))

    def time_left(self) -> float:
        if self._timer_started is None:
            return self._timer_left
        return max(0.0, self._timer_left - (self._clock() - self._timer_started))

    def tick(self) -> None:
        step = self.step
        if step is None or step.seconds is None:
            self._tick_timer.stop()
            return
        left = self.time_left()
        if left <= 0:
            self.countdown.setText(translate("Grounding", "Done. Go on when you're ready."))
            self.timer_button.setVisible(False)
            self._timer_started = None
            self._timer_left = 0.0
            return
        self.countdown.setText(clock_text(left))
        if self._timer_started is not None and self.isVisible():
            until_next = left - math.floor(left - 1e-6)
            self._tick_timer.start(max(1, math.ceil(until_next * 1000)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout()
        self.tick()

    def _relayout(self) -> None:
        """Measure the wrapped words again once the style's fonts are in place (heights
        measured before the first show are too small, and the last line could not be reached)."""
        layout = self.body.layout()
        if layout is not None:
            layout.invalidate()
            self.body.adjustSize()
            self.body.updateGeometry()

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick_timer.stop()
        super().hideEvent(event)


class GroundingPage(QWidget):
    leave = Signal()
    finished = Signal(object)
    #: After a hard rating: the person asked for Get help.
    get_help = Signal()

    def __init__(
        self,
        exercises: Sequence[Exercise],
        problems: Sequence[Problem],
        colours: Colours,
        tones: TonePlayer,
        options: ExerciseOptions = PERSONAL,
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("grounding")
        self.options = options
        self._clock = clock
        self._started = 0.0
        self._suds_before: int | None = None
        self._pending = PendingSession(self.finished.emit, keep=options.keep_sessions)
        self.list = ExerciseList(exercises, problems, self)
        self.list.chosen.connect(self.start)
        self.list.back_button.clicked.connect(self.leave)
        self.player = Player(colours, tones, clock, options, self)
        if self.player.suds_before is not None:
            self.player.suds_before.chosen.connect(self._suds_before_chosen)
        self.player.next_button.clicked.connect(self.next)
        self.player.back_button.clicked.connect(self.back)
        self.player.end_button.clicked.connect(self.end)
        self.end_panel = EndPanel(
            translate("Grounding", "Choose another"), options.ask_ratings, self
        )
        self.end_panel.answered.connect(self._answered)
        self.end_panel.again.connect(self._again)
        self.end_panel.home.connect(self._home)
        self.end_panel.get_help.connect(self._to_help)
        self.end_panel.something_else.connect(self._again)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.player)
        self.stack.addWidget(self.end_panel)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.keys: dict[Qt.Key, QShortcut] = {}
        escape: tuple[Qt.Key, ...] = (Qt.Key.Key_Escape,) if options.escape_leaves else ()
        for keys, action in (
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space), self.next),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.back),
            (escape, self.end),
            ((Qt.Key.Key_P,), self.player.toggle_timer),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(context)
                shortcut.activated.connect(action)
                self.keys[key] = shortcut

    def set_colours(self, colours: Colours) -> None:
        """The theme changed while the screen is open."""
        self.player.pacer.dots.set_colours(colours)

    def show_list(self) -> None:
        self._flush()
        self.stack.setCurrentWidget(self.list)
        if self.list.area is not None:
            self.list.area.verticalScrollBar().setValue(0)  # from the top, every time
        if self.list.buttons:
            self.list.buttons[0].setFocus()

    def start(self, exercise: Exercise) -> None:
        self._flush()
        self._started = self._clock()
        self._suds_before = None
        self.player.load(exercise)
        self.stack.setCurrentWidget(self.player)
        self.player.next_button.setFocus()
        self.player.say_step()

    def next(self) -> None:
        exercise = self.player.exercise
        if self.stack.currentWidget() is not self.player or exercise is None:
            return
        if self.player.index == len(exercise.steps) - 1:
            self._finish(completed=True)
        else:
            self._go_to(self.player.index + 1)

    def back(self) -> None:
        if self.stack.currentWidget() is self.player:
            self._go_to(self.player.index - 1)

    def _go_to(self, index: int) -> None:
        """Another step. Focus stays on Next (or Back), so a screen reader would hear only a
        label's change: the new step is said once, where it is and what it asks."""
        before = self.player.index
        self.player.show_step(index)
        if self.player.index != before:
            self.player.say_step()

    def end(self) -> None:
        current = self.stack.currentWidget()
        if current is self.player:
            self._finish(completed=False)
        elif current is self.end_panel:
            self._home()
        else:
            self.leave.emit()

    def _finish(self, completed: bool) -> None:
        exercise = self.player.exercise
        if exercise is None:
            return
        seconds = self._clock() - self._started
        self.player.pacer.setVisible(False)
        self._pending.hold(
            Finished(ItemKind.EXERCISE, exercise.id, seconds, completed, self._suds_before)
        )
        span = duration_words(seconds)
        if completed:
            message = translate("Grounding", "You took {span} to come back to the present.")
        else:
            message = translate("Grounding", "You stopped after {span}. That's fine.")
        self.end_panel.show_result(message.format(span=span), self._suds_before)
        self.stack.setCurrentWidget(self.end_panel)

    def _suds_before_chosen(self, value: int | None) -> None:
        self._suds_before = value
        if self.player.suds_before is not None:
            self.player.suds_before.setVisible(False)

    def _answered(self, value: int | None) -> None:
        self._pending.rate(value)

    def _flush(self) -> None:
        self._pending.flush()

    def _again(self) -> None:
        self.show_list()

    def _home(self) -> None:
        self._flush()
        self.stack.setCurrentWidget(self.list)
        self.leave.emit()

    def _to_help(self) -> None:
        self._flush()
        self.stack.setCurrentWidget(self.list)
        self.get_help.emit()

    def discard_pending(self) -> None:
        """Forget an unlogged exercise (after "Delete all my data")."""
        self._pending.discard()

    def record_now(self) -> None:
        self._flush()
