"""The breathing screen: the shape, the phase in words, and the controls always in reach.

Timing comes from one monotonic clock (injectable for tests). Each wake-up recomputes the
position from elapsed time (never by counting ticks), plays a tone when a phase boundary has
been crossed, and then sleeps exactly as long as nothing needs to change: one frame while the
shape moves, until the next second or phase while it holds still.
"""

from __future__ import annotations

import contextlib
import math
import os
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.content.patterns import OWN_PREFIX, hold_caution
from regulate.core.breathing import (
    PACE_STEP_BPM,
    Pattern,
    Phase,
    PhaseKind,
    Position,
    Schedule,
    fullness,
    phase_at,
)
from regulate.core.entries import Finished, ItemKind
from regulate.core.follow import Follow, gentle_target
from regulate.core.session import Length, Run
from regulate.ui.a11y import LiveLabel, announce, announce_wanted, key_name, wheel_only_when_focused
from regulate.ui.breathing_shape import MIN_STEP_PX, BreathingShape
from regulate.ui.page import PERSONAL, ExerciseOptions, scroll_area

if TYPE_CHECKING:
    from regulate.ui.heart_source import HeartSource
    from regulate.ui.heart_view import HeartView
    from regulate.ui.own_pattern import PatternEditor, PatternStore
from regulate.ui.numbers import rate
from regulate.ui.sound import TonePlayer
from regulate.ui.suds import EndPanel, PendingSession, SudsRow, duration_words
from regulate.ui.text import plain_label
from regulate.ui.theme import Colours

translate = QCoreApplication.translate

FRAME_MS = 16
#: For bench/tones.py: a file to which each phase change is appended as "<clock time> <kind>",
#: so the tones are measured against the animation's own phase times.
PHASE_TIMES_ENV = "REGULATE_PHASE_TIMES"
GLIDE_MINUTES = 3.0
PAGE_MARGIN = 28

Clock = Callable[[], float]


#: What the length drop-down offers, in minutes (None: no set end).
LENGTH_MINUTES: tuple[int | None, ...] = (1, 2, 3, 5, 10, None)


def _keep_room(widget: QWidget) -> None:
    """Hidden, ``widget`` keeps its space: nothing around it moves when it goes."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def length_words(length: Length) -> str:
    if length.cycles is not None:
        cycles = length.cycles  # a plain name: lupdate only sees a count given that way
        return translate("Breathing", "%n breaths", None, cycles)
    if length.minutes is None:
        return translate("Breathing", "No set end")
    if length.minutes == int(length.minutes):
        minutes = int(length.minutes)
        return translate("Breathing", "%n minutes", None, minutes)
    return translate("Breathing", "{n} minutes").format(n=rate(length.minutes, 2))


def length_token(length: Length) -> str:
    """How a chosen length is kept in settings ("minutes:3", "breaths:4", "open")."""
    if length.cycles is not None:
        return f"breaths:{length.cycles}"
    if length.minutes is not None:
        return f"minutes:{length.minutes:g}"
    return "open"


def remembered_lengths(text: str) -> dict[str, Length]:
    """The ``lengths`` setting as a Length for each pattern id."""
    from regulate.storage.settings import read_lengths

    lengths: dict[str, Length] = {}
    for pattern_id, token in read_lengths(text).items():
        kind, _, amount = token.partition(":")
        if kind == "breaths":
            lengths[pattern_id] = Length(cycles=int(amount))
        elif kind == "minutes":
            lengths[pattern_id] = Length(minutes=float(amount))
        else:
            lengths[pattern_id] = Length()
    return lengths


def clock_words(seconds: float) -> str:
    """ "2:10 left" for the time still to go."""
    whole = max(0, math.ceil(seconds - 1e-6))
    return translate("Breathing", "{time} left").format(time=f"{whole // 60}:{whole % 60:02d}")


def phase_words(phase: Phase) -> str:
    if phase.label:
        return phase.label
    return {
        PhaseKind.INHALE: translate("Breathing", "Breathe in"),
        PhaseKind.HOLD: translate("Breathing", "Hold gently"),
        PhaseKind.EXHALE: translate("Breathing", "Breathe out"),
        PhaseKind.REST: translate("Breathing", "Rest"),
    }[phase.kind]


class BreathingPage(QWidget):
    #: The person asked to leave the screen (home).
    leave = Signal()
    #: The person chose how long to breathe with this pattern: (pattern id, Length).
    length_chosen = Signal(str, object)
    #: G started a glide (presenter mode shows where to, and how long).
    glided = Signal()
    #: A run ended: (Finished). Emitted once, when the person has answered or moved on.
    finished = Signal(object)
    #: The person switched the still (reduced-motion) view on or off.
    still_chosen = Signal(bool)
    #: After a hard rating: Get help, or something other than breathing.
    get_help = Signal()
    something_else = Signal()

    def __init__(
        self,
        patterns: Sequence[Pattern],
        colours: Colours,
        tones: TonePlayer,
        options: ExerciseOptions = PERSONAL,
        clock: Clock = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breathing")
        self.options = options
        self._patterns = list(patterns)
        self._clock = clock
        self._tones = tones
        self._sound = False
        self._run: Run | None = None
        self._phase_key: tuple[int, int] | None = None
        self._countdown = ""
        self._suds_before: int | None = None
        self._pending = PendingSession(self._hand_on, keep=options.keep_sessions)
        #: The heart-rate curve, once a heart source is attached (``attach_heart``).
        self.heart_view: HeartView | None = None
        self._heart_source: HeartSource | None = None
        self._heart_rr: list[float] = []  # beats of the run under way
        self._heart_held: list[float] = []  # beats of the run waiting to be handed on
        #: The beats of the run just handed on with ``finished`` (read while it is emitted).
        self.heartbeats_of_run: list[float] = []
        self._heart_on = False
        self._follow: Follow | None = None
        self._follow_started = 0.0
        self._last_was_follow = False
        self.quit_when_done = False
        #: Say each phase to a screen reader: True or False as the person chose in settings,
        #: None (not chosen) whenever a screen reader is listening.
        self.announce_phases: bool | None = None
        #: Where G glides to (None: a little slower than now) and over how long.
        self.glide_to_bpm: float | None = None
        #: When set, G glides this many breaths a minute slower than the pace right now.
        self.glide_slower_by: float | None = None
        self.glide_minutes = GLIDE_MINUTES
        #: The glide G started: (target, elapsed seconds when it arrives).
        self._glide: tuple[float, float] | None = None
        #: Shown to someone else's client (presenter mode): plain end words, no "you".
        self.for_a_client = False
        self._bare = False
        #: The length the person chose last for each pattern (by id); the app fills it from
        #: settings and keeps ``length_chosen`` there.
        self.lengths: dict[str, Length] = {}
        self._first_phase_at = 0.0
        self._phase_times = os.environ.get(PHASE_TIMES_ENV) or None
        self._time_left = ""
        self._time_left_seconds = -1

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

        self._colours = colours
        self._build(colours)
        self._shortcuts()

    # -- layout --------------------------------------------------------------------------

    def _build(self, colours: Colours) -> None:
        self.title = plain_label(parent=self)
        self.title.setObjectName("title")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)
        self.picker = QComboBox(self)
        # A long name shows in full in the open list; closed, it never widens the screen.
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(16)
        self.picker.setAccessibleName(translate("Breathing", "Breathing pattern"))
        # On Linux a drop-down's name as a screen reader hears it is its current choice; the
        # description says what is being chosen ("Longer out-breath, Breathing pattern").
        self.picker.setAccessibleDescription(translate("Breathing", "Breathing pattern"))
        for pattern in self._patterns:
            self.picker.addItem(pattern.name, pattern.id)
        self.picker.activated.connect(self._picked)
        self.picker.setVisible(self.options.choose_pattern)
        self.caution = plain_label(parent=self)
        self.caution.setObjectName("note")
        self.caution.setWordWrap(True)

        #: The before-rating; never built when the screen is told not to ask.
        self.suds_before_row: SudsRow | None = None
        if self.options.ask_ratings:
            self.suds_before_row = SudsRow(
                translate(
                    "Breathing",
                    "How intense is it right now? 0 is calm, 10 is the most. You can skip this.",
                ),
                self,
                compact=True,
                name=translate("Breathing", "How intense is it right now?"),
            )
            self.suds_before_row.chosen.connect(self._suds_before_chosen)
            _keep_room(self.suds_before_row)  # the shape never moves when it goes

        self.shape = BreathingShape(colours, self)
        # The phase, countdown, pace and time left are heard as their words, with each change.
        self.phase_label = LiveLabel(translate("Breathing", "Breathing phase"), self)
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = LiveLabel(translate("Breathing", "Seconds left in this phase"), self)
        self.count_label.setObjectName("count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.setAccessibleName(translate("Breathing", "How full the breath is"))
        self.progress.setVisible(False)
        _keep_room(self.progress)

        self.pause_button = self._button(
            translate("Breathing", "Pause"), "Space", self.toggle_pause
        )
        self.stop_button = self._button(translate("Breathing", "Stop"), "Esc", self.stop)
        self.slower_button = self._button(
            translate("Breathing", "Slower"), "Down arrow", lambda: self.change_pace(-1)
        )
        self.quicker_button = self._button(
            translate("Breathing", "Quicker"), "Up arrow", lambda: self.change_pace(+1)
        )
        self.pace_label = LiveLabel(translate("Breathing", "Pace"), self)
        self.pace_label.setObjectName("note")
        self.pace_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_label = LiveLabel(translate("Breathing", "Time left"), self)
        self.time_label.setObjectName("note")
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.length_box = QComboBox(self)
        self.length_box.setAccessibleName(translate("Breathing", "How long to breathe"))
        self.length_box.setAccessibleDescription(translate("Breathing", "How long to breathe"))
        self.length_box.setToolTip(translate("Breathing", "How long to breathe"))
        self.length_box.activated.connect(self._length_picked)
        wheel_only_when_focused(self.picker, self.length_box)  # a wheel passing by changes nothing
        self.length_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sound_button = self._button(translate("Breathing", "Tones"), "T", self.toggle_sound)
        self.sound_button.setCheckable(True)
        self.more_button = QPushButton(translate("Breathing", "More"), self)
        self.more_button.setAccessibleName(translate("Breathing", "More ways to breathe"))
        self.more_button.setAutoDefault(True)
        menu = QMenu(self.more_button)
        self.still_action = self._action(
            menu, translate("Breathing", "Still view, no movement"), "M", self.toggle_still
        )
        self.follow_action = self._action(
            menu,
            translate("Breathing", "Follow me: I lead, the shape follows"),
            "F",
            self.toggle_follow,
        )
        self.eyes_action = self._action(
            menu, translate("Breathing", "Eyes closed: tones only"), "E", self.toggle_eyes
        )
        menu.addSeparator()
        self.own_action = menu.addAction(translate("Breathing", "Your own pattern…"))
        self.own_action.triggered.connect(self.edit_own_patterns)
        self.own_action.setVisible(False)
        #: Where the person's own patterns are kept (the app sets it; none: no editor).
        self.pattern_store: PatternStore | None = None
        self.more_button.setMenu(menu)
        self.guide_button = self._button(
            translate("Breathing", "Guide me from here"), "G", self.guide_from_here
        )
        self.guide_button.setVisible(False)

        # Grouped: the run (pause, stop), its pace, then how long and how it sounds.
        run_group = QWidget(self)
        run_row = QHBoxLayout(run_group)
        run_row.setContentsMargins(0, 0, 0, 0)
        run_row.setSpacing(8)
        run_row.addWidget(self.pause_button)
        run_row.addWidget(self.stop_button)
        run_row.addSpacing(14)
        run_row.addWidget(self.slower_button)
        run_row.addWidget(self.quicker_button)
        run_row.addWidget(self.guide_button)
        run_row.addStretch(1)
        sound_group = QWidget(self)
        sound_row = QHBoxLayout(sound_group)
        sound_row.setContentsMargins(0, 0, 0, 0)
        sound_row.setSpacing(8)
        sound_row.addStretch(1)
        sound_row.addWidget(self.length_box)
        sound_row.addWidget(self.sound_button)
        sound_row.addWidget(self.more_button)
        self._controls_box = WrappingRow(run_group, sound_group, self)

        # Pace and time left share one quiet line; each half keeps its place as they change.
        self._status_box = QWidget(self)
        status = QHBoxLayout(self._status_box)
        status.setContentsMargins(0, 0, 0, 0)
        status.setSpacing(24)
        status.addWidget(self.pace_label, 1)
        status.addWidget(self.time_label, 1)

        # The name beside the pattern drop-down, or above it when both do not fit on one line.
        self._header = WrappingRow(self.title, self.picker, self, stretch_first=True)

        running = QWidget(self)
        running_layout = QVBoxLayout(running)
        running_layout.setContentsMargins(0, 0, 0, 0)
        running_layout.setSpacing(6)
        running_layout.addWidget(self.shape, 1)
        running_layout.addWidget(self.phase_label)
        running_layout.addWidget(self.count_label)
        running_layout.addWidget(self._status_box)
        running_layout.addWidget(self.progress)
        running_layout.addSpacing(6)
        running_layout.addWidget(self._controls_box)
        self._running_layout = running_layout
        for label in (self.phase_label, self.count_label, self.pace_label, self.time_label):
            # Long words never widen the window; the height is kept in _reserve_room().
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

        self.end_panel = EndPanel(
            translate("Breathing", "Another round"), self.options.ask_ratings, self
        )
        self.end_panel.answered.connect(self._after_answered)
        self.end_panel.again.connect(self._again)
        self.end_panel.home.connect(self._home)
        self.end_panel.get_help.connect(self._to_help)
        self.end_panel.something_else.connect(self._to_something_else)

        self.eyes_view = EyesClosedView(self)

        self.stack = QStackedLayout()
        self.stack.addWidget(running)
        self.stack.addWidget(self.end_panel)
        self.stack.addWidget(self.eyes_view)
        self._running_view = running

        # Everything scrolls up and down when the window is small or the text large: nothing
        # is squeezed or drawn over the shape (the area takes no focus, so the keys stay ours).
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(PAGE_MARGIN, 20, PAGE_MARGIN, 20)
        layout.setSpacing(8)
        area = scroll_area(body, self, translate("Breathing", "the breathing screen"))
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)
        self._area = area
        self._body_layout = layout
        layout.addWidget(self._header)
        layout.addWidget(self.caution)
        if self.suds_before_row is not None:
            layout.addWidget(self.suds_before_row)
        layout.addLayout(self.stack, 1)

    def present_bare(self) -> None:
        """Only the exercise: the shape, the phase and its countdown. The name, the numbers
        and every control are left to whoever presents it (they call the same methods)."""
        self._bare = True
        for widget in (self._header, self._status_box, self._controls_box):
            widget.setVisible(False)

    def _reserve_room(self) -> None:
        """Fix what changing words could move: each label's height for its font, and Pause
        as wide as Resume."""
        if not hasattr(self, "time_label"):
            return  # still being built
        for label in (self.phase_label, self.count_label, self.pace_label, self.time_label):
            label.ensurePolished()
            label.setFixedHeight(label.fontMetrics().lineSpacing() + 6)
        button = self.pause_button
        button.ensurePolished()
        text = button.text()
        widths = []
        for words in (translate("Breathing", "Pause"), translate("Breathing", "Resume")):
            button.setText(words)
            widths.append(button.sizeHint().width())
        button.setText(text)
        button.setFixedWidth(max(widths))

    def _fill_lengths(self, pattern: Pattern, current: Length) -> None:
        """The lengths on offer for this pattern, with the one this run has chosen."""
        choices: list[Length] = []
        if pattern.default_cycles:
            choices.append(Length(cycles=pattern.default_cycles))
        choices += [Length(minutes=m) for m in LENGTH_MINUTES if m is not None]
        if current not in choices:
            choices.insert(0, current)
        if Length() not in choices:
            choices.append(Length())
        self.length_box.clear()
        for choice in choices:
            self.length_box.addItem(length_words(choice), choice)
        self.length_box.setCurrentIndex(choices.index(current))

    def set_length(self, length: Length) -> None:
        """From now on this run lasts ``length``; if that time has already passed, it ends
        gently at the end of this breath. Remembered for this pattern."""
        run = self._run
        if run is None or self._follow is not None:
            return
        now = self._clock()
        run.length = length
        end = run.end_time()
        if end is not None and end <= run.elapsed(now) + 1e-6:
            run.length = Length(cycles=run.position(now).cycle + 1)
        index = self.length_box.findText(length_words(length))
        if index >= 0:
            self.length_box.setCurrentIndex(index)
        self.lengths[run.pattern.id] = length
        self.length_chosen.emit(run.pattern.id, length)
        if not run.paused and self.stack.currentWidget() is not self.end_panel:
            self.tick()
        else:
            self._show_time(run, now, run.position(now))

    def _length_picked(self, index: int) -> None:
        length = self.length_box.itemData(index)
        if isinstance(length, Length):
            self.set_length(length)
        self._focus_controls()  # Space pauses again at once

    def _show_time(self, run: Run, now: float, position: Position) -> None:
        """Time left, and a soft word when the last breath begins."""
        end = run.end_time()
        if end is None:
            text = ""
        elif math.floor(run.schedule.cycles_at(end - 1e-6)) <= position.cycle:
            text = translate("Breathing", "Last breath")
        else:
            left = end - run.elapsed(now)
            whole = math.ceil(left - 1e-6)
            if whole == self._time_left_seconds:
                return  # the same second: no words to make on this frame
            self._time_left_seconds = whole
            text = clock_words(left)
        if text != self._time_left:
            self._time_left = text
            self.time_label.setText(text)

    def _button(self, text: str, key: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(True)  # Return activates a focused button; Space is Pause
        button.setToolTip(translate("Breathing", "Shortcut: {key}").format(key=key_name(key)))
        button.setAccessibleName(text)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action)
        return button

    def _action(self, menu: QMenu, text: str, key: str, handler: Callable[[], None]) -> QAction:
        # The key is the action's shortcut, shown beside it by the menu: its name stays the
        # words alone (with "\tM" in the text a screen reader read the tab and the letter).
        # It acts only while the open menu has the keys; the page's own shortcut does the rest.
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setCheckable(True)
        action.triggered.connect(handler)
        return action

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._keys: dict[Qt.Key, QShortcut] = {}
        keys: list[tuple[Qt.Key, Callable[[], None]]] = [(Qt.Key.Key_Space, self.toggle_pause)]
        if self.options.escape_leaves:
            keys.append((Qt.Key.Key_Escape, self.stop))
        for key, action in (
            *keys,
            (Qt.Key.Key_Up, lambda: self.change_pace(+1)),
            (Qt.Key.Key_Down, lambda: self.change_pace(-1)),
            (Qt.Key.Key_T, self.toggle_sound),
            (Qt.Key.Key_M, self.toggle_still),
            (Qt.Key.Key_F, self.toggle_follow),
            (Qt.Key.Key_E, self.toggle_eyes),
            (Qt.Key.Key_G, self.glide_or_guide),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(action)
            self._keys[key] = shortcut
        self.shape.pressed.connect(lambda: self._follow_key(pressed=True))
        self.shape.released.connect(lambda: self._follow_key(pressed=False))

    # -- starting and stopping -----------------------------------------------------------

    @property
    def run(self) -> Run | None:
        return self._run

    def start(
        self,
        pattern: Pattern,
        length: Length | None = None,
        sound: bool = False,
        schedule: Schedule | None = None,
    ) -> None:
        """Begin at once: the first phase starts now."""
        self._flush_pending()
        self._leave_follow()
        index = self.picker.findData(pattern.id)
        if index < 0:
            self.picker.addItem(pattern.name, pattern.id)
            self._patterns.append(pattern)
            index = self.picker.count() - 1
        self.picker.setCurrentIndex(index)
        self.title.setText(pattern.name)
        self.setAccessibleName(pattern.name)  # when the page itself has the focus
        caution = hold_caution(pattern)
        self.caution.setText(caution)
        self.caution.setVisible(bool(caution))
        self.set_sound(sound)
        self._suds_before = None
        if self.suds_before_row is not None:
            self.suds_before_row.reset()
            self.suds_before_row.setVisible(True)
        self.stack.setCurrentWidget(self._running_view)
        if length is None:
            length = self.lengths.get(pattern.id) or Length.default_for(pattern)
        # A cold sound output gets a moment of silence first: the first phase (and its
        # tone) begins when that has played, so the first tone is on time too.
        lead = self._tones.warm_up() if self._sound else 0.0
        self._first_phase_at = self._clock() + lead
        self._run = Run(schedule or Schedule.fixed(pattern), length, self._first_phase_at)
        self._heart_begin(self._first_phase_at)
        self._fill_lengths(pattern, length)
        self._phase_key = None
        self._glide = None
        self._countdown = ""
        self._time_left = ""
        self._time_left_seconds = -1
        self._name_pause(translate("Breathing", "Pause"))
        self._reserve_room()
        focus = QApplication.focusWidget()
        if self.isVisible() and (
            focus is None
            or focus is self
            or not focus.isVisible()
            or self.end_panel.isAncestorOf(focus)
        ):
            self._focus_controls()  # from the end panel or a fresh page: never left on nothing
        self.tick()

    def toggle_pause(self) -> None:
        run = self._run
        if run is None or self._follow is not None or self.stack.currentWidget() is self.end_panel:
            return
        now = self._clock()
        if now < self._first_phase_at:
            return  # a tenth of a second before the first phase: nothing to pause yet
        if run.paused:
            run.resume(now)
            self._heart_resumed(run, now)
            self._name_pause(translate("Breathing", "Pause"))
            words = phase_words(run.position(now).phase)
            self.phase_label.setText(words)
            self._countdown = ""
            self.eyes_view.set_paused(False)
            if announce_wanted(self.announce_phases):
                announce(self, words)  # where the breath is now, as each phase is said
            self.tick()
        else:
            run.pause(now)
            if self.heart_view is not None:
                self.heart_view.pause_schedule(now)
            self._timer.stop()
            self._name_pause(translate("Breathing", "Resume"))
            self.phase_label.setText(translate("Breathing", "Paused"))
            announce(self, translate("Breathing", "Paused"))
            self.count_label.setText(translate("Breathing", "Press Space to go on"))
            self.eyes_view.set_paused(True)

    def _focus_controls(self) -> None:
        """Focus where a screen reader hears something named and Space still pauses: the
        Pause button, else (following, eyes closed, presenting) the page, named after the
        pattern."""
        button = self.pause_button
        if button.isVisibleTo(self) and button.isEnabled() and self._follow is None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_pause(self, words: str) -> None:
        """Pause shows Resume while paused: its name says the same, so a reader hears it."""
        self.pause_button.setText(words)
        self.pause_button.setAccessibleName(words)

    def stop(self) -> None:
        """Esc: end this run now (it is kept, marked as stopped early); Esc again goes home."""
        if self._follow is not None:
            self._end_follow()
            return
        if self._run is None or self.stack.currentWidget() is self.end_panel:
            self._home()
            return
        self._end(completed=False)

    def change_pace(self, steps: int) -> None:
        run = self._run
        if run is None or self._follow is not None or self.stack.currentWidget() is self.end_panel:
            return
        run.change_pace(self._clock(), steps)
        self._glide = None  # matching the pace by hand replaces a glide
        self._show_pace()
        if not run.paused:
            self.tick()

    def set_sound(self, on: bool) -> None:
        self._sound = on and self._tones.prepare()
        self.sound_button.setChecked(self._sound)
        if on and not self._sound:
            self.sound_button.setToolTip(translate("Breathing", "No sound output was found"))

    def toggle_sound(self) -> None:
        self.set_sound(not self._sound)

    def toggle_still(self) -> None:
        self.set_still(not self.shape.still)
        self.still_chosen.emit(self.shape.still)

    def set_colours(self, colours: Colours) -> None:
        """Colours chosen anew in Settings: the shape and the heart curve take them at once
        (the rest of the page follows the application's palette by itself)."""
        self._colours = colours
        self.shape.set_colours(colours)
        if self.heart_view is not None:
            self.heart_view.set_colours(colours)

    def set_still(self, still: bool) -> None:
        self.shape.set_still(still)
        self.still_action.setChecked(still)
        self.progress.setVisible(still and self._follow is None)
        if self._run is not None and not self._run.paused:
            self.tick()

    # -- the person's own patterns -----------------------------------------------------------

    def set_pattern_store(self, store: PatternStore | None) -> None:
        self.pattern_store = store
        self.own_action.setVisible(store is not None and self.options.choose_pattern)

    def edit_own_patterns(self) -> PatternEditor | None:
        """Open the editor; a saved pattern joins the list and starts at once."""
        store = self.pattern_store
        if store is None:
            return None
        from regulate.ui.own_pattern import PatternEditor

        was_running = self._run is not None and not self._run.paused
        if was_running:
            self.toggle_pause()
        editor = PatternEditor(store, self)
        editor.finished.connect(lambda _result: self._edited(editor, was_running))
        editor.open()
        return editor

    def _edited(self, editor: PatternEditor, was_running: bool) -> None:
        store = self.pattern_store
        if store is not None:
            kept = [p for p in self._patterns if not p.id.startswith(OWN_PREFIX)]
            self._patterns = [*kept, *store.own_patterns()]
            current = self.picker.currentData()
            self.picker.clear()
            for pattern in self._patterns:
                self.picker.addItem(pattern.name, pattern.id)
            index = self.picker.findData(current)
            if index >= 0:
                self.picker.setCurrentIndex(index)
        if editor.saved is not None:
            self.start(editor.saved, None, self._sound)
        elif was_running and self._run is not None and self._run.paused:
            self.toggle_pause()
        editor.deleteLater()

    # -- the heart rhythm (only with a heart source attached) -----------------------------

    def attach_heart(self, source: HeartSource) -> HeartView:
        """Show the heart-rate curve from ``source`` under the shape, in step with each run,
        and keep the beats of each run with its session. Starts the source."""
        from regulate.ui.heart_view import HeartView

        view = self.heart_view
        if view is None:
            view = HeartView(self._colours, clock=self._clock, parent=self)
            large = not self.options.keep_sessions  # presenter mode: large, for a client
            if large:
                font = view.font()
                font.setPointSizeF(font.pointSizeF() * 1.6)
                view.setFont(font)
            self._running_layout.insertWidget(1, view, 2 if large else 1)
            self._running_layout.setStretch(0, 3)
            view.show()
            self.heart_view = view
        if self._heart_source is not None:
            self._heart_source.beat.disconnect(self._heart_beat)
            self._heart_source.stop()
        self._heart_source = source
        view.attach(source)
        source.beat.connect(self._heart_beat)
        source.start()
        return view

    def _inhale_share(self, pattern: Pattern) -> float:
        timed = pattern.timed
        inhale = sum(p.seconds for p in timed if p.kind is PhaseKind.INHALE)
        return inhale / max(1e-9, sum(p.seconds for p in timed))

    def _heart_begin(self, at: float, paced: bool = True) -> None:
        self._heart_rr = []
        self._heart_on = True
        view, run = self.heart_view, self._run
        if view is None:
            return
        view.begin_breath()
        if paced and run is not None:
            view.set_schedule(run.bpm(at), self._inhale_share(run.pattern), at)
        else:
            view.pause_schedule(at)  # "follow me": the person's own breaths are not known

    def _heart_breath(self, position: Position) -> None:
        """A breath begins: the last one's swing, and this one's pace, shaded in step."""
        view, run = self.heart_view, self._run
        if view is None or run is None:
            return
        now = self._clock()
        begun = now
        if position.progress < 1.0:  # when the breath truly began, a frame or so ago
            length = position.seconds_left / (1.0 - position.progress)
            begun = now - length * position.progress
        if position.cycle >= 1:
            view.end_breath()
        else:
            view.begin_breath()
        view.set_schedule(run.bpm(now), self._inhale_share(run.pattern), begun)

    def _heart_resumed(self, run: Run, now: float) -> None:
        view = self.heart_view
        if view is None:
            return
        elapsed = run.elapsed(now)
        bpm = run.bpm(now)
        cycles = run.schedule.cycles_at(elapsed)
        begun = now - (cycles - math.floor(cycles)) * 60.0 / bpm
        view.set_schedule(bpm, self._inhale_share(run.pattern), begun, since=now)

    def _heart_end(self, now: float) -> None:
        self._heart_on = False
        self._heart_held = self._heart_rr
        self._heart_rr = []
        if self.heart_view is not None:
            self.heart_view.pause_schedule(now)

    def _heart_beat(self, rr_ms: float, heart_rate: float) -> None:
        if self._heart_on:
            self._heart_rr.append(rr_ms)

    def _hand_on(self, finished: Finished) -> None:
        self.heartbeats_of_run, self._heart_held = self._heart_held, []
        self.finished.emit(finished)

    # -- eyes closed ---------------------------------------------------------------------

    def toggle_eyes(self) -> None:
        current = self.stack.currentWidget()
        if current is self.end_panel or self._run is None or self._follow is not None:
            self.eyes_action.setChecked(current is self.eyes_view)
            return
        if current is self.eyes_view:
            self._show_eyes(False)
        else:
            self.set_sound(True)
            self.eyes_view.set_sound(self._sound)
            self._show_eyes(True)
        self._focus_controls()
        self.tick()

    def _show_eyes(self, eyes: bool) -> None:
        """Eyes closed: the whole screen goes dark and still; nothing else is shown."""
        self._header.setVisible(not eyes and not self._bare)
        self.caution.setVisible(not eyes and bool(self.caution.text()))
        if eyes:
            self._hide_before_row()
        layout = self._body_layout
        if layout is not None:
            margin = 0 if eyes else PAGE_MARGIN
            layout.setContentsMargins(margin, 0 if eyes else 20, margin, 0 if eyes else 20)
        self.stack.setCurrentWidget(self.eyes_view if eyes else self._running_view)
        self.eyes_action.setChecked(eyes)

    # -- follow me -----------------------------------------------------------------------

    def toggle_follow(self) -> None:
        if self._follow is None:
            self.start_follow()
        else:
            self._end_follow()

    def start_follow(self) -> None:
        """The person leads: hold Space (or the mouse on the shape) while breathing in."""
        self._flush_pending()
        self._timer.stop()
        self._run = None
        self._follow = Follow()
        self._follow_started = self._clock()
        self._heart_begin(self._follow_started, paced=False)
        self.stack.setCurrentWidget(self._running_view)
        self.title.setText(translate("Breathing", "Follow me"))
        self.caution.setText(
            translate(
                "Breathing",
                "Breathe however feels right. Hold Space, or the mouse button on the shape, "
                "while you breathe in, and let go as you breathe out. The shape follows you.",
            )
        )
        self.caution.setVisible(True)
        self._hide_before_row()
        self.phase_label.setText(translate("Breathing", "Hold Space as you breathe in"))
        self.count_label.setText("")
        self.pace_label.setText(translate("Breathing", "Your pace shows here after two breaths"))
        for widget in (
            self.pause_button,
            self.slower_button,
            self.quicker_button,
            self.length_box,
        ):
            widget.setVisible(False)
        self._time_left = ""
        self._time_left_seconds = -1
        self.time_label.setText("")
        self.guide_button.setVisible(True)
        self.guide_button.setEnabled(False)
        self.follow_action.setChecked(True)
        self._keys[Qt.Key.Key_Space].setEnabled(False)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.progress.setVisible(False)
        self.shape.set_fullness(0.0)
        self._focus_controls()

    def _leave_follow(self) -> None:
        if self._follow is None:
            return
        self._follow = None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._keys[Qt.Key.Key_Space].setEnabled(True)
        for widget in (
            self.pause_button,
            self.slower_button,
            self.quicker_button,
            self.length_box,
        ):
            widget.setVisible(True)
        self.guide_button.setVisible(False)
        self.follow_action.setChecked(False)
        self.progress.setVisible(self.shape.still)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While following, Space down and up mean "breathing in" and "breathing out"."""
        kind = event.type()
        if (
            self._follow is not None
            and kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and self.isVisible()
        ):
            if not event.isAutoRepeat():
                self._follow_key(pressed=kind == QEvent.Type.KeyPress)
            return True
        return False

    def _follow_key(self, pressed: bool) -> None:
        follow = self._follow
        if follow is None:
            return
        now = self._clock()
        if pressed:
            follow.press(now)
            self.phase_label.setText(translate("Breathing", "Breathing in"))
        else:
            follow.release(now)
            self.phase_label.setText(translate("Breathing", "Breathing out"))
        if follow.known:
            self.pace_label.setText(
                translate("Breathing", "Your pace: {bpm} breaths a minute").format(
                    bpm=rate(follow.bpm)
                )
            )
            self.guide_button.setEnabled(True)
        self.tick()

    def _follow_tick(self, follow: Follow) -> None:
        level = follow.level(self._clock())
        self.shape.set_fullness(level)
        moving = (follow.breathing_in and level < 1.0) or (not follow.breathing_in and level > 0)
        if moving and self.isVisible():
            self._timer.start(FRAME_MS)

    def glide_or_guide(self) -> None:
        """G: from "follow me", guide from the person's own pace; while guiding, glide gently
        from the current pace to the glide target (presenter mode sets it)."""
        if self._follow is not None:
            self.guide_from_here()
            return
        run = self._run
        if run is None or run.paused or self.stack.currentWidget() is self.end_panel:
            return
        now = self._clock()
        target = self.glide_target(run.bpm(now))
        run.glide_to(now, target, self.glide_minutes)
        self._glide = (target, run.elapsed(now) + self.glide_minutes * 60.0)
        self._show_pace()
        self.tick()
        self.glided.emit()

    def glide_target(self, bpm: float) -> float:
        """Where G glides to from ``bpm``: never quicker than now, never below one a minute."""
        if self.glide_slower_by is not None:
            target = bpm - self.glide_slower_by
        elif self.glide_to_bpm:
            target = self.glide_to_bpm
        else:
            target = gentle_target(bpm)
        return max(1.0, min(bpm, target))

    def glide_left(self) -> tuple[float, float] | None:
        """The glide under way: (target breaths a minute, seconds until it gets there)."""
        run, glide = self._run, self._glide
        if run is None or glide is None:
            return None
        left = glide[1] - run.elapsed(self._clock())
        return (glide[0], left) if left > 0 else None

    def pace_now(self) -> float | None:
        run = self._run
        return run.bpm(self._clock()) if run is not None else None

    def guide_from_here(self) -> None:
        """Start a guided glide from their own pace to a little slower."""
        follow = self._follow
        if follow is None or not follow.known:
            return
        pattern = follow.pattern()
        bpm = follow.bpm
        schedule = Schedule.progressive(pattern, bpm, gentle_target(bpm), minutes=GLIDE_MINUTES)
        self.start(pattern, Length(minutes=GLIDE_MINUTES + 2), self._sound, schedule=schedule)

    def _end_follow(self) -> None:
        follow = self._follow
        if follow is None:
            return
        seconds = self._clock() - self._follow_started
        pattern = follow.pattern()
        self._leave_follow()
        self._heart_end(self._clock())
        self._timer.stop()
        self._last_was_follow = True
        self._pending.hold(Finished(ItemKind.PATTERN, pattern.id, seconds, True))
        self._hide_before_row()
        self.end_panel.show_result(self._result_words(seconds, True))
        self.stack.setCurrentWidget(self.end_panel)

    # -- the clock ---------------------------------------------------------------------------

    def tick(self) -> None:
        """Bring everything up to date with the clock, then sleep until the next change."""
        if self._follow is not None:
            self._follow_tick(self._follow)
            return
        run = self._run
        if run is None or run.paused or self.stack.currentWidget() is self.end_panel:
            return
        now = self._clock()
        if now < self._first_phase_at and not run.paused:
            self.shape.set_fullness(0.0)  # the sound output warms up; the first phase is next
            if self.isVisible():
                self._timer.start(max(1, math.ceil((self._first_phase_at - now) * 1000)))
            return
        if run.finished(now):
            self._end(completed=True)
            return
        position = run.position(now)
        key = (position.cycle, position.index)
        if key != self._phase_key:
            self._phase_key = key
            self._phase_started(position)
        self._draw(position)
        self._show_time(run, now, position)
        if self.isVisible():
            self._timer.start(self._sleep_ms(run, now, position))

    def _phase_started(self, position: Position) -> None:
        if self._sound:
            self._tones.play(position.phase.kind.value)
        if self._phase_times is not None:
            with contextlib.suppress(OSError), open(self._phase_times, "a") as log:
                log.write(f"{self._clock():.6f} {position.phase.kind.value}\n")
        if announce_wanted(self.announce_phases):
            announce(self, phase_words(position.phase))
        self.phase_label.setText(phase_words(position.phase))
        self.eyes_view.set_phase(phase_words(position.phase))
        self._show_pace()
        if position.index == 0 and self.heart_view is not None:
            self._heart_breath(position)
        if position.cycle >= 1 and self._suds_before is None:
            self._hide_before_row()

    def _draw(self, position: Position) -> None:
        full = fullness(position, self._run.pattern.timed if self._run else ())
        self.shape.set_fullness(full)
        if self.progress.isVisible():
            self.progress.setValue(round(full * 1000))
        countdown = str(max(1, math.ceil(position.seconds_left - 1e-6)))
        if countdown != self._countdown:
            self._countdown = countdown
            self.count_label.setText(countdown)

    def _sleep_ms(self, run: Run, now: float, position: Position) -> int:
        """One frame while the shape moves; otherwise until the countdown or phase changes."""
        left = position.seconds_left
        until_second = left - math.floor(left - 1e-6) if left > 0 else 0.0
        wait = min(left, until_second if until_second > 0 else left)
        moving = position.phase.kind in (PhaseKind.INHALE, PhaseKind.EXHALE)
        shown = self.stack.currentWidget() is self._running_view
        if moving and shown and not self.shape.still:
            wait = min(wait, self._until_edge_moves(run, now))
        return max(1, math.ceil(wait * 1000))

    def _until_edge_moves(self, run: Run, now: float) -> float:
        """Seconds until the shape's edge has moved about a pixel: never less than a frame,
        so a slow breath wakes the app far less often than 60 times a second."""
        frame = FRAME_MS / 1000.0
        t = run.elapsed(now)
        timed = run.pattern.timed
        here = self.shape.radius_for(fullness(phase_at(run.schedule, t), timed))
        ahead = self.shape.radius_for(fullness(phase_at(run.schedule, t + frame), timed))
        speed = abs(ahead - here) / frame  # pixels a second
        if speed <= 0:
            return frame
        return max(frame, min(0.25, MIN_STEP_PX / speed))

    def _show_pace(self) -> None:
        if self._run is None:
            return
        bpm = self._run.bpm(self._clock())
        self.pace_label.setText(
            translate("Breathing", "{bpm} breaths a minute").format(bpm=rate(bpm))
        )
        self.slower_button.setEnabled(bpm - PACE_STEP_BPM >= 1.0)

    # -- the end -------------------------------------------------------------------------

    def _end(self, completed: bool) -> None:
        run = self._run
        if run is None:
            return
        now = self._clock()
        seconds = run.elapsed(now)
        if completed:
            end = run.end_time()
            seconds = end if end is not None else seconds
        run.stop(now)
        self._heart_end(now)
        self._timer.stop()
        self._last_was_follow = False
        if self.stack.currentWidget() is self.eyes_view:
            self._show_eyes(False)
        self._pending.hold(
            Finished(ItemKind.PATTERN, run.pattern.id, seconds, completed, self._suds_before)
        )
        if self.quit_when_done:
            self._flush_pending()
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()
            return
        self._hide_before_row()
        self.end_panel.show_result(self._result_words(seconds, completed), self._suds_before)
        self.stack.setCurrentWidget(self.end_panel)

    def _result_words(self, seconds: float, completed: bool) -> str:
        span = duration_words(seconds)
        if self.for_a_client:
            return translate("Breathing", "The breathing exercise has ended.")
        if completed:
            return translate("Breathing", "That was {span} of slow breathing.").format(span=span)
        return translate("Breathing", "You stopped after {span}. That's fine.").format(span=span)

    def _after_answered(self, suds_after: int | None) -> None:
        self._pending.rate(suds_after)

    def _flush_pending(self) -> None:
        self._pending.flush()

    def _again(self) -> None:
        if self._last_was_follow:
            self.start_follow()
        elif self._run is not None:
            self.start(self._run.pattern, self._run.length, self._sound)

    def _to_help(self) -> None:
        self._home(quietly=True)
        self.get_help.emit()

    def _to_something_else(self) -> None:
        self._home(quietly=True)
        self.something_else.emit()

    def _home(self, quietly: bool = False) -> None:
        """Done here: the run is logged; ``quietly`` when another screen takes over."""
        self._leave_follow()
        self._flush_pending()
        self._timer.stop()
        self._run = None
        if not quietly:
            self.leave.emit()

    def _picked(self, index: int) -> None:
        pattern_id = self.picker.itemData(index)
        for pattern in self._patterns:
            if pattern.id == pattern_id:
                self.start(pattern, None, self._sound)
                return

    def _hide_before_row(self) -> None:
        if self.suds_before_row is not None:
            self.suds_before_row.setVisible(False)

    def _suds_before_chosen(self, value: int | None) -> None:
        self._suds_before = value
        self._hide_before_row()

    def halt(self) -> None:
        """Stop at once, with no end screen: the window holding this screen is closing."""
        self._leave_follow()
        self._timer.stop()
        self._heart_on = False
        self._flush_pending()
        self._run = None

    def stop_heart(self) -> None:
        """Stop the heart source (the window showing it closes); the curve stays as it is."""
        if self._heart_source is not None:
            self._heart_source.stop()

    def discard_pending(self) -> None:
        """Forget an unlogged run (after "Delete all my data")."""
        self._pending.discard()
        self._heart_held = []
        self._heart_rr = []

    def record_now(self) -> None:
        """Log what is pending (the app is closing or the screen is left)."""
        self._flush_pending()

    # -- visibility ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._reserve_room()
        super().showEvent(event)
        self._focus_controls()
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # no wake-ups while nobody can see it
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve_room()


class WrappingRow(QWidget):
    """Two groups of controls side by side, or one above the other when the screen is narrow
    or the text large (so the screen never needs to be wider than one group)."""

    def __init__(
        self,
        first: QWidget,
        second: QWidget,
        parent: QWidget | None = None,
        stretch_first: bool = False,
    ) -> None:
        """``stretch_first``: side by side, the first takes the room the second leaves."""
        super().__init__(parent)
        self._first, self._second = first, second
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(8)
        self._box.addWidget(first, 1 if stretch_first else 0)
        self._box.addWidget(second)

    def _side_by_side_width(self) -> int:
        second = self._second.sizeHint().width() + 8 if not self._second.isHidden() else 0
        return self._first.sizeHint().width() + second

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        narrow = max(self._first.minimumSizeHint().width(), self._second.minimumSizeHint().width())
        return QSize(narrow, hint.height())

    @property
    def wrapped(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if direction != self._box.direction():
            self._box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)


class EyesClosedView(QWidget):
    """A dark, still screen for breathing with the eyes closed: only the tones guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#0b0e10"))
        self.setPalette(palette)
        self.phase = LiveLabel(translate("Breathing", "Breathing phase"), self)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = plain_label(parent=self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setStyleSheet("color: #8a949c; font-size: 18pt;")
        self.hint.setStyleSheet("color: #6f7a82;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.phase)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.hint, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.set_sound(True)

    def set_sound(self, available: bool) -> None:
        if available:
            text = translate(
                "Breathing",
                "You can close your eyes. A bright tone means breathe in, a light one hold, "
                "a low one breathe out, a deep one rest. Space pauses, E brings the picture "
                "back, Esc stops.",
            )
        else:
            text = translate(
                "Breathing",
                "No sound output was found, so tones can't guide you right now. "
                "Press E to bring the picture back.",
            )
        self.hint.setText(text)

    def set_phase(self, words: str) -> None:
        self.phase.setText(words)

    def set_paused(self, paused: bool) -> None:
        if paused:
            self.phase.setText(translate("Breathing", "Paused"))
