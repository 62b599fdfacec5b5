"""Turns the built-in patterns and the exercises into suggestion candidates, with the default
order from assets/suggestions/order.toml.

What an item asks of the person (eyes open, imagery, short, focused thinking) is data: optional
fields in each built-in TOML file, read here. A breath hold is read from a pattern's phases.
The person's own exercises carry no such fields yet, so they are never offered in a severe
moment (core/suggest.py explains severity).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from regulate.content.assets import load_asset_toml
from regulate.core.breathing import Pattern, PhaseKind
from regulate.core.entries import ItemKind
from regulate.core.exercises import Exercise
from regulate.core.scales import Zone
from regulate.core.suggest import Candidate, Suggestion

TAGS = ("eyes_open", "imagery", "short", "needs_focus")


@cache
def _order() -> dict[str, Any]:
    return load_asset_toml("suggestions", "order.toml")


def default_order(zone: Zone, severe: bool = False) -> tuple[str, ...]:
    """The order before the person has a record; ``severe`` puts the quickest first."""
    data = _order()
    first = data.get(f"severe_{zone.value}", []) if severe else []
    usual = data.get(zone.value, [])
    if not isinstance(first, list) or not isinstance(usual, list):
        return ()
    order = [*first, *(i for i in usual if i not in first)]
    return tuple(str(item) for item in order)


@cache
def builtin_tags() -> dict[tuple[ItemKind, str], dict[str, bool]]:
    """The optional tags of every built-in pattern and exercise, by (kind, id)."""
    found: dict[tuple[ItemKind, str], dict[str, bool]] = {}
    assets = resources.files("regulate.assets")
    for kind, folder in (
        (ItemKind.PATTERN, assets.joinpath("patterns")),
        (ItemKind.EXERCISE, assets.joinpath("exercises", "grounding")),
    ):
        for entry in folder.iterdir():
            if not entry.name.endswith(".toml"):
                continue
            raw = tomllib.loads(entry.read_text(encoding="utf-8"))
            found[(kind, str(raw.get("id", "")))] = {
                tag: raw[tag] for tag in TAGS if isinstance(raw.get(tag), bool)
            }
    return found


def has_hold(pattern: Pattern) -> bool:
    """Any hold, with the lungs full or empty."""
    return any(p.kind in (PhaseKind.HOLD, PhaseKind.REST) for p in pattern.timed)


def candidates(patterns: Sequence[Pattern], exercises: Sequence[Exercise]) -> list[Candidate]:
    tags = builtin_tags()
    found = []
    for p in patterns:
        t = tags.get((ItemKind.PATTERN, p.id), {})
        found.append(
            Candidate(
                p.id,
                ItemKind.PATTERN,
                p.name,
                p.zones,
                p.summary,
                eyes_open=t.get("eyes_open", True),  # breathing along with the shape
                imagery=t.get("imagery", False),
                has_hold=has_hold(p),
                short=t.get("short", False),
                needs_focus=t.get("needs_focus", False),
            )
        )
    for e in exercises:
        t = tags.get((ItemKind.EXERCISE, e.id), {}) if e.origin == "built-in" else {}
        found.append(
            Candidate(
                e.id,
                ItemKind.EXERCISE,
                e.title,
                e.zones,
                e.summary,
                eyes_open=t.get("eyes_open", False),
                imagery=t.get("imagery", False),
                short=t.get("short", False),
                needs_focus=t.get("needs_focus", False),
            )
        )
    return found


def suggestion_dict(suggestion: Suggestion) -> dict[str, Any]:
    """The stable JSON shape of `regulate suggest --json`."""
    return {
        "id": suggestion.id,
        "kind": suggestion.kind.value,
        "title": suggestion.title,
        "zones": sorted(zone.value for zone in suggestion.zones),
        "why": suggestion.why,
    }
