"""Importing from inside the app: own exports and Daylio, with the mood question."""

from __future__ import annotations

from collections.abc import Mapping

from pytestqt.qtbot import QtBot

from regulate.storage.exchange import to_json
from regulate.ui.data_dialogs import MoodMapDialog, looks_like_daylio, read_records

DAYLIO = (
    b"full_date,date,weekday,time,mood,activities,note\n"
    b"2026-11-20,November 20,Friday,20:05,superb,work,fine\n"
    b"2026-11-21,November 21,Saturday,09:10,rad,,\n"
)


def test_daylio_and_our_own_exports_are_told_apart() -> None:
    assert looks_like_daylio(DAYLIO)
    assert not looks_like_daylio(to_json([], []).encode())


def test_custom_moods_are_asked_about_then_imported() -> None:
    asked: list[Mapping[str, int]] = []

    def ask(labels: Mapping[str, int]) -> dict[str, int]:
        asked.append(labels)
        return {"superb": 5}

    records = read_records(DAYLIO, "daylio.csv", ask)
    assert records is not None
    assert [c.mood for c in records.checkins] == [5, 5]
    assert asked == [{"superb": 1}]


def test_cancelling_the_mood_question_imports_nothing() -> None:
    assert read_records(DAYLIO, "daylio.csv", lambda labels: None) is None


def test_the_mood_dialog_offers_the_whole_scale(qtbot: QtBot) -> None:
    dialog = MoodMapDialog({"superb": 3, "so-so": 2})
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"superb": 3, "so-so": 3}  # "meh" until placed
    dialog.choices["superb"].setCurrentIndex(4)
    assert dialog.mapping()["superb"] == 5
    assert dialog.choices["superb"].count() == 5
