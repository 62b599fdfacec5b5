"""The tray's reminder, asleep over midnight: a reminder at 23:50 missed because the computer
slept until 00:10 shows when it wakes, once, and the next evening's shows as usual."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.paths import data_paths
from regulate.storage.settings import Settings
from regulate.ui.tray import Reminder


def test_a_reminder_missed_over_midnight_by_sleep_shows_once(qtbot: QtBot, data_dir: Path) -> None:
    settings = Settings.load(data_paths(data_dir).ensure().settings)
    settings.update(reminder_on=True, reminder_time="23:50", reminder_last="2026-11-24")
    now = [datetime(2026, 11, 25, 23, 40)]
    reminder = Reminder(settings, settings.save, now=lambda: now[0])
    fired: list[datetime] = []
    reminder.due.connect(lambda: fired.append(now[0]))
    reminder.schedule()
    now[0] = datetime(2026, 11, 26, 0, 10)  # the computer slept through 23:50
    reminder.check()
    reminder.check()
    assert fired == [datetime(2026, 11, 26, 0, 10)]
    assert Settings.load(settings.path).values.reminder_last == "2026-11-25"
    now[0] = datetime(2026, 11, 26, 9, 0)
    reminder.check()
    assert len(fired) == 1
    now[0] = datetime(2026, 11, 26, 23, 50, 5)
    reminder.check()
    assert len(fired) == 2
