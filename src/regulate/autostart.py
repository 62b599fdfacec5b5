"""The opt-in "start in the tray at login" entry (XDG autostart). No Qt.

The only file Regulate writes outside its data folder, and only when the person turns this on
in settings; turning it off removes it.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from regulate.storage.files import write_atomically

APP_ID = "io.github.regulate.Regulate"


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


def entry_text(python: str = sys.executable) -> str:
    # A frozen build (PyInstaller) is itself the program; otherwise run the package.
    parts = (
        (python, "--in-tray")
        if getattr(sys, "frozen", False)
        else (python, "-m", "regulate", "--in-tray")
    )
    command = " ".join(shlex.quote(part) for part in parts)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Regulate\n"
        "Comment=Sit quietly in the tray, ready when you need it\n"
        f"Exec={command}\n"
        f"Icon={APP_ID}\n"
        "X-GNOME-Autostart-enabled=true\n"
        "NoDisplay=true\n"
    )


def set_autostart(on: bool) -> None:
    """Create or remove the autostart entry. Raises OSError if that can't be done."""
    path = autostart_file()
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, entry_text().encode("utf-8"))
    elif path.exists():
        path.unlink()
