"""The journal: one SQLite file in the person's data folder.

Durability rules (see docs/ARCHITECTURE.md): WAL with ``synchronous=FULL`` so an acknowledged
write survives a crash or power cut; every write in ``BEGIN IMMEDIATE`` so writers queue
behind the busy timeout instead of failing; the file is created 0600 before SQLite touches it,
and its -wal and -shm files inherit that mode.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from regulate.core.entries import CheckIn, ItemKind, Moment, Session, Source
from regulate.core.scales import Window
from regulate.storage.migrations import LATEST_VERSION, MIGRATIONS

BUSY_TIMEOUT_SECONDS = 15.0
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
    """An open journal. Use ``Journal.open(path)``; close it (or use ``with``) when done."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._con = connection

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, backups: Path | None = None) -> Journal:
        """Open (creating if needed) and migrate the journal at ``path``.

        Before migrating a journal that already has a schema, a copy goes to ``backups``.
        """
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
        journal = cls(path, con)
        try:
            journal._refuse_newer()  # before anything at all is written to the file
            journal._configure()
            journal._migrate(backups)
        except sqlite3.Error as exc:
            con.close()
            raise explain(exc, path, "open") from None
        except JournalError:
            con.close()
            raise
        return journal

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
        self._refuse_newer()
        version = self.schema_version()
        if version == LATEST_VERSION:
            return
        if version > 0 and backups is not None:
            self.backup_to(backups / f"journal-before-v{version + 1}-{_stamp()}.db")
        while version < LATEST_VERSION:
            with self._write():
                # Another process may have migrated while we waited for the write lock.
                version = self.schema_version()
                if version >= LATEST_VERSION:
                    break
                for statement in MIGRATIONS[version]:
                    self._con.execute(statement)
                self._con.execute(f"PRAGMA user_version = {version + 1}")
            version = self.schema_version()

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the journal (SQLite's backup API), private to the person."""
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _create_private_file(target)
        destination = sqlite3.connect(target)
        try:
            self._con.backup(destination)
        finally:
            destination.close()
        return target

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
        self._guarded("save to", lambda: self._insert([entry], []))

    def add_session(self, session: Session) -> None:
        self._guarded("save to", lambda: self._insert([], [session]))

    def import_records(
        self, checkins: Sequence[CheckIn], sessions: Sequence[Session]
    ) -> ImportCounts:
        """Add everything in one transaction; records whose id is already here are skipped."""
        return self._guarded("import into", lambda: self._insert(checkins, sessions))

    def _insert(self, checkins: Iterable[CheckIn], sessions: Iterable[Session]) -> ImportCounts:
        checkin_rows = [_checkin_row(entry) for entry in checkins]
        session_rows = [_session_row(session) for session in sessions]
        with self._write() as con:
            before = con.total_changes
            con.executemany(
                f"INSERT INTO checkins ({_CHECKIN_COLUMNS}) VALUES ({_marks(14)}) "
                "ON CONFLICT (uid) DO NOTHING",
                checkin_rows,
            )
            checkins_added = con.total_changes - before
            before = con.total_changes
            con.executemany(
                f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES ({_marks(10)}) "
                "ON CONFLICT (uid) DO NOTHING",
                session_rows,
            )
            sessions_added = con.total_changes - before
        return ImportCounts(
            checkins_added,
            len(checkin_rows) - checkins_added,
            sessions_added,
            len(session_rows) - sessions_added,
        )

    def _guarded(self, doing: str, action: Callable[[], _T]) -> _T:
        try:
            return action()
        except sqlite3.Error as exc:
            raise explain(exc, self.path, doing) from None

    # -- reading --------------------------------------------------------------------------

    def checkins(self, since_epoch: int | None = None) -> list[CheckIn]:
        query = f"SELECT {_CHECKIN_COLUMNS} FROM checkins"
        params: tuple[object, ...] = ()
        if since_epoch is not None:
            query += " WHERE at_utc >= ?"
            params = (since_epoch,)
        query += " ORDER BY at_utc, id"
        rows = self._guarded("read", lambda: self._con.execute(query, params).fetchall())
        return [_checkin_from_row(row) for row in rows]

    def sessions(self, since_epoch: int | None = None) -> list[Session]:
        query = f"SELECT {_SESSION_COLUMNS} FROM sessions"
        params: tuple[object, ...] = ()
        if since_epoch is not None:
            query += " WHERE at_utc >= ?"
            params = (since_epoch,)
        query += " ORDER BY at_utc, id"
        rows = self._guarded("read", lambda: self._con.execute(query, params).fetchall())
        return [_session_from_row(row) for row in rows]

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
        return "ok" if problems == ["ok"] else "; ".join(problems[:5])


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
