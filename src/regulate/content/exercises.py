"""Grounding exercises from TOML files: the built-in ones in assets/exercises/grounding/ and
the person's own in the exercises folder of their data folder.

A file that can't be used is reported with its name, the line and what is wrong, and skipped;
every other exercise still loads. docs/EXERCISES.md describes the format.

Text fields may have translations beside them (``title_de``, ``summary_de``, ``caution_de``,
and ``text_de`` / ``prompt_de`` in a step); the current language from
regulate.content.language picks them, falling back to English. docs/TRANSLATING.md explains.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from regulate.content.assets import ContentError, asset_path, deep_line, read_text_file
from regulate.content.language import DEFAULT, current_language, localized_key
from regulate.core.exercises import Exercise, InputKind, Step
from regulate.core.scales import Zone
from regulate.plaintext import one_line, shown_name

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")
MAX_FILE_BYTES = 256 * 1024
MAX_STEPS = 60
MAX_STEP_SECONDS = 3600
MAX_MINUTES = 240
#: At most this many of a person's own files are read; more are reported, not loaded.
MAX_FILES = 200
MAX_SOURCES = 20
#: The longest each text may be, in characters, after white space is tidied.
MAX_CHARS = {"title": 120, "summary": 300, "caution": 600, "text": 1000, "prompt": 120}
MAX_SOURCE_CHARS = 300
ORDER = (
    "54321",
    "feet-on-floor",
    "orienting",
    "move-and-wake-up",
    "butterfly-hug",
    "categories",
    "pmr",
    "paired-muscle-relaxation",
    "intense-exercise",
    "cold-water",
    "riding-the-wave",
    "riding-the-wave-15",
    "calm-place",
    "containment",
)


@dataclass(frozen=True)
class Problem:
    """One file that could not be used."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}: line {self.line}: {self.message}"


class _Bad(Exception):
    def __init__(self, message: str, key: str | None = None, step: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.key = key
        self.step = step


@dataclass(frozen=True)
class Loaded:
    exercises: tuple[Exercise, ...]
    problems: tuple[Problem, ...]

    def find(self, exercise_id: str) -> Exercise | None:
        for exercise in self.exercises:
            if exercise.id == exercise_id:
                return exercise
        return None


# -- reading one file -----------------------------------------------------------------------


def _line_of(text: str, key: str | None, step: int | None) -> int:
    """The line a problem is on: the key's own line (inside its [[steps]] block), else the
    block's header, else line 1."""
    lines = text.splitlines()
    start, end = 0, len(lines)
    if step is not None:
        headers = [i for i, line in enumerate(lines) if line.strip().startswith("[[steps]]")]
        if step < len(headers):
            start = headers[step]
            end = headers[step + 1] if step + 1 < len(headers) else len(lines)
            if key is None:
                return start + 1
        else:
            key = key or "steps"
    elif key is not None:
        headers = [i for i, line in enumerate(lines) if line.strip().startswith("[")]
        end = headers[0] if headers else len(lines)
    if key is not None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, end):
            if pattern.match(lines[number]):
                return number + 1
        if step is not None:
            return start + 1
    return 1


def _text(
    raw: Mapping[str, Any],
    key: str,
    *,
    required: bool,
    step: int | None = None,
    language: str = DEFAULT,
) -> str:
    """The English text under ``key``, or its translation (``key_de``) for ``language`` when
    the file has one: on one line, without control or bidi-override characters, and no
    longer than MAX_CHARS allows."""
    value = raw.get(key)
    if value is None:
        if required:
            raise _Bad(f"'{key}' is missing", None if step is None else key, step)
        return ""
    used = key
    if not isinstance(value, str) or (required and not one_line(value)):
        raise _Bad(f"'{key}' must be some text", key, step)
    if language != DEFAULT:
        other = localized_key(key, language)
        translated = raw.get(other)
        if translated is not None:
            if not isinstance(translated, str) or (required and not one_line(translated)):
                raise _Bad(f"'{other}' must be some text", other, step)
            value, used = translated, other
    text = one_line(value)
    limit = MAX_CHARS.get(key)
    if limit is not None and len(text) > limit:
        where = "" if step is None else f"step {step + 1}: "
        raise _Bad(
            f"{where}'{used}' can be at most {limit} characters; this one has {len(text)}",
            used,
            step,
        )
    return text


def _step(raw: object, number: int, language: str) -> Step:
    if not isinstance(raw, Mapping):
        raise _Bad(f"step {number + 1} must be a [[steps]] table", "steps", None)
    text = _text(raw, "text", required=True, step=number, language=language)
    seconds = raw.get("seconds")
    if seconds is not None:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise _Bad(f"step {number + 1}: 'seconds' must be a number", "seconds", number)
        if not 0 < seconds <= MAX_STEP_SECONDS:
            raise _Bad(
                f"step {number + 1}: 'seconds' must be more than 0 and at most "
                f"{MAX_STEP_SECONDS}; {seconds} is not",
                "seconds",
                number,
            )
    kind = raw.get("input")
    input_kind = None
    count = 0
    if kind is not None:
        try:
            input_kind = InputKind(kind)
        except ValueError:
            raise _Bad(
                f'step {number + 1}: \'input\' must be "list" or "text", not {kind!r}',
                "input",
                number,
            ) from None
        if input_kind is InputKind.LIST:
            count = raw.get("count", 3)
            if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= 10:
                raise _Bad(f"step {number + 1}: 'count' must be 1 to 10", "count", number)
    pacer = raw.get("pacer", False)
    if not isinstance(pacer, bool):
        raise _Bad(f"step {number + 1}: 'pacer' must be true or false", "pacer", number)
    return Step(
        text=text,
        seconds=None if seconds is None else float(seconds),
        input=input_kind,
        count=count,
        prompt=_text(raw, "prompt", required=False, step=number, language=language),
        pacer=pacer,
    )


def exercise_from_mapping(
    raw: Mapping[str, Any], origin: str, language: str | None = None
) -> Exercise:
    """An exercise from a parsed file, its text in ``language`` (default: the current one)."""
    language = current_language() if language is None else language
    exercise_id = raw.get("id")
    if exercise_id is None:
        raise _Bad("'id' is missing")
    if not isinstance(exercise_id, str) or not ID_PATTERN.fullmatch(exercise_id):
        raise _Bad("'id' must be lowercase letters, digits and dashes, such as \"my-walk\"", "id")
    title = _text(raw, "title", required=True, language=language)
    zones_raw = raw.get("zones")
    if not isinstance(zones_raw, list) or not zones_raw:
        raise _Bad('\'zones\' must list at least one of "hyper", "hypo", "window"', "zones")
    zones: set[Zone] = set()
    for zone in zones_raw:
        try:
            zones.add(Zone(zone))
        except ValueError:
            raise _Bad(f'unknown zone {zone!r}: use "hyper", "hypo" or "window"', "zones") from None
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not steps_raw:
        raise _Bad("an exercise needs at least one [[steps]] entry", "steps")
    if len(steps_raw) > MAX_STEPS:
        raise _Bad(f"an exercise can have at most {MAX_STEPS} steps", "steps")
    steps = tuple(_step(step, number, language) for number, step in enumerate(steps_raw))
    minutes = raw.get("minutes")
    if minutes is not None and (
        isinstance(minutes, bool)
        or not isinstance(minutes, int | float)
        or not math.isfinite(minutes)
        or not 0 < minutes <= MAX_MINUTES
    ):
        raise _Bad(
            f"'minutes' must be a number above 0 and at most {MAX_MINUTES}; {minutes!r} is not",
            "minutes",
        )
    sources_raw = raw.get("sources", [])
    if not isinstance(sources_raw, list) or not all(isinstance(s, str) for s in sources_raw):
        raise _Bad("'sources' must be a list of text", "sources")
    if len(sources_raw) > MAX_SOURCES:
        raise _Bad(f"'sources' can list at most {MAX_SOURCES}", "sources")
    sources = [one_line(source) for source in sources_raw]
    if any(len(source) > MAX_SOURCE_CHARS for source in sources):
        raise _Bad(f"each of the 'sources' can be at most {MAX_SOURCE_CHARS} characters", "sources")
    return Exercise(
        id=exercise_id,
        title=title,
        summary=_text(raw, "summary", required=False, language=language),
        zones=frozenset(zones),
        steps=steps,
        caution=_text(raw, "caution", required=False, language=language),
        minutes=None if minutes is None else float(minutes),
        sources=tuple(source for source in sources if source),
        origin=origin,
    )


def parse_exercise(
    text: str, name: str, origin: str, language: str | None = None
) -> Exercise | Problem:
    name = shown_name(name)
    try:
        raw = tomllib.loads(text)
    except (RecursionError, MemoryError):
        return Problem(name, deep_line(text), "the lists or tables are nested too deeply to read")
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(found.group(1)) if found else 1
        if "(at end of document)" in message:
            line = text.count("\n") + 1
        short = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message)
        return Problem(name, line, f"this is not valid TOML ({short.lower()})")
    try:
        return exercise_from_mapping(raw, origin, language)
    except _Bad as bad:
        return Problem(name, _line_of(text, bad.key, bad.step), bad.message)


def _read(path: Path) -> str | Problem:
    """The file's text, read only if it is a regular file (a link to one is fine) and never
    more than MAX_FILE_BYTES + 1 bytes of it; otherwise what is wrong."""
    try:
        return read_text_file(path, MAX_FILE_BYTES)
    except ContentError as exc:
        return Problem(shown_name(path.name), 1, exc.reason)


# -- all of them ----------------------------------------------------------------------------


def builtin_exercises() -> tuple[Exercise, ...]:
    """The built-in exercises in the order people see them, in the current language."""
    return _builtin_exercises(current_language())


@cache
def _builtin_exercises(language: str) -> tuple[Exercise, ...]:
    folder = resources.files("regulate.assets").joinpath("exercises", "grounding")
    found: dict[str, Exercise] = {}
    for entry in folder.iterdir():
        if not entry.name.endswith(".toml"):
            continue
        text = read_text_file(asset_path("exercises", "grounding", entry.name), MAX_FILE_BYTES)
        result = parse_exercise(text, entry.name, "built-in", language)
        if isinstance(result, Problem):
            raise ValueError(f"built-in exercise {result}")
        found[result.id] = result
    ranked = [found.pop(i) for i in ORDER if i in found]
    return tuple(ranked + sorted(found.values(), key=lambda e: e.id))


def load_exercises(user_folder: Path | None) -> Loaded:
    """The built-ins, then the person's own files (sorted by name). Problems are collected."""
    exercises = list(builtin_exercises())
    problems: list[Problem] = []
    taken = {exercise.id: "a built-in exercise" for exercise in exercises}
    if user_folder is not None and user_folder.is_dir():
        try:
            paths = sorted(p for p in user_folder.iterdir() if p.suffix.lower() == ".toml")
        except OSError:
            paths = []
        if len(paths) > MAX_FILES:
            problems.append(
                Problem(
                    shown_name(paths[MAX_FILES].name),
                    1,
                    f"only the first {MAX_FILES} exercise files are read; "
                    f"{len(paths) - MAX_FILES} more were skipped",
                )
            )
            paths = paths[:MAX_FILES]
        for path in paths:
            text = _read(path)
            if isinstance(text, Problem):
                problems.append(text)
                continue
            name = shown_name(path.name)
            result = parse_exercise(text, name, name)
            if isinstance(result, Problem):
                problems.append(result)
            elif result.id in taken:
                problems.append(
                    Problem(
                        name,
                        _line_of(text, "id", None),
                        f"the id '{result.id}' is already used by {taken[result.id]}; "
                        "give this one a new id",
                    )
                )
            else:
                taken[result.id] = name
                exercises.append(result)
    return Loaded(tuple(exercises), tuple(problems))


def exercise_dict(exercise: Exercise) -> dict[str, Any]:
    """The stable JSON shape of `regulate exercises --json` (never NaN or Infinity)."""
    steps = []
    for step in exercise.steps:
        shown: dict[str, Any] = {"text": step.text}
        if step.seconds is not None and math.isfinite(step.seconds):
            shown["seconds"] = step.seconds
        if step.input is not None:
            shown["input"] = step.input.value
            if step.count:
                shown["count"] = step.count
            if step.prompt:
                shown["prompt"] = step.prompt
        if step.pacer:
            shown["pacer"] = True
        steps.append(shown)
    return {
        "id": exercise.id,
        "title": exercise.title,
        "zones": sorted(zone.value for zone in exercise.zones),
        "steps": steps,
        "summary": exercise.summary,
        "caution": exercise.caution,
        "minutes": (
            exercise.minutes
            if exercise.minutes is not None and math.isfinite(exercise.minutes)
            else None
        ),
        "sources": list(exercise.sources),
        "origin": exercise.origin,
    }
