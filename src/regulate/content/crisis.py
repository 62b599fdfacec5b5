"""Crisis lines and emergency numbers (assets/crisis/lines.toml), picked by country.

Text we wrote ourselves may have a translation beside it (``how_de``, ``source_de``,
``emergency_de``); the current language from regulate.content.language picks it. Names of
lines and numbers stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from regulate.content.assets import load_asset_toml
from regulate.content.language import current_language, localized
from regulate.plaintext import one_line


@dataclass(frozen=True)
class Line:
    emergency: str  # the emergency number; empty for a worldwide directory
    name: str  # a crisis line or directory; empty when only the emergency number is known
    how: str
    source: str
    checked: str


@dataclass(frozen=True)
class Lines:
    local: Line | None  # for the person's country, if we have one
    worldwide: tuple[Line, ...]


@cache
def _data() -> dict[str, Any]:
    return load_asset_toml("crisis", "lines.toml")


def lines_for(country: str) -> Lines:
    """The lines for an ISO 3166 country code such as "GB"; worldwide ones always come too."""
    data = _data()
    language = current_language()

    def text(entry: dict[str, Any], key: str) -> str:
        return one_line(str(localized(entry, key, language) or ""))

    worldwide = tuple(
        Line("", str(w["name"]), text(w, "how"), text(w, "source"), str(w["checked"]))
        for w in data.get("worldwide", [])
    )
    local = None
    for entry in data.get("country", []):
        if country.upper() in entry["codes"]:
            local = Line(
                text(entry, "emergency"),
                str(entry.get("line", "")),
                text(entry, "how"),
                text(entry, "source"),
                str(entry["checked"]),
            )
            break
    return Lines(local, worldwide)
