"""A small local log of errors, for finding bugs; it never holds what the person wrote.

Only the kind of error and where in Regulate's code it happened are written, never a message
(an error message can quote a note). The file lives in the data folder's logs/ (0600) and is
rotated by hand at a small size: logging.handlers would pull in the socket module, and this app
imports nothing that can reach a network.
"""

from __future__ import annotations

import contextlib
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

MAX_BYTES = 128 * 1024
KEEP = 2  # regulate.log.1 and regulate.log.2


def where(tb: TracebackType | None) -> str:
    """The innermost frame inside Regulate's own code, as file:line in function."""
    frames = [f for f in traceback.extract_tb(tb) if "regulate" in f.filename.replace("\\", "/")]
    if not frames:
        return "outside Regulate"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def record(folder: Path, kind: str, place: str) -> None:
    """Append one line; never raises (a log must not become a new way to fail)."""
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / "regulate.log"
        if path.exists() and path.stat().st_size > MAX_BYTES:
            for number in range(KEEP, 0, -1):
                older = folder / f"regulate.log.{number}"
                newer = folder / ("regulate.log" if number == 1 else f"regulate.log.{number - 1}")
                if newer.exists():
                    os.replace(newer, older)
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.write(f"{stamp} {kind} at {place}\n")


def record_exception(folder: Path, exc: BaseException) -> None:
    record(folder, type(exc).__name__, where(exc.__traceback__))
