"""Importing from inside the app: own exports and Daylio, with the mood question, off the GUI
thread, through the same application layer as the command line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.exchange import to_json
from regulate.storage.importers import detect
from regulate.ui.data_dialogs import MoodMapDialog, import_file

DAYLIO = (
    b"full_date,date,weekday,time,mood,activities,note\n"
    b"2026-11-20,November 20,Friday,20:05,superb,work,fine\n"
    b"2026-11-21,November 21,Saturday,09:10,rad,,\n"
)


def test_daylio_and_our_own_exports_are_told_apart() -> None:
    assert detect(DAYLIO, "export.csv") == "daylio"
    assert detect(to_json([], []).encode(), "export.json") == "regulate-json"


def _import(qtbot: QtBot, data_dir: Path, source: Path, ask: object) -> tuple[list[str], Services]:
    services = Services(data_paths(data_dir))
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    import_file(services, source, parent, told.append, ask)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    return told, services


def test_custom_moods_are_asked_about_then_imported(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_bytes(DAYLIO)
    asked: list[Mapping[str, int]] = []

    def ask(labels: Mapping[str, int]) -> dict[str, int]:
        asked.append(labels)
        return {"superb": 5}

    told, services = _import(qtbot, data_dir, source, ask)
    assert told == ["Imported 2 check-ins and 0 sessions; 0 were already in your journal."]
    assert asked == [{"superb": 1}]
    _text, checkins, _ = services.export_text("json")
    assert checkins == 2


def test_cancelling_the_mood_question_imports_nothing(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_bytes(DAYLIO)
    told, services = _import(qtbot, data_dir, source, lambda labels: None)
    assert told == ["Nothing was imported."]
    assert services.export_text("json")[1] == 0


def test_a_file_that_is_not_an_export_is_refused_in_plain_words(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "notes.csv"
    source.write_text("hello,there\n1,2\n", encoding="utf-8")
    told, _ = _import(qtbot, data_dir, source, lambda labels: None)
    assert told[0].startswith("Not imported: ")
    assert "\n" not in told[0]


def test_the_mood_dialog_offers_the_whole_scale(qtbot: QtBot) -> None:
    dialog = MoodMapDialog({"superb": 3, "so-so": 2})
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"superb": 3, "so-so": 3}  # "meh" until placed
    dialog.choices["superb"].setCurrentIndex(4)
    assert dialog.mapping()["superb"] == 5
    assert dialog.choices["superb"].count() == 5


def test_file_dialogs_start_in_documents_not_the_working_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: object
) -> None:
    """A person who started Regulate from a terminal somewhere odd still gets their own
    Documents folder (or home) offered, never that working folder."""
    import pytest
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from regulate.ui import data_dialogs, places

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: str(documents))
    monkeypatch.chdir(tmp_path)
    offered: list[str] = []

    def save(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        offered.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", save)
    parent = QWidget()
    qtbot.addWidget(parent)
    services = Services(data_paths(tmp_path / "data"))
    data_dialogs.export_from(services, parent, lambda text: None)
    data_dialogs.summary_to(services, parent, lambda text: None)
    data_dialogs._choose_import(parent)
    assert offered == [
        str(documents / "regulate-journal.json"),
        str(documents / "regulate-summary.pdf"),
        str(documents),
    ]
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: "")
    assert places.documents() == Path.home()
