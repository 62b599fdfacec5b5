"""Finding runtime files that ship inside the installed package (regulate.assets)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def asset_path(*parts: str) -> Path:
    """A real file path for an asset, such as ``asset_path("sounds", "inhale.wav")``."""
    traversable = resources.files("regulate.assets").joinpath(*parts)
    return Path(str(traversable))
