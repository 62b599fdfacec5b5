"""`regulate breathe --replay FILE [--speed X]` and `--strap`: what reaches the app, and plain
refusals before any window opens."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import regulate.app
from regulate.cli import main
from regulate.services.requests import HeartRequest
from regulate.storage.settings import CHECKS


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What the app would have been opened with (no window in these tests)."""
    calls: list[dict[str, Any]] = []

    def fake_run(services: object, **kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    monkeypatch.setattr(regulate.app, "run", fake_run)
    return calls


def test_a_replayed_file_reaches_the_breathing_screen(
    tmp_path: Path, data_dir: Path, opened: list[dict[str, Any]]
) -> None:
    path = tmp_path / "rr.txt"
    path.write_text("800\n820\n810\n")
    assert main(["breathe", "resonance", "--replay", str(path), "--speed", "4"]) == 0
    heart = opened[0]["breathe"].heart
    assert heart == HeartRequest(replay=(800.0, 820.0, 810.0), name="rr.txt", speed=4.0)
    assert main(["breathe", "--present", "--replay", str(path)]) == 0
    assert opened[1]["present"].heart.replay == (800.0, 820.0, 810.0)


def test_a_bad_file_or_speed_is_one_line_and_no_window(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    opened: list[dict[str, Any]],
) -> None:
    assert main(["breathe", "--replay", str(tmp_path / "none.txt")]) == 1
    err = capsys.readouterr().err
    assert "there is no file" in err
    assert "Traceback" not in err
    assert main(["breathe", "--speed", "3"]) == 2
    assert "--replay" in capsys.readouterr().err
    assert main(["breathe", "--replay", "x", "--strap"]) == 2
    assert not opened


def test_the_strap_without_bluetooth_says_so_and_breathing_still_opens(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    opened: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "PySide6.QtBluetooth" else real(name, *a),
    )
    assert main(["breathe", "--strap"]) == 0
    assert opened[0]["breathe"].heart is None
    assert "no Bluetooth" in capsys.readouterr().err


def test_the_strap_address_setting_takes_an_address_or_nothing() -> None:
    check = CHECKS["heart_strap_address"]
    assert check("")
    assert check("A0:9E:1A:12:34:56")
    assert check("{6e400001-b5a3-f393-e0a9-e50e24dcca9e}")
    assert not check("A0:9E:1A:12:34")
    assert not check("drop table")


def test_find_pace_needs_heartbeats_and_real_time(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    data_dir: Path,
    opened: list[dict[str, Any]],
) -> None:
    path = tmp_path / "rr.txt"
    path.write_text("800\n820\n810\n")
    assert main(["breathe", "--find-pace"]) == 2
    assert "--strap or --replay" in capsys.readouterr().err
    assert main(["breathe", "--find-pace", "--replay", str(path), "--speed", "5"]) == 2
    assert not opened
    assert main(["breathe", "--find-pace", "--replay", str(path), "--minutes", "1"]) == 0
    request = opened[0]["breathe"]
    assert request.find_pace
    assert request.minutes == 1.0
