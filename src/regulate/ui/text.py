"""Text on screen is plain text. Exercise files, the journal and imports are written by someone
else, or by the person long ago: nothing from them may ever be read as markup (an ``<img>`` in a
summary would be loaded into the label). Qt guesses "rich text" from a ``<`` by default; these
helpers switch that guess off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def plain(*labels: QLabel) -> None:
    """Show these labels' text as it is, never as markup."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` as it is, never as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """``text`` for a tooltip, which has no plain-text switch: anything Qt would read as markup
    is escaped, so it shows exactly as written."""
    if GuiQt.mightBeRichText(text):
        return GuiQt.convertFromPlainText(text)
    return text
