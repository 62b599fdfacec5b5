"""Whether to move: the person's own choice first, then the desktop's reduced-motion setting."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QGuiApplication


def desktop_prefers_reduced_motion() -> bool:
    """Qt's hint where this Qt has it (6.12+), else GNOME's "enable-animations" key."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(accessibility(), "motionPreference", None)
        if preference is not None:
            return "Reduced" in str(preference())
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
