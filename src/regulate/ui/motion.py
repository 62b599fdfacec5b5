"""Whether to move: the person's own choice first, then the desktop's reduced-motion setting."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtGui import QGuiApplication

#: kdeglobals is a few kilobytes; anything far larger is not what we are looking for.
KDEGLOBALS_LIMIT = 256 * 1024


def desktop_prefers_reduced_motion() -> bool:
    """Qt's hint where this Qt has it (6.12+), else KDE's animation speed, else GNOME's
    "enable-animations" key."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(accessibility(), "motionPreference", None)
        if preference is not None:
            return "Reduced" in str(preference())
    return kde_animations_off(os.environ) or _gnome_animations_off()


def kde_animations_off(environ: Mapping[str, str]) -> bool:
    """KDE Plasma's "Animation speed" slider set to "Instant": ``AnimationDurationFactor=0``
    in the [KDE] group of kdeglobals (in $XDG_CONFIG_HOME, else ~/.config)."""
    folder = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", "~"), ".config"))
    path = Path(folder).expanduser() / "kdeglobals"
    try:
        with path.open("rb") as handle:
            raw = handle.read(KDEGLOBALS_LIMIT)
    except OSError:
        return False
    group = ""
    for line in raw.decode("utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "KDE" and line.partition("=")[0].strip() == "AnimationDurationFactor":
            try:
                return float(line.partition("=")[2].strip()) == 0.0
            except ValueError:
                return False
    return False


def _gnome_animations_off() -> bool:
    gsettings = shutil.which("gsettings")
    if gsettings is None:
        return False
    try:
        result = subprocess.run(
            [gsettings, "get", "org.gnome.desktop.interface", "enable-animations"],
            capture_output=True,
            text=True,
            timeout=0.5,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0 and result.stdout.strip() == "false"
