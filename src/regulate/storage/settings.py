"""The person's settings: one typed value (``Preferences``), kept in a small JSON file in the
data folder and written atomically.

Every setting is a field of ``Preferences`` with its default and its check, so a missing or
damaged file simply means "defaults", a wrong value falls back to its default (and says so),
and a newer file with keys this version does not know keeps them untouched. Changes go through
``Settings.update``, which checks them and tells whoever listens; ``save`` raises
``SettingsError`` with one plain line, so a failed save always reaches the person.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from regulate.core.scales import DEFAULT_WINDOW_HIGH, DEFAULT_WINDOW_LOW, ScaleError, Window
from regulate.storage.files import write_atomically

THEMES = ("system", "light", "dark", "contrast")
LANGUAGES = ("system", "en", "de")
TEXT_SIZES = (100, 125, 150, 175, 200)
#: Larger than any settings file this version writes; a bigger file is damaged, not read.
MOST_BYTES = 256 * 1024
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _short_text(most: int) -> Callable[[Any], bool]:
    return lambda value: len(value) <= most and "\x00" not in value


def _country(value: str) -> bool:
    return value == "" or (len(value) == 2 and value.isascii() and value.isalpha())


def _day(value: str) -> bool:
    return value == "" or bool(_DAY.match(value))


#: One remembered length: "minutes:3", "breaths:4", or "open" (no set end).
_LENGTH = re.compile(r"^(minutes:(\d{1,3}(\.\d{1,2})?)|breaths:\d{1,4}|open)$")
MOST_LENGTHS = 500


def read_lengths(text: str) -> dict[str, str]:
    """The remembered lengths (pattern id to "minutes:3", "breaths:4" or "open"); anything
    unusable in it is left out, so a damaged value means "nothing remembered"."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(document, dict):
        return {}
    return {
        key: value
        for key, value in document.items()
        if isinstance(value, str)
        and 0 < len(key) <= 200
        and "\x00" not in key
        and _LENGTH.match(value)
        and not value.startswith(("minutes:0", "breaths:0"))
    }


def with_length(text: str, pattern_id: str, length: str) -> str:
    """``text`` (the ``lengths`` setting) with ``pattern_id`` remembered as ``length``."""
    lengths = read_lengths(text)
    lengths.pop(pattern_id, None)
    lengths[pattern_id] = length
    while len(lengths) > MOST_LENGTHS:  # forget the oldest first
        lengths.pop(next(iter(lengths)))
    return json.dumps(lengths, ensure_ascii=False, separators=(",", ":"))


def _lengths(value: str) -> bool:
    try:
        document = json.loads(value)
    except (ValueError, RecursionError):
        return False
    return isinstance(document, dict) and read_lengths(value) == document


@dataclass(frozen=True)
class Preferences:
    """Every setting Regulate has, with its default. Frozen: change it with ``Settings.update``."""

    window_low: int = DEFAULT_WINDOW_LOW
    window_high: int = DEFAULT_WINDOW_HIGH
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    last_pattern: str = ""  # kept for older files; nothing starts from it any more
    #: What "Breathe now" starts: the person's choice, never silently the last one used.
    default_pattern: str = "extended-exhale"
    sound: bool = False
    reduced_motion: bool = False
    theme: str = "system"
    first_run_done: bool = False
    reminder_on: bool = False
    reminder_time: str = "20:00"
    reminder_last: str = ""  # the date it last showed, YYYY-MM-DD
    start_in_tray: bool = False
    announce_phases: bool = True  # announced only while a screen reader listens (a11y.announce)
    text_size: int = 100  # percent, 100 to 200
    language: str = "system"
    country: str = ""  # ISO 3166 code for crisis lines; "" means "from the locale"
    #: How long the person chose to breathe with each pattern: JSON, pattern id to
    #: "minutes:3", "breaths:4" or "open" (see ``read_lengths``).
    lengths: str = "{}"
    #: The Bluetooth address of the heart-rate strap last connected ("" : none yet).
    heart_strap_address: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def window(self) -> Window:
        return Window(self.window_low, self.window_high)


#: A Bluetooth address (AA:BB:CC:DD:EE:FF), or a platform's device id (a UUID on macOS).
_STRAP_ADDRESS = re.compile(r"^([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}|\{?[0-9A-Fa-f-]{36}\}?)?$")


#: What each field may hold beyond its type.
CHECKS: Mapping[str, Callable[[Any], bool]] = {
    "window_low": lambda v: 0 <= v <= 10,
    "window_high": lambda v: 0 <= v <= 10,
    "window_geometry": _short_text(4096),
    "last_pattern": _short_text(200),
    "default_pattern": lambda v: 0 < len(v) <= 200 and "\x00" not in v,
    "theme": lambda v: v in THEMES,
    "reminder_time": lambda v: bool(_TIME.match(v)),
    "reminder_last": _day,
    "text_size": lambda v: v in TEXT_SIZES,
    "language": lambda v: v in LANGUAGES,
    "country": _country,
    "lengths": lambda v: len(v) <= 32_000 and _lengths(v),
    "heart_strap_address": lambda v: bool(_STRAP_ADDRESS.match(v)),
}

DEFAULTS = Preferences()
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Preferences) if f.name != "extra")
#: Settings that say nothing about the person; everything else is removed by "Delete all".
NOT_PERSONAL = frozenset({"first_run_done", "window_geometry"})


class SettingsError(Exception):
    """Settings could not be saved, or a change was not a possible value. One plain line."""


def _valid(name: str, value: Any) -> bool:
    default = getattr(DEFAULTS, name)
    if type(value) is not type(default):  # bool is not int, 3.0 is not 3
        return False
    check = CHECKS.get(name)
    return check is None or bool(check(value))


def _from_document(document: Mapping[str, Any]) -> tuple[Preferences, list[str]]:
    """The values in a settings file, each checked; returns the names that were not usable."""
    known: dict[str, Any] = {}
    wrong: list[str] = []
    for name in FIELDS:
        if name not in document:
            continue
        if _valid(name, document[name]):
            known[name] = document[name]
        else:
            wrong.append(name)
    extra = {key: value for key, value in document.items() if key not in FIELDS}
    preferences = replace(DEFAULTS, **known, extra=extra)
    try:
        Window(preferences.window_low, preferences.window_high)
    except ScaleError:
        preferences = replace(
            preferences, window_low=DEFAULTS.window_low, window_high=DEFAULTS.window_high
        )
        wrong += ["window_low", "window_high"]
    return preferences, wrong


Listener = Callable[[Preferences, frozenset[str]], None]


class Settings:
    """The person's settings, read from ``path``; ``save()`` writes them in one atomic step."""

    def __init__(
        self, path: Path, values: Preferences | None = None, problem: str | None = None
    ) -> None:
        self.path = path
        self._values = values if values is not None else Preferences()
        #: Why the file could not be read, or which values were reset (defaults are used).
        self.problem = problem
        #: Keep the file as it was (beside the new one) before the first save over it.
        self._damaged = problem is not None
        self._listeners: list[Listener] = []

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            with path.open("rb") as stream:
                raw = stream.read(MOST_BYTES + 1)
        except FileNotFoundError:
            return cls(path)
        except OSError as exc:
            return cls(path, None, f"could not read {path}: {exc.strerror or exc}")
        damaged = f"{path} was damaged; using the default settings"
        if len(raw) > MOST_BYTES:
            return cls(path, None, damaged)
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return cls(path, None, damaged)
        if not isinstance(document, dict):
            return cls(path, None, damaged)
        values, wrong = _from_document(document)
        problem = None
        if wrong:
            names = ", ".join(dict.fromkeys(wrong))
            problem = f"{path} had values Regulate can't use ({names}); using the defaults for them"
        return cls(path, values, problem)

    # -- reading -----------------------------------------------------------------------------

    @property
    def values(self) -> Preferences:
        return self._values

    @property
    def window(self) -> Window:
        return self._values.window

    # -- changing ----------------------------------------------------------------------------

    def update(self, **changes: Any) -> None:
        """Change some settings; each value is checked. Listeners hear what changed."""
        for name, value in changes.items():
            if name not in FIELDS:
                raise SettingsError(f"there is no setting called '{name}'")
            if not _valid(name, value):
                raise SettingsError(f"{value!r} is not a possible value for {name}")
        new = replace(self._values, **changes)
        try:
            Window(new.window_low, new.window_high)
        except ScaleError as exc:
            raise SettingsError(str(exc)) from None
        changed = frozenset(
            name for name in changes if getattr(new, name) != getattr(self._values, name)
        )
        self._values = new
        if changed:
            for listener in list(self._listeners):
                listener(new, changed)

    def set_window(self, window: Window) -> None:
        self.update(window_low=window.low, window_high=window.high)

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def reset_personal(self) -> None:
        """After "Delete all my data": every setting that says anything about the person goes
        back to its default, including ones this version does not know."""
        kept = {name: getattr(self._values, name) for name in NOT_PERSONAL}
        old = self._values
        self._values = replace(DEFAULTS, **kept, extra={})
        self.problem = None
        self._damaged = False
        changed = frozenset(n for n in FIELDS if getattr(old, n) != getattr(self._values, n))
        if changed:
            for listener in list(self._listeners):
                listener(self._values, changed)

    # -- saving ------------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """What goes into the file: unknown keys kept, then every value that is not a default
        (so a default never looks like a choice the person made)."""
        values = asdict(self._values)
        values.pop("extra")
        document = dict(self._values.extra)
        for name, value in values.items():
            if value != getattr(DEFAULTS, name):
                document[name] = value
            else:
                document.pop(name, None)
        return document

    def save(self) -> None:
        data = json.dumps(self.document(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if self._damaged and self.path.exists():
            # Keep the damaged file for the person (their window may be in it) before writing.
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_name(f"{self.path.name}.damaged-{stamp}"))
            self._damaged = False
        try:
            write_atomically(self.path, data.encode("utf-8"))
        except OSError as exc:
            raise SettingsError(
                f"could not save settings to {self.path}: {exc.strerror or exc}"
            ) from None
        self.problem = None
