"""Opening a window quickly: the cycle collector waits until the window is up (and is never
left off), and PySide6's import hook asks its question without reading every source file
into memory (and gives the same answers)."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate import cli
from regulate.services import Services


@pytest.fixture
def collector_on() -> Iterator[None]:
    """Each test starts and ends with the collector on and nothing frozen by it."""
    gc.enable()
    yield
    gc.enable()
    gc.unfreeze()


def test_a_window_command_holds_the_collector_until_main_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    seen: list[bool] = []

    def opened(args: argparse.Namespace, services: Services) -> int:
        seen.append(gc.isenabled())
        from regulate.ui.startup import settle_memory

        settle_memory()  # as the app does once its window is up
        assert gc.get_freeze_count() > 0
        return 0

    monkeypatch.setitem(cli.COMMANDS, "chart", opened)
    assert cli.main(["--data-dir", str(tmp_path), "chart"]) == 0
    assert seen == [False]  # off while the window loads
    assert gc.isenabled()  # and on again for whoever called main,
    assert gc.get_freeze_count() == 0  # with nothing of theirs left frozen


def test_the_collector_is_back_on_after_a_failure_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_on: None
) -> None:
    def broken(args: argparse.Namespace, services: Services) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(cli.COMMANDS, "chart", broken)
    assert cli.main(["--data-dir", str(tmp_path), "chart"]) == cli.EXIT_FAILURE
    assert gc.isenabled()


def test_commands_without_a_window_leave_the_collector_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    original = cli.COMMANDS["export"]

    def export(args: argparse.Namespace, services: Services) -> int:
        seen.append(gc.isenabled())
        return original(args, services)

    monkeypatch.setitem(cli.COMMANDS, "export", export)
    out = tmp_path / "out.json"
    assert (
        cli.main(
            ["--data-dir", str(tmp_path / "data"), "export", "--format", "json", "--out", str(out)]
        )
        == 0
    )
    assert seen == [True]
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "regulate-journal"


def test_settling_freezes_what_start_up_made_and_turns_the_collector_on(
    collector_on: None,
) -> None:
    from regulate.ui.startup import settle_memory

    gc.disable()
    made_at_start = [object() for _ in range(10)]
    settle_memory()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_at_start)


def test_settling_does_nothing_when_the_collector_was_never_held(collector_on: None) -> None:
    from regulate.ui.startup import settle_memory

    gc.unfreeze()
    settle_memory()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_import_hook_check_is_ours_and_answers_as_pyside_would() -> None:
    import inspect

    from regulate.ui import qt_loading

    feature = sys.modules.get(qt_loading.FEATURE_MODULE)
    # If this fails, PySide6 changed its import hook: look at qt_loading again (the app
    # still works, it only loads a little slower).
    assert feature is not None
    assert qt_loading.quicker_feature_check()
    check = feature._mod_uses_pyside
    assert getattr(check, qt_loading._MARK, False)

    def pyside_says(module: object) -> bool:
        try:
            return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
        except (TypeError, OSError, SyntaxError):
            return False

    import json as plain_module

    from regulate.core import scales
    from regulate.ui import theme

    for module in (theme, scales, plain_module, qt_loading, sys, gc):
        assert check(module) == pyside_says(module), module.__name__
    assert check(theme)
    assert not check(scales)
    assert not check(sys)


def test_a_source_file_that_went_away_is_asked_the_old_way(tmp_path: Path) -> None:
    from types import ModuleType

    from regulate.ui.qt_loading import mentions_pyside

    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    asked: list[ModuleType] = []
    assert mentions_pyside(gone, lambda m: asked.append(m) or False) is False
    assert asked == [gone]
    here = tmp_path / "here.py"
    here.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    gone.__file__ = str(here)
    assert mentions_pyside(gone, lambda m: False) is True
    # Another encoding, named in the first two lines: PySide6's own check decodes it.
    here.write_bytes(b"# -*- coding: utf-7 -*-\nname = '+AFA-ySide6'\n")
    assert mentions_pyside(gone, lambda m: asked.append(m) or True) is True
    assert asked == [gone, gone]
