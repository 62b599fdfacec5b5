"""Find your resonance pace: a guided assessment with a heart source.

The person breathes with the shape at 6.5, 6, 5.5, 5 and 4.5 breaths a minute, two minutes each
(the stepped protocol of Shaffer & Meehan 2020), with the heart curve under the shape and a
rest offered between paces, for as long as they like. Each pace begins on a heartbeat, so the
beats kept for it line up with its breaths. Afterwards, for each pace: the peak-to-trough swing,
the low-frequency power and how closely heart rate follows the breath (phase); the pace chosen
the way the published protocols choose it (``core.rr``), in two sentences, and a button that keeps
it as the person's own "resonance" pattern. Nothing is written unless they press it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.core.breathing import Pattern, Phase, PhaseKind, Schedule
from regulate.core.rr import (
    INHALE_SHARE,
    PROTOCOL_RATES,
    STEP_MINUTES,
    TOO_MANY_ARTEFACTS,
    RRError,
    Step,
    assess,
    choose,
)
from regulate.core.session import Length
from regulate.ui.breathing import BreathingPage
from regulate.ui.heart_source import HeartSource
from regulate.ui.numbers import rate as rate_text
from regulate.ui.own_pattern import PatternStore
from regulate.ui.page import ExerciseOptions
from regulate.ui.sound import TonePlayer
from regulate.ui.text import plain_label
from regulate.ui.theme import Colours

translate = QCoreApplication.translate

#: Breathing during the assessment: nothing asked, nothing logged, Esc handled here.
ASSESSING = ExerciseOptions(
    ask_ratings=False, keep_sessions=False, escape_leaves=False, choose_pattern=False
)
#: How long a pace waits for its first heartbeat before it begins anyway (seconds).
BEAT_WAIT_SECONDS = 3.0
TICK_MS = 250

#: The shape of each breath (4 in, 6 out); the schedule sets the pace.
BREATH = Pattern(
    id="resonance-step",
    name="",
    phases=(Phase(PhaseKind.INHALE, 4.0), Phase(PhaseKind.EXHALE, 6.0)),
)


def pattern_seconds(rate: float) -> tuple[float, float, float, float]:
    """In and out seconds, in the half seconds patterns are made of, closest to ``rate``."""
    period = max(2.0, round(60.0 / rate * 2) / 2)
    inhale = max(1.0, round(period * INHALE_SHARE * 2) / 2)
    return (inhale, 0.0, period - inhale, 0.0)


def assess_steps(
    recordings: Sequence[Sequence[float]], rates: Sequence[float], minutes: float
) -> tuple[tuple[Step, ...], float | None, float, str]:
    """Each pace's recording (from its first beat) assessed on its own; then the choice."""
    steps: list[Step] = []
    for rate, beats in zip(rates, recordings, strict=True):
        try:
            steps.append(assess(beats, (rate,), minutes).steps[0])
        except RRError:
            steps.append(Step(rate, len(beats), 0.0, None, None, None, None, None, None))
    counted = sum(s.beats for s in steps)
    share = sum(s.share_corrected * s.beats for s in steps) / counted if counted else 0.0
    chosen = None if share > TOO_MANY_ARTEFACTS else choose(steps)
    return tuple(steps), chosen, share, explanation(steps, chosen, share)


def explanation(steps: Sequence[Step], chosen: float | None, share: float) -> str:
    """The result in two plain sentences, in the interface language (``core.rr.explain`` is
    the command line's English)."""
    if chosen is None:
        if share > TOO_MANY_ARTEFACTS:
            return translate(
                "Resonance",
                "About {share} % of the beats in this recording needed correcting: too many to "
                "trust the numbers. A snug strap, slightly moistened, usually helps; you are "
                "welcome to try again another time.",
            ).format(share=round(share * 100))
        return translate(
            "Resonance",
            "This recording was too short or too patchy to compare the paces. Two calm "
            "minutes at each pace are enough to try again.",
        )
    step = next(s for s in steps if s.rate == chosen)
    swing = round(step.swing or 0)
    return translate(
        "Resonance",
        "At {rate} breaths a minute your heart rate rose and fell most closely with your "
        "breath, by about %n beats a minute each breath. That makes it a good pace for you "
        "to practise at; it can shift a little over time, so checking again now and then is "
        "worthwhile.",
        None,
        swing,
    ).format(rate=_rate(chosen))


def _rate(value: float) -> str:
    return rate_text(value, 2)


class ResonancePage(QWidget):
    #: The person left (Back, or Esc at the start or the end).
    leave = Signal()
    #: The chosen pace was kept as their own pattern.
    kept = Signal(object)

    def __init__(
        self,
        colours: Colours,
        tones: TonePlayer,
        source: HeartSource,
        store: PatternStore | None = None,
        *,
        rates: Sequence[float] = PROTOCOL_RATES,
        minutes: float = STEP_MINUTES,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resonance")
        self.rates = tuple(rates)
        self.minutes = minutes
        self._clock = clock
        self._store = store
        self.recordings: list[list[float]] = []
        self._step = -1
        self._step_started: float | None = None
        self._waiting_since: float | None = None
        self._collecting = False
        self.chosen: float | None = None
        self.steps: tuple[Step, ...] = ()

        self.intro = self._intro()
        self.breathing = BreathingPage([BREATH], colours, tones, ASSESSING, clock, self)
        self.breathing.present_bare()
        self.step_label = plain_label(parent=self)
        self.step_label.setObjectName("note")
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        stop = QPushButton(translate("Resonance", "Stop the assessment"), self)
        stop.setAutoDefault(True)
        stop.clicked.connect(self.stop)
        breathing_box = QWidget(self)
        box = QVBoxLayout(breathing_box)
        box.addWidget(self.step_label)
        box.addWidget(self.breathing, 1)
        box.addWidget(stop, 0, Qt.AlignmentFlag.AlignLeft)
        self.breathing_box = breathing_box
        self.rest = self._rest()
        self.results = QWidget(self)
        self._results_layout = QVBoxLayout(self.results)

        self.stack = QStackedLayout(self)
        for widget in (self.intro, breathing_box, self.rest, self.results):
            self.stack.addWidget(widget)

        self.view = self.breathing.attach_heart(source)
        source.beat.connect(self._beat)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    # -- the screens -----------------------------------------------------------------------

    def set_colours(self, colours: Colours) -> None:
        """Colours chosen anew in Settings: the breathing shape takes them at once."""
        self.breathing.set_colours(colours)

    def _intro(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        title = plain_label(translate("Resonance", "Find your resonance pace"), page)
        title.setObjectName("title")
        paces, minutes = len(self.rates), max(1, round(self.minutes))
        text = plain_label(
            translate(
                "Resonance",
                "You will breathe with the shape at {paces}, {minutes} each, "
                "while the strap follows your heart. Between paces you can rest as long as you "
                "like. Breathe gently, never deeply; if you feel light-headed, stop and breathe "
                "normally.",
            ).format(
                paces=translate("Resonance", "%n slow paces", None, paces),
                minutes=translate("Resonance", "%n minutes", None, minutes),
            ),
            page,
        )
        text.setWordWrap(True)
        begin = QPushButton(translate("Resonance", "Begin"), page)
        begin.setAutoDefault(True)
        begin.clicked.connect(self.begin)
        back = QPushButton(translate("Resonance", "Back"), page)
        back.setAutoDefault(True)
        back.clicked.connect(self.leave)
        row = QHBoxLayout()
        row.addWidget(begin)
        row.addWidget(back)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _rest(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.rest_label = plain_label(parent=page)
        self.rest_label.setWordWrap(True)
        self.rest_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(translate("Resonance", "Next pace"), page)
        self.next_button.setAutoDefault(True)
        self.next_button.clicked.connect(self.next_step)
        stop = QPushButton(translate("Resonance", "Stop the assessment"), page)
        stop.setAutoDefault(True)
        stop.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.next_button)
        row.addWidget(stop)
        row.addStretch(1)
        layout.addStretch(1)
        layout.addWidget(self.rest_label)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- the steps -------------------------------------------------------------------------

    def begin(self) -> None:
        self.recordings = []
        self._step = -1
        self.next_step()

    def next_step(self) -> None:
        """The next pace begins on the next heartbeat (or after a short wait without one)."""
        self._step += 1
        if self._step >= len(self.rates):
            self.show_results()
            return
        rate = self.rates[self._step]
        self.step_label.setText(
            translate("Resonance", "Pace {n} of {count}: {rate} breaths a minute").format(
                n=self._step + 1, count=len(self.rates), rate=_rate(rate)
            )
        )
        self.stack.setCurrentWidget(self.breathing_box)
        self._waiting_since = self._clock()
        self._step_started = None
        self._collecting = False
        self._timer.start()

    def _start_breathing(self) -> None:
        rate = self.rates[self._step]
        self._waiting_since = None
        self._step_started = self._clock()
        self.recordings.append([])
        self._collecting = True
        self.breathing.start(
            BREATH, Length(), sound=False, schedule=Schedule.fixed(BREATH, bpm=rate)
        )

    def _beat(self, rr_ms: float, heart_rate: float) -> None:
        if self._collecting:
            self.recordings[-1].append(rr_ms)
        elif self._waiting_since is not None:
            self._start_breathing()  # on a beat: the next beat's interval begins now

    def tick(self) -> None:
        now = self._clock()
        if self._waiting_since is not None and now - self._waiting_since >= BEAT_WAIT_SECONDS:
            self._start_breathing()
        started = self._step_started
        if started is not None and now - started >= self.minutes * 60.0:
            self._end_step()

    def _end_step(self) -> None:
        self._collecting = False
        self._step_started = None
        self._timer.stop()
        self.breathing.halt()
        if self._step + 1 >= len(self.rates):
            self.show_results()
            return
        self.rest_label.setText(
            translate(
                "Resonance",
                "That pace is done. Breathe however you like for a while; when you are "
                "ready, the next one is {rate} breaths a minute.",
            ).format(rate=_rate(self.rates[self._step + 1]))
        )
        self.stack.setCurrentWidget(self.rest)
        self.next_button.setFocus()

    def stop(self) -> None:
        """Stop now; paces already breathed are not assessed, nothing is kept."""
        self._timer.stop()
        self._collecting = False
        self._waiting_since = None
        self.breathing.halt()
        self.stack.setCurrentWidget(self.intro)

    # -- the results -----------------------------------------------------------------------

    def show_results(self) -> None:
        self._timer.stop()
        self.steps, self.chosen, _share, explanation = assess_steps(
            self.recordings, self.rates, self.minutes
        )
        layout = self._results_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        title = plain_label(translate("Resonance", "Your paces"), self.results)
        title.setObjectName("title")
        layout.addWidget(title)
        table = QWidget(self.results)
        grid = QGridLayout(table)
        heads = (
            translate("Resonance", "Breaths a minute"),
            translate("Resonance", "Swing (beats a minute)"),
            translate("Resonance", "Low-frequency power (ms²)"),
            translate("Resonance", "Heart follows breath (phase)"),
        )
        for column, head in enumerate(heads):
            grid.addWidget(QLabel(head, table), 0, column)
        for row, step in enumerate(self.steps, start=1):
            cells = (
                _rate(step.rate) + (" ✓" if step.rate == self.chosen else ""),
                "-" if step.swing is None else f"{step.swing:.1f}",
                "-" if step.lf_power is None else f"{step.lf_power:.0f}",
                "-" if step.phase is None else f"{step.phase:.0f}°",
            )
            for column, text in enumerate(cells):
                grid.addWidget(QLabel(text, table), row, column)
        layout.addWidget(table)
        words = plain_label(explanation, self.results)
        words.setWordWrap(True)
        self.explanation = words
        layout.addWidget(words)
        row_box = QHBoxLayout()
        self.keep_button: QPushButton | None = None
        if self.chosen is not None and self._store is not None:
            keep = QPushButton(
                translate("Resonance", "Keep {rate} a minute as my resonance pattern").format(
                    rate=_rate(self.chosen)
                ),
                self.results,
            )
            keep.setAutoDefault(True)
            keep.clicked.connect(self.keep)
            row_box.addWidget(keep)
            self.keep_button = keep
        back = QPushButton(translate("Resonance", "Back"), self.results)
        back.setAutoDefault(True)
        back.clicked.connect(self.leave)
        row_box.addWidget(back)
        row_box.addStretch(1)
        layout.addLayout(row_box)
        self.kept_label = plain_label(parent=self.results)
        layout.addWidget(self.kept_label)
        layout.addStretch(1)
        self.stack.setCurrentWidget(self.results)

    def keep(self) -> Pattern | None:
        """Keep the chosen pace as the person's own "resonance" pattern (replacing one kept
        before under that name)."""
        store, chosen = self._store, self.chosen
        if store is None or chosen is None:
            return None
        name = translate("Resonance", "My resonance pace")
        try:
            pattern = store.save(name, pattern_seconds(chosen), None)
        except Exception as exc:  # a refusal from the store: one plain line
            self.kept_label.setText(str(exc))
            return None
        bpm = pattern.breaths_per_minute
        self.kept_label.setText(
            translate(
                "Resonance",
                "Kept as '{name}' ({bpm} breaths a minute), with your own patterns.",
            ).format(name=pattern.name, bpm=rate_text(bpm, 2))
        )
        if self.keep_button is not None:
            self.keep_button.setEnabled(False)
        self.kept.emit(pattern)
        return pattern

    def halt(self) -> None:
        """The window is closing."""
        self._timer.stop()
        self.breathing.halt()
        self.breathing.stop_heart()

    @property
    def seconds_left_in_step(self) -> float | None:
        started = self._step_started
        if started is None:
            return None
        return max(0.0, self.minutes * 60.0 - (self._clock() - started))
