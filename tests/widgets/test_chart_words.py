"""Every word of the chart can be read in the real app, in English and German, at 100 and 200 %
text: the mood words on the axis, the grid's labels, the table's header, day names the
language's way; and the numbers, the legend and "What helps me" say what is there plainly."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from regulate.core.entries import CheckIn, ItemKind, Moment, Session
from regulate.core.scales import Window
from regulate.storage.journal import Journal
from regulate.ui.a11y import mood_words
from regulate.ui.chart import DAY, ChartPage
from regulate.ui.i18n import install_translators
from tests.layout import Combo, open_app, settle

NOW = datetime(2026, 12, 3, 12).timestamp()


@pytest.fixture
def plain_app(qapp: QApplication) -> Iterator[QApplication]:
    """Back to English at the usual text size afterwards, whatever a test opened."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield qapp
    install_translators(qapp, "en")
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def fill(data: Path, per_day: int = 2) -> None:
    """Forty days of check-ins with activation, mood and distress, and a few sessions."""
    data.mkdir(parents=True, exist_ok=True)
    entries = [
        CheckIn(
            f"c{n}-{k}",
            Moment(int(NOW - (40 - n) * DAY + k * 3600), 60),
            Window(3, 7),
            arousal=(n + 3 * k) % 11,
            mood=1 + (n + k) % 5,
            suds=(n + k) % 11,
        )
        for n in range(40)
        for k in range(per_day)
    ]
    sessions = [
        Session(f"s{i}", Moment(int(NOW - (12 - i) * DAY)), ItemKind.PATTERN, "box", 120.0, 8, 4)
        for i in range(6)
    ]
    with Journal.open(data / "journal.db") as journal:
        journal.import_records(entries, sessions)


def chart_in(combo: Combo, data: Path) -> ChartPage:
    """The real app in ``combo`` with the chart open on the whole journal."""
    fill(data)
    running = open_app(combo, data)
    running.chart()
    settle()
    page = running.window.findChild(ChartPage)
    assert page is not None
    if page.view.part is not None:  # the rest is read off the GUI thread: take it here
        page.complete(running.services.read_series())
    settle()
    page._running = running  # type: ignore[attr-defined]  # kept alive with the page
    return page


def drawn_words(axis: object) -> list[str]:
    """The tick words pyqtgraph would draw on ``axis`` as it is laid out now (it leaves out a
    word that would not fit)."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _line, _ticks, texts = axis.generateDrawSpecs(painter)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


COMBOS = [
    Combo(text, size, "light", language)
    for text in (100, 200)
    for size in (QSize(800, 600), QSize(1280, 800))
    for language in ("en", "de")
]


@pytest.mark.parametrize("combo", COMBOS, ids=str)
def test_all_five_mood_words_are_drawn_on_the_mood_axis(
    plain_app: QApplication, tmp_path: Path, combo: Combo
) -> None:
    page = chart_in(combo, tmp_path / "data")
    view = page.view
    assert view.mood_panel in view.panels
    for key in ("week", "month", "year", "all"):
        page.range_buttons[key].click()
        settle()
        words = drawn_words(view.mood_panel.getAxis("left"))
        assert set(mood_words()) <= set(words), (key, words)
    assert drawn_words(view.top.getAxis("left")) == ["0", "2", "4", "6", "8", "10"]
    # Both left axes the same width, so the days of the two panels line up.
    assert view.top.getAxis("left").width() == view.mood_panel.getAxis("left").width()


def test_day_labels_are_written_the_language_s_way(plain_app: QApplication) -> None:
    from regulate.ui.chart import DateAxis

    axis = DateAxis()
    axis._unit = "day"
    days = [datetime(2026, 11, 30, 12).timestamp(), datetime(2026, 12, 1, 12).timestamp()]
    install_translators(plain_app, "de")
    assert QLocale().language() == QLocale.Language.German
    assert axis.tickStrings(days, 1, 1) == ["Mo. 30.", "1. Dez."]
    install_translators(plain_app, "en")
    monday, first = axis.tickStrings(days, 1, 1)
    assert monday == "Mon 30"
    assert first in ("Dec 1", "1 Dec")  # the locale's own order


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_week_s_day_labels_do_not_crowd_at_200_percent(
    plain_app: QApplication, tmp_path: Path, language: str
) -> None:
    from PySide6.QtGui import QFontMetricsF

    page = chart_in(Combo(200, QSize(800, 600), "light", language), tmp_path / "data")
    page.range_buttons["week"].click()
    settle()
    axis = page.view.mood_panel.getAxis("bottom")
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _line, _ticks, texts = axis.generateDrawSpecs(painter)
    painter.end()
    assert len(texts) >= 2
    metrics = QFontMetricsF(axis.style["tickFont"])
    spans = sorted(
        (
            rect.center().x() - metrics.horizontalAdvance(text) / 2,
            rect.center().x() + metrics.horizontalAdvance(text) / 2,
        )
        for rect, _flags, text in texts
    )
    for (_, right), (left, _) in itertools.pairwise(spans):
        assert right < left  # no two day names run into each other


@pytest.mark.parametrize("combo", COMBOS, ids=str)
def test_every_mood_word_fits_beside_the_energy_grid(
    plain_app: QApplication, tmp_path: Path, combo: Combo
) -> None:
    from PySide6.QtGui import QFontMetricsF

    page = chart_in(combo, tmp_path / "data")
    page.tabs.setCurrentIndex(3)
    grid = page.show_energy().grid
    settle()
    metrics = QFontMetricsF(grid.font())
    boxes = grid.label_rects()
    assert [word for word, _box in boxes] == list(mood_words())
    for word, box in boxes:
        assert box.left() >= 0
        assert metrics.horizontalAdvance(word) <= box.width(), (word, box)
        assert metrics.height() <= box.height(), (word, box)
    assert grid.width() >= grid.minimumWidth()


@pytest.mark.parametrize("combo", COMBOS[:2] + COMBOS[4:6], ids=str)
def test_the_day_table_s_titles_wrap_rather_than_being_cut(
    plain_app: QApplication, tmp_path: Path, combo: Combo
) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    page = chart_in(combo, tmp_path / "data")
    page.table_box.setChecked(True)
    settle()
    table = page.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    wrap = Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value
    for section in range(header.count()):
        text = table.model().headerData(section, Qt.Orientation.Horizontal)
        width = header.sectionSize(section) - margin
        assert max(metrics.horizontalAdvance(word) for word in text.split()) <= width, text
        lines = metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, text)
        assert lines.height() <= header.height() - margin / 2, text
        # And the cells: none cut short with an ellipsis.
        for row in range(min(10, table.model().rowCount())):
            cell = table.model().data(table.model().index(row, section))
            assert metrics.horizontalAdvance(cell or "") <= header.sectionSize(section), cell


def test_the_report_says_likely_range_and_keeps_each_share_on_one_line(
    plain_app: QApplication, tmp_path: Path
) -> None:
    from regulate.paths import data_paths
    from regulate.services import Services
    from regulate.ui.report import report_html

    fill(tmp_path / "data")
    series = Services(data_paths(tmp_path / "data")).read_series()
    html = report_html(series, {}, include_notes=False, now=NOW)
    assert "Change (likely range)" in html
    assert "95 % interval" not in html  # the jargon, as a heading or cut at its space
    assert "The likely range is where the real change most probably lies (a 95\u00a0% " in html
    assert "\u00a0% were below my window" in html
    assert "\u00a0% within it and " in html
    assert "\u00a0% above it." in html


@pytest.mark.parametrize("combo", COMBOS, ids=str)
def test_the_year_calendar_fits_its_names_and_squares(
    plain_app: QApplication, tmp_path: Path, combo: Combo
) -> None:
    """Month names, the year and 31 squares a row all fit the calendar, one name a row, at
    every text size and window size: the names shrink only as far as they must."""
    from PySide6.QtGui import QFontMetricsF

    page = chart_in(combo, tmp_path / "data")
    page.tabs.setCurrentIndex(2)
    calendar = page.show_year().calendar
    settle()
    picture = calendar.picture
    assert picture.label_font is not None
    metrics = QFontMetricsF(picture.label_font)
    names = [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
    for name in [*names, str(calendar.year)]:
        assert metrics.horizontalAdvance(name) <= picture.LEFT - 8, name
    assert metrics.height() <= picture.step
    assert picture.LEFT + 31 * picture.step <= calendar.width()
    assert calendar.width() <= page.tabs.width()
    assert picture.CELL >= 10  # still a square a finger or a pointer can find


@pytest.mark.parametrize("combo", [c for c in COMBOS if c.language == "en"], ids=str)
def test_the_lowest_time_axis_is_never_cut(
    plain_app: QApplication, tmp_path: Path, combo: Combo
) -> None:
    """The drawing area is as tall as the panels with the margins and the gap between them,
    so the dates under the lowest panel are drawn whole, at any text size."""
    page = chart_in(combo, tmp_path / "data")
    view = page.view
    for mood in (True, False, True):
        page.mood_box.setChecked(mood)
        settle()
        lowest = view.panels[-1].getAxis("bottom")
        bottom = lowest.mapRectToScene(lowest.boundingRect()).bottom()
        assert lowest.isVisible()
        assert bottom <= view.plot.viewport().height() + 0.5, (mood, bottom)
