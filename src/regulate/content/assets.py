"""Finding runtime files that ship inside the installed package (regulate.assets), and reading
the TOML ones so that no file, however damaged, can hang, flood or crash a loader."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from regulate.plaintext import shown_name
from regulate.storage.files import NotARegularFile, TooLarge, read_regular

#: No built-in data file comes near this; a bigger one is damage, not data.
MAX_ASSET_BYTES = 1024 * 1024


class ContentError(ValueError):
    """A data file that can't be used; the message names the file and what is wrong,
    ``reason`` says only what is wrong."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def asset_path(*parts: str) -> Path:
    """A real file path for an asset, such as ``asset_path("sounds", "inhale.wav")``."""
    traversable = resources.files("regulate.assets").joinpath(*parts)
    return Path(str(traversable))


def read_text_file(path: Path, limit: int) -> str:
    """A regular file of at most ``limit`` bytes as UTF-8 text (a byte-order mark is fine).

    Raises ContentError naming the file: for a folder, device or pipe, a file too large, text
    that is not UTF-8, or one that can't be read.
    """
    try:
        data = read_regular(path, limit)
    except TooLarge:
        why = f"the file is too large (at most {limit // 1024} KB)"
    except NotARegularFile as exc:
        why = f"{exc.strerror}, so it was skipped"
    except OSError as exc:
        why = f"the file can't be read ({exc.strerror or exc})"
    else:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            why = "the file is not UTF-8 text"
    raise ContentError(f"{shown_name(path.name)}: {why}", why)


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """TOML text as a table; ContentError (naming the file and, where known, the line) for
    anything that can't be read, including nesting too deep to follow."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{shown_name(name)}: this is not valid TOML ({exc})") from None
    except (RecursionError, MemoryError):
        raise ContentError(
            f"{shown_name(name)}: line {deep_line(text)}: the lists or tables are nested "
            "too deeply to be read"
        ) from None


def load_asset_toml(*parts: str) -> dict[str, Any]:
    """A built-in TOML file, read with the same care as a person's own."""
    path = asset_path(*parts)
    return parse_toml(read_text_file(path, MAX_ASSET_BYTES), path.name)


def deep_line(text: str, depth: int = 64) -> int:
    """The line where brackets and braces first nest ``depth`` deep (1 if they never do),
    skipping quoted text and comments; good enough to point at the trouble."""
    level = 0
    line = 1
    quote = ""
    escaped = False
    comment = False
    for char in text:
        if char == "\n":
            line += 1
            comment = False
            if quote in ('"', "'"):
                quote = ""  # a one-line string can't go on past its line
            continue
        if comment:
            continue
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            level += 1
            if level >= depth:
                return line
        elif char in "]}":
            level = max(0, level - 1)
    return 1
