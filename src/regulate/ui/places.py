"""Where file dialogs open: the person's Documents folder (else their home), never the folder
the program happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents() -> Path:
    """The Documents folder if there is one, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def suggested(name: str) -> str:
    """A file called ``name`` in ``documents()``, for a save dialog's starting choice."""
    return str(documents() / name)
