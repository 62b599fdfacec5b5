"""Import from the window: does the window keep repainting while 20,000 check-ins come in?

What is measured: Regulate's own chart screen (``regulate --data-dir DIR chart``, run in a child
process under the bench's Xvfb, English, first run done) imports the export that bench/import.py
uses (bench/journal_data.py: 20,000 check-ins, 2,000 sessions) through its "Import…" button.
The child calls Regulate's command line unchanged; it patches QApplication.exec (as
bench/counted_app.py does) to add, once the event loop runs:

- a repaint request every 16 ms (PreciseTimer) for one pixel of the window, so there is always a
  frame to paint, and an application-wide event filter that stamps every painted frame
  (bench/frames.py's definition): the longest gap between painted frames while the import runs
  is what a person sees as the window freezing;
- QFileDialog.getOpenFileName answering with the export, then a click on "Import…";
- a look every 16 ms for a visible progress indication (a QProgressBar or QProgressDialog);
- the end: a visible label or status bar message saying 20,000 check-ins were imported (or
  "Nothing was imported").

Targets: longest gap between painted frames during the import <= 100 ms; a progress indication
shown; the import finished with every check-in. (With an import that runs on the GUI thread the
first two are missed: the window freezes for the whole import.)

Usage: ``python bench/import_window.py [--entries N]`` from the repo root. Set
REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status (bench/verdict.py): 0 targets met, 1 a target missed, 2 could not measure (also when
the chart screen has no "Import…" button).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
GAP_TARGET_MS = 100.0
TICK_MS = 16
SETTLE_S = 1.5
IMPORT_TIMEOUT_S = 120.0
DONE = re.compile(r"Imported (\d[\d,.\u202f\u00a0 ]*) check-ins")


# -- the child: runs inside Regulate's process ------------------------------------------------


def child(source: str, entries: int, argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QFileDialog,
        QLabel,
        QProgressBar,
        QProgressDialog,
        QPushButton,
        QStatusBar,
    )

    original: Callable[..., int] = QApplication.exec
    state: dict[str, object] = {"frames": [], "progress": False, "start": 0.0, "end": 0.0}
    frame_times: list[float] = []

    class Frames(QObject):
        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self._in_frame = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override name
            kind = event.type()
            if kind == QEvent.Type.UpdateRequest:
                self._in_frame = False
            elif kind == QEvent.Type.Paint and not self._in_frame:
                self._in_frame = True
                frame_times.append(time.monotonic())
            return False

    def finish(app: QApplication, message: str, error: str = "") -> None:
        end = time.monotonic()
        start = float(state["start"] or end)
        during = [t for t in frame_times if start <= t <= end]
        stamps = [start, *during, end]
        gaps = [later - earlier for earlier, later in pairwise(stamps)]
        figures = {
            "seconds": end - start,
            "frames": len(during),
            "max_gap_ms": max(gaps) * 1000 if gaps else 0.0,
            "progress_seen": bool(state["progress"]),
            "message": message,
            "error": error,
        }
        sys.stdout.write(json.dumps(figures) + "\n")
        sys.stdout.flush()
        os._exit(0)

    def exec_watching(*_instance: object) -> int:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(Frames(app))
        window = next(w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow())
        ticker = QTimer(app)
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(TICK_MS)

        def tick() -> None:
            window.update(QRect(0, 0, 1, 1))
            if not state["start"]:
                return
            for widget in app.allWidgets():
                if isinstance(widget, QProgressBar | QProgressDialog) and widget.isVisible():
                    state["progress"] = True
            for widget in app.allWidgets():
                if not widget.isVisible():
                    continue
                if isinstance(widget, QLabel):
                    text = widget.text()
                elif isinstance(widget, QStatusBar):
                    text = widget.currentMessage()
                else:
                    continue
                done = DONE.search(text)
                if done and int(re.sub(r"\D", "", done.group(1))) == entries:
                    finish(app, text)
                if "Nothing was imported" in text:
                    finish(app, text, "the import failed")
            if time.monotonic() - float(state["start"]) > IMPORT_TIMEOUT_S:
                finish(app, "", f"no end of the import within {IMPORT_TIMEOUT_S:.0f} s")

        ticker.timeout.connect(tick)
        ticker.start()

        def click() -> None:
            buttons = [
                w
                for w in app.allWidgets()
                if isinstance(w, QPushButton) and w.isVisible() and w.text() == "Import…"
            ]
            if not buttons:
                finish(app, "", 'the chart screen shows no "Import…" button')
            state["start"] = time.monotonic()
            buttons[0].click()

        QTimer.singleShot(round(SETTLE_S * 1000), click)
        return original()

    QFileDialog.getOpenFileName = lambda *_a, **_k: (source, "")  # type: ignore[method-assign]
    QApplication.exec = exec_watching  # type: ignore[method-assign]
    from regulate.cli import main as regulate_main

    code = regulate_main(argv)
    print(f"import_window: regulate returned {code} before the import ended", file=sys.stderr)
    return code or 1


# -- the bench ---------------------------------------------------------------------------------


def bench(entries: int) -> int:
    sys.path.insert(0, str(HERE))
    from journal_data import write
    from startup import returning_person
    from verdict import Verdict, unmeasured
    from xserver import BenchError, x_display

    try:
        with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-imw-") as tmp:
            source = write(Path(tmp) / "export.json", entries)
            data = returning_person(Path(tmp) / "data")
            settings = json.loads((data / "settings.json").read_text(encoding="utf-8"))
            settings["language"] = "en"
            (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
            env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", LANGUAGE="en")
            env.pop("WAYLAND_DISPLAY", None)
            env.pop("REGULATE_FIRST_FRAME_EXIT", None)
            command = [sys.executable, str(Path(__file__).resolve()), "--child", str(source)]
            command += ["--entries", str(entries), "--", "--data-dir", str(data), "chart"]
            try:
                done = subprocess.run(
                    command, env=env, capture_output=True, text=True, timeout=IMPORT_TIMEOUT_S + 60
                )
            except subprocess.TimeoutExpired:
                raise BenchError("the app did not finish the import") from None
    except BenchError as error:
        return unmeasured("import window bench", error)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no stderr"
        return unmeasured("import window bench", f"the app failed (exit {done.returncode}, {last})")
    figures = json.loads(lines[-1])
    if figures["error"] and not figures["message"]:
        return unmeasured("import window bench", figures["error"])
    print(f"import of {entries} check-ins from the chart screen: {figures['seconds']:.2f} s")
    print(f"app says: {figures['message']}")
    print(f"frames painted while it ran: {figures['frames']} (a repaint asked every {TICK_MS} ms)")
    verdict = Verdict("import window bench")
    verdict.holds("the import finished", not figures["error"], "every check-in imported")
    verdict.at_most("longest gap between frames", figures["max_gap_ms"], GAP_TARGET_MS, " ms")
    verdict.holds("a progress indication was shown", figures["progress_seen"], "shown")
    return verdict.exit_code()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--child", metavar="SOURCE", help=argparse.SUPPRESS)
    parser.add_argument("regulate", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        argv = args.regulate[1:] if args.regulate[:1] == ["--"] else args.regulate
        return child(args.child, args.entries, argv)
    return bench(args.entries)


if __name__ == "__main__":
    raise SystemExit(main())
