"""What a screen reader hears while stepping through grounding, pausing a breath and rating
afterwards: each new thing is said once, and the focus always lands on something named."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.core.exercises import Exercise
from regulate.ui.breathing import BreathingPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.sound import TonePlayer
from regulate.ui.suds import EndPanel
from regulate.ui.theme import LIGHT
from tests.layout import settle
from tests.widgets.heard import Heard


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def exercise(exercise_id: str) -> Exercise:
    return next(e for e in builtin_exercises() if e.id == exercise_id)


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    settle()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def grounding(qtbot: QtBot, clock: FakeClock) -> GroundingPage:
    page = GroundingPage(builtin_exercises(), [], LIGHT, TonePlayer(), clock=clock)
    shown(qtbot, page)
    return page


@pytest.fixture
def breathing(qtbot: QtBot, clock: FakeClock) -> BreathingPage:
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    shown(qtbot, page)
    return page


# -- grounding steps -----------------------------------------------------------------------


def test_each_new_step_is_said_once(
    qtbot: QtBot, grounding: GroundingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = Heard(monkeypatch)
    chosen = exercise("orienting")
    grounding.start(chosen)
    total = len(chosen.steps)
    assert heard.announced() == [f"Step 1 of {total}. {chosen.steps[0].text}"]
    heard.clear()
    qtbot.keyClick(grounding.player.next_button, Qt.Key.Key_Space)
    assert heard.announced() == [f"Step 2 of {total}. {chosen.steps[1].text}"]
    heard.clear()
    qtbot.keyClick(grounding, Qt.Key.Key_Right)
    qtbot.keyClick(grounding, Qt.Key.Key_Left)
    assert heard.announced() == [
        f"Step 3 of {total}. {chosen.steps[2].text}",
        f"Step 2 of {total}. {chosen.steps[1].text}",
    ]
    heard.clear()
    grounding.back()
    grounding.back()  # already at the first step: nothing new to say
    assert heard.announced() == [f"Step 1 of {total}. {chosen.steps[0].text}"]


def test_grounding_end_says_the_sentence_and_question_and_focuses_the_rating(
    qtbot: QtBot, grounding: GroundingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    grounding.start(exercise("orienting"))
    heard = Heard(monkeypatch)
    qtbot.keyClick(grounding, Qt.Key.Key_Escape)
    panel = grounding.end_panel
    assert panel.isVisible()
    assert heard.announced() == [
        "You stopped after under a minute. That's fine. "
        "How intense is it now? 0 is calm, 10 is the most. You can skip this."
    ]
    assert panel.suds is not None
    assert QApplication.focusWidget() is panel.suds.buttons[0]


# -- breathing: pause and focus ------------------------------------------------------------


def test_pause_is_named_as_it_shows_and_pausing_is_said(
    qtbot: QtBot, breathing: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    breathing.start(find_pattern("box"))
    clock.now += 1.0
    breathing.tick()
    heard = Heard(monkeypatch)
    button = breathing.pause_button
    assert QApplication.focusWidget() is button  # named, and Space still pauses
    qtbot.keyClick(button, Qt.Key.Key_Space)
    run = breathing.run
    assert run is not None
    assert run.paused
    assert button.text() == "Resume"
    assert button.accessibleName() == "Resume"
    assert heard.announced() == ["Paused"]
    heard.clear()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not run.paused
    assert button.accessibleName() == "Pause"
    assert heard.announced() == ["Breathe in"]


def test_no_phase_is_said_on_resume_when_the_person_turned_that_off(
    breathing: BreathingPage, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    breathing.announce_phases = False
    breathing.start(find_pattern("box"))
    clock.now += 1.0
    heard = Heard(monkeypatch)
    breathing.toggle_pause()
    breathing.toggle_pause()
    assert heard.announced() == ["Paused"]


def test_the_breathing_page_opens_with_focus_on_something_named(
    qtbot: QtBot, clock: FakeClock
) -> None:
    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    shown(qtbot, page)  # as the app does: shown, then started
    page.start(find_pattern("box"))
    focused = QApplication.focusWidget()
    assert focused is page.pause_button
    face = QAccessible.queryAccessibleInterface(focused)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Pause"
    page.stop()  # Esc: the end panel
    page.end_panel.again_button.click()  # Another round
    assert QApplication.focusWidget() is page.pause_button
    page.start_follow()  # no Pause while following: the page, named after the pattern
    assert QApplication.focusWidget() is page
    assert page.accessibleName() == find_pattern("box").name


def test_breathing_end_says_its_words_once_and_focuses_the_rating(
    breathing: BreathingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    breathing.start(find_pattern("box"))
    heard = Heard(monkeypatch)
    breathing.stop()
    panel = breathing.end_panel
    assert heard.announced() == [
        "You stopped after under a minute. That's fine. "
        "How intense is it now? 0 is calm, 10 is the most. You can skip this."
    ]
    assert panel.suds is not None
    assert QApplication.focusWidget() is panel.suds.buttons[0]
    panel.hide()
    panel.show()  # shown again (a window restored): nothing is said twice
    assert len(heard.announced()) == 1


# -- the end panel -------------------------------------------------------------------------


@pytest.fixture
def panel(qtbot: QtBot) -> EndPanel:
    widget = EndPanel("Another round")
    shown(qtbot, widget)
    return widget


def test_a_rating_is_said_and_focus_moves_on(
    qtbot: QtBot, panel: EndPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.show_result("Well done.")
    heard = Heard(monkeypatch)
    assert panel.suds is not None
    qtbot.keyClick(panel.suds.buttons[0], Qt.Key.Key_Space)
    assert heard.announced() == ["Noted: 0 out of 10."]
    assert QApplication.focusWidget() is panel.again_button


def test_a_hard_rating_says_the_kind_words_and_the_ways_on_are_described(
    qtbot: QtBot, panel: EndPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.show_result("Well done.")
    heard = Heard(monkeypatch)
    assert panel.suds is not None
    panel.suds.buttons[8].click()
    assert heard.announced() == [f"Noted: 8 out of 10. {panel.care.text()}"]
    assert "reach out" in panel.care.text()
    assert QApplication.focusWidget() is panel.else_button
    for button in (panel.else_button, panel.help_button):
        assert button.accessibleDescription()


def test_skipping_says_nothing_and_focus_goes_to_again(
    panel: EndPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.show_result("Well done.")
    heard = Heard(monkeypatch)
    assert panel.suds is not None
    panel.suds.skip.click()
    assert heard.announced() == []
    assert QApplication.focusWidget() is panel.again_button


def test_without_a_rating_the_sentence_alone_is_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget = EndPanel("Another round", ask_rating=False)
    shown(qtbot, widget)
    heard = Heard(monkeypatch)
    widget.show_result("The breathing exercise has ended.")
    assert heard.announced() == ["The breathing exercise has ended."]
    assert QApplication.focusWidget() is widget.again_button


def test_the_rating_row_says_what_is_rated(panel: EndPanel) -> None:
    row = panel.suds
    assert row is not None
    group = row.buttons[0].parentWidget()
    assert group is not None
    assert group.accessibleName() == "How intense is it now?"
    for button in [*row.buttons, row.skip]:
        assert isinstance(button, QPushButton)
        assert button.accessibleDescription() == "How intense is it now?"


def test_the_rows_before_a_run_are_named_too(
    breathing: BreathingPage, grounding: GroundingPage
) -> None:
    for row in (breathing.suds_before_row, grounding.player.suds_before):
        assert row is not None
        group = row.buttons[0].parentWidget()
        assert group is not None
        assert group.accessibleName() == "How intense is it right now?"
        assert row.buttons[3].accessibleDescription() == "How intense is it right now?"
