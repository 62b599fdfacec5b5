"""Nothing from a file is markup: with a hostile exercise file and journal in the data folder,
every screen shows their text as it is. No label that holds a '<' reads it as rich text, and no
tooltip carries markup that Qt would render."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.core.breathing import Pattern
from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.exercises import Exercise
from regulate.core.scales import Window, Zone
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import BreatheRequest, GroundRequest, PresentRequest
from regulate.ui.startup import make_application
from regulate.ui.text import plain, plain_label, plain_tip

IMG = '<img src="/dev/zero">'
HOSTILE = (IMG, "<b>bold</b>", "<a href=x>")
EVIL = f"{IMG} <b>bold</b> <a href=x>link</a>"

EXERCISE = f"""
id = "evil"
title = '<b>bold</b> {IMG}'
summary = '{IMG} <b>bold</b> <a href=x>here</a>'
zones = ["hyper", "hypo", "window"]
caution = '<a href=x>careful</a> {IMG}'

[[steps]]
text = '{IMG} first'
seconds = 5

[[steps]]
text = '<b>bold</b> second'
input = "list"
count = 2
prompt = '<b>prompt</b>'

[[steps]]
text = '<a href=x>third</a>'
input = "text"
prompt = '{IMG}'
"""


def _labels() -> Iterator[QLabel]:
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel):
            yield widget


def _is_link_label(label: QLabel) -> bool:
    return label.objectName() == "links" and label.openExternalLinks()


def _read_as_markup() -> list[str]:
    """Every label or tooltip on any open widget where Qt would read a '<' as markup."""
    found = []
    for label in _labels():
        text = label.text()
        if _is_link_label(label):
            # The crisis lines' links are rich on purpose; nothing hostile may reach them.
            found += [f"link label: {text!r}" for bad in HOSTILE if bad in text]
        elif "<" in text and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {text!r}")
    for widget in QApplication.allWidgets():
        tip = widget.toolTip()
        if GuiQt.mightBeRichText(tip) and any(bad in tip for bad in HOSTILE):
            found.append(f"tooltip of {type(widget).__name__}: {tip!r}")
    return found


def _shown_somewhere(text: str) -> bool:
    return any(text in label.text() for label in _labels() if label.isVisibleTo(label.window()))


@pytest.fixture
def hostile(data_dir: Path) -> Services:
    exercises = data_dir / "exercises"
    exercises.mkdir(parents=True)
    (exercises / "evil.toml").write_text(EXERCISE, encoding="utf-8")
    (exercises / f"{IMG.replace('/', '')} <b>x<b>.toml").write_text("title = [", encoding="utf-8")
    services = Services(data_paths(data_dir))
    here = timezone(timedelta(hours=1))
    start = datetime(2026, 3, 1, 9, 0, tzinfo=here)
    for day in range(4):
        at = Moment.from_datetime(start + timedelta(days=day))
        services.log_checkin(
            CheckIn(
                f"c-{day}",
                at,
                Window(3, 7),
                arousal=5 + day % 3,
                suds=4,
                mood=3,
                feelings=("<b>bold</b>", "calm"),
                note=EVIL,
                tags=("<b>tag</b>",),
            )
        )
        services.log_session(Session(f"s-{day}", at, ItemKind.EXERCISE, "evil", 300.0, 9, 1))
    return services


def test_a_hostile_exercise_set_and_journal_show_as_plain_text_on_every_screen(
    qtbot: QtBot, data_dir: Path, hostile: Services
) -> None:
    running = Regulate(make_application(), hostile)
    qtbot.addWidget(running.window)
    running.window.show()
    evil = hostile.catalogue.find(ItemKind.EXERCISE, "evil")
    assert isinstance(evil, Exercise)
    assert IMG in evil.summary
    assert hostile.catalogue.problems, "the broken file should be reported, by name"
    visited: list[str] = []

    def check(where: str) -> None:
        visited.append(where)
        QApplication.processEvents()
        assert _read_as_markup() == [], where

    check("home")
    running.breathe(BreatheRequest())
    check("breathing")
    running.ground(GroundRequest())
    check("grounding list")
    assert _shown_somewhere(str(hostile.catalogue.problems[0]))
    assert _shown_somewhere(evil.summary)
    running.ground(GroundRequest(exercise=evil))
    from regulate.ui.grounding import GroundingPage

    grounding = running.page("grounding", GroundingPage)
    for index in range(len(evil.steps)):
        grounding.player.show_step(index)
        check(f"grounding step {index + 1}")
        assert _shown_somewhere(evil.steps[index].text)
    assert _shown_somewhere(evil.caution)

    running.checkin()
    from regulate.ui.checkin import CheckinPage

    checkin = running.page("checkin", CheckinPage)
    entry = CheckIn(
        "c-new",
        Moment.from_datetime(datetime(2026, 3, 9, 9, 0, tzinfo=UTC)),
        Window(3, 7),
        arousal=5,
        suds=4,
    )
    assert entry.zone is Zone.WINDOW
    suggestions = hostile.suggestions(entry.zone, entry.arousal, entry.suds)
    assert "evil" in [s.id for s in suggestions[:2]], suggestions
    first = next(s for s in suggestions if s.id == "evil")
    # Once as the record shows it, once as a new person sees it: the file's own summary.
    checkin.result.show_result(entry, [first, replace(first, rated=0, change=None)], False)
    checkin.stack.setCurrentWidget(checkin.result)
    check("check-in result")
    assert _shown_somewhere(evil.summary)

    for name in ("help", "settings", "about"):
        running.show(name)
        check(name)

    running.chart()
    chart = running.screens["chart"]
    check("chart")
    view = chart.view  # type: ignore[attr-defined]
    tip = plain_tip(EVIL + "\n" + view.describe(0))  # as the hover shows it
    assert IMG not in tip
    assert "&lt;img" in tip
    assert EVIL in view.describe(0)
    chart.show_helps()  # type: ignore[attr-defined]
    check("what helps me")
    chart.status.setText(  # type: ignore[attr-defined]
        "Not imported: /tmp/<b>x</b>.csv is not a Regulate or Daylio export"
    )
    check("chart with an import message")

    running.present(PresentRequest())
    presenter = running.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    check("presenter picker")
    pattern = hostile.catalogue.patterns[0]
    assert isinstance(pattern, Pattern)
    presenter.start(pattern)  # type: ignore[attr-defined]
    check("presenter breathing")
    presenter.start(evil)  # type: ignore[attr-defined]
    check("presenter grounding")
    presenter.close()
    assert len(visited) == 16


def test_the_helpers_show_markup_as_written(qtbot: QtBot) -> None:
    label = plain_label(EVIL)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    other = QLabel(EVIL)
    qtbot.addWidget(other)
    plain(other)
    assert other.textFormat() == Qt.TextFormat.PlainText
    shown = QLabel(plain_tip(EVIL))  # as a tooltip would show it
    qtbot.addWidget(shown)
    assert shown.textFormat() == Qt.TextFormat.AutoText
    assert "&lt;img" in plain_tip(EVIL)
    assert plain_tip("Shortcut: P") == "Shortcut: P"
