"""Render assets/icons/regulate.svg to the PNG sizes desktops and installers ask for.

    python packaging/make_icons.py            # writes assets/icons/regulate-<size>.png

Run it again whenever regulate.svg changes, and commit the PNGs. It uses Qt's own SVG renderer
offscreen, so it needs PySide6 (the project's venv has it) and no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SOURCE = ICONS / "regulate.svg"


def png_path(size: int) -> Path:
    return ICONS / f"regulate-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed to draw an image
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.stderr.write(f"make_icons: can't read {SOURCE}\n")
        return 1
    for size in SIZES:
        target = png_path(size)
        if not render(renderer, size).save(str(target)):  # PNG, from the suffix
            sys.stderr.write(f"make_icons: can't write {target}\n")
            return 1
        sys.stdout.write(f"{target.relative_to(ICONS.parent.parent)}\n")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
