"""A PDF summary a person may choose to bring to their therapist: exactly the period asked for,
the chart and the calendar of its days (pictures, each with words saying what they show),
shares of check-ins below, within and above the window, severe check-ins, the window bounds in
force, distress before and after each exercise, and notes only if asked for.

Built from a QTextDocument printed to QPdfWriter (QtGui; no print dialog needed), in the
locale's paper size. Works without a display (the offscreen platform).
"""

from __future__ import annotations

import html
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from regulate import __version__
from regulate.core.entries import ItemKind
from regulate.core.insights import (
    before_after,
    bounds_in_force,
    count_severe,
    monthly_rows,
    months_between,
    percentages,
    zone_counts,
)
from regulate.storage.files import atomic_target
from regulate.storage.series import Series
from regulate.ui.numbers import day_text, decimal, signed
from regulate.ui.theme import LIGHT

if TYPE_CHECKING:
    from regulate.ui.calendar_picture import DayTally

translate = QCoreApplication.translate


def paper_size() -> QPageSize:
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def print_pdf(document: QTextDocument, out: Path, title: str) -> None:
    """``document`` as a PDF at ``out`` in the locale's paper size, written in one step: the
    old file stays unless a whole PDF was written (OSError otherwise)."""
    with atomic_target(out, head=b"%PDF-", tail=b"%%EOF") as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(paper_size())
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(title)
        writer.setCreator(f"Regulate {__version__}")
        document.print_(writer)
        del writer  # finishes the file


def _date(epoch: float) -> str:
    return day_text(datetime.fromtimestamp(epoch, tz=UTC).astimezone().date())


def _local_offset() -> int:
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def _period_text(start: float, end: float) -> str:
    """``end`` is the first moment after the period, so the last day shown is the day before."""
    return translate("Report", "{start} to {end}").format(
        start=_date(start), end=_date(max(start, end - 1))
    )


#: The periods the app offers for a summary, shortest first.
PERIOD_KEYS = ("month", "quarter", "year", "all")


def period_names() -> dict[str, str]:
    return {
        "month": translate("Report", "The last month"),
        "quarter": translate("Report", "The last 3 months"),
        "year": translate("Report", "This year"),
        "all": translate("Report", "Everything"),
    }


def period_start(key: str, now: float) -> float | None:
    """The first moment of a chosen period (a local midnight), or None for everything."""
    today = (
        datetime.fromtimestamp(now).astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    )
    if key == "month":
        return (today - timedelta(days=30)).timestamp()
    if key == "quarter":
        return (today - timedelta(days=91)).timestamp()
    if key == "year":
        return today.replace(month=1, day=1).timestamp()
    return None


def chart_png(series: Series, now: float | None = None) -> bytes:
    """The chart over exactly the report's period as a PNG, drawn offscreen."""
    from regulate.ui.chart import ChartView

    clock = time.time() if now is None else now
    view = ChartView(series, LIGHT, False, lambda: clock)
    view.resize(900, 460)  # printed 640 wide: its words stay legible
    view.show_period(*series.period(clock))
    view.details.hide()  # the on-screen line for a chosen day; nothing is chosen on paper
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.show()
    QCoreApplication.processEvents()
    image = view.grab().toImage()
    view.close()
    return _png(image)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    return bytes(data.data())


def _local_day(epoch: float) -> date:
    return datetime.fromtimestamp(epoch, tz=UTC).astimezone().date()


def calendar_years(start: float, end: float) -> dict[int, list[tuple[int, int]]]:
    """The months of the period [start, end), a calendar picture for each year."""
    first, last = _local_day(start), _local_day(max(start, end - 1))
    years: dict[int, list[tuple[int, int]]] = {}
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        years.setdefault(year, []).append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return years


def _by_mood(series: Series, start: float, end: float) -> bool:
    """Coloured as the calendar tab opens: by window when most of the period's days with
    check-ins have an activation rating, else by mood (``calendar_picture.colour_by_mood``)."""
    from regulate.ui.calendar_picture import colour_by_mood
    from regulate.ui.chart import daily

    return colour_by_mood(daily(series), _local_day(start), _local_day(max(start, end - 1)))


#: The outline of a day without check-ins, printed on white.
PRINTED_EMPTY = QColor("#9aa3ab")


def calendar_pngs(series: Series, start: float, end: float) -> dict[int, bytes]:
    """The calendar of exactly the period's months, one picture a year, coloured for paper
    (the light theme; days outside the period left blank). QImage and QPainter only, so this
    may run off the GUI thread."""
    from regulate.ui.a11y import mood_words
    from regulate.ui.calendar_picture import MOOD_SHADES, CalendarPicture
    from regulate.ui.chart import LINE_COLOURS, daily

    days = daily(series)
    lines = LINE_COLOURS[False]
    colours = (lines["arousal"], lines["band"], lines["suds"])
    by_mood = _by_mood(series, start, end)
    first, last = _local_day(start), _local_day(max(start, end - 1))
    if by_mood:
        legend: list[tuple[QColor | None, str]] = [
            (QColor(c), w) for c, w in zip(MOOD_SHADES, mood_words(), strict=True)
        ]
    else:
        legend = [
            (QColor(colours[0]), translate("Report", "mostly below my window")),
            (QColor(colours[1]), translate("Report", "mostly within it")),
            (QColor(colours[2]), translate("Report", "mostly above it")),
        ]
    legend.append((None, translate("Report", "no check-ins")))
    pictures = {}
    years = calendar_years(start, end)
    for year, months in years.items():
        picture = CalendarPicture(days, colours, months, first, last)
        picture.by_mood = by_mood
        picture.marks = True
        picture.empty_outline = PRINTED_EMPTY
        picture.font.setPointSizeF(9)
        if year == max(years):
            picture.legend = legend  # once, under the last year
        size = picture.size()
        scale = 3  # sharp on paper
        image = QImage(size * scale, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.setFont(picture.font)
        picture.paint(painter, QColor(LIGHT.text), PRINTED_EMPTY, str(year), None)
        painter.end()
        pictures[year] = _png(image)
    return pictures


def _tally(series: Series, start: float, end: float) -> DayTally:
    from regulate.ui.calendar_picture import tally
    from regulate.ui.chart import daily

    return tally(daily(series), _local_day(start), _local_day(max(start, end - 1)))


def _days_rated(series: Series, start: float, end: float) -> tuple[int, int]:
    """How many days of the period have a check-in with an activation rating, and with a
    mood rating."""
    from regulate.ui.calendar_picture import day_number
    from regulate.ui.chart import daily

    days = daily(series)
    span = [day_number(_local_day(start)), day_number(_local_day(max(start, end - 1))) + 1]
    lo, hi = (int(i) for i in days.number.searchsorted(span))
    return int((days.arousal.n[lo:hi] > 0).sum()), int((days.mood.n[lo:hi] > 0).sum())


def _month_name(key: str) -> str:
    """ "2026-01" as the interface language writes a month: "January 2026", "Januar 2026"."""
    year, _, month = key.partition("-")
    return QLocale().toString(QDate(int(year), int(month), 1), "MMMM yyyy")


def _e(text: str) -> str:
    return html.escape(text)


def _row(cells: Sequence[object], head: bool = False) -> str:
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{_e(str(c))}</{tag}>" for c in cells) + "</tr>"


_TABLE = "<table border='1' cellpadding='4' cellspacing='0'>"


def _month_header(with_mood: bool) -> str:
    """The monthly table's head: below, within and above under "With an activation rating"
    (a month of mood-only check-ins counts them all, with zeros there); the mean mood only
    when the period has mood."""

    def th(text: str, span: str = "") -> str:
        return f"<th{span}>{_e(text)}</th>"

    tall = " rowspan='2'"
    top = [
        th(translate("Report", "Month"), tall),
        th(translate("Report", "Check-ins"), tall),
        th(translate("Report", "With an activation rating"), " colspan='3'"),
    ]
    if with_mood:
        top.append(th(translate("Report", "Mean mood (1 to 5)"), tall))
    top.append(th(translate("Report", "Mean distress"), tall))
    under = [
        th(translate("Report", "Below")),
        th(translate("Report", "Within")),
        th(translate("Report", "Above")),
    ]
    return "<tr>" + "".join(top) + "</tr><tr>" + "".join(under) + "</tr>"


def _number(value: float | None) -> str:
    return "-" if value is None else decimal(value)


def report_html(
    series: Series,
    titles: Mapping[tuple[ItemKind, str], str],
    include_notes: bool,
    now: float | None = None,
) -> str:
    c, s = series.checkins, series.sessions
    clock = time.time() if now is None else now
    has_entries = bool(c.epoch or s.epoch)
    start, end = series.period(clock)
    if has_entries or series.since is not None:
        period = _period_text(start, end)
    else:
        period = translate("Report", "no entries yet")
    checkins, sessions = len(c.epoch), len(s.epoch)
    parts = [
        f"<h1>{_e(translate('Report', 'My Regulate summary'))}</h1>",
        f"<p>{_e(translate('Report', 'Period: {period}').format(period=period))}<br>",
        _e(
            translate("Report", "{checkins} and {sessions}.").format(
                checkins=translate("Report", "%n check-ins", None, checkins),
                sessions=translate("Report", "%n breathing or grounding sessions", None, sessions),
            )
        ),
        "</p>",
    ]
    if has_entries:
        alt = translate("Report", "Chart of my check-ins from {period}").format(period=period)
        parts.append(f'<p><img src="mem://chart.png" width="640" alt="{_e(alt)}"></p>')
        parts.append(
            "<p><small>"
            + _e(translate("Report", "The chart shows {period}, day by day.").format(period=period))
            + " "
            + _e(
                translate(
                    "Report",
                    "The shaded band is my window of tolerance; the points are how activated I "
                    "felt each day (0 shut down, 10 overwhelmed), a bar the day's range; mood "
                    "(1 to 5) is in its own panel below.",
                )
                if any(a is not None for a in c.arousal) or not c.epoch
                else translate(
                    "Report",
                    "The points are my mood each day, from awful (1) to great (5), a bar the "
                    "day's range.",
                )
            )
            + "</small></p>"
        )
    if c.epoch:
        parts.extend(_calendar_html(series, start, end, period))
    heading = translate("Report", "My check-ins against my window")
    parts.append(f"<h2>{_e(heading)}</h2>")
    counts = zone_counts(c.zone)
    shares = percentages(counts)
    if shares is None:
        parts.append(f"<p>{_e(translate('Report', 'No check-ins with activation.'))}</p>")
    else:
        below, within, above = shares
        total = counts.total
        parts.append(
            "<p>"
            + _e(
                translate(
                    "Report",
                    "Of %n check-ins with an activation rating, {below} % were below my "
                    "window, {within} % within it and {above} % above it.",
                    None,
                    total,
                )
                .format(below=below, within=within, above=above)
                .replace(" %", "\u00a0%")  # "40 %" never broken across two lines
            )
            + "<br><small>"
            + _e(
                translate(
                    "Report",
                    "These are shares of check-ins, not of time: I often check in when "
                    "things are hard.",
                )
            )
            + "</small></p>"
        )
    severe = count_severe(c.arousal, c.suds)
    parts.append(
        "<p>"
        + _e(
            translate(
                "Report",
                "Severe check-ins (activation 0 or 10, or distress 8 or more): {n}.",
            ).format(n=severe)
        )
        + "</p>"
    )
    # The window only means something for check-ins that placed a marker on it (a Daylio
    # entry has mood alone and carries the default window it was given on import).
    placed = [
        (epoch, low, high)
        for epoch, low, high, arousal in zip(c.epoch, c.low, c.high, c.arousal, strict=True)
        if arousal is not None
    ]
    bounds = bounds_in_force([p[0] for p in placed], [p[1] for p in placed], [p[2] for p in placed])
    if bounds:
        parts.append("<p>" + _e(translate("Report", "My window over this period:")) + "<br>")
        lines = []
        for index, (since, low, high) in enumerate(bounds):
            lines.append(
                _e(
                    translate("Report", "{low} to {high}, from {date}").format(
                        low=low, high=high, date=_date(start if index == 0 else since)
                    )
                )
            )
        parts.append("<br>".join(lines) + "</p>")
    if has_entries or series.since is not None:
        months = monthly_rows(
            c.epoch,
            c.offset,
            c.zone,
            c.mood,
            c.suds,
            months_between(start, end, _local_offset()),
        )
        with_mood = any(row.mean_mood is not None for row in months)
        parts.append(_TABLE + _month_header(with_mood))
        for row in months:
            cells: list[object] = [
                _month_name(row.month),
                row.checkins,
                row.zones.below,
                row.zones.within,
                row.zones.above,
            ]
            if with_mood:
                cells.append(_number(row.mean_mood))
            cells.append(_number(row.mean_distress))
            parts.append(_row(cells))
        parts.append("</table>")
        parts.append(
            "<p><small>"
            + _e(
                translate(
                    "Report",
                    "Check-ins counts every check-in of the month. Below, within and above "
                    "count only those with an activation rating, by my window then.",
                )
            )
            + "</small></p>"
        )
    items = before_after(s.kind, s.item, s.epoch, s.offset, s.suds_before, s.suds_after)
    parts.append(f"<h2>{_e(translate('Report', 'What helps me'))}</h2>")
    if not items:
        parts.append(f"<p>{_e(translate('Report', 'No sessions yet.'))}</p>")
    else:
        parts.append(
            "<p><small>"
            + _e(
                translate(
                    "Report",
                    "Distress 0 to 10, before and after, averaged over the sessions I rated. "
                    "The likely range is where the real change most probably lies (a 95 % "
                    "interval); it is wide when there are few sessions. Sorted by how many "
                    "sessions there are.",
                ).replace(" %", "\u00a0%")
            )
            + "</small></p>"
            + _TABLE
            + _row(
                [
                    translate("Report", "Pattern or exercise"),
                    translate("Report", "Times"),
                    translate("Report", "Rated"),
                    translate("Report", "Mean before"),
                    translate("Report", "Mean after"),
                    translate("Report", "Change (likely range)"),
                ],
                head=True,
            )
        )
        for record in items:
            title = titles.get((ItemKind(record.kind), record.item), record.item)
            if record.change is None or record.low is None or record.high is None:
                change = translate("Report", "not rated")
            else:
                change = translate("Report", "{c} ({low} to {high})").format(
                    c=signed(record.change),
                    low=signed(max(record.low, -10.0)),
                    high=signed(min(record.high, 10.0)),
                )
            parts.append(
                _row(
                    [
                        title,
                        record.times,
                        record.rated,
                        _number(record.mean_before),
                        _number(record.mean_after),
                        change,
                    ]
                )
            )
        parts.append("</table>")
    if include_notes:
        notes = [(epoch, note) for epoch, note in zip(c.epoch, c.note, strict=True) if note]
        parts.append(f"<h2>{_e(translate('Report', 'My notes'))}</h2>")
        for epoch, note in notes[-200:]:
            text = _e(note).replace("\n", "<br>")
            parts.append(f"<p><b>{_date(epoch)}</b><br>{text}</p>")
    parts.append(
        "<p><small>"
        + _e(
            translate(
                "Report",
                "Made with Regulate {version}, a self-help practice tool. It is not a medical "
                "device and these numbers are my own ratings, not a diagnosis.",
            ).format(version=__version__)
        )
        + "</small></p>"
    )
    return "\n".join(parts)


def _calendar_html(series: Series, start: float, end: float, period: str) -> list[str]:
    """The calendar pictures, each with words saying what it shows (read on paper, or aloud)."""
    from regulate.ui.a11y import mood_words

    counts = _tally(series, start, end)
    days_of = _days_rated(series, start, end)
    if _by_mood(series, start, end):
        what = translate(
            "Report",
            "My days from {period}, one square a day, coloured by that day's mood: purple for "
            "hard days, grey for middling ones, green for good ones. Squares left white are days "
            "without check-ins.",
        ).format(period=period)
        mood = "" if counts.mood is None else mood_words()[counts.mood - 1]
        days = counts.days
        numbers = translate(
            "Report", "Check-ins on %n days; mood on average {mood}.", None, days
        ).format(mood=mood)
        if days_of[1] < counts.days:
            what += " " + translate("Report", "So are days whose check-ins have no mood rating.")
    else:
        what = translate(
            "Report",
            "My days from {period}, one square a day, coloured by where most of that day's "
            "check-ins sat: blue (marked with a point down) below my window, green within it, "
            "orange (marked with a point up) above it. Squares left white are days without "
            "check-ins.",
        ).format(period=period)
        days = counts.days
        numbers = translate(
            "Report",
            "Check-ins on %n days: mostly within my window on {within}, above it on "
            "{above}, below it on {below}.",
            None,
            days,
        ).format(within=counts.within, above=counts.above, below=counts.below)
        if days_of[0] < counts.days:
            what += " " + translate(
                "Report", "So are days whose check-ins have only a mood rating."
            )
    first, last = _local_day(start), _local_day(max(start, end - 1))
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        what += " " + translate("Report", "Days outside this period are left blank.")
    heading = translate("Report", "My days at a glance")
    parts = [f"<h2>{_e(heading)}</h2>"]
    for year in calendar_years(start, end):
        alt = translate("Report", "Calendar of my days in {year}").format(year=year)
        parts.append(f'<p><img src="mem://calendar-{year}.png" width="560" alt="{_e(alt)}"></p>')
    parts.append(f"<p><small>{_e(what)}<br>{_e(numbers)}</small></p>")
    return parts


def write_report(
    series: Series,
    titles: Mapping[tuple[ItemKind, str], str],
    out: Path,
    include_notes: bool = False,
    chart: bytes | None = None,
) -> None:
    """Write the PDF in one step: a half-written report never appears at ``out``.

    ``chart`` is the chart already drawn (``chart_png``, on the GUI thread); without it the
    chart is drawn here, so then this must run on the GUI thread too."""
    document = QTextDocument()
    font = QFont()
    # A printed page: its own size, whatever text size the app's window uses (as the handout).
    font.setPointSize(10)
    font.setFeature(QFont.Tag("liga"), 0)  # plain letters, so copied or read-aloud text is exact
    document.setDefaultFont(font)
    if chart is None and (series.checkins.epoch or series.sessions.epoch):
        chart = chart_png(series)
    pictures = {"chart.png": chart} if chart is not None else {}
    clock = time.time()
    if series.checkins.epoch:
        for year, png in calendar_pngs(series, *series.period(clock)).items():
            pictures[f"calendar-{year}.png"] = png
    for name, png in pictures.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"mem://{name}"),
            QImage.fromData(QByteArray(png)),
        )
    document.setHtml(report_html(series, titles, include_notes, clock))
    print_pdf(document, out, translate("Report", "My Regulate summary"))
