"""Feeling words and body sensations for the check-in (assets/words/*.toml).

Each zone's list may have a translation beside it (``hyper_de = [...]``); the current language
from regulate.content.language picks it, falling back to English.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from regulate.content.language import current_language, localized
from regulate.core.scales import Zone


def word_lists(name: str) -> dict[Zone, tuple[str, ...]]:
    """``word_lists("feelings")`` or ``word_lists("body")``: the words for each zone, in the
    current language."""
    return _word_lists(name, current_language())


@cache
def _word_lists(name: str, language: str) -> dict[Zone, tuple[str, ...]]:
    text = (
        resources.files("regulate.assets")
        .joinpath("words", f"{name}.toml")
        .read_text(encoding="utf-8")
    )
    raw = tomllib.loads(text)
    return {
        zone: tuple(str(word) for word in localized(raw, zone.value, language) or [])
        for zone in Zone
    }


def ordered_for(name: str, zone: Zone | None) -> tuple[str, ...]:
    """Every word once, those that go with ``zone`` first."""
    lists = word_lists(name)
    order = [zone] if zone is not None else []
    order += [z for z in (Zone.HYPER, Zone.WINDOW, Zone.HYPO) if z is not zone]
    seen: dict[str, None] = {}
    for each in order:
        for word in lists[each]:
            seen.setdefault(word, None)
    return tuple(seen)
