"""When the journal file is damaged: what counts as damage, salvaging the rows that are still
readable, the notice that says what happened, and the lock that keeps two processes from
repairing the journal at once.

The repair itself (move the damaged file aside, restore the newest good backup, merge what was
salvaged) is ``Journal.open``'s job; see ``regulate.storage.journal``.

Salvage reads the damaged file through a read-only connection, table by table in rowid
chunks; a chunk that raises is read again one rowid at a time, so one bad page costs only the
rows on it. Every row goes through the ``CheckIn`` / ``Session`` constructors and is dropped if
they refuse it. Only the standard library; no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from regulate.core.entries import CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window
from regulate.storage.backups import read_only_uri
from regulate.storage.files import write_atomically

if sys.platform != "win32":
    import fcntl

NOTICE_NAME = "recovery-notice.txt"
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26
#: Rows asked for at a time while salvaging.
CHUNK = 128
#: With no readable ``max(rowid)``, stop after this many chunks in a row that gave nothing.
BARREN_CHUNKS = 64

_T = TypeVar("_T")


# -- what counts as damage -------------------------------------------------------------------


def is_damage(exc: BaseException) -> bool:
    """Whether an error means the file's bytes are damaged (not busy, read-only or full)."""
    if isinstance(exc, UnicodeDecodeError):
        # SQLite's own message quotes a damaged table definition that isn't even UTF-8.
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return True
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def describe(exc: BaseException) -> str:
    """What SQLite said about the damage, in a few words."""
    if isinstance(exc, UnicodeDecodeError):
        return "its table definitions can't be read"
    return str(exc)


def looks_like_sqlite(path: Path) -> bool:
    """Whether the file at least starts the way every SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


# -- the notice ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """What happened when a damaged journal was met and repaired. ``sentence()`` says it."""

    when: datetime  # local time, with its offset
    problem: str  # what SQLite said, e.g. "database disk image is malformed"
    damaged_copy: Path  # where the damaged file was moved; it is never deleted
    restored_from: str | None  # the backup's file name, or None if a new journal was started
    restored_entries: int  # entries the backup held
    salvaged: int  # entries read from the damaged file and added (not already in the backup)
    lost_estimate: int | None  # entries that seem to be missing; None when unknown

    def sentence(self) -> str:
        """One calm line for the app and ``regulate doctor``."""
        day = f"{self.when:%Y-%m-%d} at {self.when:%H:%M}"
        if self.restored_from is not None:
            start = (
                f"The journal was found damaged on {day} and was restored from the backup "
                f"{self.restored_from}, which held {_entries(self.restored_entries)}; "
                f"{_entries(self.salvaged, 'more ')} "
                f"{_were(self.salvaged)} recovered from the damaged file"
            )
        else:
            start = (
                f"The journal was found damaged on {day}; there was no backup to restore, so a "
                f"new journal was started and {_entries(self.salvaged)} "
                f"{_were(self.salvaged)} recovered from the damaged file"
            )
        if self.lost_estimate is None:
            missing = " Some entries may be missing."
        elif self.lost_estimate > 0:
            missing = f" About {_entries(self.lost_estimate)} could not be read."
        else:
            missing = ""
        return f"{start}, which is kept at {self.damaged_copy}.{missing}"


def _entries(count: int, more: str = "") -> str:
    return f"{count} {more}{'entry' if count == 1 else 'entries'}"


def _were(count: int) -> str:
    return "was" if count == 1 else "were"


def write_notice(folder: Path, recovery: Recovery) -> None:
    """Keep the sentence in the data folder (0600), so a later ``doctor`` can show it."""
    write_atomically(folder / NOTICE_NAME, (recovery.sentence() + "\n").encode("utf-8"))


def read_notice(folder: Path) -> str | None:
    """The last recovery's sentence, or None if the journal was never repaired here."""
    try:
        text = (folder / NOTICE_NAME).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    return " ".join(text.split()) or None


def clear_notice(folder: Path) -> None:
    """Forget the notice (the person has seen it); the damaged copy stays in backups/."""
    with contextlib.suppress(FileNotFoundError):
        (folder / NOTICE_NAME).unlink()


# -- salvage ----------------------------------------------------------------------------------


@dataclass
class TableSalvage:
    rows: dict[int, object] = field(default_factory=dict)  # rowid -> CheckIn or Session
    highest: int | None = None  # max(rowid) in the damaged file, if it could be read
    present: bool = True  # False when the damaged file has no such table
    unreadable: int = 0  # rowids that raised when read alone
    invalid: int = 0  # rows read but refused by the core constructors


@dataclass
class Salvaged:
    checkins: TableSalvage = field(default_factory=TableSalvage)
    sessions: TableSalvage = field(default_factory=TableSalvage)

    def checkin_list(self) -> list[CheckIn]:
        return _unique([row for row in self.checkins.rows.values() if isinstance(row, CheckIn)])

    def session_list(self) -> list[Session]:
        return _unique([row for row in self.sessions.rows.values() if isinstance(row, Session)])


def _unique(rows: list[_T]) -> list[_T]:
    seen: set[str] = set()
    kept: list[_T] = []
    for row in rows:
        uid = str(getattr(row, "uid", ""))
        if uid not in seen:
            seen.add(uid)
            kept.append(row)
    return kept


def salvage(path: Path) -> Salvaged:
    """Every row of the journal at ``path`` that can still be read and is valid.

    Never writes to the file. Returns an empty result if it can't be opened at all.
    """
    result = Salvaged()
    if not looks_like_sqlite(path):
        return result
    con = _open_damaged(path)
    if con is None:
        return result
    try:
        limit = _rowid_limit(path)
        result.checkins = _salvage_table(con, "checkins", _checkin, limit)
        result.sessions = _salvage_table(con, "sessions", _session, limit)
    finally:
        con.close()
    return result


def _open_damaged(path: Path) -> sqlite3.Connection | None:
    """Read-only, with its -wal if it has one (immutable, so nothing is created next to it,
    when it has none or when the folder won't allow more)."""
    try:
        has_wal = os.path.getsize(f"{path}-wal") > 0
    except OSError:
        has_wal = False
    for immutable in (False, True) if has_wal else (True,):
        try:
            con = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, timeout=5.0)
        except sqlite3.Error:
            continue
        try:
            # Skip table definitions that no longer parse instead of refusing everything.
            con.execute("PRAGMA writable_schema = ON")
            con.row_factory = sqlite3.Row
            con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        except (sqlite3.Error, UnicodeDecodeError):
            con.close()
            continue
        return con
    return None


def _rowid_limit(path: Path) -> int:
    """No table in a file this size can hold a row with a (dense) rowid beyond this."""
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += os.path.getsize(f"{path}{suffix}")
    return max(size // 8, CHUNK)


def _salvage_table(
    con: sqlite3.Connection,
    table: str,
    convert: Callable[[Mapping[str, object]], object],
    limit: int,
) -> TableSalvage:
    found = TableSalvage()
    try:
        con.execute(f"SELECT * FROM {table} LIMIT 0").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):
        found.present = False
        return found
    try:
        highest = con.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        if isinstance(highest, int) and 0 <= highest <= limit:
            found.highest = highest
    except (sqlite3.Error, UnicodeDecodeError):
        pass
    bound = found.highest if found.highest is not None else limit
    chunk_query = f"SELECT rowid AS _rowid_, * FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT ?"
    one_query = f"SELECT rowid AS _rowid_, * FROM {table} WHERE rowid = ?"
    last, barren = 0, 0
    while last < bound and barren < BARREN_CHUNKS:
        try:
            chunk = con.execute(chunk_query, (last, CHUNK)).fetchall()
        except (sqlite3.Error, UnicodeDecodeError):
            got = 0
            for rowid in range(last + 1, last + CHUNK + 1):
                try:
                    row = con.execute(one_query, (rowid,)).fetchone()
                except (sqlite3.Error, UnicodeDecodeError):
                    found.unreadable += 1
                    continue
                if row is not None:
                    got += 1
                    _keep(found, rowid, row, convert)
            last += CHUNK
            barren = 0 if got or found.highest is not None else barren + 1
            continue
        if not chunk:
            break
        for row in chunk:
            _keep(found, int(row["_rowid_"]), row, convert)
        newest = max(int(row["_rowid_"]) for row in chunk)
        last = newest if newest > last else last + CHUNK
        barren = 0
    return found


def _keep(
    found: TableSalvage,
    rowid: int,
    row: sqlite3.Row,
    convert: Callable[[Mapping[str, object]], object],
) -> None:
    try:
        found.rows[rowid] = convert({key: row[key] for key in row.keys()})  # noqa: SIM118
    except (ValueError, TypeError, KeyError, AttributeError):
        found.invalid += 1


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


def _optional_int(value: object) -> int | None:
    return None if value is None else _int(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _words(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    words = json.loads(_text(value))
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise TypeError("not a list of words")
    return tuple(words)


def _checkin(values: Mapping[str, object]) -> CheckIn:
    return CheckIn(
        uid=_text(values["uid"]),
        at=Moment(_int(values["at_utc"]), _int(values["utc_offset"])),
        window=Window(_int(values["window_low"]), _int(values["window_high"])),
        arousal=_optional_int(values["arousal"]),
        suds=_optional_int(values["suds"]),
        mood=_optional_int(values["mood"]),
        feelings=_words(values.get("feelings")),
        body=_words(values.get("body")),  # absent in a journal from before version 2
        note=_text(values["note"]),
        tags=_words(values.get("tags")),
        source=Source(_text(values["source"])),
    )


def _session(values: Mapping[str, object]) -> Session:
    seconds = values["seconds"]
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise TypeError("not a number")
    completed = _int(values["completed"])
    if completed not in (0, 1):
        raise ValueError("completed must be 0 or 1")
    return Session(
        uid=_text(values["uid"]),
        at=Moment(_int(values["at_utc"]), _int(values["utc_offset"])),
        kind=ItemKind(_text(values["kind"])),
        item=_text(values["item"]),
        seconds=float(seconds),
        suds_before=_optional_int(values["suds_before"]),
        suds_after=_optional_int(values["suds_after"]),
        completed=bool(completed),
        source=Source(_text(values["source"])),
    )


def lost_estimate(found: TableSalvage, kept_rowids: set[int]) -> int | None:
    """Rows the damaged file seems to have held that are neither salvaged nor restored.

    Rowids in a journal are dense (entries are never deleted), so any rowid up to the highest
    that is in neither set was a row that could not be read. None if the highest is unknown.
    """
    if not found.present:
        return 0
    if found.highest is None:
        return None
    have = {rowid for rowid in found.rows if rowid <= found.highest}
    have |= {rowid for rowid in kept_rowids if rowid <= found.highest}
    return max(0, found.highest - len(have))


# -- the lock -----------------------------------------------------------------------------


class OpenLock:
    """Shared while a process opens the journal, exclusive while one repairs it.

    An advisory ``flock`` on ``journal.db.lock`` next to the journal: the kernel drops it when
    a process dies, even by SIGKILL. Where locking isn't possible (Windows, a read-only
    folder, a file system without flock) it does nothing, and opening works as before.
    """

    def __init__(self, journal: Path) -> None:
        self._fd: int | None = None
        if sys.platform == "win32":
            return
        try:
            self._fd = os.open(f"{journal}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            self._fd = None

    def shared(self) -> None:
        self._lock(exclusive=False)

    def exclusive(self) -> None:
        self._lock(exclusive=True)

    def _lock(self, *, exclusive: bool) -> None:
        if self._fd is None or sys.platform == "win32":
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        except OSError:
            self.release()

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> OpenLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
