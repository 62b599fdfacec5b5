"""The floor for bench/animation.py: the least an animated Qt window can cost per frame.

A plain 900x700 QWidget whose repeating QTimer (PreciseTimer, 16 ms, as the breathing screen's)
ticks 60 times a second and asks for a repaint of a 4x4 rectangle at the top left; its
paintEvent fills just that rectangle (alternating two colours, so every frame really changes
pixels). Each frame thus pays for everything a frame costs in Qt besides the drawing itself:
the timer wake-up, the event loop, the paint event, the backing-store flush to the X server.

With ``--frames F --seconds S`` it paints exactly F frames over the S-second measuring window,
spread evenly over its 60 Hz ticks (a tick paints only when fewer than F * elapsed / S frames
have been painted), so it paints the same number of frames as the app it is compared with while
waking up as often as the app's own 16 ms timer. It then prints the figures of bench/frames.py
(one JSON line) and exits. Without ``--frames`` it paints on every tick until it is terminated.
"""

import argparse
import sys
import time

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from frames import FrameCounter, measure_then_exit

WIDTH, HEIGHT = 900, 700
FRAME_MS = 16
DIRTY = QRect(0, 0, 4, 4)
TITLE = "Regulate bench repaint floor"
COLOURS = (QColor("#5b8fb9"), QColor("#b9d4e8"))


class Floor(QWidget):
    def __init__(self, frames_per_second: float | None) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.resize(WIDTH, HEIGHT)
        self._rate = frames_per_second
        self._started = time.monotonic()
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        if self._rate is not None:
            due = self._rate * (time.monotonic() - self._started)
            if self._frame >= due:
                return
        self._frame += 1
        self.update(DIRTY)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override name
        painter = QPainter(self)
        painter.fillRect(DIRTY, COLOURS[self._frame % 2])
        painter.end()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=None, help="frames in the window")
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window (20)")
    parser.add_argument("--settle", type=float, default=3.0, help="wait before measuring (3)")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    rate = None if args.frames is None else args.frames / args.seconds
    window = Floor(rate)
    if args.frames is not None:
        counter = FrameCounter(app)
        app.installEventFilter(counter)
        measure_then_exit(app, counter, args.settle, args.seconds)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
