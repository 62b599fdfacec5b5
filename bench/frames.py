"""Counting painted frames and CPU inside a Qt process, for bench/animation.py.

A frame is one pass of Qt's repaint machinery that paints something: the top-level window gets
an UpdateRequest, then one Paint event for each widget whose area is dirty. So the counter
counts a frame at the first Paint event after each UpdateRequest (and at a Paint that comes
without one, as after an expose), and counts every Paint event separately as "paints". The
bare floor paints one widget per frame; the app paints the breathing shape and, now and then,
a label or the progress bar in the same frame: both count it as one frame.

The counter is an application-wide event filter, installed the same way in both processes, so
its own small cost (one Python call per event) is paid on both sides.

``measure_then_exit`` reads the process's own CPU time (``time.process_time()``: user plus
system time of all its threads) and the frame count at the start and end of a window, prints
one JSON line ``{"frames": ..., "paints": ..., "cpu_s": ..., "wall_s": ..., "size": "WxH"}``
on stdout and ends the process at once (``os._exit``), without closing windows or saving.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FrameCounter(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frames = 0
        self.paints = 0
        self._in_frame = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override name
        kind = event.type()
        if kind == QEvent.Type.UpdateRequest:
            self._in_frame = False
        elif kind == QEvent.Type.Paint:
            self.paints += 1
            if not self._in_frame:
                self._in_frame = True
                self.frames += 1
        return False


def _shown_window(app: QApplication) -> QWidget | None:
    return next((w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()), None)


def measure_then_exit(
    app: QApplication, counter: FrameCounter, settle_s: float, seconds: float
) -> None:
    """After ``settle_s``, measure for ``seconds``; print the figures and end the process."""
    start: dict[str, float] = {}

    def begin() -> None:
        start.update(wall=time.monotonic(), cpu=time.process_time())
        start.update(frames=counter.frames, paints=counter.paints)
        QTimer.singleShot(round(seconds * 1000), end)

    def end() -> None:
        cpu, wall = time.process_time(), time.monotonic()
        window = _shown_window(app)
        size = f"{window.width()}x{window.height()}" if window is not None else "none"
        figures = {
            "frames": counter.frames - int(start["frames"]),
            "paints": counter.paints - int(start["paints"]),
            "cpu_s": cpu - start["cpu"],
            "wall_s": wall - start["wall"],
            "size": size,
        }
        sys.stdout.write(json.dumps(figures) + "\n")
        sys.stdout.flush()
        os._exit(0)

    QTimer.singleShot(round(settle_s * 1000), begin)


def count_frames_in_exec(settle_s: float, seconds: float, size: tuple[int, int]) -> None:
    """Patch QApplication.exec so that whatever application this process builds counts its
    frames: when its event loop starts, the counter is installed, the shown window is resized
    to ``size`` and the measurement is scheduled. For running the app's own entry point
    unchanged (it builds its QApplication and windows itself)."""
    original: Callable[..., int] = QApplication.exec

    def exec_counting(*_instance: object) -> int:  # app.exec() or QApplication.exec()
        app = QApplication.instance()
        assert isinstance(app, QApplication), "no QApplication before exec()"
        counter = FrameCounter(app)
        app.installEventFilter(counter)
        window = _shown_window(app)
        if window is not None:
            window.resize(*size)
        measure_then_exit(app, counter, settle_s, seconds)
        return original()

    QApplication.exec = exec_counting  # type: ignore[method-assign]
