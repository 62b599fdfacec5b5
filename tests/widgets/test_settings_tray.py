"""Settings, the first-run screen, the reminder timer and the tray's fallback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.core.scales import Window
from regulate.paths import data_paths
from regulate.storage.settings import Settings
from regulate.ui.first_run import FirstRunPage
from regulate.ui.settings_page import SettingsPage
from regulate.ui.tray import Reminder, Tray


def settings_in(data_dir: Path) -> Settings:
    return Settings.load(data_paths(data_dir).ensure().settings)


def saver(settings: Settings):  # type: ignore[no-untyped-def]
    def save() -> str | None:
        settings.save()
        return None

    return save


def test_changing_the_window_is_saved_and_low_stays_below_high(
    qtbot: QtBot, data_dir: Path
) -> None:
    settings = settings_in(data_dir)
    page = SettingsPage(settings, saver(settings), lambda on: None)
    qtbot.addWidget(page)
    changed: list[Window] = []
    page.window_changed.connect(changed.append)
    page.bounds.high.setValue(9)
    page.bounds.low.setValue(4)
    assert Settings.load(settings.path).window == Window(4, 9)
    assert changed[-1] == Window(4, 9)
    page.bounds.low.setValue(9)  # cannot reach the high edge
    assert page.bounds.low.value() == 8


def test_the_reminder_setting_is_saved(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    page = SettingsPage(settings, saver(settings), lambda on: None)
    qtbot.addWidget(page)
    page.reminder_on.setChecked(True)
    again = Settings.load(settings.path)
    assert again.values.reminder_on is True
    assert again.values.reminder_time == "20:00"


def test_a_screen_reader_gets_the_reminder_time_as_a_value_with_a_range(
    qtbot: QtBot, data_dir: Path
) -> None:
    """A QTimeEdit told a screen reader "0, from 0 to 0": the time is now the minutes since
    midnight, 0 to 1439, with the time itself as its description, and setting it is saved."""
    from PySide6.QtGui import QAccessible

    settings = settings_in(data_dir)
    page = SettingsPage(settings, saver(settings), lambda on: None)
    qtbot.addWidget(page)
    seen = QAccessible.queryAccessibleInterface(page.reminder_time)
    value = seen.valueInterface()
    assert (value.minimumValue(), value.maximumValue()) == (0, 1439)
    assert value.currentValue() == 20 * 60
    assert value.minimumStepSize() == 1
    assert seen.text(QAccessible.Text.Name) == "Reminder time"
    assert seen.text(QAccessible.Text.Description) == "20:00"
    value.setCurrentValue(7 * 60 + 45)
    assert page.reminder_time.time().toString("HH:mm") == "07:45"
    assert seen.text(QAccessible.Text.Description) == "07:45"
    assert Settings.load(settings.path).values.reminder_time == "07:45"


def test_a_failed_autostart_change_is_said_and_undone(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    page = SettingsPage(settings, saver(settings), lambda on: "Could not change it")
    qtbot.addWidget(page)
    page.tray_on.setChecked(True)
    assert not page.tray_on.isChecked()
    assert page.status.text() == "Could not change it"


def test_first_run_keeps_or_skips_and_never_shows_again(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    page = FirstRunPage(settings, saver(settings))
    qtbot.addWidget(page)
    page.bounds.low.setValue(2)
    with qtbot.waitSignal(page.done, timeout=1000):
        page.keep_button.click()
    again = Settings.load(settings.path)
    assert again.window == Window(2, 7)
    assert again.values.first_run_done is True


def test_the_reminder_fires_once_at_its_time(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    settings.update(reminder_on=True)
    settings.update(reminder_time="20:00")
    now = [datetime(2026, 11, 25, 19, 0)]
    reminder = Reminder(settings, settings.save, now=lambda: now[0])
    fired: list[bool] = []
    reminder.due.connect(lambda: fired.append(True))
    reminder.schedule()
    assert reminder.timer.isActive()
    # It sleeps as long as it can, but never more than a quarter of an hour at a time, since
    # timers stop while the computer is suspended: the wall clock is looked at again.
    assert reminder.timer.interval() == 15 * 60_000
    now[0] = datetime(2026, 11, 25, 19, 55)
    reminder.schedule()
    assert reminder.timer.interval() == 5 * 60_000  # closer than that: exactly until it is due
    now[0] = datetime(2026, 11, 25, 20, 0, 5)
    reminder.check()
    reminder.check()
    assert fired == [True]
    assert Settings.load(settings.path).values.reminder_last == "2026-11-25"
    now[0] = datetime(2026, 11, 25, 23, 0)
    reminder.check()  # later that evening: not again
    assert fired == [True]
    now[0] = datetime(2026, 11, 26, 20, 0, 1)
    reminder.check()  # the next day, once more
    assert fired == [True, True]


def test_no_reminder_when_it_is_off(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    reminder = Reminder(settings, settings.save, now=lambda: datetime(2026, 11, 25, 20, 0))
    reminder.schedule()
    assert not reminder.timer.isActive()


def test_without_a_tray_the_menu_still_works_and_nothing_is_shown(qtbot: QtBot) -> None:
    done: list[str] = []
    keys = ("breathe", "checkin", "ground", "help", "open", "quit")
    tray = Tray({key: (lambda k=key: done.append(k)) for key in keys})
    assert not tray.available  # offscreen has no system tray
    assert not tray.notify("title", "message")
    for action in tray.menu.actions():
        action.trigger()
    assert done == list(keys)


def test_delete_all_needs_the_typed_word(qtbot: QtBot, data_dir: Path) -> None:
    settings = settings_in(data_dir)
    called: list[bool] = []
    page = SettingsPage(
        settings, saver(settings), lambda on: None, lambda: called.append(True) or "Done."
    )
    qtbot.addWidget(page)
    assert not page.delete_button.isEnabled()
    page.confirm.setText("delet")
    assert not page.delete_button.isEnabled()
    page.confirm.setText("delete")
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert called == [True]
    assert page.deleted.text() == "Done."
