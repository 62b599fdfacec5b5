"""The check-in: two actions to save, optional extras, suggestions and a quiet offer of help."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, ItemKind
from regulate.core.scales import Window, Zone
from regulate.core.suggest import Suggestion
from regulate.storage.safety import SafetyPlan
from regulate.ui.checkin import CheckinPage, is_severe
from regulate.ui.help import HelpPage
from regulate.ui.theme import LIGHT


def suggestion(item: str, zone: Zone) -> Suggestion:
    return Suggestion(item, ItemKind.PATTERN, item.title(), frozenset({zone}), f"why {item}", 0.0)


class Harness:
    def __init__(self) -> None:
        self.saved: list[CheckIn] = []
        self.problem: str | None = None
        self.asked: list[Zone] = []
        self.window = Window(3, 7)

    def save(self, entry: CheckIn) -> str | None:
        if self.problem is None:
            self.saved.append(entry)
        return self.problem

    def suggest(
        self, zone: Zone, arousal: int | None = None, suds: int | None = None
    ) -> list[Suggestion]:
        self.asked.append(zone)
        return [suggestion(f"{zone.value}-{n}", zone) for n in range(3)]


@pytest.fixture
def harness() -> Harness:
    return Harness()


@pytest.fixture
def page(qtbot: QtBot, harness: Harness) -> CheckinPage:
    widget = CheckinPage(
        harness.window,
        LIGHT,
        False,
        save=harness.save,
        suggester=harness.suggest,
        new_uid=lambda: "uid-1",
        now=lambda: datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
    )
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.begin()
    return widget


def test_two_actions_place_and_save(qtbot: QtBot, page: CheckinPage, harness: Harness) -> None:
    assert not page.form.save_button.isEnabled()
    diagram = page.form.diagram
    bar_y = diagram._y_of(8)
    qtbot.mouseClick(
        diagram, Qt.MouseButton.LeftButton, pos=diagram.rect().center().__class__(60, round(bar_y))
    )
    assert diagram.arousal == 8
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    (entry,) = harness.saved
    assert (entry.arousal, entry.zone, entry.window) == (8, Zone.HYPER, Window(3, 7))
    assert (entry.suds, entry.mood, entry.note, entry.feelings) == (None, None, "", ())
    assert page.stack.currentWidget() is page.result


def test_arrow_keys_place_the_marker(qtbot: QtBot, page: CheckinPage) -> None:
    diagram = page.form.diagram
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_Up)  # first press places it in the middle
    assert diagram.arousal == 5
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    assert diagram.arousal == 3
    assert "In my window" in diagram.accessibleDescription()
    qtbot.keyClick(diagram, Qt.Key.Key_End)
    assert diagram.arousal == 10


def test_the_optional_extras_are_saved_with_the_entry(page: CheckinPage, harness: Harness) -> None:
    form = page.form
    form.diagram.set_value(2)
    form.suds.buttons[6].click()
    form.mood.buttons[1].click()
    form.feelings.buttons[0].click()
    form.body.buttons[1].click()
    form.note.setPlainText("  a long day  ")
    form.tags.setText("work, sleep ,")
    page.save()
    (entry,) = harness.saved
    assert entry.zone is Zone.HYPO
    assert (entry.suds, entry.mood, entry.note) == (6, 2, "a long day")
    assert entry.tags == ("work", "sleep")
    assert len(entry.feelings) == 1
    assert len(entry.body) == 1


def test_choosing_a_number_twice_clears_it(page: CheckinPage) -> None:
    page.form.suds.buttons[4].click()
    assert page.form.suds.chosen() == 4
    page.form.suds.buttons[7].click()
    assert page.form.suds.chosen() == 7
    page.form.suds.buttons[7].click()
    assert page.form.suds.chosen() is None


def test_after_saving_the_top_two_suggestions_start_with_one_click(
    page: CheckinPage, harness: Harness
) -> None:
    started: list[Suggestion] = []
    page.start.connect(started.append)
    page.form.diagram.set_value(9)
    page.save()
    assert harness.asked == [Zone.HYPER]
    assert [b.text() for b in page.result.suggestion_buttons] == [
        "Start: Hyper-0",
        "Start: Hyper-1",
    ]
    page.result.suggestion_buttons[1].click()
    assert [s.id for s in started] == ["hyper-1"]


@pytest.mark.parametrize(
    ("arousal", "suds", "offered"),
    [
        (10, None, True),
        (0, None, True),
        (6, 9, True),
        (6, 8, True),
        (9, 7, False),
        (2, None, False),
    ],
)
def test_help_is_offered_quietly_only_at_the_top_of_the_scales(
    page: CheckinPage, arousal: int, suds: int | None, offered: bool
) -> None:
    page.form.diagram.set_value(arousal)
    if suds is not None:
        page.form.suds.buttons[suds].click()
    page.save()
    assert page.result.help_box.isVisible() is offered
    assert is_severe(arousal, suds) is offered


def test_a_failed_save_says_why_and_keeps_what_was_written(
    page: CheckinPage, harness: Harness
) -> None:
    harness.problem = "the data folder is read-only"
    page.form.diagram.set_value(4)
    page.form.note.setPlainText("keep me")
    page.save()
    assert page.stack.currentWidget() is page.form
    assert "read-only" in page.form.problem.text()
    assert page.form.note.toPlainText() == "keep me"


def test_the_bands_follow_the_persons_own_window(page: CheckinPage, harness: Harness) -> None:
    page.set_window(Window(4, 9))
    page.form.diagram.set_value(8)
    page.save()
    assert harness.saved[-1].zone is Zone.WINDOW
    assert harness.saved[-1].window == Window(4, 9)


def test_the_safety_plan_is_saved_privately_in_the_data_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "safety-plan.json"
    page = HelpPage(SafetyPlan.load(path), lambda plan: plan.save(path), "GB")
    qtbot.addWidget(page)
    page.contact_fields[0][0].setText("Sam")
    page.contact_fields[0][1].setText("07700 900123")
    page.plan_fields["what_helps"].setPlainText("A walk with the dog")
    page.save()
    assert "Saved" in page.saved.text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = SafetyPlan.load(path)
    assert again.contacts[0].name == "Sam"
    assert again.what_helps == "A walk with the dog"


def test_help_shows_the_local_emergency_number_and_worldwide_lines(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    page = HelpPage(SafetyPlan(), lambda plan: None, "GB")
    qtbot.addWidget(page)
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "999" in text
    assert "116 123" in text
    assert "findahelpline.com" in text
    assert "Last checked" in text


def test_coming_back_to_a_half_filled_check_in_keeps_it(page: CheckinPage) -> None:
    page.form.note.setPlainText("half a thought")
    page.show_form()
    assert page.form.note.toPlainText() == "half a thought"
    page.form.diagram.set_value(4)
    page.save()
    page.show_form()  # after saving, a fresh form
    assert page.form.note.toPlainText() == ""


def test_saving_before_the_marker_says_what_is_missing(page: CheckinPage, harness: Harness) -> None:
    """Ctrl+S with no marker placed never saves and never stays silent."""
    page.save()
    assert harness.saved == []
    assert page.stack.currentWidget() is page.form
    assert "Place the marker first" in page.form.problem.text()
    page.form.diagram.set_value(5)
    page.save()
    assert len(harness.saved) == 1
