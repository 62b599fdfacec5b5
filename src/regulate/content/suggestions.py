"""Turns the built-in patterns and the exercises into suggestion candidates, with the default
order from assets/suggestions/order.toml."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from regulate.content.assets import load_asset_toml
from regulate.core.breathing import Pattern
from regulate.core.entries import ItemKind
from regulate.core.exercises import Exercise
from regulate.core.scales import Zone
from regulate.core.suggest import Candidate, Suggestion


@cache
def default_order(zone: Zone) -> tuple[str, ...]:
    order = load_asset_toml("suggestions", "order.toml").get(zone.value, [])
    if not isinstance(order, list):
        return ()
    return tuple(str(item) for item in order)


def candidates(patterns: Sequence[Pattern], exercises: Sequence[Exercise]) -> list[Candidate]:
    found = [Candidate(p.id, ItemKind.PATTERN, p.name, p.zones, p.summary) for p in patterns]
    found += [Candidate(e.id, ItemKind.EXERCISE, e.title, e.zones, e.summary) for e in exercises]
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
