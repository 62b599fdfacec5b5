"""Copies of the journal in the data folder's ``backups/``, and what is in that folder.

Three kinds of file live there, told apart by name:

- ``journal-YYYYMMDD.db``: the daily copy, taken the first time the journal is written on a
  (local) day. The newest seven are kept; older daily copies are deleted.
- ``journal-before-vN-STAMP.db``: the copy taken before a migration. Never deleted.
- ``damaged-STAMP.db``: a journal that was found damaged and moved aside. Never deleted.

Every copy is written under a temporary name (``.journal-*.tmp``) in the same folder, synced,
and renamed into place, so a copy cut short by a crash or a full disk never looks like a good
one. Files are 0600, the folder 0700. Only the standard library; no Qt.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import stat
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from regulate.storage.files import sync_directory

DAILY_KEEP = 7
TEMP_PREFIX = ".journal-"
TEMP_SUFFIX = ".tmp"
#: A temporary file this old was left by a process that was stopped part way; it can go.
STALE_TEMP_SECONDS = 3600

_DAILY = re.compile(r"^journal-(\d{8})\.db$")
_BEFORE_MIGRATION = re.compile(r"^journal-before-v\d+-.+\.db$")
_DAMAGED = re.compile(r"^damaged-.+\.db$")


class BackupKind(StrEnum):
    DAILY = "daily"
    BEFORE_MIGRATION = "before an update"
    DAMAGED = "damaged copy, kept"
    OTHER = "other"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    size: int
    modified: float  # seconds since the epoch

    @property
    def name(self) -> str:
        return self.path.name


def daily_name(day: date) -> str:
    return f"journal-{day:%Y%m%d}.db"


def kind_of(name: str) -> BackupKind:
    if _DAILY.match(name):
        return BackupKind.DAILY
    if _BEFORE_MIGRATION.match(name):
        return BackupKind.BEFORE_MIGRATION
    if _DAMAGED.match(name):
        return BackupKind.DAMAGED
    return BackupKind.OTHER


def list_backups(folder: Path) -> list[BackupFile]:
    """Every ``*.db`` file in the backups folder, oldest first; [] if there is no folder."""
    found: list[BackupFile] = []
    try:
        candidates = list(folder.glob("*.db"))
    except OSError:
        return []
    for path in candidates:
        try:
            info = path.stat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        found.append(BackupFile(path, kind_of(path.name), info.st_size, info.st_mtime))
    found.sort(key=lambda backup: (backup.modified, backup.name))
    return found


def restore_candidates(folder: Path) -> list[BackupFile]:
    """Copies a damaged journal may be restored from, newest first (never a damaged copy)."""
    usable = (BackupKind.DAILY, BackupKind.BEFORE_MIGRATION)
    return [backup for backup in reversed(list_backups(folder)) if backup.kind in usable]


def ensure_folder(folder: Path) -> None:
    """Create the backups folder 0700 (and tighten it if it is ours and looser)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) & 0o077:
        folder.chmod(0o700)


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of an open database at ``target``, all of it or none of it.

    Uses SQLite's backup API (safe while other connections write). The copy is a single
    self-contained file (rollback journal mode), written to a temporary name in the same
    folder, synced, then renamed over ``target``. Raises OSError or sqlite3.Error if it
    can't be written; then ``target`` is unchanged and no temporary file is left behind.
    """
    folder = target.parent
    ensure_folder(folder)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    temporary = Path(name)
    try:
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
            # The pages copied from a WAL journal say "WAL"; a backup is one file on its own.
            destination.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            destination.close()
        os.chmod(temporary, 0o600)
        _fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        for leftover in (temporary, Path(f"{temporary}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    sync_directory(folder)
    return target


def take_daily(source: sqlite3.Connection, folder: Path, today: date) -> Path | None:
    """Today's copy, unless it already exists; then prune old daily copies.

    Returns the new copy's path, or None if today's was already there. Raises OSError or
    sqlite3.Error if it can't be written (the caller decides that this never stops a write).
    """
    target = folder / daily_name(today)
    if target.exists():
        return None
    copy_database(source, target)
    prune(folder)
    return target


def prune(folder: Path, keep: int = DAILY_KEEP) -> list[Path]:
    """Delete daily copies beyond the newest ``keep``, and stale temporary files.

    The daily copy holding the most entries is never deleted, however old (a journal that
    was emptied by mistake must not push the last good copy out). Copies taken before a
    migration and damaged copies are never touched.
    """
    removed: list[Path] = []
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return removed
    daily = [name for name in names if _DAILY.match(name)]  # YYYYMMDD sorts by date
    doomed = daily[: max(0, len(daily) - keep)]
    if doomed:
        counts = {name: entry_count(folder / name) for name in daily}
        best = max(daily, key=lambda name: (counts[name] or 0, name))
        doomed = [name for name in doomed if name != best]
    for name in doomed:
        with contextlib.suppress(OSError):
            (folder / name).unlink()
            removed.append(folder / name)
    now = time.time()
    for name in names:
        if not (name.startswith(TEMP_PREFIX) and TEMP_SUFFIX in name):
            continue
        path = folder / name
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > STALE_TEMP_SECONDS:
                path.unlink()
                removed.append(path)
    return removed


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` read-only (``immutable``: no locks, no -wal)."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def check_copy(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a backup that opens and passes ``quick_check``, else None."""
    try:
        con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
        tables = {
            str(row[0]) for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    except (sqlite3.Error, UnicodeDecodeError):
        con.close()
        return None
    if [str(row[0]) for row in rows] != ["ok"] or "checkins" not in tables:
        con.close()
        return None
    return con


def rows_in(path: Path) -> dict[str, list[dict[str, object]]]:
    """Every row of a backup that opens and passes ``quick_check``, by table; {} otherwise."""
    con = check_copy(path)
    if con is None:
        return {}
    found: dict[str, list[dict[str, object]]] = {}
    try:
        con.row_factory = sqlite3.Row
        tables = {
            str(row[0]) for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        for table in ("checkins", "sessions"):
            if table in tables:
                found[table] = [
                    {key: row[key] for key in row.keys()}  # noqa: SIM118
                    for row in con.execute(f"SELECT * FROM {table} ORDER BY id")
                ]
    except (sqlite3.Error, UnicodeDecodeError):
        return {}
    finally:
        con.close()
    return found


def uids_in(path: Path) -> dict[str, set[str]]:
    """The ids of a backup's check-ins and sessions; raises sqlite3.Error if unreadable."""
    con = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        tables = {
            str(row[0]) for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return {
            table: {str(row[0]) for row in con.execute(f"SELECT uid FROM {table}")}
            for table in ("checkins", "sessions")
            if table in tables
        }
    finally:
        con.close()


def entry_count(path: Path) -> int | None:
    """How many check-ins and sessions a backup holds; None if it can't be read."""
    try:
        return sum(len(uids) for uids in uids_in(path).values())
    except (sqlite3.Error, UnicodeDecodeError):
        return None


def has_good_copy(folder: Path) -> bool:
    """Whether any daily or pre-migration copy opens and passes ``quick_check``."""
    for backup in restore_candidates(folder):
        con = check_copy(backup.path)
        if con is not None:
            con.close()
            return True
    return False


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def human_size(size: int) -> str:
    """1.2 MB, 48 KB, 900 bytes."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
