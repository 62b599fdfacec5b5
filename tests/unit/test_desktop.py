"""`regulate --install-desktop` puts the menu entry and icons in the person's own XDG folders,
`--uninstall-desktop` takes them away; the entry says what the packaged one says."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

from regulate import desktop
from regulate.cli import main

PACKAGED = (
    Path(__file__).resolve().parents[2] / "packaging/linux/io.github.regulate.Regulate.desktop"
)


def entries(text: str) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def test_install_and_uninstall(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--install-desktop"]) == 0
    entry = desktop.entry_file()
    assert entry.is_file()
    assert str(entry).startswith(str(desktop.data_home()))
    for icon in desktop.icon_files():
        assert icon.is_file()
        assert icon.stat().st_size > 0
    assert "in your menu" in capsys.readouterr().out
    assert main(["--uninstall-desktop"]) == 0
    assert not entry.exists()
    assert not any(icon.exists() for icon in desktop.icon_files())
    assert main(["--uninstall-desktop"]) == 0  # nothing there: still fine


def test_the_entry_matches_the_packaged_one() -> None:
    ours = entries(desktop.entry_text("/usr/bin/python3"))["Desktop Entry"]
    packaged = entries(PACKAGED.read_text(encoding="utf-8"))["Desktop Entry"]
    for key in ("Name", "GenericName", "Comment", "Icon", "Categories", "Keywords", "Actions"):
        assert ours[key] == packaged[key], key
    assert ours["Exec"] == "/usr/bin/python3 -m regulate"


def test_a_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main(["--install-desktop"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("regulate: ")
    assert "Traceback" not in err


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no validator")
def test_the_entry_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "io.github.regulate.Regulate.desktop"
    path.write_text(desktop.entry_text(), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


ROOT = Path(__file__).resolve().parents[2]


def test_the_metainfo_names_only_screenshots_in_the_repo_and_speaks_german() -> None:
    import re

    text = (ROOT / "packaging/linux/io.github.regulate.Regulate.metainfo.xml").read_text("utf-8")
    shots = re.findall(r"docs/screenshots/([\w.-]+\.png)", text)
    assert shots
    for shot in shots:
        assert (ROOT / "docs/screenshots" / shot).is_file(), shot
    assert 'xml:lang="de"' in text


def test_the_source_archive_holds_tests_docs_and_packaging() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text("utf-8").split()
    for folder in ("tests", "docs", "packaging", "assets"):
        assert folder in manifest, folder
