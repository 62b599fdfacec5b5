"""The application layer, as a person meets it: delete-all stays deleted, days keep their own
local date, and the command line and the app accept and refuse the same import files."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.cli import main
from regulate.core.entries import ItemKind, Moment, Session
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.exchange import to_csv, to_json
from regulate.storage.settings import FIELDS, NOT_PERSONAL
from regulate.ui.chart import HelpsTable
from regulate.ui.data_dialogs import import_file
from regulate.ui.numbers import day_text
from regulate.ui.startup import make_application


def test_after_delete_all_and_closing_no_personal_setting_is_on_disk(
    qtbot: QtBot, data_dir: Path
) -> None:
    running = Regulate(make_application(), Services(data_paths(data_dir)))
    qtbot.addWidget(running.window)
    running.settings.update(
        language="de",
        text_size=150,
        sound=True,
        last_pattern="box",
        announce_phases=True,
        country="GB",
        reminder_on=True,
        window_low=2,
    )
    assert running.save_settings() is None
    running.window.show()
    running.delete_all()
    running.window.close()  # closing saves the window's size and place
    settings = data_dir / "settings.json"
    saved = json.loads(settings.read_text(encoding="utf-8")) if settings.exists() else {}
    personal = set(FIELDS) - NOT_PERSONAL
    assert personal & set(saved) == set(), saved


def test_what_helps_me_shows_the_local_day_a_session_was_done(qtbot: QtBot, data_dir: Path) -> None:
    plus_two = timezone(timedelta(hours=2))
    at = Moment.from_datetime(datetime(2026, 3, 10, 1, 30, tzinfo=plus_two))  # 9 March in UTC
    services = Services(data_paths(data_dir))
    services.log_session(Session("s-1", at, ItemKind.PATTERN, "box", 120.0, 6, 4))
    series = services.read_series()
    table = HelpsTable(services.catalogue.titles(), series)
    qtbot.addWidget(table)
    shown = table.table.item(0, 3).text()
    assert shown == day_text(QDate(2026, 3, 10))  # in words: 10/03 reads two ways


DAYLIO = (
    "full_date,date,weekday,time,mood,activities,note\n"
    "2026-11-20,November 20,Friday,20:05,rad,work,fine\n"
    "2026-11-21,November 21,Saturday,09:10,meh,,\n"
)


def _files(folder: Path) -> dict[str, tuple[Path, int | None]]:
    """Each file, and how many check-ins it adds (None: refused)."""
    at = Moment.from_datetime(datetime(2026, 5, 1, 9, 0, tzinfo=UTC_PLUS_1))
    session = Session("s-9", at, ItemKind.EXERCISE, "54321", 200.0, None, None)
    own: list[object] = []
    table: dict[str, tuple[str | bytes, int | None]] = {
        "daylio.csv": (DAYLIO, 2),
        "daylio-with-bom.csv": ("\ufeff" + DAYLIO, 2),
        "own.json": (to_json([], [session]), 0),
        "own.csv": (to_csv([], [session]), 0),
        "empty.csv": ("", None),
        "junk.bin": (b"\x00\xff\xfe" * 100, None),
        "array.json": ("[1, 2, 3]", None),
        "notes.csv": ("hello,there\n1,2\n", None),
        "future.json": ('{"format": "regulate", "version": 99}', None),
    }
    del own
    made = {}
    for name, (content, added) in table.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        made[name] = (path, added)
    made["a-folder.json"] = (folder, None)
    made["missing.csv"] = (folder / "missing.csv", None)
    return made


UTC_PLUS_1 = timezone(timedelta(hours=1))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int | None]]:
    return _files(tmp_path_factory.mktemp("exports"))


@pytest.mark.parametrize(
    "name",
    [
        "daylio.csv",
        "daylio-with-bom.csv",
        "own.json",
        "own.csv",
        "empty.csv",
        "junk.bin",
        "array.json",
        "notes.csv",
        "future.json",
        "a-folder.json",
        "missing.csv",
    ],
)
def test_the_command_line_and_the_app_accept_and_refuse_the_same_files(
    qtbot: QtBot,
    tmp_path: Path,
    files: dict[str, tuple[Path, int | None]],
    name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, added = files[name]
    cli_dir, app_dir = tmp_path / "cli", tmp_path / "app"
    code = main(["--data-dir", str(cli_dir), "import", str(source)])  # no --from
    err = capsys.readouterr().err
    services = Services(data_paths(app_dir))
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    import_file(services, source, parent, told.append, lambda labels: None)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    if added is None:
        assert code == 1, err
        assert err.count("\n") == 1
        assert told[0].startswith("Not imported: ")
    else:
        assert code == 0, err
        assert told[0].startswith(f"Imported {added} check-ins")
        assert (
            Services(data_paths(cli_dir)).export_text("json")[1:]
            == (services.export_text("json")[1:])
        )


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_impossible_window_in_settings_is_said_in_the_app(qtbot: QtBot, data_dir: Path) -> None:
    data_paths(data_dir).ensure()
    (data_dir / "settings.json").write_text('{"window_low": 9, "window_high": 2}')
    running = Regulate(make_application(), Services(data_paths(data_dir)))
    qtbot.addWidget(running.window)
    running.window.show()
    running.after_start()
    assert "window_low" in running.window.statusBar().currentMessage()
    assert running.reminder is not None
    running.reminder.timer.stop()


def test_breathe_now_starts_the_chosen_pattern_not_the_last_one_used(
    qtbot: QtBot, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from regulate.ui.breathing import BreathingPage

    services = Services(data_paths(data_dir))
    assert services.usual_pattern().id == "extended-exhale"
    running = Regulate(make_application(), services)
    qtbot.addWidget(running.window)
    from regulate.services.requests import BreatheRequest

    running.breathe(BreatheRequest(pattern=services.catalogue.pattern("box")))
    running.breathe(BreatheRequest())  # "Breathe now"
    page = running.page("breathing", BreathingPage)
    assert page.run is not None
    assert page.run.pattern.id == "extended-exhale"
    running.change(default_pattern="resonance")
    running.breathe(BreatheRequest())
    assert page.run.pattern.id == "resonance"
    page.halt()
