"""The breathing screen stays still around the shape, and the person chooses how long."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from regulate.content.patterns import builtin_patterns, find_pattern
from regulate.core.session import Length
from regulate.ui.breathing import BreathingPage, WrappingRow, clock_words
from regulate.ui.sound import TonePlayer
from regulate.ui.theme import LIGHT


class FakeClock:
    def __init__(self, start: float = 100.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def _plain_text_size(qapp: QApplication) -> Iterator[None]:
    """Earlier tests may leave a larger text size or a style sheet behind: measure at 100 %."""
    font, style = qapp.font(), qapp.styleSheet()
    plain = QFont(font)
    plain.setPointSizeF(10.0)
    qapp.setFont(plain)
    qapp.setStyleSheet("")
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(style)


def _page(qtbot: QtBot, clock: FakeClock, width: int, height: int) -> BreathingPage:
    widget = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot: QtBot, clock: FakeClock) -> BreathingPage:
    return _page(qtbot, clock, 900, 700)


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(1)  # let the layouts run, as a paint would


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_the_shape_never_moves_before_during_and_after_the_rating_or_when_paused(
    qtbot: QtBot, clock: FakeClock, size: tuple[int, int]
) -> None:
    page = _page(qtbot, clock, *size)
    page.start(find_pattern("box"))
    _settle(qtbot)
    row = page.suds_before_row
    assert row is not None
    assert row.isVisible()
    before = page.shape.geometry()
    assert before.height() >= size[1] // 2  # the shape is the largest thing here
    clock.now += 1.0
    page.tick()
    _settle(qtbot)
    assert page.shape.geometry() == before  # during the rating
    row.buttons[6].click()
    _settle(qtbot)
    assert not row.isVisible()
    assert page.shape.geometry() == before  # after answering
    qtbot.keyClick(page, Qt.Key.Key_Space)
    _settle(qtbot)
    assert page.pause_button.text() == "Resume"
    assert page.shape.geometry() == before  # paused
    qtbot.keyClick(page, Qt.Key.Key_Space)
    _settle(qtbot)
    assert page.pause_button.text() == "Pause"
    assert page.shape.geometry() == before  # resumed
    page.change_pace(-3)
    page.set_length(Length())
    _settle(qtbot)
    assert page.shape.geometry() == before  # new words for pace and time left


def test_pause_and_resume_keep_the_same_width_so_nothing_shifts(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("box"))
    _settle(qtbot)
    width = page.pause_button.width()
    stop = page.stop_button.geometry()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    _settle(qtbot)
    assert page.pause_button.width() == width
    assert page.stop_button.geometry() == stop


def test_the_length_is_chosen_shown_and_remembered_per_pattern(
    qtbot: QtBot, page: BreathingPage, clock: FakeClock
) -> None:
    chosen: list[tuple[str, Length]] = []
    page.length_chosen.connect(lambda pid, length: chosen.append((pid, length)))
    pattern = find_pattern("extended-exhale")  # 10-second breaths
    page.start(pattern)
    offered = [page.length_box.itemText(i) for i in range(page.length_box.count())]
    for words in ("1 minute", "2 minutes", "3 minutes", "5 minutes", "10 minutes", "No set end"):
        assert words in offered
    index = offered.index("2 minutes")
    page.length_box.setCurrentIndex(index)
    page.length_box.activated.emit(index)
    assert chosen == [(pattern.id, Length(minutes=2))]
    assert page.time_label.text() == "2:00 left"
    clock.now += 50.0
    page.tick()
    assert page.time_label.text() == "1:10 left"
    clock.now += 61.0
    page.tick()
    assert page.time_label.text() == "Last breath"  # the soft end cue
    clock.now += 10.0
    page.tick()
    assert page.stack.currentWidget() is page.end_panel
    page.start(find_pattern("box"))
    assert page.run is not None
    assert page.run.length != Length(minutes=2)
    page.start(pattern)  # remembered for this pattern
    assert page.run is not None
    assert page.run.length == Length(minutes=2)
    assert page.length_box.currentText() == "2 minutes"


def test_open_ended_shows_no_clock_and_a_shorter_length_ends_after_this_breath(
    page: BreathingPage, clock: FakeClock
) -> None:
    page.start(find_pattern("extended-exhale"), Length())
    clock.now += 75.0
    page.tick()
    assert page.time_label.text() == ""
    page.set_length(Length(minutes=1))  # already past: finish this breath, then end
    assert page.time_label.text() == "Last breath"
    assert page.stack.currentWidget() is not page.end_panel
    clock.now += 5.0
    page.tick()
    assert page.stack.currentWidget() is page.end_panel


def test_clock_words() -> None:
    assert clock_words(130) == "2:10 left"
    assert clock_words(0.2) == "0:01 left"


def test_a_remembered_length_goes_to_settings_and_back(page: BreathingPage) -> None:
    from regulate.storage.settings import with_length
    from regulate.ui.breathing import length_token, remembered_lengths

    text = "{}"
    for pattern_id, length in (
        ("box", Length(minutes=5)),
        ("extended-exhale", Length()),
        ("resonance", Length(cycles=4)),
    ):
        text = with_length(text, pattern_id, length_token(length))
    assert remembered_lengths(text) == {
        "box": Length(minutes=5),
        "extended-exhale": Length(),
        "resonance": Length(cycles=4),
    }
    page.lengths = remembered_lengths(text)
    page.start(find_pattern("box"))
    assert page.run is not None
    assert page.run.length == Length(minutes=5)


def test_on_a_narrow_screen_the_controls_wrap_instead_of_widening_it(qtbot: QtBot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    first, second = QPushButton("Pause and more " * 3), QPushButton("Tones and more " * 3)
    row = WrappingRow(first, second)
    QVBoxLayout(screen).addWidget(row)
    side_by_side = row._side_by_side_width()
    narrowest = row.minimumSizeHint().width()
    assert narrowest < side_by_side  # it never asks for room for both groups in one row
    screen.resize(side_by_side + 40, 200)
    screen.show()
    _settle(qtbot)
    assert not row.wrapped
    screen.resize(narrowest + 20, 200)
    _settle(qtbot)
    assert screen.width() < side_by_side
    assert row.wrapped
    assert second.geometry().top() > first.geometry().top()  # one above the other
