"""Feeling words and body sensations for the check-in (assets/words/*.toml).

Each zone's list may have a translation beside it (``hyper_de = [...]``); the current language
from regulate.content.language picks it, falling back to English.
"""

from __future__ import annotations

from functools import cache

from regulate.content.assets import load_asset_toml
from regulate.content.language import current_language, localized
from regulate.core.scales import Zone
from regulate.plaintext import one_line

#: More words than fit on a screen, or a longer word, is damage rather than data.
MAX_WORDS_PER_ZONE = 200
MAX_WORD_CHARS = 60


def word_lists(name: str) -> dict[Zone, tuple[str, ...]]:
    """``word_lists("feelings")`` or ``word_lists("body")``: the words for each zone, in the
    current language."""
    return _word_lists(name, current_language())


@cache
def _word_lists(name: str, language: str) -> dict[Zone, tuple[str, ...]]:
    raw = load_asset_toml("words", f"{name}.toml")
    lists: dict[Zone, tuple[str, ...]] = {}
    for zone in Zone:
        words = localized(raw, zone.value, language) or []
        if not isinstance(words, list):
            words = []
        cleaned = (one_line(str(word))[:MAX_WORD_CHARS] for word in words[:MAX_WORDS_PER_ZONE])
        lists[zone] = tuple(word for word in cleaned if word)
    return lists


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
