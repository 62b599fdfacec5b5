"""When the journal file is damaged: what counts as damage, salvaging the rows that are still
readable, the notice that says what happened, and the lock that keeps two processes from
repairing the journal at once.

The repair itself (move the damaged file aside, restore the newest good backup, merge what was
salvaged) is ``Journal.open``'s job; see ``regulate.storage.journal``.

Salvage reads the damaged file's bytes page by page, and the frames of its write-ahead log
(``storage/salvage.py``): it needs neither page 1 nor a table's root page and never trusts
``max(rowid)``. Every row goes through the ``CheckIn`` / ``Session`` constructors and the
plausibility checks below; a row that fails is set aside and counted, never imported.
``check_all`` is what ``regulate doctor`` shows about the journal, its log, the entry log and
the backups. Only the standard library; no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from regulate.core.entries import CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window
from regulate.storage import ledger
from regulate.storage import salvage as pages
from regulate.storage.files import write_atomically

if sys.platform != "win32":
    import fcntl

NOTICE_NAME = "recovery-notice.txt"
SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26

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
    """What happened when a damaged or missing journal was met and rebuilt. ``sentence()``
    says it in one line."""

    when: datetime  # local time, with its offset
    problem: str  # what was wrong, e.g. "database disk image is malformed"
    damaged_copy: Path | None  # where the damaged file was moved (never deleted); None if missing
    restored_from: str | None  # the backup's file name, or None if a new journal was started
    restored_entries: int  # entries the backup held
    salvaged: int  # entries read from the damaged file and added (not already in the backup)
    lost_estimate: int | None  # entries that seem to be missing; None when unknown
    from_ledger: int = 0  # entries added back from the entry log (journal.ledger)
    from_backups: int = 0  # entries added from older backups than the one restored
    set_aside: int = 0  # rows in the damaged file that looked damaged and were left out
    missing: bool = False  # the journal file was not there at all

    def sentence(self) -> str:
        """One calm line for the app and ``regulate doctor``."""
        day = f"{self.when:%Y-%m-%d} at {self.when:%H:%M}"
        what = "missing" if self.missing else "damaged"
        more: list[str] = []
        if self.from_backups:
            more.append(f"{_entries(self.from_backups, 'more ')} came from older backups")
        if self.from_ledger:
            more.append(
                f"{_entries(self.from_ledger, 'more ')} came back from the entry log "
                "(journal.ledger)"
            )
        if self.damaged_copy is not None:
            more.append(
                f"{_entries(self.salvaged, 'more ')} {_were(self.salvaged)} recovered from "
                f"the damaged file, which is kept at {self.damaged_copy}"
            )
        if self.restored_from is not None:
            text = (
                f"The journal was found {what} on {day} and was restored from the backup "
                f"{self.restored_from}, which held {_entries(self.restored_entries)}"
            )
            if more:
                text += "; " + _and(more)
        else:
            text = (
                f"The journal was found {what} on {day}; there was no backup to restore, so a "
                "new journal was started"
            )
            if more:
                text += " and " + _and(more).replace(" more entr", " entr", 1)
        text += "."
        if self.set_aside:
            text += (
                f" {_entries(self.set_aside)} in the damaged file looked damaged themselves "
                "and were left out."
            )
        if self.lost_estimate is None:
            text += " Some entries may be missing."
        elif self.lost_estimate > 0:
            text += f" About {_entries(self.lost_estimate)} could not be read."
        return text


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


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
    highest: int | None = None  # the highest rowid of a row that passed the checks
    present: bool = True  # False when nothing shaped like this table was found
    unreadable: int = 0  # kept for callers; page-level salvage has no per-row reads
    invalid: int = 0  # rows shaped like this table that failed the checks: set aside
    set_aside: list[dict[str, object]] = field(default_factory=list)  # those rows' values


@dataclass
class Salvaged:
    checkins: TableSalvage = field(default_factory=TableSalvage)
    sessions: TableSalvage = field(default_factory=TableSalvage)

    def checkin_list(self) -> list[CheckIn]:
        return _unique([row for row in self.checkins.rows.values() if isinstance(row, CheckIn)])

    def session_list(self) -> list[Session]:
        return _unique([row for row in self.sessions.rows.values() if isinstance(row, Session)])

    @property
    def set_aside(self) -> int:
        return self.checkins.invalid + self.sessions.invalid


def _unique(rows: list[_T]) -> list[_T]:
    seen: set[str] = set()
    kept: list[_T] = []
    for row in rows:
        uid = str(getattr(row, "uid", ""))
        if uid not in seen:
            seen.add(uid)
            kept.append(row)
    return kept


#: Most of a damaged file that salvage reads (a journal is a few MB even after years).
MAX_SALVAGE_BYTES = 1 << 30


def _read_bounded(path: Path | str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_SALVAGE_BYTES)
    except OSError:
        return b""


def salvage(path: Path, wal: bytes | None = None, *, now: float | None = None) -> Salvaged:
    """Every row of the journal at ``path`` (and in its write-ahead log) that still reads and
    passes the checks, found page by page (see ``storage/salvage.py``): neither page 1 nor a
    table's root page is needed, and nothing trusts ``max(rowid)``.

    ``wal``: the log's bytes as they were before SQLite touched them, when the caller kept
    them; else ``path-wal`` is read if it is there. Never writes anything. Rows shaped like
    the journal's that fail a check (id, times, scales) are set aside and counted, never
    returned; where a row has several copies, the newest (latest WAL frame) wins.
    """
    result = Salvaged()
    database = _read_bounded(path)
    if wal is None:
        wal = _read_bounded(f"{path}-wal")
    if not database and not wal:
        return result
    found = pages.scan(database, wal)
    moment = time.time() if now is None else now
    best: dict[tuple[str, str], tuple[int, int, object]] = {}
    shaped = {"checkins": False, "sessions": False}
    for record in found.records:
        shaped[record.table] = True
        table = result.checkins if record.table == "checkins" else result.sessions
        try:
            entry: object = (
                _checkin(record.values) if record.table == "checkins" else _session(record.values)
            )
            plausible(entry, moment)
        except (ValueError, TypeError, KeyError, AttributeError):
            table.invalid += 1
            if len(table.set_aside) < 10_000:
                table.set_aside.append(record.values)
            continue
        key = (record.table, str(getattr(entry, "uid", "")))
        rank = (record.order, record.rowid)
        if key not in best or rank >= best[key][:2]:
            best[key] = (*rank, entry)
    for (name, _uid), (_order, rowid, kept) in sorted(best.items(), key=lambda i: i[1][1]):
        table = result.checkins if name == "checkins" else result.sessions
        table.rows[rowid if rowid not in table.rows else -len(table.rows) - 1] = kept
        table.highest = rowid if table.highest is None else max(table.highest, rowid)
    result.checkins.present = shaped["checkins"]
    result.sessions.present = shaped["sessions"]
    return result


#: An entry's id: letters, digits and a few separators (new_uid() gives 32 hex digits).
_UID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:@+\-]{0,99}")
#: How far in the future a salvaged entry may be (clocks differ a little between machines).
FUTURE_SLACK_SECONDS = 15 * 60


def plausible(entry: object, now: float) -> None:
    """Raise ValueError when a row that the core accepts still looks damaged: an id of the
    wrong shape, or a time after ``now`` (plus a few minutes). The core's own checks (years
    1900-2200, scales 0-10 and 1-5, offsets within 18 hours) have already run."""
    uid = str(getattr(entry, "uid", ""))
    if not _UID.fullmatch(uid):
        raise ValueError("an id of the wrong shape")
    at = getattr(entry, "at", None)
    if not isinstance(at, Moment) or at.epoch > now + FUTURE_SLACK_SECONDS:
        raise ValueError("a time in the future")


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
    entry = CheckIn(
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
    actual = None if entry.zone is None else entry.zone.value
    if values.get("zone", actual) != actual:
        raise ValueError("the zone does not match the arousal and the window")
    return entry


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


def checkin(values: Mapping[str, object]) -> CheckIn:
    """A check-in from a row's values (a salvaged record, a backup, the entry log), checked."""
    return _checkin(values)


def session(values: Mapping[str, object]) -> Session:
    """A session from a row's values, checked."""
    return _session(values)


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

    @property
    def held(self) -> bool:
        """Whether locking works here (else it does nothing)."""
        return self._fd is not None

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


# -- what doctor shows ------------------------------------------------------------------------


def check_all(journal: Path, backups: Path) -> list[tuple[str, str]]:
    """Each file that keeps the journal, checked, as (label, plain words) for ``doctor``.

    Run after the journal was opened (and so repaired, if it needed it). Reads only: the
    journal's write-ahead log, the entry log (are all its entries in the journal?), and every
    backup (does it open, how many entries does it hold?).
    """
    from regulate.storage import backups as copies

    lines: list[tuple[str, str]] = []
    wal = Path(f"{journal}-wal")
    try:
        data = wal.read_bytes()[: 256 * 1024 * 1024]
    except OSError:
        data = b""
    if not data:
        lines.append(("write-ahead log", "none (everything is in the journal file)"))
    else:
        state = pages.wal_state(data)
        if state.header_ok or state.last_commit == 0:
            lines.append(("write-ahead log", f"{state.frames} frames, readable"))
        else:
            lines.append(("write-ahead log", "its header is damaged; the entry log covers it"))
    path = ledger.ledger_path(journal)
    found = ledger.read(path)
    if not found.exists:
        lines.append(("entry log", f"{path} (none yet)"))
    else:
        try:
            present = copies.uids_in(journal)
        except (sqlite3.Error, UnicodeDecodeError):
            present = {}
        missing = sum(1 for table, uid in found.raw if uid not in present.get(table, set()))
        words = f"{path} ({_entries(len(found.raw))} since the last backup"
        words += "; all in the journal" if not missing else f"; {missing} not in the journal"
        if found.damaged:
            words += (
                f"; {found.damaged} damaged {'line' if found.damaged == 1 else 'lines'} skipped"
            )
        lines.append(("entry log", words + ")"))
    unreadable = []
    best: tuple[int, str] | None = None
    for backup in copies.list_backups(backups):
        if backup.kind not in (copies.BackupKind.DAILY, copies.BackupKind.BEFORE_MIGRATION):
            continue
        count = copies.entry_count(backup.path)
        con = copies.check_copy(backup.path)
        if con is None or count is None:
            unreadable.append(backup.name)
            continue
        con.close()
        if best is None or count > best[0]:
            best = (count, backup.name)
    if best is not None:
        lines.append(("fullest backup", f"{best[1]} ({_entries(best[0])})"))
    if unreadable:
        lines.append(("unreadable backups", ", ".join(unreadable)))
    return lines
