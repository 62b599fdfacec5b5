"""Which importer reads a file: decided by its content, never by its name.

One table for the command line and the app: Regulate's own JSON and CSV exports, and Daylio's
CSV. ``force`` ("regulate" or "daylio", the command line's ``--from``) only overrides the
detection.
"""

from __future__ import annotations

import stat
from collections.abc import Mapping
from pathlib import Path

from regulate.storage.daylio import parse_daylio
from regulate.storage.exchange import ExchangeError, Records, parse_export

#: Larger than any export a person could have; a bigger file is refused before it is read.
MOST_BYTES = 512 * 1024 * 1024
SOURCES = ("regulate", "daylio")


class NotDaylio(ExchangeError):
    """A mood map was given for a file that is not a Daylio export."""


def detect(head: bytes) -> str:
    """"daylio" for a Daylio CSV (its header row), else "regulate"."""
    first = head[:2000].decode("utf-8-sig", errors="replace").splitlines()[:1]
    header = first[0].lower() if first else ""
    names = {part.strip().strip('"') for part in header.split(",")}
    if "mood" in names and ({"full_date", "date"} & names) and "record" not in names:
        return "daylio"
    return "regulate"


def read_source(source: Path) -> bytes:
    """The bytes of a regular file, or ExchangeError saying plainly why not."""
    try:
        info = source.stat()
    except FileNotFoundError:
        raise ExchangeError(f"{source} does not exist") from None
    except OSError as exc:
        raise ExchangeError(f"could not read {source}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ExchangeError(f"{source} is a folder, not an export file")
    if not stat.S_ISREG(info.st_mode):
        raise ExchangeError(f"{source} is not a regular file")
    if info.st_size > MOST_BYTES:
        raise ExchangeError(f"{source} is too large to be an export")
    try:
        with source.open("rb") as stream:
            data = stream.read(MOST_BYTES + 1)
    except OSError as exc:
        raise ExchangeError(f"could not read {source}: {exc.strerror or exc}") from None
    if len(data) > MOST_BYTES:
        raise ExchangeError(f"{source} is too large to be an export")
    return data


def read_records(
    source: Path, *, force: str | None = None, mood_map: Mapping[str, int] | None = None
) -> Records:
    """Everything in ``source``, parsed completely (nothing is written here). Raises
    ``UnmappedMoods`` when a Daylio file has mood names that need placing, else
    ``ExchangeError`` with one plain line."""
    if force is not None and force not in SOURCES:
        raise ExchangeError(f"unknown source '{force}'; choose one of {', '.join(SOURCES)}")
    data = read_source(source)
    kind = force or detect(data)
    if mood_map is not None and kind != "daylio":
        raise NotDaylio(f"{source.name} is not a Daylio export, so a mood map does not apply")
    if kind == "daylio":
        return parse_daylio(data, source.name, mood_map)
    return parse_export(data, source.name)
