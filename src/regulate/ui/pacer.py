"""A left-right pacer for the butterfly hug: two soft dots that take turns to glow.

It is a gentle rhythm for soothing yourself, never EMDR. The glow rises and falls smoothly
(no hard on/off), the rate stays between half a tap and one and a half taps a second (never
above two), and with tones on each tap sounds softly on its own side (headphones help).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from regulate.core.exercises import (
    PACER_DEFAULT_RATE,
    PACER_MAX_RATE,
    PACER_MIN_RATE,
    clamp_pacer_rate,
    tap_at,
)
from regulate.ui.numbers import rate as rate_text
from regulate.ui.sound import TonePlayer
from regulate.ui.text import plain_label
from regulate.ui.theme import Colours

translate = QCoreApplication.translate
FRAME_MS = 33  # the glow changes slowly; 30 frames a second is plenty


class PacerDots(QWidget):
    """The two dots. They are never mirrored in a right-to-left layout: the left dot is the
    person's left, the side its tone sounds on (the painting uses absolute positions)."""

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = colours
        self.left_strength = 0.0
        self.right_strength = 0.0
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("Pacer", "Left and right tapping rhythm"))

    def show_tap(self, left: bool, strength: float) -> None:
        new = (strength, 0.0) if left else (0.0, strength)
        if abs(new[0] - self.left_strength) + abs(new[1] - self.right_strength) < 0.02:
            return
        self.left_strength, self.right_strength = new
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(dot_edge(self._colours), 2))
        radius = min(34.0, self.height() / 2.0 - 4)
        y = self.height() / 2.0
        for x, strength in (
            (self.width() * 0.3, self.left_strength),
            (self.width() * 0.7, self.right_strength),
        ):
            # Each dot is an edged ring; the tapped one fills in (a soft glow, never a flash),
            # so at its fullest it stands 3:1 or more against the resting one.
            fill = QColor(dot_fill(self._colours))
            fill.setAlphaF(max(0.0, min(1.0, strength)))
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x, y), radius, radius)
        painter.end()

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.update()


def dot_edge(colours: Colours) -> QColor:
    """The ring of each pacer dot, against the window."""
    return colours.soft_text


def dot_fill(colours: Colours) -> QColor:
    """The tapped dot's fill at its fullest, against the resting dot (the window inside)."""
    return colours.accent


class BilateralPacer(QWidget):
    def __init__(
        self,
        colours: Colours,
        tones: TonePlayer,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tones = tones
        self._start = clock()
        self._rate = PACER_DEFAULT_RATE
        self._last_count = -1
        self.dots = PacerDots(colours, self)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.rate_slider.setRange(round(PACER_MIN_RATE * 10), round(PACER_MAX_RATE * 10))
        self.rate_slider.setValue(round(PACER_DEFAULT_RATE * 10))
        self.rate_slider.setAccessibleName(translate("Pacer", "Tapping pace"))
        self.rate_slider.valueChanged.connect(self._rate_changed)
        self.rate_label = plain_label(parent=self)
        self.rate_label.setObjectName("note")
        self.sound_box = QCheckBox(translate("Pacer", "Soft taps left and right"), self)
        self.sound_box.setAccessibleName(translate("Pacer", "Soft taps left and right"))
        self.sound_box.toggled.connect(self._sound_toggled)
        note = plain_label(
            translate(
                "Pacer",
                "A gentle rhythm to soothe yourself. It is not EMDR therapy.",
            ),
            self,
        )
        note.setObjectName("note")
        row = QHBoxLayout()
        row.addWidget(plain_label(translate("Pacer", "Slower"), self))
        row.addWidget(self.rate_slider, 1)
        row.addWidget(plain_label(translate("Pacer", "Quicker"), self))
        row.addWidget(self.rate_label)
        row.addSpacing(12)
        row.addWidget(self.sound_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dots)
        layout.addLayout(row)
        layout.addWidget(note, 0, Qt.AlignmentFlag.AlignHCenter)
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.tick)
        self._show_rate()

    @property
    def rate(self) -> float:
        return self._rate

    def restart(self) -> None:
        self._start = self._clock()
        self._last_count = -1
        self.tick()

    def tick(self) -> None:
        tap = tap_at(self._clock() - self._start, self._rate)
        self.dots.show_tap(tap.left, tap.strength)
        if tap.count != self._last_count:
            self._last_count = tap.count
            if self.sound_box.isChecked():
                self._tones.play("tap-left" if tap.left else "tap-right")

    def _rate_changed(self, value: int) -> None:
        # Keep the taps continuous: carry on from the same point in the rhythm.
        now = self._clock()
        done = (now - self._start) * self._rate
        self._rate = clamp_pacer_rate(value / 10.0)
        self._start = now - done / self._rate
        self._show_rate()

    def _show_rate(self) -> None:
        if self._rate == 1:
            text = translate("Pacer", "1 tap a second")
        else:
            text = translate("Pacer", "{rate} taps a second").format(rate=rate_text(self._rate, 2))
        self.rate_label.setText(text)

    def _sound_toggled(self, on: bool) -> None:
        if on and not self._tones.prepare():
            self.sound_box.setChecked(False)
            self.sound_box.setToolTip(translate("Pacer", "No sound output was found"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.restart()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)
