"""A PDF summary a person may choose to bring to their therapist: the period, the chart, time
within the window, what helps, and their notes only if they ask for them.

Built from a QTextDocument printed to QPdfWriter (QtGui; no print dialog needed), in the
locale's paper size. Works without a display (the offscreen platform).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from regulate import __version__
from regulate.core.entries import ItemKind
from regulate.core.insights import monthly_window_share, overall_share
from regulate.storage.files import atomic_target
from regulate.storage.series import Series, item_records
from regulate.ui.theme import LIGHT

translate = QCoreApplication.translate


def paper_size() -> QPageSize:
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def _date(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).astimezone().strftime("%d %B %Y")


def chart_png(series: Series) -> bytes:
    """The chart over the whole period as a PNG, drawn offscreen."""
    from regulate.ui.chart import ChartView

    view = ChartView(series, LIGHT, False)
    view.resize(1100, 440)
    view.show_range("all")
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.show()
    QCoreApplication.processEvents()
    image = view.plot.grab().toImage()
    view.close()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def report_html(
    series: Series, titles: Mapping[tuple[ItemKind, str], str], include_notes: bool
) -> str:
    c, s = series.checkins, series.sessions
    stamps = c.epoch + s.epoch
    if stamps:
        period = translate("Report", "{start} to {end}").format(
            start=_date(min(stamps)), end=_date(max(stamps))
        )
    else:
        period = translate("Report", "no entries yet")
    months = monthly_window_share(c.epoch, c.offset, c.zone)
    share = overall_share(months)
    parts = [
        f"<h1>{html.escape(translate('Report', 'My Regulate summary'))}</h1>",
        f"<p>{html.escape(translate('Report', 'Period: {period}').format(period=period))}<br>",
        html.escape(
            translate("Report", "{n} check-ins and {m} breathing or grounding sessions.").format(
                n=len(c.epoch), m=len(s.epoch)
            )
        ),
        "</p>",
    ]
    if stamps:
        parts.append('<p><img src="mem://chart.png" width="640"></p>')
        parts.append(
            "<p><small>"
            + html.escape(
                translate(
                    "Report",
                    "The shaded band is my window of tolerance; the line is how activated I "
                    "felt at each check-in (0 shut down, 10 overwhelmed).",
                )
            )
            + "</small></p>"
        )
    parts.append(f"<h2>{html.escape(translate('Report', 'Time within my window'))}</h2>")
    if share is None:
        parts.append(f"<p>{html.escape(translate('Report', 'No check-ins with activation.'))}</p>")
    else:
        parts.append(
            "<p>"
            + html.escape(
                translate("Report", "{share} % of check-ins were within my window.").format(
                    share=round(100 * share)
                )
            )
            + "</p><table border='1' cellpadding='4' cellspacing='0'>"
            + "<tr><th>"
            + html.escape(translate("Report", "Month"))
            + "</th><th>"
            + html.escape(translate("Report", "Check-ins"))
            + "</th><th>"
            + html.escape(translate("Report", "Within my window"))
            + "</th></tr>"
        )
        for month in months[-12:]:
            parts.append(
                f"<tr><td>{month.month}</td><td>{month.checkins}</td>"
                f"<td>{round(100 * month.share)} %</td></tr>"
            )
        parts.append("</table>")
    known = item_records(s)
    parts.append(f"<h2>{html.escape(translate('Report', 'What helps me'))}</h2>")
    if not known:
        parts.append(f"<p>{html.escape(translate('Report', 'No sessions yet.'))}</p>")
    else:
        parts.append(
            "<table border='1' cellpadding='4' cellspacing='0'><tr><th>"
            + html.escape(translate("Report", "Pattern or exercise"))
            + "</th><th>"
            + html.escape(translate("Report", "Times"))
            + "</th><th>"
            + html.escape(translate("Report", "Average change in distress"))
            + "</th></tr>"
        )
        ranked = sorted(
            known.values(),
            key=lambda r: (r.average_change if r.average_change is not None else 99, -r.times),
        )
        for record in ranked:
            change = (
                translate("Report", "not rated")
                if record.average_change is None
                else f"{record.average_change:+.1f} ({record.rated})"
            )
            title = titles.get((record.kind, record.item), record.item)
            parts.append(
                f"<tr><td>{html.escape(title)}</td><td>{record.times}</td>"
                f"<td>{html.escape(change)}</td></tr>"
            )
        parts.append("</table>")
    if include_notes:
        notes = [(epoch, note) for epoch, note in zip(c.epoch, c.note, strict=True) if note]
        parts.append(f"<h2>{html.escape(translate('Report', 'My notes'))}</h2>")
        for epoch, note in notes[-200:]:
            text = html.escape(note).replace("\n", "<br>")
            parts.append(f"<p><b>{_date(epoch)}</b><br>{text}</p>")
    parts.append(
        "<p><small>"
        + html.escape(
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
    with atomic_target(out, head=b"%PDF-", tail=b"%%EOF") as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(paper_size())
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setTitle(translate("Report", "My Regulate summary"))
        writer.setCreator(f"Regulate {__version__}")
        document.print_(writer)
        del writer  # finishes the file
