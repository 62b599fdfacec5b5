"""Where Regulate keeps the person's data.

This is the only module that imports appdirs, so its maintained fork platformdirs could
replace it without moving anyone's data (both give the same ``user_data_dir`` on Linux,
macOS and Windows when called without a version).

Everything lives in one private folder: the journal, its backups, settings, the log and the
person's own exercises. The folder is created 0700 and files in it 0600.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "regulate"
DATA_DIR_ENV = "REGULATE_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder appdirs gives for this platform, or $REGULATE_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from appdirs import user_data_dir  # the one import of appdirs in the project

    return Path(user_data_dir(APP_NAME, appauthor=False))


def make_private() -> None:
    """Make every file this process creates private to the person (0600 files, 0700 folders)."""
    os.umask(0o077)


@dataclass(frozen=True)
class DataPaths:
    """The files and folders inside one data folder. Creating it is explicit: see ``ensure``."""

    root: Path

    @property
    def journal(self) -> Path:
        return self.root / "journal.db"

    @property
    def ledger(self) -> Path:
        """The entry log: every acknowledged entry again, one checked line each."""
        return self.root / "journal.ledger"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def safety_plan(self) -> Path:
        return self.root / "safety-plan.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exercises(self) -> Path:
        return self.root / "exercises"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def holds(self, path: Path) -> bool:
        """Whether ``path`` is inside the data folder (where an export must never go)."""
        try:
            path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return False
        return True

    def ensure(self) -> DataPaths:
        """Create the folder if needed and make sure it is private (0700)."""
        ensure_private_dir(self.root)
        return self


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) private (0700). A folder that already exists is left as
    it is: it may be someone's own (a USB stick, a project folder); the files Regulate puts
    in it are private (0600) all the same, and ``doctor`` shows the folder's mode."""
    if path.is_dir():
        return
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o700)


def data_paths(data_dir: str | Path | None = None) -> DataPaths:
    """The data paths for ``--data-dir DIR`` if given, else the per-user default. An empty
    name is refused: it would quietly mean whatever folder the command was started in."""
    if data_dir is not None and not str(data_dir).strip():
        raise ValueError("the data folder needs a name; '' would mean the current folder")
    root = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
    return DataPaths(root.absolute())
