"""Making a pattern in the app: the editor checks as the person types, saves beside the
built-in ones, and the breathing screen starts the new pattern at once."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns
from regulate.paths import DataPaths
from regulate.services.app import Services
from regulate.ui.breathing import BreathingPage
from regulate.ui.own_pattern import PatternEditor, ServicesStore
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT


def test_the_editor_says_what_a_pattern_is_like_or_why_not(qtbot: QtBot, tmp_path: Path) -> None:
    editor = PatternEditor(ServicesStore(Services(DataPaths(tmp_path))))
    qtbot.addWidget(editor)
    editor.name.setText("Mine")
    assert editor.preview.text() == "6 breaths a minute."
    assert editor.save_button.isEnabled()
    editor.boxes[1].setValue(8.0)  # a long hold: the same caution as the command line
    assert "sit or lie down" in editor.preview.text()
    editor.boxes[0].setValue(0.5)
    editor.boxes[1].setValue(0.0)
    editor.boxes[2].setValue(1.0)
    assert "at least 3 seconds" in editor.preview.text()
    assert not editor.save_button.isEnabled()
    assert editor.boxes[1].maximum() == 10.0  # holds are never longer than the limit


def test_a_saved_pattern_joins_the_list_starts_and_can_be_removed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    services = Services(DataPaths(tmp_path))
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer())
    qtbot.addWidget(page)
    page.set_pattern_store(ServicesStore(services))
    assert page.own_action.isVisible()
    page.show()
    editor = page.edit_own_patterns()
    assert editor is not None
    editor.name.setText("Evening")
    editor.boxes[2].setValue(8.0)
    editor.save_button.click()
    assert page.run is not None
    assert page.run.pattern.id == "own-evening"
    assert page.picker.findData("own-evening") >= 0
    assert page.title.text() == "Evening"
    editor = page.edit_own_patterns()
    assert editor is not None
    editor.existing.setCurrentIndex(1)
    editor.existing.activated.emit(1)
    assert editor.boxes[2].value() == 8.0
    editor.remove_button.click()
    editor.reject()
    assert page.picker.findData("own-evening") < 0
    assert services.catalogue.own_patterns == ()


def test_without_a_store_there_is_no_editor(qtbot: QtBot) -> None:
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer())
    qtbot.addWidget(page)
    assert not page.own_action.isVisible()
    assert page.edit_own_patterns() is None
