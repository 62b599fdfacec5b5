"""The PyInstaller build's self-check, run fast against the installed ``regulate``.

packaging/build-pyinstaller.sh ends by running packaging/selfcheck.sh on the frozen program.
Freezing takes minutes, so CI runs the very same check here, through the build script's
``--check-only`` mode, against the ``regulate`` this test suite is installed as (windows
skipped: the smoke tests open them). When the app's rules change (as when it began refusing
exports inside its data folder), this fails instead of the next release build.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import regulate

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build-pyinstaller.sh"
SELFCHECK = ROOT / "packaging" / "selfcheck.sh"


def _installed_regulate() -> str:
    beside = Path(sys.executable).with_name("regulate")
    found = str(beside) if beside.is_file() else shutil.which("regulate")
    if found is None:
        in_ci = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
        if in_ci:
            pytest.fail("no installed 'regulate' command next to this Python or on PATH")
        pytest.skip("no installed 'regulate' command (pip install . first)")
    return found


def test_build_script_runs_the_shared_selfcheck_on_the_frozen_app() -> None:
    text = BUILD.read_text(encoding="utf-8")
    assert 'bash packaging/selfcheck.sh "$APP/regulate" "$expected"' in text
    assert "--check-only" in text


def test_selfcheck_writes_nothing_into_the_data_folder() -> None:
    """Every file the check asks the program to write goes to $out, never to $data."""
    lines = [line for line in SELFCHECK.read_text(encoding="utf-8").splitlines()]
    writes = [line for line in lines if "--out " in line and not line.lstrip().startswith("#")]
    assert writes
    for line in writes:
        refused = "refused" in line  # the one export that must be refused
        assert refused or '--out "$out/' in line, line


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_fast_selfcheck_passes_against_the_installed_command(tmp_path: Path) -> None:
    program = _installed_regulate()
    env = dict(os.environ, SKIP_GUI_CHECK="1", PYTHON=sys.executable, HOME=str(tmp_path))
    done = subprocess.run(
        ["bash", str(BUILD), "--check-only", program],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"version: regulate {regulate.__version__}" in done.stdout
    assert "export into the data folder: refused" in done.stdout
    assert "selfcheck: all checks passed" in done.stdout
