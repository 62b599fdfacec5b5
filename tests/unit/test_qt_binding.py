"""Guards the pinned Qt binding against a known reference-counting fault.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that
returns void (update(), setText(), start() ...). None is not immortal before Python 3.12, so
an animation crashes the process within a minute. This fails if such a build is installed.
"""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from regulate.ui.breathing_shape import BreathingShape
from regulate.ui.theme import LIGHT


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    shape = BreathingShape(LIGHT)
    qtbot.addWidget(shape)
    before = sys.getrefcount(None)
    for _ in range(2000):
        shape.update()
    # Other threads may take or drop a few references; a fault would be about -2000.
    assert sys.getrefcount(None) - before > -100
