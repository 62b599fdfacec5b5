"""The installed app opens real windows on an X server, paints them, and quits when asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke


def regulate(
    data_dir: Path, *args: str, display: str | None = None, first_frame: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run the installed app in its own process (on ``display`` if given)."""
    env = dict(os.environ)
    if display is not None:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    if first_frame:
        env["REGULATE_FIRST_FRAME_EXIT"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "regulate", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_app_paints_its_first_frame_and_quits(x_display: str, data_dir: Path) -> None:
    result = regulate(data_dir, display=x_display, first_frame=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame "), result.stdout
    assert "Traceback" not in result.stderr
    assert data_dir.stat().st_mode & 0o777 == 0o700


def test_ground_54321_opens_the_player_in_a_real_window(x_display: str, data_dir: Path) -> None:
    result = regulate(data_dir, "ground", "54321", display=x_display, first_frame=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame ")
    assert "Traceback" not in result.stderr


def test_breathe_runs_two_cycles_and_quits_by_itself(x_display: str, data_dir: Path) -> None:
    result = regulate(
        data_dir, "breathe", "1.5-0-1.5-0", "--cycles", "2", "--quit-when-done", display=x_display
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    export = regulate(data_dir, "export", "--format", "json")
    assert export.returncode == 0, export.stderr
    assert '"item": "1.5-0-1.5-0"' not in export.stdout  # six seconds is too short to log


def test_presenter_covers_the_whole_screen_and_writes_nothing(
    x_display: str, data_dir: Path
) -> None:
    assert regulate(data_dir, "log", "--arousal", "5", "--note", "before").returncode == 0
    before = regulate(data_dir, "export", "--format", "json").stdout
    shown = regulate(data_dir, "present", display=x_display, first_frame=True)
    assert shown.returncode == 0, shown.stderr
    size = shown.stdout.split()[2]
    env = dict(os.environ, DISPLAY=x_display)
    screen = subprocess.run(["xdpyinfo"], env=env, capture_output=True, text=True, check=True)
    dimensions = next(line for line in screen.stdout.splitlines() if "dimensions:" in line)
    assert size == f"{dimensions.split()[1]}+0+0"  # the whole screen, exactly
    breathed = regulate(
        data_dir,
        "breathe",
        "1.5-0-1.5-0",
        "--cycles",
        "2",
        "--present",
        "--quit-when-done",
        display=x_display,
    )
    assert breathed.returncode == 0, breathed.stderr
    assert regulate(data_dir, "export", "--format", "json").stdout == before
