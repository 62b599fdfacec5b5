"""A check that every word on a screen can be seen: no label, button, check box or chip whose
text is cut by its own rectangle or by the screen around it, and no two visible neighbours
drawn over each other. The tests run it over every screen at several text sizes, window sizes,
themes and languages; ``bench/contact_sheet.py`` uses it for the pictures people look at.

Only geometry and font metrics are used, never pixels, so it also works offscreen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QScrollBar,
    QWidget,
)

#: Rounding between font metrics and layouts; a pixel is not a cut letter.
SLACK = 1
#: A widget with this dynamic property set to True may lie over its neighbours on purpose.
OVERLAY = "layout_overlay"


@dataclass(frozen=True)
class Problem:
    widget: QWidget
    what: str

    def __str__(self) -> str:
        w = self.widget
        name = w.objectName() or type(w).__name__
        text = _text(w)
        return f"{name} {text!r} {w.width()}x{w.height()}: {self.what}"


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        text = widget.text()
        if widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and _looks_rich(text)
        ):
            document = QTextDocument()
            document.setHtml(text)
            return document.toPlainText()
        return text
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return ""


def _looks_rich(text: str) -> bool:
    return "<" in text and ">" in text


def _showing(root: QWidget) -> Iterator[QWidget]:
    for child in root.findChildren(QWidget):
        if child.isVisible() and not child.isWindow():
            yield child


def _label_problem(label: QLabel) -> str | None:
    text = _text(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    label.ensurePolished()
    inside = label.contentsRect()
    margin = label.margin()
    inside.adjust(margin, margin, -margin, -margin)
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped text needs {need} px high"
        words = re.split(r"[\s\u200b]+", text)  # where a line may break
        widest = max(metrics.horizontalAdvance(word) for word in words or [""])
        if widest > inside.width() + SLACK:
            return f"a word needs {widest} px wide"
        return None
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    high = metrics.height() * len(lines)
    if wide > inside.width() + SLACK:
        return f"text needs {wide} px wide"
    if high > inside.height() + SLACK:
        return f"text needs {high} px high"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not _text(button).strip():
        return None
    button.ensurePolished()
    hint = button.sizeHint()
    if isinstance(button, QPushButton | QCheckBox):
        if hint.width() > button.width() + SLACK:
            return f"text needs {hint.width()} px wide"
        if hint.height() > button.height() + SLACK:
            return f"text needs {hint.height()} px high"
    return None


def _scrolls_vertically(widget: QWidget) -> bool:
    """``widget`` is the viewport of an area the person can scroll up and down."""
    area = widget.parentWidget()
    return (
        isinstance(area, QAbstractScrollArea)
        and area.viewport() is widget
        and area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )


def _cut_by_ancestor(widget: QWidget) -> str | None:
    """Part of ``widget`` lies outside what an ancestor shows (vertical overflow inside a
    scrolling area is fine: scrolling reaches it)."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        origin = parent.mapTo(parent.window(), parent.rect().topLeft())
        shown = QRect(origin, parent.size())
        if _scrolls_vertically(parent):
            if rect.left() < shown.left() - SLACK or rect.right() > shown.right() + SLACK:
                return f"cut at the sides by {type(parent.parentWidget()).__name__}"
            return None
        if not shown.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            return f"cut by {parent.objectName() or type(parent).__name__}"
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


def _overlaps(root: QWidget) -> Iterator[Problem]:
    parents = [root, *root.findChildren(QWidget)]
    for parent in parents:
        if not parent.isVisible() or isinstance(parent, QAbstractScrollArea):
            continue
        kids = [
            kid
            for kid in parent.children()
            if isinstance(kid, QWidget)
            and kid.isVisible()
            and not kid.isWindow()
            and not isinstance(kid, QScrollBar)
            and not kid.property(OVERLAY)
        ]
        for i, one in enumerate(kids):
            for other in kids[i + 1 :]:
                common = one.geometry().intersected(other.geometry())
                if common.width() > 2 * SLACK and common.height() > 2 * SLACK:
                    other_name = other.objectName() or type(other).__name__
                    yield Problem(one, f"overlaps {other_name} {_text(other)!r}")


def problems(root: QWidget) -> list[Problem]:
    """Everything on ``root`` (shown, laid out) that cannot be read whole."""
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
    found: list[Problem] = []
    for widget in _showing(root):
        what: str | None = None
        if isinstance(widget, QLabel):
            what = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            what = _button_problem(widget)
        if what is None and isinstance(widget, QLabel | QAbstractButton) and _text(widget):
            what = _cut_by_ancestor(widget)
        if what is not None:
            found.append(Problem(widget, what))
    found.extend(_overlaps(root))
    return found
