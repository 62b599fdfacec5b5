"""One printable page for a breathing pattern or a grounding exercise, for practice at home:
the title, when it helps, the steps (for a pattern, a small timing diagram), any caution, and a
gentle line that it is a practice aid, not treatment."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextDocument,
)

from regulate import __version__
from regulate.content.patterns import hold_caution
from regulate.core.breathing import Pattern, PhaseKind
from regulate.core.exercises import Exercise
from regulate.core.scales import Zone
from regulate.ui.numbers import rate
from regulate.ui.report import print_pdf

translate = QCoreApplication.translate

PHASE_COLOURS = {
    PhaseKind.INHALE: "#7fb8b3",
    PhaseKind.HOLD: "#c9dcd9",
    PhaseKind.EXHALE: "#4f8f8a",
    PhaseKind.REST: "#e4ebea",
}


def when_it_helps(zones: frozenset[Zone]) -> str:
    words = []
    if Zone.HYPER in zones:
        words.append(translate("Handout", "when things feel like too much (on edge, panicky)"))
    if Zone.HYPO in zones:
        words.append(translate("Handout", "when you feel numb, foggy or far away"))
    if Zone.WINDOW in zones:
        words.append(translate("Handout", "as everyday practice while you feel settled"))
    return "; ".join(words) or translate("Handout", "whenever it feels right to you")


def phase_name(kind: PhaseKind) -> str:
    return {
        PhaseKind.INHALE: translate("Handout", "breathe in"),
        PhaseKind.HOLD: translate("Handout", "hold"),
        PhaseKind.EXHALE: translate("Handout", "breathe out"),
        PhaseKind.REST: translate("Handout", "rest"),
    }[kind]


def timing_diagram(pattern: Pattern, width: int = 1200, height: int = 170) -> QImage:
    """One breath as a bar: each phase as long as its seconds, named and counted."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(24)
    painter.setFont(font)
    total = pattern.cycle_seconds
    x = 10.0
    usable = width - 20.0
    for phase in pattern.timed:
        w = usable * phase.seconds / total
        rect = QRectF(x, 20, w - 4, 80)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PHASE_COLOURS[phase.kind]))
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(QColor("#1d2a30"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{phase.seconds:g} s")
        painter.drawText(
            QRectF(x, 108, w, 40),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            phase.label.lower() if phase.label else phase_name(phase.kind),
        )
        x += w
    painter.end()
    return image


def pattern_html(pattern: Pattern) -> str:
    steps = " → ".join(
        f"{html.escape(p.label.lower() if p.label else phase_name(p.kind))} {p.seconds:g} s"
        for p in pattern.timed
    )
    length = ""
    cycles, minutes = pattern.default_cycles, max(1, round(pattern.default_minutes or 0))
    if cycles:
        length = translate("Handout", "About %n breaths at a time.", None, cycles)
    elif pattern.default_minutes:
        length = translate("Handout", "About %n minutes at a time.", None, minutes)
    parts = [
        f"<p>{html.escape(pattern.summary)}</p>",
        '<p><img src="mem://timing.png" width="560"></p>',
        f"<p><b>{html.escape(translate('Handout', 'One breath'))}:</b> {steps}. "
        + html.escape(
            translate("Handout", "That is about {bpm} breaths a minute.").format(
                bpm=rate(pattern.breaths_per_minute)
            )
        )
        + f" {html.escape(length)}</p>",
        "<ol>",
        f"<li>{html.escape(translate('Handout', 'Sit or lie down comfortably.'))}</li>",
        "<li>"
        + html.escape(
            translate(
                "Handout",
                "Follow the timing above, gently. Slower, not bigger: small, soft breaths.",
            )
        )
        + "</li>",
        "<li>"
        + html.escape(
            translate("Handout", "Stop whenever you like, and breathe normally for a while.")
        )
        + "</li>",
        "</ol>",
    ]
    return "\n".join(parts)


def exercise_html(exercise: Exercise) -> str:
    items = []
    for step in exercise.steps:
        text = html.escape(step.text)
        if step.seconds:
            seconds = max(1, round(step.seconds))
            text += " " + html.escape(translate("Handout", "(about %n seconds)", None, seconds))
        items.append(f"<li>{text}</li>")
    return f"<p>{html.escape(exercise.summary)}</p><ol>{''.join(items)}</ol>"


def handout_html(item: Pattern | Exercise) -> str:
    title = item.name if isinstance(item, Pattern) else item.title
    body = pattern_html(item) if isinstance(item, Pattern) else exercise_html(item)
    caution = hold_caution(item) if isinstance(item, Pattern) else item.caution
    parts = [
        f"<h1>{html.escape(title)}</h1>",
        "<p><b>"
        + html.escape(translate("Handout", "When it can help"))
        + ":</b> "
        + html.escape(when_it_helps(item.zones))
        + "</p>",
        body,
    ]
    if caution:
        parts.append(
            "<p><b>"
            + html.escape(translate("Handout", "Take care"))
            + ":</b> "
            + html.escape(caution)
            + "</p>"
        )
    parts.append(
        "<p><small>"
        + html.escape(
            translate(
                "Handout",
                "This sheet is a practice aid from Regulate {version}, to use alongside care. "
                "It is not treatment and not a medical device. If you are in danger, contact "
                "your local emergency number.",
            ).format(version=__version__)
        )
        + "</small></p>"
    )
    return "\n".join(parts)


def write_handout(item: Pattern | Exercise, out: Path) -> None:
    """One page, in the locale's paper size, written in one step (never half a file)."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(12)
    font.setFeature(QFont.Tag("liga"), 0)  # plain letters, so copied or read-aloud text is exact
    document.setDefaultFont(font)
    if isinstance(item, Pattern):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("mem://timing.png"),
            timing_diagram(item),
        )
    document.setHtml(handout_html(item))
    print_pdf(document, out, item.name if isinstance(item, Pattern) else item.title)
