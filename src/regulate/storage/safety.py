"""The person's own safety plan and trusted contacts, in their words, kept in the data folder.

Written atomically and private (0600) like everything else. Nothing here leaves the computer
and nobody is ever contacted by the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from regulate.storage.files import write_atomically

PLAN_PARTS = ("warning_signs", "what_helps", "people_and_places", "professionals")


class SafetyError(Exception):
    """The plan could not be saved; one plain line."""


@dataclass
class Contact:
    name: str
    how: str  # a phone number, or how to reach them


@dataclass
class SafetyPlan:
    contacts: list[Contact] = field(default_factory=list)
    warning_signs: str = ""
    what_helps: str = ""
    people_and_places: str = ""
    professionals: str = ""

    @classmethod
    def load(cls, path: Path) -> SafetyPlan:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        contacts = [
            Contact(str(c.get("name", "")), str(c.get("how", "")))
            for c in raw.get("contacts", [])
            if isinstance(c, dict)
        ]
        parts = {key: str(raw.get(key, "")) for key in PLAN_PARTS}
        return cls(contacts=contacts, **parts)

    def save(self, path: Path) -> None:
        data = json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomically(path, data.encode("utf-8"))
        except OSError as exc:
            raise SafetyError(f"could not save to {path}: {exc.strerror or exc}") from None
