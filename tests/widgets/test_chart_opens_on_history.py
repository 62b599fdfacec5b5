"""Where the chart opens: on an import's period just after it, and on the year when the
latest month has only a few check-ins beside an older mood-only history (issue 16)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import Window
from regulate.paths import data_paths
from regulate.services import Services
from regulate.storage.journal import Journal
from regulate.storage.series import Series
from regulate.ui.chart import ChartPage
from regulate.ui.theme import LIGHT

NOW = datetime(2026, 11, 30, 15, 0).astimezone().timestamp()


def _moment(when: datetime) -> Moment:
    local = when.astimezone()
    offset = local.utcoffset()
    assert offset is not None
    return Moment(int(local.timestamp()), int(offset.total_seconds() // 60))


def _daylio(days: int, start: datetime = datetime(2026, 1, 2, 20)) -> list[CheckIn]:
    return [
        CheckIn(
            f"daylio-{n}",
            _moment(start + timedelta(days=n)),
            Window(),
            mood=1 + n % 5,
            source=Source.DAYLIO,
        )
        for n in range(days)
    ]


def _today(n: int = 1) -> list[CheckIn]:
    return [
        CheckIn(f"today-{i}", _moment(datetime(2026, 11, 30 - i, 9)), Window(3, 7), arousal=5)
        for i in range(n)
    ]


def _services(data_dir: Path, entries: list[CheckIn]) -> Services:
    paths = data_paths(data_dir)
    paths.ensure()
    with Journal.open(paths.journal) as opened:
        opened.import_records(entries, [])
    return Services(paths)


def _page(
    qtbot: QtBot,
    series: Series,
    focus: tuple[float, float] | None = None,
    read_rest: Callable[[], Series] | None = None,
) -> ChartPage:
    page = ChartPage(series, {}, LIGHT, False, now=lambda: NOW, focus=focus, read_rest=read_rest)
    qtbot.addWidget(page)
    return page


def _first_day(page: ChartPage) -> date:
    return datetime.fromtimestamp(page.view.start).date()


def test_a_normal_open_shows_the_year_of_a_mood_only_history(qtbot: QtBot, data_dir: Path) -> None:
    services = _services(data_dir, [*_daylio(158), *_today()])
    page = _page(qtbot, services.read_series())
    assert page.view.key == "year"
    assert page.range_buttons["year"].isChecked()
    assert _first_day(page) == date(2026, 1, 1)
    assert "159 check-ins" in page.summary.text()


def test_with_only_the_latest_weeks_read_the_year_waits_for_the_rest(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = _services(data_dir, [*_daylio(158), *_today()])
    page = _page(qtbot, services.read_latest_series())
    assert page.view.part is not None
    assert page.view.key == "month"  # the first frame: as fast as ever
    page.complete(services.read_series())
    assert page.view.key == "year"
    assert page.range_buttons["year"].isChecked()


def test_a_period_the_person_chose_meanwhile_stays(qtbot: QtBot, data_dir: Path) -> None:
    services = _services(data_dir, [*_daylio(158), *_today()])
    page = _page(qtbot, services.read_latest_series())
    page.show_range("week")
    page.complete(services.read_series())
    assert page.view.key == "week"


@pytest.mark.parametrize(
    "entries",
    [
        pytest.param(lambda: [*_daylio(158), *_today(5)], id="five-days-this-month"),
        pytest.param(
            lambda: (
                [
                    CheckIn(
                        f"a{n}", _moment(datetime(2026, 3, 1, 9) + timedelta(days=n)), Window(), 5
                    )
                    for n in range(60)
                ]
                + _today()
            ),
            id="history-has-activation",
        ),
    ],
)
def test_otherwise_the_latest_month_as_before(
    qtbot: QtBot, data_dir: Path, entries: Callable[[], list[CheckIn]]
) -> None:
    services = _services(data_dir, entries())
    page = _page(qtbot, services.read_series())
    assert page.view.key == "month"
    assert _first_day(page) == date(2026, 11, 1)


def test_a_history_older_than_the_year_opens_on_everything(qtbot: QtBot, data_dir: Path) -> None:
    services = _services(data_dir, [*_daylio(300, datetime(2025, 6, 1, 20)), *_today()])
    page = _page(qtbot, services.read_series())
    assert page.view.key == "all"


def test_after_an_import_the_chart_opens_on_its_period(qtbot: QtBot, data_dir: Path) -> None:
    imported = _daylio(25, datetime(2026, 3, 3, 20))  # 3 to 27 March
    services = _services(data_dir, [*imported, *_today(10)])
    focus = (float(imported[0].at.epoch), float(imported[-1].at.epoch))
    page = _page(qtbot, services.read_series(), focus)
    assert page.view.key == "month"
    assert _first_day(page) == date(2026, 3, 1)
    assert "March 2026" in page.summary.text()
    # The import's span across months: the year holding both ends.
    wide = (float(imported[0].at.epoch), NOW)
    assert _page(qtbot, services.read_series(), wide).view.key == "year"


def test_the_import_reports_its_span_once(tmp_path: Path, data_dir: Path) -> None:
    source = tmp_path / "daylio_export.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note\n"
        "2026-03-27,March 27,Friday,20:00,good,,\n"
        "2026-03-03,March 3,Tuesday,20:00,rad,,\n",
        encoding="utf-8",
    )
    services = _services(data_dir, _today())
    result = services.import_file(source)
    assert result.span is not None
    first, last = result.span
    assert datetime.fromtimestamp(first).date() == date(2026, 3, 3)
    assert datetime.fromtimestamp(last).date() == date(2026, 3, 27)
    assert services.take_imported_span() == result.span
    assert services.take_imported_span() is None


def test_year_at_a_glance_opens_by_mood_for_a_mood_only_year(qtbot: QtBot, data_dir: Path) -> None:
    services = _services(data_dir, [*_daylio(158), *_today()])
    page = _page(qtbot, services.read_series())
    year = page.show_year()
    assert year.calendar.by_mood
    assert year.by_mood.isChecked()
    assert year.calendar.colour(date(2026, 1, 2)) is not None  # no longer grey
    year.by_mood.setChecked(False)  # the toggle still switches
    assert not year.calendar.by_mood


def test_year_at_a_glance_stays_by_window_when_most_days_have_activation(
    qtbot: QtBot, data_dir: Path
) -> None:
    services = _services(data_dir, [*_daylio(3, datetime(2026, 11, 1, 20)), *_today(10)])
    page = _page(qtbot, services.read_series())
    year = page.show_year()
    assert not year.calendar.by_mood
    assert year.by_mood.isEnabled()


def test_the_app_opens_the_chart_on_an_imported_daylio_history(
    qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    """As the tester did: mood-only Daylio days imported from the app into a journal with
    recent check-ins; the chart that opens after it shows the imported month, not this one."""
    from regulate.app import Regulate
    from regulate.ui.data_dialogs import import_file
    from regulate.ui.startup import make_application
    from regulate.ui.worker import wait_for_background

    rows = [
        f"{day.isoformat()},x,x,20:00,{('awful', 'bad', 'meh', 'good', 'rad')[n % 5]},,"
        for n in range(25)
        if (day := date(2026, 3, 3) + timedelta(days=n))
    ]
    source = tmp_path / "daylio_export.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    services = _services(data_dir, _today(10))  # a busy November: no reason to leave it
    running = Regulate(make_application(), services)
    qtbot.addWidget(running.window)
    import_file(services, source, running.window, running.chart)
    qtbot.waitUntil(lambda: "chart" in running.screens, timeout=10_000)
    assert wait_for_background()
    page = running.screens["chart"]
    assert isinstance(page, ChartPage)
    assert page.view.key == "month"
    assert _first_day(page) == date(2026, 3, 1)
    assert page.status.text().startswith("Imported 25 check-ins")
    running.chart()  # opened again later: the latest month, as usual
    page = running.screens["chart"]
    assert isinstance(page, ChartPage)
    qtbot.waitUntil(lambda: page.view.part is None or page.view.key == "month", timeout=10_000)
    assert _first_day(page) == date(2026, 11, 1)
