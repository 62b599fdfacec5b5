"""The person's own safety plan and trusted contacts, in their words, kept in the data folder.

The plan follows the six steps of Stanley & Brown's Safety Planning Intervention (2012,
Cognitive and Behavioral Practice 19(2):256-264), plus reasons for living:

1. warning signs that a crisis may be starting (``warning_signs``)
2. things I can do on my own (``what_helps``)
3. people and places that take my mind off it (``people_and_places``)
4. people I can ask for help (``people_to_ask``; and the ``contacts`` with how to reach them)
5. professionals and services (``professionals``)
6. making my surroundings safe (``safe_surroundings``)
+  reasons for living (``reasons_for_living``)

Written atomically and private (0600) like everything else, so a plan is either the old one or
the new one, never half. Files from before version 2 (four parts and contacts) load as they
are; the new parts start empty. Nothing here leaves the computer and nobody is ever contacted
by the app.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from regulate.storage.files import write_atomically

VERSION = 2

#: The parts in the order of the plan (Stanley & Brown's steps, then reasons for living).
PLAN_PARTS = (
    "warning_signs",
    "what_helps",
    "people_and_places",
    "people_to_ask",
    "professionals",
    "safe_surroundings",
    "reasons_for_living",
)

#: Names older or hand-written files may use for a part.
_OLD_NAMES = {
    "coping": "what_helps",
    "internal_coping": "what_helps",
    "distractions": "people_and_places",
    "people_and_places_that_distract": "people_and_places",
    "ask_for_help": "people_to_ask",
    "environment": "safe_surroundings",
    "making_the_environment_safe": "safe_surroundings",
    "reasons": "reasons_for_living",
}


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
    people_to_ask: str = ""
    professionals: str = ""
    safe_surroundings: str = ""
    reasons_for_living: str = ""

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> SafetyPlan:
        """A plan from its JSON form, any version; unknown keys are ignored."""
        listed = raw.get("contacts", [])
        contacts = [
            Contact(str(c.get("name", "")), str(c.get("how", "")))
            for c in (listed if isinstance(listed, list) else [])
            if isinstance(c, dict)
        ]
        parts = {key: "" for key in PLAN_PARTS}
        for key, value in raw.items():
            key = _OLD_NAMES.get(key, key)
            if key in parts and isinstance(value, str) and not parts[key]:
                parts[key] = value
        return cls(contacts=contacts, **parts)

    @classmethod
    def load(cls, path: Path) -> SafetyPlan:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls.from_dict(raw)

    def to_dict(self) -> dict[str, Any]:
        return {"version": VERSION, **asdict(self)}

    def is_empty(self) -> bool:
        return not self.contacts and not any(getattr(self, key) for key in PLAN_PARTS)

    def save(self, path: Path) -> None:
        data = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        try:
            write_atomically(path, data.encode("utf-8"))
        except OSError as exc:
            raise SafetyError(f"could not save to {path}: {exc.strerror or exc}") from None
