"""The safety plan as a one-page printable PDF: the person's own words under the six steps of
Stanley & Brown (2012) and their reasons for living, with the crisis numbers for their country.

Like the handouts: a QTextDocument printed by QPdfWriter (works offscreen), written to a
temporary file and moved into place, so there is never half a file.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument

from regulate import __version__
from regulate.content.crisis import HelpInfo
from regulate.storage.safety import SafetyPlan
from regulate.ui.numbers import iso_day_text
from regulate.ui.report import print_pdf

translate = QCoreApplication.translate


def plan_headings() -> list[tuple[str, str]]:
    """(part, heading) in the order of the plan, in the current language."""
    return [
        ("warning_signs", translate("SafetyPlan", "1. Warning signs that a hard time is starting")),
        ("what_helps", translate("SafetyPlan", "2. Things I can do on my own")),
        ("people_and_places", translate("SafetyPlan", "3. People and places that distract me")),
        ("people_to_ask", translate("SafetyPlan", "4. People I can ask for help")),
        ("professionals", translate("SafetyPlan", "5. Professionals and services I can contact")),
        ("safe_surroundings", translate("SafetyPlan", "6. Making my surroundings safe")),
        ("reasons_for_living", translate("SafetyPlan", "My reasons for living")),
    ]


def _paragraph(text: str) -> str:
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    return "<p>" + ("<br>".join(lines) if lines else "&nbsp;") + "</p>"


def plan_html(plan: SafetyPlan, info: HelpInfo | None = None) -> str:
    """The page as HTML; every piece of the person's text is escaped."""
    title = translate("SafetyPlan", "My safety plan")
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for key, heading in plan_headings():
        parts.append(f"<h4>{html.escape(heading)}</h4>")
        text = str(getattr(plan, key))
        if key == "people_to_ask" and plan.contacts:
            listed = "\n".join(f"{c.name}: {c.how}".strip(": ") for c in plan.contacts)
            text = "\n".join(part for part in (text, listed) if part)
        parts.append(_paragraph(text))
    if info is not None:
        heading = translate("SafetyPlan", "If I might not be safe")
        parts.append(f"<h4>{html.escape(heading)}</h4>")
        lines = []
        if info.emergency:
            lines.append(
                translate("SafetyPlan", "Emergency: {number}").format(number=info.emergency)
            )
        for line in (*info.lines, *info.worldwide):
            reach = ", ".join(c.shown for c in line.contacts)
            lines.append(f"{line.name}: {reach}" if reach else line.name)
        parts.append(_paragraph("\n".join(lines)))
    parts.append(
        "<p><small>"
        + html.escape(
            translate(
                "SafetyPlan",
                "Made with Regulate {version}, following Stanley & Brown's safety planning "
                "(2012). Numbers last checked {date}.",
            ).format(version=__version__, date=iso_day_text(info.last_checked) if info else "-")
        )
        + "</small></p>"
    )
    return "\n".join(parts)


def write_safety_plan_pdf(plan: SafetyPlan, out: Path, info: HelpInfo | None = None) -> None:
    """One page in the locale's paper size, written in one step (never half a file)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setHtml(plan_html(plan, info))
    print_pdf(document, out, translate("SafetyPlan", "My safety plan"))
