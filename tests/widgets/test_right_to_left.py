"""Right-to-left interface languages mirror the layout. Regulate has no such catalogue yet, so
the pseudo-locale (REGULATE_PSEUDO_RTL=1) lays the English text out right to left, and the
geometry is checked: the leading edge is on the right everywhere, custom painting included.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from regulate.core.scales import Window
from regulate.ui.checkin import CheckinPage
from regulate.ui.i18n import PSEUDO_RTL_ENV, install_translators, layout_direction
from regulate.ui.layout_check import problems
from regulate.ui.pacer import PacerDots
from regulate.ui.page import Columns, FlowLayout
from regulate.ui.suds import SudsRow
from regulate.ui.theme import colours_for
from regulate.ui.window_diagram import WindowDiagram
from tests.layout import Combo, left_to_right, open_app, settle, show

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def _shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    settle()


def _right(widget: QWidget, within: QWidget) -> int:
    return widget.mapTo(within, widget.rect().topRight()).x()


def _left(widget: QWidget, within: QWidget) -> int:
    return widget.mapTo(within, widget.rect().topLeft()).x()


def _top(widget: QWidget, within: QWidget) -> int:
    return widget.mapTo(within, widget.rect().topLeft()).y()


# -- the direction follows the language of the text --------------------------------------------


def test_the_direction_follows_the_language_shown(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PSEUDO_RTL_ENV, raising=False)
    assert layout_direction("ar") == RTL
    assert layout_direction("he") == RTL
    assert layout_direction("fa") == RTL
    assert layout_direction("de") == LTR
    try:
        install_translators(qapp, "de")
        assert qapp.layoutDirection() == LTR
        # Arabic has no catalogue: the text is English, so the layout stays left to right.
        assert install_translators(qapp, "ar") == "en"
        assert qapp.layoutDirection() == LTR
    finally:
        install_translators(qapp, "en")


def test_the_pseudo_locale_mirrors_the_english_text(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PSEUDO_RTL_ENV, "1")
    try:
        assert install_translators(qapp, "en") == "en"
        assert qapp.layoutDirection() == RTL
    finally:
        monkeypatch.delenv(PSEUDO_RTL_ENV)
        install_translators(qapp, "en")
    assert qapp.layoutDirection() == LTR


def test_the_pseudo_locale_marks_the_text_right_to_left(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PSEUDO_RTL_ENV, "1")
    try:
        install_translators(qapp, "en")
        text = QCoreApplication.translate("HomePage", "Get help")
        assert text == "\u200f\u2066Get help\u2069"
        # File-dialog filters are parsed by Qt: left alone.
        filters = QCoreApplication.translate(
            "DataDialogs", "JSON (*.json);;CSV for spreadsheets (*.csv)"
        )
        assert filters == "JSON (*.json);;CSV for spreadsheets (*.csv)"
        # Another language's catalogue still answers, marked the same way.
        install_translators(qapp, "de")
        german = QCoreApplication.translate("HomePage", "Get help")
        assert german.startswith("\u200f\u2066")
        assert "Get help" not in german
    finally:
        monkeypatch.delenv(PSEUDO_RTL_ENV)
        install_translators(qapp, "en")
    assert QCoreApplication.translate("HomePage", "Get help") == "Get help"


# -- each hand-placed or painted part ----------------------------------------------------------


def _diagram(qtbot: QtBot) -> WindowDiagram:
    diagram = WindowDiagram(Window(3, 7), colours_for("light"), dark=False)
    _shown(qtbot, diagram, 500, 420)
    return diagram


def test_the_diagram_is_bar_left_words_right_left_to_right(qtbot: QtBot) -> None:
    diagram = _diagram(qtbot)
    bar, words, numbers = diagram.bar_rect(), diagram.text_rect(), diagram.numbers_rect()
    assert numbers.right() <= bar.left() < bar.right() < words.left()
    assert words.right() <= diagram.width()


def test_the_diagram_mirrors_right_to_left(qtbot: QtBot, mirrored: None) -> None:
    diagram = _diagram(qtbot)
    bar, words, numbers = diagram.bar_rect(), diagram.text_rect(), diagram.numbers_rect()
    assert words.right() < bar.left() < bar.right() <= numbers.left()
    assert words.left() >= 0
    assert numbers.right() <= diagram.width()
    # The bar keeps its distance from the edge, now from the right one.
    assert diagram.width() - bar.right() == pytest.approx(diagram._bar().left())
    # The marker is drawn on the bar: the accent shows at the bar's centre, not on the left.
    diagram.set_value(5)
    image = diagram.grab().toImage()
    y = round(diagram._y_of(5))
    accent = colours_for("light").accent
    assert image.pixelColor(round(bar.center().x()), y) == accent
    assert image.pixelColor(round(diagram._bar().center().x()), y) != accent


def test_the_diagram_side_arrows_follow_the_reading_direction(qtbot: QtBot, mirrored: None) -> None:
    diagram = _diagram(qtbot)
    diagram.set_value(5)
    qtbot.keyClick(diagram, Qt.Key.Key_Left)
    assert diagram.arousal == 6
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    assert diagram.arousal == 4
    qtbot.keyClick(diagram, Qt.Key.Key_Up)
    assert diagram.arousal == 5


def test_a_flow_starts_at_the_right_edge(qtbot: QtBot, mirrored: None) -> None:
    holder = QWidget()
    flow = FlowLayout(holder, spacing=8)
    buttons = [QPushButton(f"Button {n}", holder) for n in range(6)]
    for button in buttons:
        flow.addWidget(button)
    _shown(qtbot, holder, 300, flow.heightForWidth(300))
    assert buttons[0].geometry().right() == holder.rect().right()
    assert buttons[1].geometry().right() < buttons[0].geometry().left()
    # The next line starts at the right edge again.
    second = next(b for b in buttons if b.y() > buttons[0].y())
    assert second.geometry().right() == holder.rect().right()


def test_columns_run_from_the_right(qtbot: QtBot, mirrored: None) -> None:
    columns = Columns(100)
    first, second = QWidget(columns), QWidget(columns)
    columns.box.addWidget(first)
    columns.box.addWidget(second)
    _shown(qtbot, columns, 600, 200)
    assert first.x() > second.x()


def _suds(qtbot: QtBot, width: int, compact: bool = False) -> SudsRow:
    row = SudsRow("How intense is it now? 0 is calm, 10 is the most.", compact=compact)
    _shown(qtbot, row, width, 100)
    row.resize(width, row.heightForWidth(width))
    settle()
    return row


def test_the_rating_row_has_0_on_the_right(qtbot: QtBot, mirrored: None) -> None:
    row = _suds(qtbot, 1200)
    zero, one, ten = row.buttons[0], row.buttons[1], row.buttons[10]
    assert _left(zero, row) > _right(one, row)
    assert _left(ten, row) > _right(row.skip, row)
    assert _top(zero, row) == _top(row.skip, row)


def test_a_wrapped_rating_row_flows_right_to_left(qtbot: QtBot, mirrored: None) -> None:
    row = _suds(qtbot, 300)
    zero = row.buttons[0]
    assert _right(zero, row) >= row.width() - 2
    later = [b for b in (*row.buttons, row.skip) if _top(b, row) > _top(zero, row)]
    assert later, "the row should wrap at this width"
    assert _right(later[0], row) == _right(zero, row)


def test_the_compact_question_comes_first_on_the_right(qtbot: QtBot, mirrored: None) -> None:
    row = _suds(qtbot, 1200, compact=True)
    assert _left(row.question, row) > _right(row.buttons[0], row)
    assert _left(row.buttons[0], row) > _right(row.skip, row)


# -- the whole app, mirrored -------------------------------------------------------------------

SCREENS = ("home", "checkin-form", "checkin-result", "breathing", "grounding-step", "settings")
TEXT_SIZES = (100, 200)


@pytest.fixture(scope="module", params=TEXT_SIZES, ids=lambda t: f"text{t}")
def rtl_app(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    combo = Combo(request.param, QSize(800, 600), "light", "en", right_to_left=True)
    running = open_app(combo, tmp_path_factory.mktemp("rtl") / "data")
    try:
        yield running
    finally:
        running.window.close()
        running.window.deleteLater()
        left_to_right()


@pytest.mark.parametrize("screen", SCREENS)
def test_every_word_fits_right_to_left(rtl_app: object, screen: str, tmp_path: Path) -> None:
    from regulate.app import Regulate

    assert isinstance(rtl_app, Regulate)
    window = show(rtl_app, screen)
    assert QApplication.layoutDirection() == RTL
    assert window.isRightToLeft()
    found = [str(p) for p in problems(window)]
    assert not found, "\n".join(found)


def test_the_app_is_mirrored(rtl_app: object) -> None:
    from regulate.app import Regulate

    assert isinstance(rtl_app, Regulate)
    window = show(rtl_app, "home")
    home = rtl_app.home
    assert home.help_button is not None
    assert home.present_button is not None
    # The footer row: the first button is on the right of the second.
    assert _left(home.help_button, window) > _right(home.present_button, window)
    # The text reads right to left too: the greeting's ink is against the right edge.
    title = next(
        label
        for label in home.findChildren(QLabel)
        if label.objectName() == "title" and label.isVisible()
    )
    image = title.grab().toImage()
    background = image.pixelColor(0, 0)
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y) != background for y in range(image.height()))
    ]
    assert inked
    assert image.width() - 1 - max(inked) < min(inked)  # nearer the right edge
    assert max(inked) > image.width() - 12
    window = show(rtl_app, "checkin-form")
    diagram = rtl_app.page("checkin", CheckinPage).form.diagram
    assert diagram.text_rect().right() < diagram.bar_rect().left()
    # The diagram leads the form, so it is the right-most part of it.
    assert _right(diagram, window) > window.width() // 2


def test_the_pacer_keeps_left_on_the_left(qtbot: QtBot, mirrored: None) -> None:
    """Left and right are the person's sides (the tones sound there), not reading order."""
    dots = PacerDots(colours_for("light"))
    _shown(qtbot, dots, 400, 90)
    dots.show_tap(left=True, strength=1.0)
    image = dots.grab().toImage()
    accent = colours_for("light").accent
    assert image.pixelColor(round(400 * 0.3), 45) == accent
    assert image.pixelColor(round(400 * 0.7), 45) != accent


def test_the_chart_keeps_time_running_left_to_right(
    qtbot: QtBot, mirrored: None, tmp_path: Path
) -> None:
    """In a mirrored window the chart's time axis still runs left to right, and Earlier stays
    on the side where earlier days are drawn, Later on the other."""

    from regulate.ui.chart_panel import Panel
    from tests.widgets.test_chart import journal as make_journal
    from tests.widgets.test_chart import page_for

    page = page_for(qtbot, make_journal.__wrapped__(tmp_path))  # type: ignore[attr-defined]
    qtbot.waitExposed(page)
    settle()
    assert page.isRightToLeft()
    assert _left(page.earlier, page) < _left(page.later, page)
    plots = [item for item in page.view.plot.ci.items if isinstance(item, Panel)]
    assert plots
    for plot in plots:
        axis = plot.getAxis("left")
        axis_x = axis.mapRectToScene(axis.boundingRect()).x()
        area_x = plot.vb.mapRectToScene(plot.vb.boundingRect()).x()
        assert axis_x < area_x
