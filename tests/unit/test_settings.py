"""Settings: defaults when there is no file or a damaged one, private atomic saves."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from regulate.core.scales import Window
from regulate.storage.settings import DEFAULTS, FIELDS, NOT_PERSONAL, Settings, SettingsError


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


def _write(path: Path, document: Any) -> None:
    path.write_text(json.dumps(document), encoding="utf-8")


def test_a_missing_file_gives_every_default_and_no_problem(path: Path) -> None:
    settings = Settings.load(path)
    assert settings.values == DEFAULTS
    assert settings.problem is None
    assert settings.window == Window(3, 7)


def test_loading_does_not_create_the_file(path: Path) -> None:
    Settings.load(path)
    assert not path.exists()


def test_save_then_load_gives_back_what_was_set(path: Path) -> None:
    settings = Settings.load(path)
    settings.update(sound=True)
    settings.update(last_pattern="4-7-8 ✨")
    settings.set_window(Window(2, 8))
    settings.save()
    again = Settings.load(path)
    assert again.values.sound is True
    assert again.values.last_pattern == "4-7-8 ✨"
    assert again.window == Window(2, 8)
    assert again.problem is None


@pytest.mark.usefixtures("loose_umask")
def test_the_saved_file_is_private(path: Path) -> None:
    settings = Settings.load(path)
    settings.update(sound=True)
    settings.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.usefixtures("loose_umask")
def test_saving_over_a_loose_file_makes_it_private(path: Path) -> None:
    _write(path, {"sound": True})
    path.chmod(0o644)
    Settings.load(path).save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_save_leaves_no_temporary_files_behind(path: Path) -> None:
    Settings.load(path).save()
    assert sorted(child.name for child in path.parent.iterdir()) == [path.name]


@pytest.mark.parametrize(
    "data",
    [b"{not json", b"", b"\xff\xfe\x00garbage", b'["a", "list"]', b"42", b'"text"', b"null"],
    ids=["broken", "empty", "binary", "list", "number", "string", "null"],
)
def test_a_damaged_file_gives_defaults_and_says_why(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    settings = Settings.load(path)
    assert settings.values == DEFAULTS
    assert settings.problem is not None
    assert str(path) in settings.problem
    assert "\n" not in settings.problem


def test_a_damaged_file_can_be_replaced_by_saving(path: Path) -> None:
    path.write_bytes(b"{not json")
    settings = Settings.load(path)
    settings.update(reduced_motion=True)
    settings.save()
    again = Settings.load(path)
    assert again.problem is None
    assert again.values.reduced_motion is True


def test_unknown_keys_from_a_newer_version_survive_a_save(path: Path) -> None:
    _write(path, {"sound": True, "future_key": {"nested": [1, "två"]}, "another": 3})
    settings = Settings.load(path)
    settings.update(last_pattern="box")
    settings.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["future_key"] == {"nested": [1, "två"]}
    assert saved["another"] == 3
    assert saved["last_pattern"] == "box"
    assert saved["sound"] is True


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("window_low", "3"),
        ("window_low", 3.0),
        ("window_high", True),
        ("sound", "yes"),
        ("sound", 1),
        ("reduced_motion", None),
        ("last_pattern", 7),
        ("window_geometry", ["x"]),
    ],
)
def test_a_wrong_typed_value_falls_back_to_its_default(path: Path, key: str, value: Any) -> None:
    _write(path, {key: value})
    loaded = Settings.load(path)
    assert getattr(loaded.values, key) == getattr(DEFAULTS, key)
    assert type(getattr(loaded.values, key)) is type(getattr(DEFAULTS, key))
    assert loaded.problem is not None
    assert key in loaded.problem


def test_a_wrong_typed_value_does_not_spoil_the_others(path: Path) -> None:
    _write(path, {"sound": "yes", "reduced_motion": True})
    settings = Settings.load(path)
    assert settings.values.sound is False
    assert settings.values.reduced_motion is True


@pytest.mark.parametrize(
    "bounds", [{"window_low": 8, "window_high": 2}, {"window_low": -1}, {"window_high": 42}]
)
def test_an_impossible_window_in_the_file_gives_the_default_window(
    path: Path, bounds: dict[str, int]
) -> None:
    _write(path, bounds)
    assert Settings.load(path).window == Window()


def test_the_window_setter_sets_both_bounds(path: Path) -> None:
    settings = Settings.load(path)
    settings.set_window(Window(0, 4))
    assert (settings.values.window_low, settings.values.window_high) == (0, 4)
    assert settings.window == Window(0, 4)


def test_setting_an_unknown_key_is_refused(path: Path) -> None:
    with pytest.raises(SettingsError, match="colour"):
        Settings.load(path).update(colour="blue")


def test_saving_where_there_is_no_folder_raises_a_one_line_settings_error(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "missing" / "settings.json")
    with pytest.raises(SettingsError, match="could not save settings") as refused:
        settings.save()
    assert "\n" not in str(refused.value)


# -- typed settings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        {"theme": "neon"},
        {"text_size": 300},
        {"sound": "yes"},
        {"reminder_time": "25:00"},
        {"language": "xx"},
        {"country": "GBR"},
        {"window_low": 9, "window_high": 2},
    ],
)
def test_an_impossible_change_is_refused_and_changes_nothing(
    path: Path, change: dict[str, Any]
) -> None:
    settings = Settings.load(path)
    with pytest.raises(SettingsError):
        settings.update(**change)
    assert settings.values == DEFAULTS


def test_listeners_hear_what_changed(path: Path) -> None:
    settings = Settings.load(path)
    heard: list[frozenset[str]] = []
    settings.listen(lambda values, changed: heard.append(changed))
    settings.update(sound=True, theme="system")  # theme did not change
    settings.update(sound=True)  # nothing changed: nothing said
    assert heard == [frozenset({"sound"})]


def test_only_choices_the_person_made_are_written(path: Path) -> None:
    settings = Settings.load(path)
    settings.update(sound=True)
    settings.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"sound": True}


def test_reset_personal_leaves_nothing_personal_to_write(path: Path) -> None:
    _write(path, {"sound": True, "future_key": "kept?", "window_low": 1, "country": "GB"})
    settings = Settings.load(path)
    settings.update(
        language="de", text_size=200, last_pattern="box", announce_phases=True, first_run_done=True
    )
    settings.reset_personal()
    settings.update(window_geometry="AAAA")
    settings.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert set(saved) <= NOT_PERSONAL
    assert {name for name in FIELDS if name not in NOT_PERSONAL} & set(saved) == set()


def test_an_impossible_window_in_the_file_is_said(path: Path) -> None:
    _write(path, {"window_low": 8, "window_high": 2})
    settings = Settings.load(path)
    assert settings.window == Window()
    assert settings.problem is not None
    assert "window_low" in settings.problem


def test_a_deeply_nested_file_is_damaged_not_a_crash(path: Path) -> None:
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    settings = Settings.load(path)
    assert settings.values == DEFAULTS
    assert settings.problem is not None


def test_lengths_are_remembered_per_pattern_and_survive_a_save(path: Path) -> None:
    from regulate.storage.settings import read_lengths, with_length

    settings = Settings.load(path)
    assert read_lengths(settings.values.lengths) == {}
    text = with_length(settings.values.lengths, "box", "minutes:5")
    text = with_length(text, "extended-exhale", "open")
    text = with_length(text, "box", "breaths:4")
    settings.update(lengths=text)
    settings.save()
    loaded = Settings.load(path)
    assert loaded.problem is None
    assert read_lengths(loaded.values.lengths) == {"extended-exhale": "open", "box": "breaths:4"}


@pytest.mark.parametrize(
    "value",
    [
        7,
        "not json",
        "[]",
        '{"box": 5}',
        '{"box": "minutes:-1"}',
        '{"box": "minutes:0"}',
        '{"box": "forever"}',
        '{"": "open"}',
    ],
)
def test_an_unusable_lengths_value_is_refused_and_falls_back(path: Path, value: Any) -> None:
    _write(path, {"lengths": value, "sound": True})
    loaded = Settings.load(path)
    assert loaded.values.lengths == DEFAULTS.lengths
    assert loaded.values.sound is True
    assert loaded.problem is not None
    assert "lengths" in loaded.problem
    with pytest.raises(SettingsError):
        loaded.update(lengths=value if isinstance(value, str) else str(value))
