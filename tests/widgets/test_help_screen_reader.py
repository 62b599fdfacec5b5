"""Get help with a keyboard and a screen reader: where it opens, what is said, one Tab stop
per link, and the Tab order after choosing a country."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from regulate.storage.safety import SafetyError, SafetyPlan
from regulate.ui.help import HelpPage
from tests.layout import Combo, open_app, show


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    heard: list[str] = []
    monkeypatch.setattr("regulate.ui.help.announce", lambda source, text: heard.append(text))
    return heard


def make(qtbot: QtBot, tmp_path: Path, country: str | None, **kwargs: object) -> HelpPage:
    path = tmp_path / "plan.json"
    page = HelpPage(SafetyPlan.load(path), lambda plan: plan.save(path), country, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(700, 500)
    return page


def tab_chain(page: HelpPage) -> list[QWidget]:
    """Every widget Tab stops on, in order, once round the page (as Qt's focus chain)."""
    stops: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not page and len(stops) < 500:
        if (
            widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def scroll(page: HelpPage) -> int:
    area = page.findChild(QScrollArea)
    assert area is not None
    return area.verticalScrollBar().value()


def test_every_showing_starts_at_the_top_on_the_numbers_and_says_them_once(
    qtbot: QtBot, tmp_path: Path, said: list[str]
) -> None:
    """As the navigator shows it: a page in the window's stack, made current again and again
    (the check-in's "I'm not safe right now", Ctrl+H)."""
    page = make(qtbot, tmp_path, "GB", locale="en_GB")
    window = QStackedWidget()
    qtbot.addWidget(window)
    home = QPushButton("Home", window)
    window.addWidget(home)
    window.addWidget(page)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    home.setFocus()
    window.setCurrentWidget(page)
    assert said == [page.crisis_sentence()]
    assert said[0].startswith("In danger right now: call 999.")
    assert "Samaritans" in said[0]
    assert window.focusWidget() is page.danger
    assert page.danger.accessibleName() == page.danger.text()
    # Scrolled down to "Save my plan" and left from there: the next showing is at the top.
    page.save_button.setFocus()
    area = page.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(page.save_button)
    assert scroll(page) > 0
    window.setCurrentWidget(home)
    said.clear()
    window.setCurrentWidget(page)
    assert scroll(page) == 0
    assert window.focusWidget() is page.danger
    assert said == [page.crisis_sentence()]


def test_each_link_is_one_tab_stop_named_by_what_it_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make(qtbot, tmp_path, "GB", locale="en_GB")
    links = [b for b in page.reach.findChildren(QPushButton) if b.objectName() == "link"]
    assert links
    chain = tab_chain(page)
    card = [w for w in chain if page.reach.isAncestorOf(w)]
    # The emergency line, each link once, the grounding button: no label stops on its own.
    assert card == [page.danger, *card[1:-1], page.ground_button]
    assert card[1:-1] == [w for w in card[1:-1] if w in links]
    assert len(card) == len(links) + 2
    names = [link.accessibleName() for link in links]
    assert "Open samaritans.org in your browser" in names
    assert "Write to jo@samaritans.org in your email program" in names
    role = QAccessible.queryAccessibleInterface(links[0]).role()
    assert role == QAccessible.Role.Button
    opened: list[str] = []
    monkeypatch.setattr(
        "regulate.ui.help.QDesktopServices.openUrl", lambda url: opened.append(url.toString())
    )
    next(b for b in links if "samaritans.org in your browser" in b.accessibleName()).click()
    assert opened
    assert opened[0].startswith("https://")


def test_choosing_a_country_says_the_numbers_and_keeps_focus_and_tab_order(
    qtbot: QtBot, tmp_path: Path, said: list[str]
) -> None:
    page = make(qtbot, tmp_path, None, locale="C")
    page.show()
    qtbot.waitExposed(page)
    said.clear()
    page.country_box.setFocus()
    page.country_box.setCurrentIndex(page.country_box.findData("AT"))
    page.use_button.click()
    QApplication.processEvents()  # the new widgets are shown by their layout, queued
    assert page.focusWidget() is page.change_button
    assert said == [f"Numbers for: Austria. {page.crisis_sentence()}"]
    assert "112" in said[0]
    chain = tab_chain(page)
    first_contact = page.contact_fields[0][0]
    card = [w for w in chain if page.reach.isAncestorOf(w)]
    assert card
    start = chain.index(card[0])
    # Drawn between the country and "Your people": the Tab order is the same.
    assert chain[start - 1] is page.change_button
    assert chain[start : start + len(card)] == card
    assert chain[start + len(card)] is first_contact
    assert card[0] is page.danger


def test_save_my_plan_says_it_is_saved(qtbot: QtBot, tmp_path: Path, said: list[str]) -> None:
    page = make(qtbot, tmp_path, "GB")
    page.plan_fields["what_helps"].setPlainText("Cold water")
    page.save_button.click()
    assert said == ["Your plan is saved on this computer."]
    assert SafetyPlan.load(tmp_path / "plan.json").what_helps == "Cold water"


def test_the_country_box_keeps_a_fixed_name(qtbot: QtBot, tmp_path: Path) -> None:
    page = make(qtbot, tmp_path, None, locale="C")
    page.country_box.setCurrentIndex(page.country_box.findData("AT"))
    assert page.country_box.accessibleName() == "Your country"
    label = page.country_label
    assert isinstance(label, QLabel)
    assert label.buddy() is page.country_box
    box = QAccessible.queryAccessibleInterface(page.country_box)
    assert box.text(QAccessible.Text.Value) == "Austria"
    # On Linux Qt reads the name from the label pointing at the box ("labelled by").
    labels = box.relations(QAccessible.RelationFlag.Label)
    assert any(other.text(QAccessible.Text.Name) == "Your country" for other, _ in labels)


def test_the_app_opens_get_help_at_the_top_every_time(
    qtbot: QtBot, tmp_path: Path, said: list[str]
) -> None:
    """Through the navigator, as Ctrl+H and "I'm not safe right now" open it."""
    running = open_app(Combo(100, QSize(900, 600), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.window.activateWindow()
    show(running, "help")
    page = running.screens["help"]
    assert isinstance(page, HelpPage)
    assert running.window.focusWidget() is page.danger
    page.save_button.setFocus()
    area = page.findChild(QScrollArea)
    assert area is not None
    area.ensureWidgetVisible(page.save_button)
    assert scroll(page) > 0
    show(running, "home")
    said.clear()
    show(running, "help")
    assert scroll(page) == 0
    assert running.window.focusWidget() is page.danger
    assert said == [page.crisis_sentence()]


def test_a_plan_that_cannot_be_saved_says_why(
    qtbot: QtBot, tmp_path: Path, said: list[str]
) -> None:
    def refuse(plan: SafetyPlan) -> None:
        raise SafetyError("the folder is read-only")

    page = HelpPage(SafetyPlan(), refuse, "GB")
    qtbot.addWidget(page)
    page.plan_fields["what_helps"].setPlainText("Cold water")
    page.save_button.click()
    assert said == ["Not saved: the folder is read-only"]
    assert page.saved.text() == said[0]


def test_the_danger_line_shows_the_focus_ring_when_it_has_the_keys(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A keyboard user sees where they are: the line Get help opens on draws the theme's ring
    when it has the focus, and none otherwise (its room is kept, so nothing moves)."""
    from regulate.storage.settings import Preferences
    from regulate.ui.startup import apply_theme
    from regulate.ui.theme import focus_ring

    colours = apply_theme(QApplication.instance(), Preferences())  # type: ignore[arg-type]
    page = make(qtbot, tmp_path, "GB")
    page.show()
    qtbot.waitExposed(page)
    ring = focus_ring(colours).rgb()
    other = page.ground_button
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    width = page.danger.width()
    unfocused = page.danger.grab().toImage()
    page.danger.setFocus()
    qtbot.waitUntil(lambda: page.danger.hasFocus())
    focused = page.danger.grab().toImage()
    assert page.danger.width() == width  # nothing moved
    edge = [focused.pixel(x, 1) for x in range(4, focused.width() - 4)]
    assert ring in edge
    assert ring not in [unfocused.pixel(x, 1) for x in range(4, unfocused.width() - 4)]
