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


def test_ground_54321_opens_the_player_in_a_real_window(x_display: str, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display, REGULATE_FIRST_FRAME_EXIT="1")
    result = subprocess.run(
        [sys.executable, "-m", "regulate", "--data-dir", str(data_dir), "ground", "54321"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("first-frame ")
    assert "Traceback" not in result.stderr


def test_breathe_runs_two_cycles_and_quits_by_itself(x_display: str, data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "regulate",
            "--data-dir",
            str(data_dir),
            "breathe",
            "1-0-1-0",
            "--cycles",
            "2",
            "--quit-when-done",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    export = subprocess.run(
        [
            sys.executable,
            "-m",
            "regulate",
            "--data-dir",
            str(data_dir),
            "export",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert '"item": "1-0-1-0"' not in export.stdout  # four seconds is too short to log


def test_presenter_covers_the_whole_screen_and_writes_nothing(
    x_display: str, data_dir: Path
) -> None:
    base = [sys.executable, "-m", "regulate", "--data-dir", str(data_dir)]
    subprocess.run(
        [*base, "log", "--arousal", "5", "--note", "before"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    before = subprocess.run(
        [*base, "export", "--format", "json"], check=True, capture_output=True, timeout=60
    ).stdout
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    shown = subprocess.run(
        [*base, "present"],
        env=dict(env, REGULATE_FIRST_FRAME_EXIT="1"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shown.returncode == 0, shown.stderr
    size = shown.stdout.split()[2]
    screen = subprocess.run(["xdpyinfo"], env=env, capture_output=True, text=True, check=True)
    dimensions = next(line for line in screen.stdout.splitlines() if "dimensions:" in line)
    assert size == f"{dimensions.split()[1]}+0+0"  # the whole screen, exactly
    breathed = subprocess.run(
        [*base, "breathe", "1-0-1-0", "--cycles", "2", "--present", "--quit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert breathed.returncode == 0, breathed.stderr
    after = subprocess.run(
        [*base, "export", "--format", "json"], check=True, capture_output=True, timeout=60
    ).stdout
    assert after == before
