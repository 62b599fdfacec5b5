"""Heartbeats from files: reading RR intervals and assessing a resonance recording. Qt-free.

A file holds RR intervals (the time between heartbeats) in milliseconds, one per line, or the
CSV that common strap apps write (comma, semicolon or tab separated, with a header naming an RR
column such as ``RR``, ``rr_ms`` or ``RR-interval [ms]``). Intervals written in seconds (every
value under 10, or a header saying ``[s]``) are turned into milliseconds.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from regulate.services.app import ServiceError

if TYPE_CHECKING:
    from regulate.core.rr import Assessment

#: Larger files are not RR recordings of a session (a day of beats is about 1.5 MB).
MOST_BYTES = 20 * 1024 * 1024
_RR_HEADER = re.compile(r"(^|[^a-z])(rr|ibi|nn)([^a-z]|$)|interval", re.IGNORECASE)


def _number(cell: str) -> float | None:
    try:
        value = float(cell.strip().replace(",", ".")) if cell.strip() else None
    except ValueError:
        return None
    return value


def _delimiter(line: str) -> str | None:
    for candidate in ("\t", ";", ","):
        if candidate in line:
            return candidate
    return None


def parse_rr_text(text: str) -> list[float]:
    """RR intervals in milliseconds from the text of a file; ServiceError if there are none."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        raise ServiceError("the file is empty")
    delimiter = _delimiter(lines[0])
    seconds = False
    if delimiter is None:
        rows = [[line.strip()] for line in lines]
        column = 0
        if _number(rows[0][0]) is None:  # a one-word header
            seconds = "[s]" in rows[0][0].lower()
            rows = rows[1:]
    else:
        rows = [row for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)]
        header = rows[0]
        if all(_number(cell) is None for cell in header):
            matches = [i for i, cell in enumerate(header) if _RR_HEADER.search(cell)]
            if not matches:
                raise ServiceError(
                    "the file has columns, but none is named as RR intervals "
                    "(for example 'RR' or 'rr_ms')"
                )
            column = matches[0]
            seconds = "[s]" in header[column].lower()
            rows = rows[1:]
        else:
            numeric = [i for i, cell in enumerate(header) if _number(cell) is not None]
            column = numeric[-1]
    values: list[float] = []
    for number, row in enumerate(rows, start=1):
        value = _number(row[column]) if column < len(row) else None
        if value is None:
            raise ServiceError(f"line {number} holds no RR interval we can read")
        values.append(value)
    if not values:
        raise ServiceError("the file holds no RR intervals")
    if seconds or max(values) < 10:
        values = [v * 1000.0 for v in values]
    if min(values) <= 0:
        raise ServiceError("the file holds an interval of zero or less, which is not a heartbeat")
    return values


def read_rr_file(path: Path) -> list[float]:
    """RR intervals in milliseconds from ``path``; ServiceError with one plain line if not."""
    path = path.expanduser()
    try:
        if path.is_dir():
            raise ServiceError(f"{path} is a folder, not a file of heartbeats")
        if path.stat().st_size > MOST_BYTES:
            raise ServiceError(f"{path} is too large to be a recording of heartbeats")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(f"there is no file {path}") from None
    except OSError as exc:
        raise ServiceError(f"{path} could not be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ServiceError(f"{path} is not a text file of heartbeats") from None
    try:
        return parse_rr_text(text)
    except ServiceError as exc:
        raise ServiceError(f"{path.name}: {exc}") from None


def assess_file(
    path: Path, rates: Sequence[float], minutes: float, rest_seconds: float = 0.0
) -> Assessment:
    """The resonance assessment of a recording that followed the stepped protocol."""
    from regulate.core.rr import RRError, assess

    values = read_rr_file(path)
    try:
        return assess(values, rates, minutes, rest_seconds)
    except RRError as exc:
        raise ServiceError(f"{path.name}: {exc}") from None
