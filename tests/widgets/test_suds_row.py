"""The 0-10 row wraps onto a second line rather than being cut, its buttons as wide as "10"
in their own font."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from regulate.ui.suds import SudsRow


def _row(qtbot: QtBot, width: int, compact: bool = False) -> SudsRow:
    row = SudsRow("How intense is it now? 0 is calm, 10 is the most.", compact=compact)
    qtbot.addWidget(row)
    row.resize(width, 100)
    row.show()
    qtbot.waitExposed(row)
    QApplication.processEvents()
    row.resize(width, row.heightForWidth(width))  # measured in the fonts it is shown with
    QApplication.processEvents()
    return row


def test_buttons_are_sized_from_the_font(qtbot: QtBot) -> None:
    row = _row(qtbot, 900)
    for button in row.buttons:
        assert button.width() == QFontMetrics(button.font()).horizontalAdvance("10") + 16


def test_a_wide_row_is_one_centred_line(qtbot: QtBot) -> None:
    row = _row(qtbot, 1200)
    tops = {button.geometry().top() for button in (*row.buttons, row.skip)}
    assert len(tops) == 1
    numbers = row.buttons[0].parentWidget()
    assert numbers is not None
    left, right = numbers.x(), row.width() - numbers.x() - numbers.width()
    assert abs(left - right) <= 2


def test_a_narrow_row_wraps_and_nothing_is_cut(qtbot: QtBot) -> None:
    row = _row(qtbot, 260)
    tops = {button.mapTo(row, button.rect().topLeft()).y() for button in (*row.buttons, row.skip)}
    assert len(tops) > 1
    for button in (*row.buttons, row.skip):
        place = button.geometry().translated(button.parentWidget().pos())
        assert row.rect().contains(place)


def test_a_compact_row_puts_the_question_above_when_narrow(qtbot: QtBot) -> None:
    wide = _row(qtbot, 1200, compact=True)
    assert wide.question.geometry().top() == wide.buttons[0].parentWidget().geometry().top()
    narrow = _row(qtbot, 300, compact=True)
    assert narrow.question.geometry().bottom() < narrow.buttons[0].parentWidget().geometry().top()


def _at(button: QPushButton, row: SudsRow) -> QPoint:
    return button.mapTo(row, button.rect().topLeft())


def test_a_wrapped_row_starts_each_line_at_the_left(qtbot: QtBot) -> None:
    """Wrapped, the numbers are not centred: each line starts at the left edge, the next
    number right under the first (tests/widgets/test_right_to_left.py: the right edge)."""
    for width in (300, 400):
        row = _row(qtbot, width)
        buttons = (*row.buttons, row.skip)
        first_line = _at(row.buttons[0], row).y()
        later = [b for b in buttons if _at(b, row).y() > first_line]
        assert later, f"the row should wrap at {width} px"
        assert _at(row.buttons[0], row).x() == 0
        assert _at(later[0], row).x() == 0
