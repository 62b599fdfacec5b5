"""The entry log: a second, independent record of every acknowledged entry.

``journal.ledger`` sits next to ``journal.db`` in the data folder. Every check-in or session
the journal saves is appended to it as one line, and the line is fsynced, after SQLite's
commit and before the write returns to its caller: an entry someone was told is saved is in
both files. So journal.db, its -wal, the newest backup or this log can each be lost or damaged
alone, and ``Journal.open`` still rebuilds every entry (newest good backup + this log +
whatever the damaged file still holds).

A line: ``crc32 <TAB> table <TAB> uid <TAB> row as JSON``, the CRC-32 (8 hex digits) over
everything after the first tab. A line that is cut short or fails its checksum is skipped and
counted, never trusted. The uid is outside the JSON so the check at every open (are all of the
log's entries in the journal?) needs no JSON parsing.

Appends take an exclusive ``flock`` on the log and re-open it if it was replaced meanwhile, so
concurrent writers never interleave and never write into a file that was just compacted away.
Compaction happens right after each daily backup: lines for entries the new backup holds are
dropped (the backup has them, and the journal too), the rest is written to a temporary file,
fsynced and renamed over the log. So the log holds what was written since the newest backup.
Only the standard library; 0600 like every file here.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from regulate.storage.files import sync_directory

if sys.platform != "win32":
    import fcntl

SUFFIX = ".ledger"
TABLES = ("checkins", "sessions")
#: The open-time check reads at most this much of the log's end: the newest entries, the ones
#: a torn write, a damaged WAL or an older copy put in place would lose first (about a thousand
#: entries). Every open pays for it, so it stays small; a repair reads the whole log.
CHECK_BYTES = 256 * 1024


def ledger_path(journal: Path) -> Path:
    """``journal.ledger`` beside ``journal.db``."""
    return journal.with_name(journal.stem + SUFFIX)


def encode(table: str, uid: str, row: dict[str, object]) -> bytes:
    body = f"{table}\t{uid}\t{json.dumps(row, ensure_ascii=False, separators=(',', ':'))}"
    data = body.encode("utf-8")
    return b"%08x\t" % zlib.crc32(data) + data + b"\n"


@dataclass
class LedgerRead:
    """What the log holds. ``rows[(table, uid)]`` is the row (decoded on demand)."""

    lines: int = 0
    damaged: int = 0  # lines cut short or failing their checksum
    raw: dict[tuple[str, str], bytes] = field(default_factory=dict)
    exists: bool = False

    def uids(self, table: str) -> list[str]:
        return [uid for (kind, uid) in self.raw if kind == table]

    def row(self, table: str, uid: str) -> dict[str, object] | None:
        data = self.raw.get((table, uid))
        if data is None:
            return None
        try:
            value = json.loads(data)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None


def _parse(data: bytes, found: LedgerRead, *, skip_first: bool = False) -> None:
    lines = data.split(b"\n")
    tail = lines.pop()  # b"" when the file ends with a newline; else a line cut short
    if tail:
        found.damaged += 1
    if skip_first and lines:
        lines.pop(0)  # the part of a line before where reading started
    for line in lines:
        if not line:
            continue
        found.lines += 1
        head, _, body = line.partition(b"\t")
        try:
            good = len(head) == 8 and int(head, 16) == zlib.crc32(body)
        except ValueError:
            good = False
        parts = body.split(b"\t", 2)
        if not good or len(parts) != 3:
            found.damaged += 1
            continue
        try:
            table, uid = parts[0].decode("utf-8"), parts[1].decode("utf-8")
        except UnicodeDecodeError:
            found.damaged += 1
            continue
        if table not in TABLES:
            found.damaged += 1
            continue
        found.raw[(table, uid)] = parts[2]


def read(path: Path, limit: int | None = None) -> LedgerRead:
    """The log's lines (only the last ``limit`` bytes when given); an absent log is empty."""
    found = LedgerRead()
    try:
        with path.open("rb") as handle:
            found.exists = True
            size = os.fstat(handle.fileno()).st_size
            start = 0 if limit is None or size <= limit else size - limit
            handle.seek(start)
            data = handle.read()
    except FileNotFoundError:
        return found
    except OSError:
        found.damaged += 1
        return found
    _parse(data, found, skip_first=start > 0)
    return found


def _lock(fd: int) -> None:
    if sys.platform != "win32":
        fcntl.flock(fd, fcntl.LOCK_EX)


def _open_locked(path: Path) -> int:
    """The log open for appending and locked; re-opened if it was replaced while we waited."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            _lock(fd)
            if os.fstat(fd).st_ino == os.stat(path).st_ino:
                return fd
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def append(path: Path, lines: Iterable[bytes]) -> None:
    """Append whole lines and fsync them. Raises OSError if they can't be written durably."""
    data = b"".join(lines)
    if not data:
        return
    created = not path.exists()
    fd = _open_locked(path)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            data = b"\n" + data  # a line cut short by a crash stays alone on its line
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)  # closing drops the lock
    if created:
        sync_directory(path.parent)


def compact(path: Path, keep: Callable[[str, str], bool]) -> int:
    """Rewrite the log with only the lines ``keep(table, uid)`` wants; returns lines kept.

    Damaged lines are dropped (they can't be read anyway). Raises OSError if it can't be
    rewritten; then the old log is unchanged.
    """
    if not path.exists():
        return 0
    fd = _open_locked(path)
    temporary = path.with_name(f".{path.name}.compacting.tmp")
    try:
        with open(path, "rb") as handle:
            found = LedgerRead()
            _parse(handle.read(), found)
        kept = [(table, uid, data) for (table, uid), data in found.raw.items() if keep(table, uid)]
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        out = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            for table, uid, data in kept:
                body = f"{table}\t{uid}\t".encode() + data
                os.write(out, b"%08x\t" % zlib.crc32(body) + body + b"\n")
            os.fsync(out)
        finally:
            os.close(out)
        os.replace(temporary, path)
        sync_directory(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    finally:
        os.close(fd)
    return len(kept)
