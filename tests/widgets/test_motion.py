"""The desktop's reduced-motion setting: KDE's "Instant" animation speed counts too."""

from __future__ import annotations

from pathlib import Path

import pytest

from regulate.ui.motion import kde_animations_off


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("[KDE]\nAnimationDurationFactor=0\n", True),
        ("[General]\nfoo=1\n[KDE]\nAnimationDurationFactor=0.0\n", True),
        ("[KDE]\nAnimationDurationFactor=0.5\n", False),
        ("[General]\nAnimationDurationFactor=0\n", False),  # another group's key
        ("[KDE]\nAnimationDurationFactor=slow\n", False),
        ("", False),
    ],
)
def test_kde_animation_speed(tmp_path: Path, text: str, off: bool) -> None:
    (tmp_path / "kdeglobals").write_text(text, encoding="utf-8")
    assert kde_animations_off({"XDG_CONFIG_HOME": str(tmp_path)}) is off


def test_no_kdeglobals_means_motion(tmp_path: Path) -> None:
    assert kde_animations_off({"XDG_CONFIG_HOME": str(tmp_path / "missing")}) is False
    assert kde_animations_off({"HOME": str(tmp_path)}) is False


def test_home_config_is_read_without_xdg(tmp_path: Path) -> None:
    (tmp_path / ".config").mkdir()
    (tmp_path / ".config" / "kdeglobals").write_bytes(b"[KDE]\r\nAnimationDurationFactor=0\r\n")
    assert kde_animations_off({"HOME": str(tmp_path)}) is True
