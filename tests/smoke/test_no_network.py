"""Regulate never opens a network socket: checked with strace on commands and a real window."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.smoke

NETWORK = re.compile(r"socket\((AF_INET|AF_INET6|AF_NETLINK|PF_INET|PF_INET6|PF_NETLINK)\b")


@pytest.fixture
def strace() -> str:
    found = shutil.which("strace")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("strace is needed in CI (.ci/run installs it)")
        pytest.skip("strace is not installed")
    return found


def network_sockets(strace: str, command: list[str], env: dict[str, str], log: Path) -> list[str]:
    # As on a desktop, a session bus is already there (started outside the trace); without
    # one, D-Bus would launch its own daemon inside the trace and keep strace waiting.
    session = shutil.which("dbus-run-session")
    outer = [session, "--"] if session else []
    if not session:
        env = dict(env, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
    result = subprocess.run(
        [*outer, strace, "-f", "-qq", "-e", "trace=socket", "-o", str(log), *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [line for line in log.read_text().splitlines() if NETWORK.search(line)]


def test_commands_open_no_network_socket(strace: str, data_dir: Path, tmp_path: Path) -> None:
    base = [sys.executable, "-m", "regulate", "--data-dir", str(data_dir)]
    export = tmp_path / "e.json"
    env = dict(os.environ)
    for args in (
        ["log", "--arousal", "7", "--note", "hello"],
        ["export", "--format", "json", "--out", str(export)],
        ["import", str(export)],
        ["doctor"],
        ["suggest", "--arousal", "8", "--json"],
        ["patterns", "--json"],
        ["exercises", "--json"],
        ["report", "--out", str(tmp_path / "r.pdf")],
        ["handout", "box", "--out", str(tmp_path / "h.pdf")],
    ):
        assert network_sockets(strace, [*base, *args], env, tmp_path / "trace.txt") == [], args


def test_a_breathing_window_opens_no_network_socket(
    strace: str, x_display: str, data_dir: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=x_display)
    command = [
        sys.executable,
        "-m",
        "regulate",
        "--data-dir",
        str(data_dir),
        "breathe",
        "1.5-0-1.5-0",
        "--cycles",
        "2",
        "--quit-when-done",
        "--sound",
    ]
    assert network_sockets(strace, command, env, tmp_path / "trace.txt") == []
