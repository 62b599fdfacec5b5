"""Putting Regulate in the desktop's menu for a normal (pip or pipx) install: the .desktop
entry and the icons in the person's own XDG folders, and taking them away again. No Qt, no
root: ``regulate --install-desktop`` / ``regulate --uninstall-desktop``.

The Flatpak and distribution packages install packaging/linux/ themselves; this entry says the
same things (tests/unit/test_desktop.py compares them) but runs this very Python.
"""

from __future__ import annotations

import os
import shlex
import sys
from importlib.resources import as_file, files
from pathlib import Path

from regulate.autostart import APP_ID
from regulate.storage.files import write_atomically

#: The sizes of assets/icons/regulate-<size>.png, installed into the hicolor theme.
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def entry_file() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_files() -> dict[Path, str]:
    """Where each icon goes, and the asset it comes from."""
    icons = data_home() / "icons" / "hicolor"
    placed = {
        icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png": f"regulate-{n}.png" for n in ICON_SIZES
    }
    placed[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = "regulate.svg"
    return placed


def entry_text(python: str = sys.executable) -> str:
    program = (
        shlex.quote(python)
        if getattr(sys, "frozen", False)
        else f"{shlex.quote(python)} -m regulate"
    )
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Regulate\n"
        "GenericName=Breathing and Grounding Companion\n"
        "GenericName[de]=Begleiter zum Atmen und Erden\n"
        "Comment=Breathe slowly, ground yourself and check in, at your own pace\n"
        "Comment[de]=Langsam atmen, dich erden und einchecken, in deinem eigenen Tempo\n"
        f"Exec={program}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "Keywords=breathing;breathe;grounding;calm;anxiety;stress;mood;journal;"
        "window of tolerance;check-in;\n"
        "StartupNotify=true\n"
        "StartupWMClass=Regulate\n"
        "Actions=breathe;checkin;\n"
        "\n"
        "[Desktop Action breathe]\n"
        "Name=Breathe now\n"
        "Name[de]=Jetzt atmen\n"
        f"Exec={program} breathe\n"
        "\n"
        "[Desktop Action checkin]\n"
        "Name=Check in\n"
        "Name[de]=Einchecken\n"
        f"Exec={program} checkin\n"
    )


def install() -> list[Path]:
    """Write the entry and the icons; return what was written. Raises OSError."""
    written: list[Path] = []
    icons = files("regulate.assets").joinpath("icons")
    for target, name in icon_files().items():
        with as_file(icons.joinpath(name)) as source:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, Path(source).read_bytes())
        written.append(target)
    entry = entry_file()
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(entry, entry_text().encode("utf-8"))
    written.append(entry)
    return written


def uninstall() -> list[Path]:
    """Remove the entry and the icons that are there; return what was removed."""
    removed: list[Path] = []
    for path in (entry_file(), *icon_files()):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
