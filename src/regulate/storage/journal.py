"""The journal: one SQLite file in the person's data folder.

Durability rules (see docs/ARCHITECTURE.md): WAL with ``synchronous=FULL`` so an acknowledged
write survives a crash or power cut; every write in ``BEGIN IMMEDIATE`` so writers queue
behind the busy timeout instead of failing; the file is created 0600 before SQLite touches it,
and its -wal and -shm files inherit that mode.

The entry log (``storage/ledger.py``): every entry saved is also appended, as one checksummed
line, to ``journal.ledger`` and fsynced, after the commit and before the write returns; if that
can't be done the entry is taken out again and the write fails, so an acknowledged entry is
always in two files. Each daily backup compacts the log to what the backup doesn't hold.

Backups and damage (see ``storage/backups.py``, ``storage/recovery.py`` and
``storage/salvage.py``): the first write of a day copies the journal into ``backups/`` first (a
copy that can't be written never stops the write). Opening runs ``PRAGMA quick_check`` (once
a day for a journal no one has changed since it passed: see ``CHECKED_SUFFIX``), checks
that the write-ahead log holds no committed change SQLite had to skip, and that every entry in
the entry log is in the journal; a missing journal with good backups counts as damaged too. A
damaged journal is moved aside into ``backups/``; the newest good backup takes its place, and
the entry log, older backups and the rows still readable page by page in the damaged file
(and its log) are merged in, in that order of trust. ``Journal.recovery`` (plus a notice file
in the data folder) says what happened.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from regulate.core.entries import CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window
from regulate.storage import backups as copies
from regulate.storage import ledger
from regulate.storage import recovery as recovery_rows
from regulate.storage.files import sync_directory
from regulate.storage.migrations import LATEST_VERSION, MIGRATIONS
from regulate.storage.recovery import (
    OpenLock,
    Recovery,
    describe,
    is_damage,
    looks_like_sqlite,
    lost_estimate,
    salvage,
    write_notice,
)
from regulate.storage.salvage import wal_state

BUSY_TIMEOUT_SECONDS = 15.0
#: Beside the journal: the files as they were when ``PRAGMA quick_check`` last passed. Opening
#: an unchanged journal again the same day skips the check (it reads every page: the one cost
#: of opening that grows with the journal).
CHECKED_SUFFIX = ".checked"
CHECKED_FOR_SECONDS = 86_400.0
_T = TypeVar("_T")


class JournalError(Exception):
    """The journal could not be opened, read or written. The message is one plain line."""


def new_uid() -> str:
    return uuid.uuid4().hex


def explain(exc: sqlite3.Error, path: Path, doing: str) -> JournalError:
    """Turn an SQLite error into one sentence a person can act on."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        why = "the data folder is read-only"
    elif "unable to open" in lowered:
        why = "the file or its folder can't be opened"
    elif "disk is full" in lowered or "database or disk is full" in lowered:
        why = "the disk is full"
    elif "not a database" in lowered or "malformed" in lowered:
        why = "the file is damaged or is not a Regulate journal"
    elif "locked" in lowered or "busy" in lowered:
        why = "another Regulate window or command kept it busy for too long"
    else:
        why = text
    return JournalError(f"could not {doing} the journal at {path}: {why}")


@dataclass(frozen=True)
class ImportCounts:
    checkins_added: int = 0
    checkins_skipped: int = 0
    sessions_added: int = 0
    sessions_skipped: int = 0
    #: Of the skipped: entries whose id is known here but whose content differs (the
    #: journal's own version is kept).
    conflicts: int = 0

    @property
    def added(self) -> int:
        return self.checkins_added + self.sessions_added

    @property
    def skipped(self) -> int:
        return self.checkins_skipped + self.sessions_skipped


@dataclass(frozen=True)
class Counts:
    checkins: int
    sessions: int
    first: Moment | None
    last: Moment | None


_CHECKIN_COLUMNS = (
    "uid, at_utc, utc_offset, arousal, window_low, window_high, zone, suds, mood, "
    "feelings, body, note, tags, source"
)
_SESSION_COLUMNS = (
    "uid, at_utc, utc_offset, kind, item, seconds, suds_before, suds_after, completed, source"
)
_TABLES = {
    "checkins": frozenset(_CHECKIN_COLUMNS.replace(" ", "").split(",")) | {"id"},
    "sessions": frozenset(_SESSION_COLUMNS.replace(" ", "").split(",")) | {"id"},
}


def _checkin_row(entry: CheckIn) -> tuple[object, ...]:
    return (
        entry.uid,
        entry.at.epoch,
        entry.at.offset_minutes,
        entry.arousal,
        entry.window.low,
        entry.window.high,
        None if entry.zone is None else entry.zone.value,
        entry.suds,
        entry.mood,
        json.dumps(list(entry.feelings), ensure_ascii=False),
        json.dumps(list(entry.body), ensure_ascii=False),
        entry.note,
        json.dumps(list(entry.tags), ensure_ascii=False),
        entry.source.value,
    )


def _session_row(session: Session) -> tuple[object, ...]:
    return (
        session.uid,
        session.at.epoch,
        session.at.offset_minutes,
        session.kind.value,
        session.item,
        float(session.seconds),
        session.suds_before,
        session.suds_after,
        int(session.completed),
        session.source.value,
    )


def _checkin_from_row(row: sqlite3.Row) -> CheckIn:
    return CheckIn(
        uid=row["uid"],
        at=Moment(row["at_utc"], row["utc_offset"]),
        window=Window(row["window_low"], row["window_high"]),
        arousal=row["arousal"],
        suds=row["suds"],
        mood=row["mood"],
        feelings=tuple(json.loads(row["feelings"])),
        body=tuple(json.loads(row["body"])),
        note=row["note"],
        tags=tuple(json.loads(row["tags"])),
        source=Source(row["source"]),
    )


def _session_from_row(row: sqlite3.Row) -> Session:
    return Session(
        uid=row["uid"],
        at=Moment(row["at_utc"], row["utc_offset"]),
        kind=ItemKind(row["kind"]),
        item=row["item"],
        seconds=row["seconds"],
        suds_before=row["suds_before"],
        suds_after=row["suds_after"],
        completed=bool(row["completed"]),
        source=Source(row["source"]),
    )


def _create_private_file(path: Path) -> None:
    """Create the journal file 0600 before SQLite does, so no umask can widen it."""
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)


class Journal:
    """An open journal. Use ``Journal.open(path)``; close it (or use ``with``) when done.

    ``recovery`` is set when opening met a damaged file and repaired it (None otherwise):
    the app and ``regulate doctor`` show ``recovery.sentence()``.
    """

    def __init__(
        self,
        path: Path,
        connection: sqlite3.Connection,
        backups: Path | None = None,
        entry_log: Path | None = None,
    ) -> None:
        self.path = path
        self._con = connection
        self._backups = backups
        self._ledger = entry_log  # None: no entry log (a journal being rebuilt)
        self._daily_checked = False
        self.recovery: Recovery | None = None

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Journal:
        """Open (creating if needed) and migrate the journal at ``path``.

        Before migrating a journal that already has a schema, a copy goes to ``backups``.
        With ``backups`` given, a damaged journal is repaired from them (see the module
        docstring) and ``recovery`` says so. A damaged file is refused, and left exactly as
        it is, when there is no ``backups`` folder, or when it has no good copy and the file
        isn't recognisably a database at all (it may not be a journal).
        """
        with OpenLock(path) as lock:
            lock.shared()
            _remove_stray_temporaries(path.parent, locked=lock.held)
            wal = _read_wal(path)  # as it is before SQLite replays (and may drop) any of it
            missing = not path.exists()
            opened = cls._attempt(path, backups, missing=missing)
            if isinstance(opened, Journal):
                return opened
            if backups is None:
                raise _damaged(path, opened, "") from None
            seen = _identity(path)
            lock.exclusive()  # one process repairs; the others wait here, then find it repaired
            problem = opened
            opened = cls._attempt(path, backups, missing=missing)
            if isinstance(opened, Journal):
                if _identity(path) != seen:
                    return opened  # another process repaired it meanwhile
                # The same file: what was seen (say, a damaged write-ahead log, which SQLite
                # has replayed as far as it could and removed since) still needs repairing.
                opened.close()
            else:
                problem = opened
            recovery = _recover(path, backups, problem, wal)
            for _ in range(3):
                again = cls._attempt(path, backups)
                if isinstance(again, Journal):
                    again.recovery = recovery
                    return again
                problem = again
                if not again.endswith(_MISSING_ENTRIES):
                    break
                # Entries a process that had the old file open wrote meanwhile: merge them.
                _recover(path, backups, again, b"")
            raise _damaged(
                path, problem, f" even after it was restored ({recovery.sentence()})"
            ) from None

    @classmethod
    def open_read_only(cls, path: Path) -> Journal:
        """Open the journal at ``path`` to read it only, as on a medium that can't be written
        (a read-only disk, a copy in a folder without write permission): nothing is created,
        locked, migrated, repaired or backed up, so entries can still be taken off it. Any
        write fails. A missing, damaged or newer journal is refused, and left as it is.

        Entries still in the write-ahead log are included: the file and its log are then read
        through a private temporary copy into memory (SQLite can't replay a log it may not
        write next to); otherwise the file is opened as immutable, in place."""
        if not path.is_file():
            raise JournalError(f"could not open the journal at {path}: there is no journal there")
        try:
            if Path(f"{path}-wal").is_file() and Path(f"{path}-wal").stat().st_size > 0:
                con = _copied_into_memory(path)
            else:
                uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
                con = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        except OSError as exc:
            raise JournalError(
                f"could not open the journal at {path}: {exc.strerror or exc}"
            ) from None
        except sqlite3.Error as exc:
            raise explain(exc, path, "open") from None
        con.row_factory = sqlite3.Row
        journal = cls(path, con, None, ledger.ledger_path(path))
        try:
            con.execute("PRAGMA query_only = ON")  # the copy in memory too: nothing is written
            journal._refuse_newer()
            problem = journal._quick_check()
        except sqlite3.Error as exc:
            _close_quietly(con)
            raise explain(exc, path, "open") from None
        except JournalError:
            _close_quietly(con)
            raise
        if problem is not None:
            _close_quietly(con)
            raise _damaged(path, problem, "; it can only be repaired where it can be written")
        return journal

    @classmethod
    def _attempt(cls, path: Path, backups: Path | None, *, missing: bool = False) -> Journal | str:
        """The open journal, or a few words on how the file is damaged. ``missing``: the
        journal was not there when this open began."""
        was_empty = _empty_file(path)
        existed = path.exists() and not missing
        stamp = _files_now(path)  # before SQLite opens (and may create) the write-ahead log
        try:
            _create_private_file(path)
            con = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.Error):
                raise explain(exc, path, "open") from None
            raise JournalError(
                f"could not open the journal at {path}: {exc.strerror or exc}"
            ) from None
        con.row_factory = sqlite3.Row
        journal = cls(path, con, backups, ledger.ledger_path(path))
        try:
            journal._refuse_newer()  # before anything at all is written to the file
            problem = None if _checked_unchanged(path, stamp) else journal._quick_check()
            if problem is None and not existed and _emptied(journal, backups):
                problem = MISSING
            elif problem is None and was_empty and _emptied(journal, backups):
                problem = "the file was empty"
            if problem is None:
                journal._configure()
                problem = journal._wal_skipped() or journal._missing_entries()
            if problem is None:
                journal._migrate(backups)
                _note_checked(path, stamp)
                return journal
        except sqlite3.Error as exc:
            _close_quietly(con)
            if is_damage(exc):
                return describe(exc)
            raise explain(exc, path, "open") from None
        except UnicodeDecodeError as exc:  # SQLite quoting a table definition that is garbage
            _close_quietly(con)
            return describe(exc)
        except JournalError:
            _close_quietly(con)
            raise
        _close_quietly(con)
        return problem

    def _wal_skipped(self) -> str | None:
        """Whether SQLite stopped reading the write-ahead log before its last committed change
        (a damaged frame or header hides every frame after it)."""
        try:
            with open(f"{self.path}-wal", "rb") as handle:
                data = handle.read(_WAL_READ_LIMIT)
        except OSError:
            return None
        if len(data) < 32:
            return None
        state = wal_state(data)
        if state.last_commit == 0 or state.last_commit <= self._wal_frames_used():
            return None
        # It looks skipped; but a writer may have been between writing its frames and
        # publishing them. Once the write lock has been had, every such commit is done.
        try:
            self._con.execute("BEGIN IMMEDIATE")
            self._con.execute("COMMIT")
        except sqlite3.OperationalError:
            return None  # busy for long, or read-only: no verdict
        used = self._wal_frames_used()
        if used < 0 or state.last_commit <= used:
            return None  # busy checkpointing elsewhere: no verdict (the entry log still checks)
        try:
            with open(f"{self.path}-wal", "rb") as handle:
                if handle.read(32) != data[:32]:
                    return None  # another writer started the log afresh meanwhile
        except OSError:
            return None
        return (
            f"its write-ahead log is damaged: committed changes after frame {used} "
            f"(up to frame {state.last_commit}) could not be read"
        )

    def _wal_frames_used(self) -> int:
        """How many frames of the write-ahead log SQLite reads as committed (-1: unknown)."""
        row = self._con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(row[1]) if row is not None and row[1] is not None else -1

    def _missing_entries(self) -> str | None:
        """Whether entries in the entry log are missing from the journal."""
        missing = self.entries_missing(limit=ledger.CHECK_BYTES)
        if not missing:
            return None
        verb = "is" if missing == 1 else "are"
        return f"{_entries_text(missing)} saved earlier {verb} {_MISSING_ENTRIES}"

    def entries_missing(self, limit: int | None = None) -> int:
        """How many entries of the entry log (its last ``limit`` bytes) the journal lacks."""
        if self._ledger is None:
            return 0
        found = ledger.read(self._ledger, limit)
        tables = {
            str(row[0])
            for row in self._con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        missing = 0
        for table in ledger.TABLES:
            uids = found.uids(table)
            if not uids:
                continue
            if table not in tables:
                missing += len(uids)
                continue
            present = 0
            for start in range(0, len(uids), 500):
                chunk = uids[start : start + 500]
                present += int(
                    self._con.execute(
                        f"SELECT count(*) FROM {table} WHERE uid IN ({_marks(len(chunk))})",
                        chunk,
                    ).fetchone()[0]
                )
            missing += len(uids) - present
        return missing

    def _quick_check(self) -> str | None:
        rows = self._con.execute("PRAGMA quick_check").fetchall()
        problems = [str(row[0]) for row in rows]
        return None if problems == ["ok"] else "; ".join(problems[:3])

    def _blank(self) -> bool:
        """No schema at all: a file SQLite has never written to."""
        tables = self._con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return self.schema_version() == 0 and int(tables) == 0

    def _configure(self) -> None:
        con = self._con
        con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        mode = con.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JournalError(
                f"could not open the journal at {self.path}: it can't use write-ahead logging"
            )
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")

    def _refuse_newer(self) -> None:
        version = self.schema_version()
        if version > LATEST_VERSION:
            raise JournalError(
                f"the journal at {self.path} was written by a newer version of Regulate "
                f"(schema {version}; this one knows up to {LATEST_VERSION}). Nothing was changed."
            )

    def schema_version(self) -> int:
        return int(self._con.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, backups: Path | None) -> None:
        """Bring the schema up to date in ONE transaction, so no other process ever sees a
        half-migrated journal (a new journal goes from 0 to the latest in one step)."""
        self._refuse_newer()
        version = self.schema_version()
        if version == LATEST_VERSION:
            return
        if version > 0 and backups is not None:
            # An existing journal (never a half-migrated one: see below): keep it as it was.
            self.backup_to(backups / f"journal-before-v{version + 1}-{_stamp()}.db")
        with self._write():
            version = self.schema_version()  # another process may have migrated meanwhile
            if version >= LATEST_VERSION:
                return
            for step in range(version, LATEST_VERSION):
                for statement in MIGRATIONS[step]:
                    self._con.execute(statement)
            self._con.execute(f"PRAGMA user_version = {LATEST_VERSION}")

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the journal (SQLite's backup API), private to the person.

        Written to a temporary name and renamed, so a copy cut short never looks whole.
        """
        return copies.copy_database(self._con, target)

    def _daily_backup(self) -> None:
        """Today's copy, the first time this journal is written today. Never raises."""
        if self._backups is None or self._daily_checked:
            return
        self._daily_checked = True
        today = date.today()
        try:
            if (self._backups / copies.daily_name(today)).exists() or not self._has_entries():
                return
            taken = copies.take_daily(self._con, self._backups, today)
            if taken is not None and self._ledger is not None:
                held = copies.uids_in(taken)
                ledger.compact(self._ledger, lambda table, uid: uid not in held.get(table, ()))
        except Exception:
            return

    def _has_entries(self) -> bool:
        row = self._con.execute(
            "SELECT EXISTS (SELECT 1 FROM checkins) OR EXISTS (SELECT 1 FROM sessions)"
        ).fetchone()
        return bool(row[0])

    # -- life cycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        self._con.execute("BEGIN IMMEDIATE")
        try:
            yield self._con
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    # -- writing --------------------------------------------------------------------------

    def add_checkin(self, entry: CheckIn) -> None:
        self._daily_backup()
        self._guarded("save to", lambda: self._insert([entry], []))

    def add_session(self, session: Session) -> None:
        self._daily_backup()
        self._guarded("save to", lambda: self._insert([], [session]))

    def import_records(
        self,
        checkins: Sequence[CheckIn],
        sessions: Sequence[Session],
        heartbeats: Mapping[str, Sequence[float]] | None = None,
    ) -> ImportCounts:
        """Add everything in one transaction; records whose id is already here are skipped.
        ``heartbeats`` (by session uid) are added with the sessions added."""
        self._daily_backup()
        return self._guarded(
            "import into", lambda: self._insert(checkins, sessions, heartbeats or {})
        )

    def _insert(
        self,
        checkins: Iterable[CheckIn],
        sessions: Iterable[Session],
        heartbeats: Mapping[str, Sequence[float]] | None = None,
    ) -> ImportCounts:
        """Add what is new in one transaction, then put it in the entry log (if this journal
        has one) before returning. Known ids are skipped; those whose content differs from
        what the journal holds are counted as conflicts. The heartbeats of the sessions added
        go in the same transaction."""
        tables = (
            ("checkins", _CHECKIN_COLUMNS, [_checkin_row(entry) for entry in checkins]),
            ("sessions", _SESSION_COLUMNS, [_session_row(session) for session in sessions]),
        )
        added: dict[str, list[tuple[int, tuple[object, ...]]]] = {"checkins": [], "sessions": []}
        conflicts = 0
        with self._write() as con:
            for table, columns, rows in tables:
                marks = _marks(len(columns.split(",")))
                insert = (
                    f"INSERT INTO {table} ({columns}) VALUES ({marks}) ON CONFLICT (uid) DO NOTHING"
                )
                stored = f"SELECT {columns} FROM {table} WHERE uid = ?"
                for row in rows:
                    cursor = con.execute(insert, row)
                    if cursor.rowcount == 1 and cursor.lastrowid is not None:
                        added[table].append((cursor.lastrowid, row))
                        continue
                    there = con.execute(stored, (row[0],)).fetchone()
                    if there is not None and tuple(there) != row:
                        conflicts += 1
            for _rowid, row in added["sessions"]:
                beats = (heartbeats or {}).get(str(row[0]))
                if beats:
                    con.execute(
                        "INSERT OR IGNORE INTO heartbeats (session_uid, rr_ms) VALUES (?, ?)",
                        (row[0], json.dumps([round(float(v), 1) for v in beats])),
                    )
        self._log(added)
        checkin_rows, session_rows = tables[0][2], tables[1][2]
        return ImportCounts(
            len(added["checkins"]),
            len(checkin_rows) - len(added["checkins"]),
            len(added["sessions"]),
            len(session_rows) - len(added["sessions"]),
            conflicts,
        )

    def _log(self, added: dict[str, list[tuple[int, tuple[object, ...]]]]) -> None:
        """Append the entries just committed to the entry log and fsync it. If that fails they
        are taken out of the journal again and JournalError says so: nothing is acknowledged
        that is only in one file."""
        if self._ledger is None or not any(added.values()):
            return
        names = {"checkins": _CHECKIN_COLUMNS, "sessions": _SESSION_COLUMNS}
        lines = []
        for table, rows in added.items():
            columns = [name.strip() for name in names[table].split(",")]
            for rowid, row in rows:
                values = dict(zip(columns, row, strict=True))
                values["id"] = rowid
                lines.append(ledger.encode(table, str(row[0]), values))
        try:
            ledger.append(self._ledger, lines)
        except OSError as exc:
            with contextlib.suppress(sqlite3.Error), self._write() as con:
                for table, rows in added.items():
                    con.executemany(
                        f"DELETE FROM {table} WHERE id = ? AND uid = ?",
                        [(rowid, row[0]) for rowid, row in rows],
                    )
            raise JournalError(
                f"could not save to the journal at {self.path}: its second record "
                f"{self._ledger.name} could not be written ({exc.strerror or exc})"
            ) from None

    def _guarded(self, doing: str, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except sqlite3.Error as exc:
            raise explain(exc, self.path, doing) from None

    # -- heartbeats recorded with a session -------------------------------------------------

    def add_heartbeats(self, session_uid: str, rr_ms: Sequence[float]) -> None:
        """Keep the RR intervals recorded during a session (replacing any kept before)."""
        text = json.dumps([round(float(v), 1) for v in rr_ms])
        self._daily_backup()

        def write() -> None:
            with self._write() as con:
                con.execute(
                    "INSERT INTO heartbeats (session_uid, rr_ms) VALUES (?, ?) "
                    "ON CONFLICT (session_uid) DO UPDATE SET rr_ms = excluded.rr_ms",
                    (session_uid, text),
                )

        self._guarded("save to", write)

    def heartbeats(self, session_uid: str) -> list[float] | None:
        """The RR intervals kept with a session, or None if none were recorded."""
        row = self._guarded(
            "read",
            lambda: self._con.execute(
                "SELECT rr_ms FROM heartbeats WHERE session_uid = ?", (session_uid,)
            ).fetchone(),
        )
        return None if row is None else [float(v) for v in json.loads(row[0])]

    def all_heartbeats(self) -> dict[str, list[float]]:
        """Every recording, by session uid (for the export); none from an older journal
        opened read-only, which has no such table yet."""
        table = self._guarded(
            "read",
            lambda: self._con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'heartbeats'"
            ).fetchone(),
        )
        if table is None:
            return {}
        rows = self._guarded(
            "read",
            lambda: self._con.execute(
                "SELECT session_uid, rr_ms FROM heartbeats ORDER BY id"
            ).fetchall(),
        )
        return {str(uid): [float(v) for v in json.loads(text)] for uid, text in rows}

    # -- reading --------------------------------------------------------------------------

    def checkins(self, since_epoch: int | None = None) -> list[CheckIn]:
        rows = self._rows("checkins", _CHECKIN_COLUMNS, since_epoch)
        return [_checkin_from_row(row) for row in rows]

    def sessions(self, since_epoch: int | None = None) -> list[Session]:
        rows = self._rows("sessions", _SESSION_COLUMNS, since_epoch)
        return [_session_from_row(row) for row in rows]

    def columns(
        self,
        table: str,
        names: Sequence[str],
        since_epoch: float | None = None,
        until_epoch: float | None = None,
    ) -> dict[str, list[Any]]:
        """Some columns of ``checkins`` or ``sessions`` in time order, one list per column
        (no object per row: years of entries stay quick). ``until_epoch`` is exclusive."""
        if table not in _TABLES or not set(names) <= _TABLES[table]:
            raise ValueError(f"unknown table or column: {table} {names}")
        clauses, params = [], []
        if since_epoch is not None:
            clauses.append("at_utc >= ?")
            params.append(since_epoch)
        if until_epoch is not None:
            clauses.append("at_utc < ?")
            params.append(until_epoch)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        query = f"SELECT {', '.join(names)} FROM {table}{where} ORDER BY at_utc, id"
        rows = self._guarded("read", lambda: self._con.execute(query, params).fetchall())
        if not rows:
            return {name: [] for name in names}
        columns = zip(*rows, strict=True)
        return {name: list(column) for name, column in zip(names, columns, strict=True)}

    def ends(self, table: str) -> tuple[float | None, float | None]:
        """The first and last ``at_utc`` in ``checkins`` or ``sessions`` (None when empty):
        two look-ups in the time index, however long the journal."""
        if table not in _TABLES:
            raise ValueError(f"unknown table: {table}")

        def read() -> tuple[float | None, float | None]:
            first = self._con.execute(f"SELECT min(at_utc) FROM {table}").fetchone()[0]
            last = self._con.execute(f"SELECT max(at_utc) FROM {table}").fetchone()[0]
            return first, last

        return self._guarded("read", read)

    def has_values(self, table: str, column: str) -> bool:
        """Whether any row of ``table`` has a value in ``column`` (stops at the first)."""
        if table not in _TABLES or column not in _TABLES[table]:
            raise ValueError(f"unknown table or column: {table} {column}")
        query = f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} IS NOT NULL)"
        return bool(self._guarded("read", lambda: self._con.execute(query).fetchone()[0]))

    def _rows(self, table: str, columns: str, since_epoch: int | None) -> list[sqlite3.Row]:
        """A whole table in time order, optionally from ``since_epoch`` on."""
        where = "" if since_epoch is None else " WHERE at_utc >= ?"
        params: tuple[object, ...] = () if since_epoch is None else (since_epoch,)
        query = f"SELECT {columns} FROM {table}{where} ORDER BY at_utc, id"
        return self._guarded("read", lambda: self._con.execute(query, params).fetchall())

    def counts(self) -> Counts:
        def read() -> Counts:
            row = self._con.execute(
                "SELECT count(*), min(at_utc), max(at_utc) FROM checkins"
            ).fetchone()
            first_row = self._con.execute(
                "SELECT at_utc, utc_offset FROM checkins ORDER BY at_utc, id LIMIT 1"
            ).fetchone()
            last_row = self._con.execute(
                "SELECT at_utc, utc_offset FROM checkins ORDER BY at_utc DESC, id DESC LIMIT 1"
            ).fetchone()
            sessions = self._con.execute("SELECT count(*) FROM sessions").fetchone()[0]
            return Counts(
                checkins=int(row[0]),
                sessions=int(sessions),
                first=None if first_row is None else Moment(first_row[0], first_row[1]),
                last=None if last_row is None else Moment(last_row[0], last_row[1]),
            )

        return self._guarded("read", read)

    def integrity(self) -> str:
        """``ok`` when SQLite's full integrity check finds nothing wrong, else what it found."""
        try:
            rows = self._con.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return f"damaged ({exc})"
        problems = [str(row[0]) for row in rows]
        if problems == ["ok"]:
            problems = []
        try:
            missing = self.entries_missing()
        except sqlite3.DatabaseError:
            missing = 0
        if missing:
            problems.append(f"{_entries_text(missing)} in the entry log are not in the journal")
        return "ok" if not problems else "; ".join(problems[:5])


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def _close_quietly(con: sqlite3.Connection) -> None:
    """Closing a damaged database may fail too; there is nothing more to do about it."""
    with contextlib.suppress(sqlite3.Error):
        con.close()


def _empty_file(path: Path) -> bool:
    """An existing journal of 0 bytes with no write-ahead log holding its pages."""
    try:
        if path.stat().st_size != 0:
            return False
    except OSError:
        return False
    try:
        return Path(f"{path}-wal").stat().st_size == 0
    except OSError:
        return True


def _emptied(journal: Journal, backups: Path | None) -> bool:
    """A 0-byte journal is new, unless there are good backups: then something emptied it."""
    return backups is not None and journal._blank() and copies.has_good_copy(backups)


def _damaged(path: Path, problem: str, more: str) -> JournalError:
    return JournalError(
        f"could not open the journal at {path}: the file is damaged ({problem}){more}"
    )


MISSING = "the file was missing"
_MISSING_ENTRIES = "missing from it"
#: The most of a write-ahead log read to check it (SQLite keeps it near 4 MB).
_WAL_READ_LIMIT = 256 * 1024 * 1024
_RESTORING = ".journal-restoring-"


def _copied_into_memory(path: Path) -> sqlite3.Connection:
    """The journal at ``path`` with its write-ahead log replayed, in memory: both files are
    copied into a private temporary folder, opened there, copied into memory, and removed."""
    import shutil

    with tempfile.TemporaryDirectory(prefix="regulate-read-") as folder:
        copy = Path(folder) / "journal.db"
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")
        source = sqlite3.connect(copy, isolation_level=None)
        try:
            memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            source.backup(memory)
        finally:
            source.close()
    return memory


def _checked_path(path: Path) -> Path:
    return path.with_name(path.name + CHECKED_SUFFIX)


def _files_now(path: Path) -> list[int]:
    """What the journal and its write-ahead log are right now: device, inode, size and time
    of last change of each (zeros for a file that isn't there)."""
    parts: list[int] = []
    for one in (path, Path(f"{path}-wal")):
        try:
            info = one.stat()
        except OSError:
            parts += [0, 0, 0, 0]
            continue
        if info.st_size == 0:  # an empty log holds nothing: the same as none
            parts += [0, 0, 0, 0]
        else:
            parts += [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]
    return parts


def _checked_unchanged(path: Path, stamp: list[int]) -> bool:
    """Whether ``quick_check`` passed on exactly these files, untouched since, within the
    last day. Any write (ours, another program's, a damaged disk's) changes the size or the
    time, and then the check runs again; so does the first open of each day."""
    try:
        with _checked_path(path).open("rb") as handle:
            noted = json.loads(handle.read(4096))
        fresh = 0 <= time.time() - float(noted["at"]) < CHECKED_FOR_SECONDS
        return bool(fresh and noted["stamp"] == stamp and stamp[:4] != [0, 0, 0, 0])
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _note_checked(path: Path, stamp: list[int]) -> None:
    """Remember a passed check (best effort: without the note the next open checks again)."""
    target = _checked_path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    with contextlib.suppress(OSError):
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"stamp": stamp, "at": time.time()}, handle)
        os.rename(temporary, target)  # a note, not an entry: no fsync, replaced whole


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (a repair renames a new one over it)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _entries_text(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"


def _read_wal(path: Path) -> bytes:
    """The journal's write-ahead log as it is now, before this process opens the journal."""
    try:
        with open(f"{path}-wal", "rb") as handle:
            return handle.read(_WAL_READ_LIMIT)
    except OSError:
        return b""


def _remove_stray_temporaries(folder: Path, *, locked: bool) -> None:
    """Remove what a repair stopped part way left behind (``.journal-restoring-*.tmp``).

    Holding the open lock (shared or exclusive) means no repair is running; without locks,
    only temporaries older than an hour go."""
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(_RESTORING)]
    except OSError:
        return
    now = time.time()
    for name in names:
        if not (name.endswith(".tmp") or name.endswith(".tmp-journal")):
            continue
        target = folder / name
        with contextlib.suppress(OSError):
            if locked or now - target.stat().st_mtime > copies.STALE_TEMP_SECONDS:
                target.unlink()


def _recover(path: Path, backups: Path, problem: str, wal: bytes = b"") -> Recovery:
    """Set the damaged journal aside and put the best whole journal we can build in its place.

    The caller holds the exclusive open lock and has closed its own connection. Steps: read
    what is still readable in the damaged file, page by page (``wal``: its write-ahead log as
    it was before SQLite opened it); build the replacement under a temporary name: the newest
    good backup, migrated, then in one transaction the entry log's entries, those of older
    good backups and the salvaged rows, each only if its id is not there yet; then link the
    damaged file into ``backups/`` as ``damaged-STAMP.db`` with its -wal and -shm, and rename
    the replacement over the journal. A missing journal is simply replaced. Raises
    JournalError, with nothing changed, if any of that can't be done.
    """
    missing = problem == MISSING
    try:
        copies.ensure_folder(backups)
        _remove_stray_temporaries(path.parent, locked=True)
        fd, name = tempfile.mkstemp(prefix=_RESTORING, suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise JournalError(
            f"the journal at {path} is damaged ({problem}) and could not be repaired: "
            f"{exc.strerror or exc}. Nothing was changed."
        ) from None
    temporary = Path(name)
    logged = ledger.read(ledger.ledger_path(path))
    try:
        live_wal = _read_wal(path)
        found = salvage(path, wal=wal if len(wal) > len(live_wal) else live_wal)
        source = _restore_newest_good(backups, temporary)
        nothing = not (found.checkin_list() or found.session_list())
        if source is None and not logged.raw and nothing and not looks_like_sqlite(path):
            raise _damaged(
                path,
                problem,
                ", there is no backup to restore it from, and it doesn't look like a Regulate "
                "journal. It was left as it is; move it elsewhere to start a new journal",
            ) from None
        con = sqlite3.connect(temporary, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        try:
            con.row_factory = sqlite3.Row
            con.execute("PRAGMA journal_mode = DELETE").fetchone()  # one file until it's in place
            restored = Journal(temporary, con)
            restored._migrate(None)
            kept = {
                table: {int(row[0]) for row in con.execute(f"SELECT rowid FROM {table}")}
                for table in ("checkins", "sessions")
            }
            from_ledger = restored._insert(*_logged_entries(logged, kept))
            older = restored._insert(*_older_backups(backups, source))
            counts = restored._insert(found.checkin_list(), found.session_list())
            _keep_heartbeats(con, path, backups)
        finally:
            con.close()
        lost = [
            lost_estimate(found.checkins, kept["checkins"]),
            lost_estimate(found.sessions, kept["sessions"]),
        ]
        sync_directory(temporary.parent)
        damaged_copy = None if missing else _set_aside(path, backups, wal)
        os.replace(temporary, path)
        sync_directory(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        with contextlib.suppress(OSError):
            Path(f"{temporary}-journal").unlink()
        if isinstance(exc, JournalError | KeyboardInterrupt | SystemExit):
            raise
        if isinstance(exc, OSError | sqlite3.Error):
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise JournalError(
                f"the journal at {path} is damaged ({problem}) and could not be repaired: "
                f"{why}. Nothing was deleted."
            ) from None
        raise
    recovery = Recovery(
        when=datetime.now().astimezone(),
        problem=problem,
        damaged_copy=damaged_copy,
        restored_from=None if source is None else source[0],
        restored_entries=0 if source is None else source[1],
        salvaged=counts.added,
        lost_estimate=(
            0 if missing else None if None in lost else sum(n for n in lost if n is not None)
        ),
        from_ledger=from_ledger.added,
        from_backups=older.added,
        set_aside=found.set_aside,
        missing=missing,
    )
    with contextlib.suppress(OSError):
        write_notice(path.parent, recovery)
    return recovery


def _logged_entries(
    logged: ledger.LedgerRead, kept: dict[str, set[int]]
) -> tuple[list[CheckIn], list[Session]]:
    """The entry log's entries that read back whole (their rowids join ``kept``)."""
    checkins: list[CheckIn] = []
    sessions: list[Session] = []
    for table, uid in logged.raw:
        values = logged.row(table, uid)
        if values is None:
            continue
        try:
            if table == "checkins":
                checkins.append(recovery_rows.checkin(values))
            else:
                sessions.append(recovery_rows.session(values))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        rowid = values.get("id")
        if isinstance(rowid, int):
            kept[table].add(rowid)
    return checkins, sessions


def _older_backups(
    backups: Path, restored: tuple[str, int] | None
) -> tuple[list[CheckIn], list[Session]]:
    """Entries of every other good backup (a newest copy may hold fewer than an older one)."""
    checkins: list[CheckIn] = []
    sessions: list[Session] = []
    for candidate in copies.restore_candidates(backups):
        if restored is not None and candidate.name == restored[0]:
            continue
        rows = copies.rows_in(candidate.path)
        for values in rows.get("checkins", []):
            with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
                checkins.append(recovery_rows.checkin(values))
        for values in rows.get("sessions", []):
            with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
                sessions.append(recovery_rows.session(values))
    return checkins, sessions


def _heartbeats_in(con: sqlite3.Connection) -> list[tuple[str, str]]:
    """The (session uid, RR JSON) rows of a journal or backup that reads back; [] otherwise."""
    try:
        tables = {
            str(row[0]) for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if "heartbeats" not in tables:
            return []
        rows = con.execute("SELECT session_uid, rr_ms FROM heartbeats ORDER BY id").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):
        return []
    kept = []
    for uid, text in rows:
        with contextlib.suppress(ValueError, TypeError):
            values = json.loads(text)
            if (
                isinstance(uid, str)
                and isinstance(values, list)
                and all(isinstance(v, int | float) and v > 0 for v in values)
            ):
                kept.append((uid, json.dumps(values)))
    return kept


def _keep_heartbeats(con: sqlite3.Connection, damaged: Path, backups: Path) -> None:
    """Into the rebuilt journal (``con``): the heartbeats of its sessions still readable in
    the damaged journal, then in every good backup; a session's recording already there
    stays as it is."""
    sources: list[list[tuple[str, str]]] = []
    if damaged.exists():
        try:
            old = sqlite3.connect(copies.read_only_uri(damaged, immutable=True), uri=True)
        except sqlite3.Error:
            pass
        else:
            try:
                sources.append(_heartbeats_in(old))
            finally:
                old.close()
    for candidate in copies.restore_candidates(backups):
        copy = copies.check_copy(candidate.path)
        if copy is not None:
            try:
                sources.append(_heartbeats_in(copy))
            finally:
                copy.close()
    sessions = {str(row[0]) for row in con.execute("SELECT uid FROM sessions")}
    rows = [row for found in sources for row in found if row[0] in sessions]
    if rows:
        con.execute("BEGIN")
        con.executemany("INSERT OR IGNORE INTO heartbeats (session_uid, rr_ms) VALUES (?, ?)", rows)
        con.execute("COMMIT")


def _restore_newest_good(backups: Path, target: Path) -> tuple[str, int] | None:
    """Copy the newest backup that opens, passes quick_check and isn't from a newer version
    into ``target``. Returns its name and how many entries it holds, or None if none does."""
    for candidate in copies.restore_candidates(backups):
        source = copies.check_copy(candidate.path)
        if source is None:
            continue
        try:
            if int(source.execute("PRAGMA user_version").fetchone()[0]) > LATEST_VERSION:
                continue
            tables = {
                str(row[0])
                for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            entries = sum(
                int(source.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("checkins", "sessions")
                if table in tables
            )
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        except sqlite3.Error:
            continue
        finally:
            source.close()
        return candidate.name, entries
    return None


def _set_aside(path: Path, backups: Path, wal: bytes = b"") -> Path:
    """Keep the damaged journal (and its -wal, -shm) in ``backups/``; never delete it.

    The journal is hard-linked first, so its name never points at nothing; where links aren't
    possible it is renamed, and the replacement follows it at once.
    """
    stamp = _stamp()
    target = backups / f"damaged-{stamp}.db"
    number = 1
    while target.exists() or any(Path(f"{target}{s}").exists() for s in _COMPANIONS):
        number += 1
        target = backups / f"damaged-{stamp}-{number}.db"
    try:
        os.link(path, target)
    except OSError:
        os.replace(path, target)
    for suffix in _COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    if wal and not Path(f"{target}-wal").exists():
        # SQLite has replayed and removed the log since; keep it as it was, for salvage.
        descriptor = os.open(f"{target}-wal", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(descriptor, wal)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    sync_directory(backups)
    return target


_COMPANIONS = ("-wal", "-shm", "-journal")
