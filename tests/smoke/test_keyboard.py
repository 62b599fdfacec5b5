"""Return on home's focused "Breathe now" starts breathing, in the installed app on a real
X server (the key goes through Qt's whole event path, as a pressed key does)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke

DRIVER = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from regulate.app import Regulate
from regulate.paths import data_paths
from regulate.services import Services
from regulate.ui.startup import make_application

app = make_application()
services = Services(data_paths(sys.argv[1]))
services.settings.update(first_run_done=True)
running = Regulate(app, services)
running.window.show()
running.window.activateWindow()  # no window manager under Xvfb to do it

def press() -> None:
    focused = QApplication.focusWidget() or running.window.focusWidget()
    print("focused", focused.text() if hasattr(focused, "text") else type(focused).__name__)
    QTest.keyClick(focused, Qt.Key.Key_Return)
    QTimer.singleShot(600, report)

def report() -> None:
    current = running.window.pages.currentWidget()
    print("showing", current.objectName())
    running.screens.get("breathing") and running.screens["breathing"].stop()
    app.quit()

QTimer.singleShot(800, press)
sys.exit(app.exec())
"""


def test_return_on_breathe_now_starts_breathing(x_display: str, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "focused Breathe now" in result.stdout, result.stdout
    assert "showing breathing" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr
