"""The floor for bench/animation.py: the least a 60 Hz animated Qt window can cost.

A plain 900x700 QWidget whose repeating QTimer (PreciseTimer, 16 ms, as the breathing screen's)
asks for a repaint of a 4x4 rectangle at the top left on every tick; its paintEvent fills just
that rectangle (alternating two colours, so every frame really changes pixels). Each tick thus
pays for everything a frame costs in Qt besides the drawing itself: the timer wake-up, the
event loop, the paint event, the backing-store flush to the X server. An animation of the same
window at the same frame rate cannot cost less than this; the bench judges the app by how far
above it the app sits. It stays open until it is terminated.
"""

import sys

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

WIDTH, HEIGHT = 900, 700
FRAME_MS = 16
DIRTY = QRect(0, 0, 4, 4)
TITLE = "Regulate bench repaint floor"
COLOURS = (QColor("#5b8fb9"), QColor("#b9d4e8"))


class Floor(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.resize(WIDTH, HEIGHT)
        self._frame = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self._frame += 1
        self.update(DIRTY)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override name
        painter = QPainter(self)
        painter.fillRect(DIRTY, COLOURS[self._frame % 2])
        painter.end()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = Floor()
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
