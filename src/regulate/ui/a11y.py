"""Small helpers so screen readers can name everything, and phase changes can be announced."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractScrollArea

translate = QCoreApplication.translate


def name_scroll_bars(area: QAbstractScrollArea, what: str) -> None:
    """The area and its scroll bars get names saying what they hold ("Scroll the exercises")."""
    area.setAccessibleName(what[:1].upper() + what[1:])
    for bar, direction in (
        (area.verticalScrollBar(), translate("A11y", "up and down")),
        (area.horizontalScrollBar(), translate("A11y", "sideways")),
    ):
        bar.setAccessibleName(
            translate("A11y", "Scroll {what} {direction}").format(what=what, direction=direction)
        )


def announce(source: QObject, text: str) -> bool:
    """Ask a running screen reader to say ``text`` politely; False when none is listening."""
    if not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    return True
