"""Delete all my data: everything Regulate keeps, and nothing else, once the person confirms.

Removes the journal (with its -wal and -shm), backups (damaged copies included), settings, the
safety plan, the person's own exercises, logs and notices, and the login entry if there is
one. The data folder itself goes too if nothing else is left in it. Returns what was removed,
so the app can say so.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from regulate.paths import DataPaths

FILES = (
    "journal.db",
    "journal.db-wal",
    "journal.db-shm",
    "journal.db-journal",
    "journal.db.lock",
    "journal.db.checked",
    ".journal.db.checked.tmp",
    "journal.ledger",
    ".journal.ledger.compacting.tmp",
    "settings.json",
    "safety-plan.json",
    "recovery-notice.txt",
)
FOLDERS = ("backups", "exercises", "logs")


def delete_everything(paths: DataPaths, extra: tuple[Path, ...] = ()) -> list[Path]:
    """Remove Regulate's files; raises OSError (after removing what it could) on failure."""
    removed: list[Path] = []
    problems: list[str] = []
    for name in FILES:
        target = paths.root / name
        try:
            target.unlink()
            removed.append(target)
        except FileNotFoundError:
            pass
        except OSError as exc:
            problems.append(f"{target}: {exc.strerror or exc}")
    for name in FOLDERS:
        target = paths.root / name
        if target.is_dir():
            try:
                shutil.rmtree(target)
                removed.append(target)
            except OSError as exc:
                problems.append(f"{target}: {exc.strerror or exc}")
    for target in extra:
        try:
            target.unlink()
            removed.append(target)
        except FileNotFoundError:
            pass
        except OSError as exc:
            problems.append(f"{target}: {exc.strerror or exc}")
    try:
        paths.root.rmdir()  # only if empty: never anything that is not ours
        removed.append(paths.root)
    except OSError:
        pass
    if problems:
        raise OSError("could not remove " + "; ".join(problems))
    return removed
