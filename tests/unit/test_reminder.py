"""The daily reminder's timing, and the opt-in autostart entry."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from regulate.autostart import autostart_file, entry_text, set_autostart
from regulate.core.reminder import ReminderError, is_due, next_due, parse_time

EVENING = time(20, 0)


def at(hour: int, minute: int = 0, day: int = 25) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def test_before_the_time_it_is_due_later_today() -> None:
    assert next_due(at(9), EVENING, None) == at(20)
    assert not is_due(at(19, 59), EVENING, None)


def test_at_the_time_it_is_due_once() -> None:
    assert is_due(at(20), EVENING, None)
    assert is_due(at(21, 30), EVENING, date(2026, 11, 24))
    assert not is_due(at(20, 1), EVENING, date(2026, 11, 25))  # already shown today
    assert next_due(at(20, 1), EVENING, date(2026, 11, 25)) == at(20, day=26)


def test_a_reminder_missed_by_hours_waits_for_tomorrow() -> None:
    assert not is_due(at(23), EVENING, None)
    assert next_due(at(23), EVENING, None) == at(20, day=26)


@pytest.mark.parametrize("text", ["8pm", "25:00", "20", "", "20:61"])
def test_bad_times_are_refused_clearly(text: str) -> None:
    with pytest.raises(ReminderError, match="09:30"):
        parse_time(text)


def test_autostart_is_written_only_when_asked_and_removed_again() -> None:
    path = autostart_file()
    assert not path.exists()
    set_autostart(True)
    assert path.read_text(encoding="utf-8") == entry_text()
    assert "--in-tray" in entry_text()
    set_autostart(False)
    assert not path.exists()
    set_autostart(False)  # already gone: nothing to do, no error


def test_autostart_lives_in_the_xdg_config_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert autostart_file() == tmp_path / "autostart" / "io.github.regulate.Regulate.desktop"
