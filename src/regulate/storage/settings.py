"""The person's settings: a small JSON file in the data folder, written atomically.

Every key has a default here, in one table, so a missing or damaged file simply means
"defaults" and a newer file with keys this version does not know keeps them untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from regulate.core.scales import DEFAULT_WINDOW_HIGH, DEFAULT_WINDOW_LOW, ScaleError, Window
from regulate.storage.files import write_atomically

DEFAULTS: Mapping[str, Any] = {
    "window_low": DEFAULT_WINDOW_LOW,
    "window_high": DEFAULT_WINDOW_HIGH,
    "window_geometry": "",  # Qt's saveGeometry(), base64
    "last_pattern": "",
    "sound": False,
    "reduced_motion": False,
    "theme": "system",
    "first_run_done": False,
    "reminder_on": False,
    "reminder_time": "20:00",
    "reminder_last": "",  # the date it last showed, YYYY-MM-DD
    "start_in_tray": False,
    "announce_phases": False,
    "text_size": 100,  # percent, 100 to 200
    "language": "system",  # or "en", "de"
}


class SettingsError(Exception):
    """Settings could not be saved. One plain line."""


class Settings:
    """Settings read from ``path``; ``save()`` writes them back in one atomic step."""

    def __init__(self, path: Path, values: dict[str, Any], problem: str | None = None) -> None:
        self.path = path
        self._values = values
        #: Why the file could not be read, if it could not (defaults are used instead).
        self.problem = problem

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, {})
        except OSError as exc:
            return cls(path, {}, f"could not read {path}: {exc.strerror}")
        try:
            values = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return cls(path, {}, f"{path} was damaged; using the default settings")
        if not isinstance(values, dict):
            return cls(path, {}, f"{path} was damaged; using the default settings")
        return cls(path, values)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._values.get(key, default)
        if type(value) is not type(default):
            return default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._values[key] = value

    @property
    def window(self) -> Window:
        try:
            return Window(self.get("window_low"), self.get("window_high"))
        except ScaleError:
            return Window()

    @window.setter
    def window(self, window: Window) -> None:
        self.set("window_low", window.low)
        self.set("window_high", window.high)

    def save(self) -> None:
        data = json.dumps(self._values, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if self.problem is not None and self.path.exists():
            # Keep the damaged file for the person (their window may be in it) before writing.
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            with contextlib.suppress(OSError):
                os.replace(self.path, self.path.with_name(f"{self.path.name}.damaged-{stamp}"))
            self.problem = None
        try:
            write_atomically(self.path, data.encode("utf-8"))
        except OSError as exc:
            raise SettingsError(
                f"could not save settings to {self.path}: {exc.strerror or exc}"
            ) from None
