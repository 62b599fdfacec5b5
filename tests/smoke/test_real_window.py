"""The installed app opens a real window on an X server and paints it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke


def test_app_paints_its_first_frame_and_quits(x_display: str, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display, REGULATE_FIRST_FRAME_EXIT="1")
    result = subprocess.run(
        [sys.executable, "-m", "regulate", "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame "), result.stdout
    assert "Traceback" not in result.stderr
    assert data_dir.stat().st_mode & 0o777 == 0o700
