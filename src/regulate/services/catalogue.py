"""Every pattern and exercise the person can start, loaded once per run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from regulate.content.exercises import Problem, load_exercises
from regulate.content.patterns import builtin_patterns, find_pattern, own_patterns_from_text
from regulate.core.breathing import Pattern, PatternError
from regulate.core.entries import ItemKind
from regulate.core.exercises import Exercise

Item = Pattern | Exercise


@dataclass(frozen=True)
class Catalogue:
    patterns: tuple[Pattern, ...]
    exercises: tuple[Exercise, ...]
    #: The person's own exercise files that could not be read (file, line, why).
    problems: tuple[Problem, ...]
    #: The person's own breathing patterns (also in ``patterns``, after the built-in ones).
    own_patterns: tuple[Pattern, ...] = ()
    #: Own patterns that could not be used, one plain line each.
    pattern_problems: tuple[str, ...] = ()

    @classmethod
    def load(cls, own_exercises: Path | None, own_patterns: Path | None = None) -> Catalogue:
        loaded = load_exercises(own_exercises)
        builtin = builtin_patterns()
        own, problems = read_own_patterns(own_patterns)
        taken = {p.id for p in builtin}
        own = [p for p in own if p.id not in taken]
        return cls((*builtin, *own), loaded.exercises, loaded.problems, tuple(own), tuple(problems))

    def pattern(self, key: str) -> Pattern:
        """A pattern by id, or inline timings such as 4-7-8; PatternError if neither."""
        for pattern in self.patterns:
            if pattern.id == key:
                return pattern
        return find_pattern(key)

    def exercise(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def item(self, item_id: str) -> Item | None:
        """A pattern or an exercise by id (patterns first), or None."""
        try:
            return next(p for p in self.patterns if p.id == item_id)
        except StopIteration:
            return self.exercise(item_id)

    def find(self, kind: ItemKind, item_id: str) -> Item | None:
        if kind is ItemKind.PATTERN:
            try:
                return self.pattern(item_id)
            except PatternError:
                return None
        return self.exercise(item_id)

    def titles(self) -> dict[tuple[ItemKind, str], str]:
        """Names for every pattern and exercise id, the person's own exercises included."""
        named = {(ItemKind.PATTERN, p.id): p.name for p in self.patterns}
        named |= {(ItemKind.EXERCISE, e.id): e.title for e in self.exercises}
        return named


def read_own_patterns(path: Path | None) -> tuple[list[Pattern], list[str]]:
    """The person's saved patterns (none if there is no file), and what could not be used."""
    if path is None:
        return [], []
    try:
        with path.open("rb") as stream:
            raw = stream.read(256 * 1024 + 1)
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        return [], [f"could not read {path}: {exc.strerror or exc}"]
    if len(raw) > 256 * 1024:
        return [], [f"{path} is too large to be a file of patterns"]
    return own_patterns_from_text(raw.decode("utf-8", errors="replace"))


def title_of(item: Item) -> str:
    return item.name if isinstance(item, Pattern) else item.title
