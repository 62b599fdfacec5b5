"""Reaching every choice by keyboard: the check-in's rows and the 0-10 ratings work as radio
groups (one Tab stop, the arrows inside), the ladder's marker stays in view, and the wheel
scrolls a page past its drop-downs instead of changing them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from regulate.core.scales import Window
from regulate.ui.checkin import CheckinPage
from regulate.ui.startup import enter_presses_buttons
from regulate.ui.suds import EndPanel, SudsRow
from regulate.ui.theme import LIGHT
from tests.layout import Combo, left_to_right, open_app, settle, show

RTL = Qt.LayoutDirection.RightToLeft


def _checkin(qtbot: QtBot) -> CheckinPage:
    page = CheckinPage(
        Window(3, 7),
        LIGHT,
        False,
        save=lambda entry: None,
        suggester=lambda zone, arousal, suds: [],
        new_uid=lambda: "uid-1",
        now=lambda: datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
    )
    qtbot.addWidget(page)
    page.resize(900, 680)  # the window's default size
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.begin()
    settle()
    return page


def _tab_stops(start: QWidget, count: int) -> list[QWidget]:
    seen = []
    widget = start
    for _ in range(count):
        widget = widget.nextInFocusChain()
        while not (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
        seen.append(widget)
    return seen


def _key(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


# -- 1. the rows are radio groups ------------------------------------------------------------


def test_tab_stops_once_per_row_and_arrows_choose(qtbot: QtBot) -> None:
    page = _checkin(qtbot)
    form = page.form
    suds, mood = form.suds, form.mood
    stops = _tab_stops(form.diagram, 3)
    assert stops[:3] == [suds.buttons[0], mood.buttons[0], form.feelings.buttons[0]]
    suds.buttons[0].setFocus()
    _key(qtbot, Qt.Key.Key_Right)
    assert suds.chosen() == 1
    assert QApplication.focusWidget() is suds.buttons[1]
    _key(qtbot, Qt.Key.Key_Down)
    assert suds.chosen() == 2
    _key(qtbot, Qt.Key.Key_Up)
    assert suds.chosen() == 1
    _key(qtbot, Qt.Key.Key_7)
    assert suds.chosen() == 7
    assert QApplication.focusWidget() is suds.buttons[7]
    _key(qtbot, Qt.Key.Key_End)
    assert suds.chosen() == 10
    _key(qtbot, Qt.Key.Key_Right)  # no wrapping
    assert suds.chosen() == 10
    _key(qtbot, Qt.Key.Key_Home)
    assert suds.chosen() == 0
    _key(qtbot, Qt.Key.Key_End)
    # Tab leaves the row from where it is; Shift+Tab comes back to the chosen one.
    assert _tab_stops(form.diagram, 2) == [suds.buttons[10], mood.buttons[0]]
    mood.buttons[0].setFocus()
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_Right)
    assert mood.chosen() == 2
    _key(qtbot, Qt.Key.Key_4)  # no digits in a row of words
    assert mood.chosen() == 2
    _key(qtbot, Qt.Key.Key_Space)  # pressing the chosen one again clears it, as before
    assert mood.chosen() is None
    enter_presses_buttons(QApplication.instance())  # as the app does
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mood.chosen() == 2, timeout=2000)  # Qt's animated click
    assert suds.buttons[4].accessibleName() == "Distress 4 out of 10"
    assert mood.buttons[2].accessibleName() == "Mood: meh"


def test_left_means_more_in_a_mirrored_window(qtbot: QtBot, mirrored: None) -> None:
    page = _checkin(qtbot)
    suds = page.form.suds
    suds.buttons[5].setFocus()
    _key(qtbot, Qt.Key.Key_Left)
    assert suds.chosen() == 6
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_Right)
    assert suds.chosen() == 4


def test_the_rating_after_an_exercise_is_one_stop_and_only_enter_answers(qtbot: QtBot) -> None:
    panel = EndPanel("Again")
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    settle()
    panel.show_result("Done")
    row = panel.suds
    assert isinstance(row, SudsRow)
    answers: list[int | None] = []
    row.chosen.connect(answers.append)
    tab = [b for b in row.buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert tab == [row.buttons[0]]
    assert row.skip.focusPolicy() & Qt.FocusPolicy.TabFocus
    row.buttons[0].setFocus()
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_Right)
    _key(qtbot, Qt.Key.Key_9)
    _key(qtbot, Qt.Key.Key_Left)
    assert answers == []  # moving never answers: a press is final here
    assert QApplication.focusWidget() is row.buttons[8]
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: answers == [8], timeout=2000)


def test_space_presses_the_focused_rating(qtbot: QtBot) -> None:
    row = SudsRow("How is it?")
    qtbot.addWidget(row)
    row.show()
    qtbot.waitExposed(row)
    row.activateWindow()
    settle()
    answers: list[int | None] = []
    row.chosen.connect(answers.append)
    row.buttons[0].setFocus()
    _key(qtbot, Qt.Key.Key_End)
    qtbot.keyClick(row.buttons[10], Qt.Key.Key_Space)
    assert answers == [10]
    assert row.buttons[3].accessibleName() == "3 out of 10"


# -- 2. the ladder ----------------------------------------------------------------------------


def test_the_marker_is_scrolled_into_view(qtbot: QtBot, tmp_path: Path) -> None:
    running = open_app(Combo(150, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.window.activateWindow()
    show(running, "checkin-form")
    page = running.page("checkin", CheckinPage)
    diagram = page.form.diagram
    scroll = page.form.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the ladder is cut at this size, as the tester saw
    bar.setValue(0)
    viewport = scroll.viewport()
    diagram.setFocus()
    for _ in range(10):
        _key(qtbot, Qt.Key.Key_Down)
        assert diagram.arousal is not None
        at = diagram.mapTo(viewport, diagram.marker_rect().center().toPoint())
        assert viewport.rect().contains(at), (diagram.arousal, at, viewport.rect())
    assert diagram.arousal == 0
    assert bar.value() > 0
    _key(qtbot, Qt.Key.Key_End)
    at = diagram.mapTo(viewport, diagram.marker_rect().center().toPoint())
    assert viewport.rect().contains(at)


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, RTL])
def test_the_focus_frame_holds_the_numbers_and_never_crosses_them(
    qtbot: QtBot, qapp: QApplication, direction: Qt.LayoutDirection
) -> None:
    qapp.setLayoutDirection(direction)
    try:
        page = _checkin(qtbot)
        diagram = page.form.diagram
        frame = diagram.focus_rect()
        inside = frame.adjusted(2, 2, -2, -2)  # within the frame's 2 px line
        assert inside.contains(diagram.bar_rect().adjusted(0, 0, 0, 0))
        metrics = QFontMetrics(diagram.font())
        numbers = diagram.numbers_rect()
        for value in (0, 5, 10):
            y = diagram._y_of(value)
            ink = metrics.tightBoundingRect(str(value))
            width = ink.width()
            left = numbers.right() - width if direction != RTL else numbers.left()
            top = y - metrics.height() / 2 + metrics.ascent() + ink.top()
            digits = QPointF(left, top), QPointF(left + width, top + ink.height())
            assert all(inside.contains(point) for point in digits), (value, frame, digits)
        assert frame.left() >= 0
        assert frame.right() <= diagram.width()
    finally:
        left_to_right()


# -- 3. the wheel scrolls the page ------------------------------------------------------------


def _wheel(widget: QWidget, down: bool = True) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 if down else 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_settings_past_its_boxes(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.settings_page import SettingsPage

    running = open_app(Combo(200, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    page = running.page("settings", SettingsPage)
    settle()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    running.window.activateWindow()
    page.bounds.low.setFocus()  # some other control has the keyboard
    boxes = [
        page.theme,
        page.text_size,
        page.language,
        page.default_pattern,
        page.reminder_time,
        page.bounds.high,
    ]
    before = [box.property("currentIndex") for box in boxes[:4]]
    time, high = page.reminder_time.time(), page.bounds.high.value()
    for box in boxes:
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
        scroll.ensureWidgetVisible(box)
        start = bar.value()
        _wheel(box)
        assert bar.value() > start or bar.value() == bar.maximum()
    assert [box.property("currentIndex") for box in boxes[:4]] == before
    assert page.reminder_time.time() == time
    assert page.bounds.high.value() == high
    page.theme.setFocus()  # with the focus, the box takes the wheel as usual
    _wheel(page.theme)
    assert page.theme.currentIndex() != before[0]


def test_the_wheel_passes_the_country_boxes_too(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.first_run import FirstRunPage
    from regulate.ui.help import HelpPage

    running = open_app(Combo(100, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    help_page = running.page("help", HelpPage)
    first = FirstRunPage(running.settings, lambda: None)
    qtbot.addWidget(first)
    for box in (help_page.country_box, first.country, first.bounds.low):
        index = box.property("currentIndex") if box is not first.bounds.low else box.value()
        _wheel(box)
        after = box.property("currentIndex") if box is not first.bounds.low else box.value()
        assert after == index
        assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- 4. a new text size keeps the control in view -----------------------------------------------


def test_a_new_text_size_keeps_its_box_in_view(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.settings_page import SettingsPage

    running = open_app(Combo(150, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    page = running.page("settings", SettingsPage)
    settle()
    running.window.activateWindow()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    try:
        for percent in (200, 100, 175):
            page.text_size.setFocus()
            scroll.ensureWidgetVisible(page.text_size)
            page.text_size.setCurrentIndex(page.text_size.findData(percent))
            settle()
            box = page.text_size
            corner = box.mapTo(scroll.viewport(), box.rect().center())
            assert scroll.viewport().rect().contains(corner), (percent, corner)
            assert QApplication.focusWidget() is box
    finally:
        page.text_size.setCurrentIndex(page.text_size.findData(100))


# -- 5. numbers keep their order in a mirrored window -------------------------------------------


def _visual_order(text: str) -> list[str]:
    """The characters of ``text`` from left to right as laid out in a right-to-left line."""
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(RTL)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    placed = []
    for index, char in enumerate(text):
        xs = [p.x() for run in line.glyphRuns(index, 1) for p in run.positions()]
        if xs and char.strip() and char.isprintable() and char != "\u200e":
            placed.append((min(xs), char))
    return [char for _, char in sorted(placed)]


def test_times_and_sizes_read_left_to_right_when_mirrored(
    qtbot: QtBot, tmp_path: Path, mirrored: None
) -> None:
    from regulate.ui.settings_page import SettingsPage

    running = open_app(Combo(100, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    QApplication.setLayoutDirection(RTL)
    page = running.page("settings", SettingsPage)
    settle()
    assert page.isRightToLeft()
    assert page.reminder_time.text() == "20:00"
    assert "".join(_visual_order(page.text_size.currentText())) == "100%"
    assert "".join(_visual_order(page.text_size.itemText(4))) == "200%"
    assert page.text_size.currentData() == 100


# -- 6. back home, to the button that was used ---------------------------------------------------


def test_back_home_returns_to_the_button_used(qtbot: QtBot, tmp_path: Path) -> None:
    from regulate.ui.help import HelpPage

    running = open_app(Combo(100, QSize(900, 680), "light", "en"), tmp_path / "data")
    qtbot.addWidget(running.window)
    running.window.activateWindow()
    show(running, "home")
    home = running.home
    assert home.help_button is not None
    home.help_button.click()
    settle()
    help_page = running.page("help", HelpPage)
    help_page.leave.emit()
    settle()
    assert running.window.focusWidget() is home.help_button
    home.buttons[2].click()  # Check in
    settle()
    running.go_home()
    settle()
    assert running.window.focusWidget() is home.buttons[2]
    show(running, "about")  # not from a home button: the first way in, as ever
    show(running, "home")
    assert running.window.focusWidget() is home.buttons[0]
