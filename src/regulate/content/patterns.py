"""The built-in breathing patterns, one TOML file each under assets/patterns/.

Each human-facing field may have translations beside it (``name_de``, ``summary_de``,
``caution_de``, ``label_de`` in a phase); the current language from regulate.content.language
picks them, falling back to English.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from regulate.content.assets import ContentError as ContentError  # it lived here first
from regulate.content.assets import load_asset_toml
from regulate.content.language import DEFAULT, current_language, localized
from regulate.core.breathing import (
    Pattern,
    PatternError,
    Phase,
    PhaseKind,
    check_phase_seconds,
    parse_spec,
)
from regulate.core.scales import Zone
from regulate.plaintext import one_line

#: The order people see them in: the quick steadying ones first, the waking one last.
ORDER = (
    "extended-exhale",
    "resonance",
    "box",
    "box-no-holds",
    "cyclic-sigh",
    "4-7-8",
    "energising",
)
#: The longest name, summary, caution or label kept, in characters.
MAX_TEXT_CHARS = 600


def pattern_from_mapping(raw: Mapping[str, Any], name: str, language: str | None = None) -> Pattern:
    """A pattern from a parsed file, its text in ``language`` (default: the current one)."""
    language = current_language() if language is None else language

    def text(table: Mapping[str, Any], key: str, required: bool = False) -> str:
        if required and key not in table:  # English is needed even when a translation is used
            raise KeyError(key)
        return one_line(str(localized(table, key, language) or ""))[:MAX_TEXT_CHARS]

    def count(key: str, whole: bool, most: int) -> Any:
        value = raw.get(key)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int if whole else int | float)
            or not math.isfinite(value)
            or not 0 < value <= most
        ):
            raise ValueError(f"'{key}' must be a number above 0 and at most {most}")
        return value

    try:
        phases = tuple(
            Phase(
                PhaseKind(p["kind"]),
                check_phase_seconds(p["seconds"], str(p["kind"])),
                text(p, "label"),
            )
            for p in raw["phases"]
        )
        zones = frozenset(Zone(z) for z in raw.get("zones", []))
        return Pattern(
            id=str(raw["id"]),
            name=text(raw, "name", required=True),
            phases=phases,
            zones=zones,
            caution=text(raw, "caution"),
            summary=text(raw, "summary"),
            default_cycles=count("default_cycles", True, 100),
            default_minutes=count("default_minutes", False, 120),
            sources=tuple(str(s) for s in raw.get("sources", [])),
        )
    except KeyError as exc:
        raise ContentError(f"{name}: the field {exc} is missing") from None
    except (PatternError, ValueError, TypeError) as exc:
        raise ContentError(f"{name}: {exc}") from None


def builtin_patterns() -> tuple[Pattern, ...]:
    """The built-in patterns in the order people see them, in the current language."""
    return _builtin_patterns(current_language())


@cache
def _builtin_patterns(language: str) -> tuple[Pattern, ...]:
    folder = resources.files("regulate.assets").joinpath("patterns")
    found: dict[str, Pattern] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        raw = load_asset_toml("patterns", entry.name)
        pattern = pattern_from_mapping(raw, entry.name, language)
        found[pattern.id] = pattern
    ranked = [found[i] for i in ORDER if i in found]
    return tuple(
        ranked + sorted((p for p in found.values() if p not in ranked), key=lambda p: p.id)
    )


def find_pattern(key: str) -> Pattern:
    """A built-in pattern by id, or an inline one such as 4-7-8 or 3-2-3-2."""
    for pattern in builtin_patterns():
        if pattern.id == key:
            return pattern
    if any(ch.isdigit() for ch in key) and "-" in key:
        return parse_spec(key)
    known = ", ".join(p.id for p in builtin_patterns())
    raise PatternError(
        f"there is no breathing pattern called '{key}'; choose one of {known}, "
        "or give your own timings like 4-7-8 or 3-2-3-2"
    )


#: The caution for a home-made pattern with long holds, per language.
LONG_HOLD_CAUTION = {
    DEFAULT: (
        "Long holds can make you light-headed, so sit or lie down. If a hold feels hard, "
        "make it shorter or breathe normally."
    ),
    "de": (
        "Lange Pausen mit angehaltenem Atem können schwindelig machen. Setz oder leg dich also "
        "hin. Wenn dir eine Pause schwerfällt, mach sie kürzer oder atme einfach normal weiter."
    ),
}


def hold_caution(pattern: Pattern) -> str:
    """A pattern's caution, or a gentle one for a home-made pattern with long holds."""
    if pattern.caution:
        return pattern.caution
    if pattern.longest_hold >= 5:
        return LONG_HOLD_CAUTION.get(current_language(), LONG_HOLD_CAUTION[DEFAULT])
    return ""


def pattern_dict(pattern: Pattern) -> dict[str, Any]:
    """The stable JSON shape of `regulate patterns --json` (never NaN or Infinity)."""
    minutes = pattern.default_minutes
    return {
        "id": pattern.id,
        "name": pattern.name,
        "phases": [
            {"kind": p.kind.value, "seconds": p.seconds, **({"label": p.label} if p.label else {})}
            for p in pattern.phases
        ],
        "zones": sorted(zone.value for zone in pattern.zones),
        "caution": hold_caution(pattern),
        "summary": pattern.summary,
        "breaths_per_minute": round(pattern.breaths_per_minute, 2),
        "default_cycles": pattern.default_cycles,
        "default_minutes": minutes if minutes is None or math.isfinite(minutes) else None,
        "sources": list(pattern.sources),
    }
