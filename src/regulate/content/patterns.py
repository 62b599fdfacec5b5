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


# -- the person's own patterns ---------------------------------------------------------------

#: Own patterns' ids start with this, so they never take a built-in's place.
OWN_PREFIX = "own-"
MAX_OWN_NAME = 80
MAX_OWN_PATTERNS = 100


def own_pattern(name: str, seconds: tuple[float, float, float, float]) -> Pattern:
    """A named pattern of in, hold, out and rest seconds, with the command line's limits
    (PatternError with one plain line if it is not possible)."""
    clean = one_line(name).strip()[:MAX_OWN_NAME]
    if not clean:
        raise PatternError("give the pattern a name")
    timings = "-".join(f"{value:g}" for value in seconds)
    try:
        inline = parse_spec(timings)
    except PatternError as exc:
        words = str(exc)
        for prefix in (f"in '{timings}', ", f"'{timings}': "):
            words = words.removeprefix(prefix)
        raise PatternError(words) from None
    slug = "".join(ch if ch.isalnum() else "-" for ch in clean.lower()).strip("-")
    slug = "-".join(part for part in slug.split("-") if part)[:40] or "pattern"
    return Pattern(id=OWN_PREFIX + slug, name=clean, phases=inline.timed)


def own_patterns_from_text(text: str) -> tuple[list[Pattern], list[str]]:
    """The person's saved patterns from ``patterns.json``, and a plain line for each one that
    could not be used (it is left out; the rest still load)."""
    import json

    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return [], ["the file of your own patterns is damaged"]
    if not isinstance(document, dict) or not isinstance(document.get("patterns"), list):
        return [], ["the file of your own patterns is damaged"]
    found: list[Pattern] = []
    problems: list[str] = []
    for raw in document["patterns"][:MAX_OWN_PATTERNS]:
        label = raw.get("name") if isinstance(raw, dict) else None
        label = label if isinstance(label, str) and label else "a pattern"
        try:
            if not isinstance(raw, dict):
                raise TypeError
            name, seconds = raw.get("name"), raw.get("seconds")
            if not isinstance(name, str) or not isinstance(seconds, list) or len(seconds) != 4:
                raise TypeError
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in seconds):
                raise TypeError
            pattern = own_pattern(name, (seconds[0], seconds[1], seconds[2], seconds[3]))
        except TypeError:
            problems.append(f"{one_line(label)[:MAX_OWN_NAME]}: damaged, left out")
            continue
        except PatternError as exc:
            problems.append(f"{one_line(label)[:MAX_OWN_NAME]}: {exc}")
            continue
        if all(p.id != pattern.id for p in found):
            found.append(pattern)
    return found, problems


def own_patterns_text(patterns: list[Pattern]) -> str:
    """``patterns.json`` for these patterns (name and in-hold-out-rest seconds each)."""
    import json

    def seconds(pattern: Pattern) -> list[float]:
        by_kind = {phase.kind: phase.seconds for phase in pattern.phases}
        return [by_kind.get(kind, 0.0) for kind in PhaseKind]

    document = {
        "version": 1,
        "patterns": [{"name": p.name, "seconds": seconds(p)} for p in patterns],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
