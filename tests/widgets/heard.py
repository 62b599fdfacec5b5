"""A stand-in for a running screen reader: every accessibility event a widget sends."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


class Heard:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[tuple[QAccessible.Event, object, str]] = []
        monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
        monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(self._record))

    def _record(self, event: QAccessibleEvent) -> None:
        text = event.message() if isinstance(event, QAccessibleAnnouncementEvent) else ""
        self.events.append((event.type(), event.object(), text))

    def announced(self) -> list[str]:
        return [text for kind, _, text in self.events if kind == QAccessible.Event.Announcement]

    def changed(self, source: object) -> int:
        """How many times ``source`` said its name changed."""
        name = QAccessible.Event.NameChanged
        return sum(1 for kind, obj, _ in self.events if kind == name and obj is source)

    def clear(self) -> None:
        self.events.clear()
