"""The packaging files agree with the app: one app id everywhere, a launcher that starts real
commands, icons of the promised sizes, screenshots that exist, and metadata the validators pass.

A desktop uses the app id to find the launcher, the icon and the AppStream entry for a running
window; if one of them drifts, the app shows a generic icon or vanishes from software centres.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

import regulate
from regulate.autostart import APP_ID as AUTOSTART_APP_ID
from regulate.autostart import entry_text
from regulate.cli import build_parser
from regulate.ui.startup import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
#: Screenshots are published from the (placeholder) repository; see docs/PACKAGING.md.
SCREENSHOT_PREFIX = "https://raw.githubusercontent.com/regulate/regulate/main/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _desktop_entry(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser


def _png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which always comes first."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    assert data[12:16] == b"IHDR", "a PNG must start with its IHDR chunk"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _tool(name: str) -> str:
    """The validator's path; a missing one fails in CI (which installs it) and skips elsewhere."""
    path = shutil.which(name)
    if path is None:
        if _in_ci():
            pytest.fail(f"{name} is not installed, and CI must run it (see .ci/run)")
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


# -- the launcher ------------------------------------------------------------------------------


def test_one_app_id_everywhere() -> None:
    assert AUTOSTART_APP_ID == APP_ID
    assert DESKTOP.is_file()
    assert METAINFO.is_file()
    assert FLATPAK.is_file()


def test_desktop_entry_starts_the_installed_command_with_our_icon() -> None:
    entry = _desktop_entry(DESKTOP.read_text(encoding="utf-8"))["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Regulate"
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_desktop_actions_run_real_commands() -> None:
    desktop = _desktop_entry(DESKTOP.read_text(encoding="utf-8"))
    actions = [name for name in desktop["Desktop Entry"]["Actions"].split(";") if name]
    assert actions, "the launcher offers Breathe now and Check in"
    for action in actions:
        command = desktop[f"Desktop Action {action}"]["Exec"].split()
        assert command[0] == desktop["Desktop Entry"]["Exec"].split()[0]
        build_parser().parse_args(command[1:])  # raises if the command no longer exists


def test_startup_wm_class_is_what_qt_sets() -> None:
    """On X11 Qt names a window's class after the application name (WM_CLASS "regulate",
    "Regulate"), and sets the app id as _GTK_APPLICATION_ID / the Wayland app_id. Asked in a
    fresh process, so no other test's QApplication answers instead."""
    code = (
        "from regulate.ui.startup import make_application, APP_ID\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = make_application(['regulate'])\n"
        "print(app.applicationName())\n"
        "print(QGuiApplication.desktopFileName())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    wm_class, desktop_file_name = done.stdout.split()
    entry = _desktop_entry(DESKTOP.read_text(encoding="utf-8"))["Desktop Entry"]
    assert entry["StartupWMClass"] == wm_class
    assert desktop_file_name == APP_ID == DESKTOP.stem


# -- AppStream ---------------------------------------------------------------------------------


def test_metainfo_names_the_app_and_its_launcher() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.find("content_rating[@type='oars-1.1']") is not None


def test_metainfo_newest_release_is_this_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "software centres need at least one release"
    assert releases[0].get("version") == regulate.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_every_screenshot_is_in_the_repository() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert images
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(SCREENSHOT_PREFIX), url
        path = ROOT / url.removeprefix(SCREENSHOT_PREFIX)
        assert path.is_file(), f"{url} points at {path}, which is not in the repository"
        width, height = _png_size(path.read_bytes()[:32])
        assert (str(width), str(height)) == (image.get("width"), image.get("height")), url


# -- icons -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_of_each_size(size: int) -> None:
    path = ROOT / "assets" / "icons" / f"regulate-{size}.png"
    assert path.is_file(), "run: python packaging/make_icons.py"
    assert _png_size(path.read_bytes()[:32]) == (size, size)


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_are_installed_with_the_package(size: int) -> None:
    installed = resources.files("regulate.assets").joinpath("icons", f"regulate-{size}.png")
    assert installed.is_file()


# -- Flatpak -----------------------------------------------------------------------------------


def test_flatpak_manifest_keeps_the_sandbox_narrow() -> None:
    """Read as text (no YAML parser in the test dependencies); the lines are simple."""
    text = FLATPAK.read_text(encoding="utf-8")
    settings = dict(re.findall(r"^([a-z-]+): *'?([^'\n]*)'?$", text, flags=re.MULTILINE))
    assert settings["id"] == APP_ID
    assert settings["runtime"] == "org.kde.Platform"
    assert settings["sdk"] == "org.kde.Sdk"
    assert settings["base"] == "io.qt.PySide.BaseApp"
    assert settings["base-version"] == settings["runtime-version"]
    assert "BASEAPP_REMOVE_WEBENGINE: '1'" in text
    assert "- /app/cleanup-BaseApp.sh" in text
    finish_args = re.findall(r"^ *- (--[a-z-]+=?\S*)", text, flags=re.MULTILINE)
    assert "--socket=pulseaudio" in finish_args
    for forbidden in ("--share=network", "--filesystem", "--socket=session-bus"):
        assert not [arg for arg in finish_args if arg.startswith(forbidden)], forbidden


# -- the validators ----------------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    validator = _tool("desktop-file-validate")
    done = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in (done.stdout + done.stderr).lower()


def test_autostart_entry_validates(tmp_path: Path) -> None:
    validator = _tool("desktop-file-validate")
    autostart = tmp_path / f"{APP_ID}.desktop"
    autostart.write_text(entry_text(), encoding="utf-8")
    done = subprocess.run([validator, str(autostart)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_validates() -> None:
    validator = _tool("appstreamcli")
    done = subprocess.run(
        [validator, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
