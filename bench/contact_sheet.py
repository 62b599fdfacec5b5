"""Contact sheet: every screen of the app in chosen combinations of text size, window size,
theme and language, in one picture for people to look at, with what the layout check
(regulate.ui.layout_check) found written under each screenshot.

Usage: python bench/contact_sheet.py [--text 200] [--window 800x600] [--theme light]
       [--language en] [--out contact-sheet.png] [--all]
--all walks every combination of tests/layout.py (one sheet per combination, in --out's folder).
Exit status: 0 nothing clipped on our screens, 1 something was (the list is printed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from tests.layout import OTHERS, SCREENS, Combo, combos, open_app, show

from regulate.ui.layout_check import problems

THUMB = 400
CAPTION = 90


def sheet(combo: Combo, out: Path) -> list[str]:
    shots: list[tuple[str, QImage, list[str]]] = []
    with tempfile.TemporaryDirectory() as folder:
        for screen in SCREENS:
            running = open_app(combo, Path(folder) / screen)
            window = show(running, screen)
            found = [str(p) for p in problems(window)]
            shots.append((screen, window.grab().toImage(), found))
            running.window.close()
    columns = 4
    rows = (len(shots) + columns - 1) // columns
    scale = THUMB / combo.window.width()
    cell = QSize(THUMB, int(combo.window.height() * scale) + CAPTION)
    image = QImage(cell.width() * columns, cell.height() * rows, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    caption = QFont(painter.font())
    caption.setPixelSize(12)
    painter.setFont(caption)
    failures: list[str] = []
    for n, (screen, shot, found) in enumerate(shots):
        x, y = (n % columns) * cell.width(), (n // columns) * cell.height()
        painter.drawImage(
            QRect(x, y, THUMB, cell.height() - CAPTION),
            shot.scaled(THUMB, cell.height() - CAPTION, Qt.AspectRatioMode.IgnoreAspectRatio),
        )
        painter.setPen(QColor("#000000") if not found else QColor("#8b0000"))
        words = f"{screen}: " + ("fits" if not found else f"{len(found)} problems")
        if found:
            words += "\n" + "\n".join(f[:70] for f in found[:3])
        painter.drawText(QRect(x + 4, y + cell.height() - CAPTION, THUMB - 8, CAPTION), 0, words)
        if screen not in OTHERS:
            failures += [f"{combo} {screen}: {f}" for f in found]
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=int, default=200)
    parser.add_argument("--window", default="800x600")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", type=Path, default=Path("contact-sheet.png"))
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    if args.all:
        chosen = combos()
    else:
        width, height = (int(n) for n in args.window.split("x"))
        chosen = [Combo(args.text, QSize(width, height), args.theme, args.language)]
    failures: list[str] = []
    for combo in chosen:
        out = args.out if len(chosen) == 1 else args.out.with_name(f"{combo}.png")
        failures += sheet(combo, out)
        print(f"{combo}: {out}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
