"""A PDF summary a person may choose to bring to their therapist: exactly the period asked for,
the chart, shares of check-ins below, within and above the window, severe check-ins, the window
bounds in force, distress before and after each exercise, and notes only if asked for.

Built from a QTextDocument printed to QPdfWriter (QtGui; no print dialog needed), in the
locale's paper size. Works without a display (the offscreen platform).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from regulate import __version__
from regulate.core.entries import ItemKind
from regulate.core.insights import (
    before_after,
    bounds_in_force,
    count_severe,
    local_month,
    monthly_zone_counts,
    months_between,
    percentages,
    zone_counts,
)
from regulate.storage.files import atomic_target
from regulate.storage.series import Series
from regulate.ui.numbers import day_text
from regulate.ui.theme import LIGHT

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
    from datetime import timedelta

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
    import time

    from regulate.ui.chart import ChartView

    clock = time.time() if now is None else now
    view = ChartView(series, LIGHT, False, lambda: clock)
    view.resize(1100, 560)
    view.show_period(*series.period(clock))
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.show()
    QCoreApplication.processEvents()
    image = view.grab().toImage()
    view.close()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes
    return bytes(data.data())


def _e(text: str) -> str:
    return html.escape(text)


def _row(cells: Sequence[object], head: bool = False) -> str:
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{_e(str(c))}</{tag}>" for c in cells) + "</tr>"


_TABLE = "<table border='1' cellpadding='4' cellspacing='0'>"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def report_html(
    series: Series,
    titles: Mapping[tuple[ItemKind, str], str],
    include_notes: bool,
    now: float | None = None,
) -> str:
    import time

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
        parts.append('<p><img src="mem://chart.png" width="640"></p>')
        parts.append(
            "<p><small>"
            + _e(
                translate(
                    "Report",
                    "The shaded band is my window of tolerance; the points are how activated I "
                    "felt each day (0 shut down, 10 overwhelmed), a bar the day's range; mood "
                    "(1 to 5) is in its own panel below.",
                )
            )
            + "</small></p>"
        )
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
                ).format(below=below, within=within, above=above)
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
    bounds = bounds_in_force(c.epoch, c.low, c.high)
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
        months = monthly_zone_counts(
            c.epoch, c.offset, c.zone, months_between(start, end, _local_offset())
        )
        distress: dict[str, list[float]] = {}
        for epoch, offset, suds in zip(c.epoch, c.offset, c.suds, strict=True):
            if suds is not None:
                distress.setdefault(local_month(epoch, offset), []).append(suds)
        parts.append(
            _TABLE
            + _row(
                [
                    translate("Report", "Month"),
                    translate("Report", "Check-ins"),
                    translate("Report", "Below"),
                    translate("Report", "Within"),
                    translate("Report", "Above"),
                    translate("Report", "Mean distress"),
                ],
                head=True,
            )
        )
        for month, tally in months:
            rated = distress.get(month, [])
            parts.append(
                _row(
                    [
                        month,
                        tally.total,
                        tally.below,
                        tally.within,
                        tally.above,
                        _number(sum(rated) / len(rated) if rated else None),
                    ]
                )
            )
        parts.append("</table>")
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
                    "Distress 0 to 10, before and after, averaged over the sessions I rated; "
                    "the range is a 95 % interval of the change, wide when there are few "
                    "sessions. Sorted by how many sessions there are.",
                )
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
                    translate("Report", "Change (95 % interval)"),
                ],
                head=True,
            )
        )
        for record in items:
            title = titles.get((ItemKind(record.kind), record.item), record.item)
            if record.change is None or record.low is None or record.high is None:
                change = translate("Report", "not rated")
            else:
                change = translate("Report", "{c:+.1f} ({low:+.1f} to {high:+.1f})").format(
                    c=record.change, low=max(record.low, -10.0), high=min(record.high, 10.0)
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
    if chart is not None:
        image = QByteArray(chart)
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("mem://chart.png"),
            QImage.fromData(image),
        )
    document.setHtml(report_html(series, titles, include_notes))
    print_pdf(document, out, translate("Report", "My Regulate summary"))
