"""Heart-view benchmark: CPU of the real breathing screen with the heart-rate curve, against
the breathing screen alone, over the same frames.

Each run is a child process with Regulate's ``BreathingPage`` (900x700) breathing the
"resonance" pattern, driven by its own clock and its own timer as in the app. The "heart" child
attaches a ``ReplaySource`` playing made-up heartbeats in real time (``attach_heart``: the curve
sits under the shape, in step with each breath); the "alone" child puts an empty, unpainted space
of the same stretch in the same place, so the shape has the same size and the page wakes for
the same frames. Each child counts the shape's paints and reads its own CPU time (user +
system, all threads) over the measuring window, and prints one JSON line; CPU per second of
that window is compared, heart / alone, against issue 19's target (at most 1.5). With
``--rounds N`` the median ratio is judged.

``--screenshot PNG`` instead saves a picture of the breathing screen with a replayed recording
(a fake clock runs 70 s of breathing and beats in a moment, then ``grab()``), to look at.

Usage: ``python bench/heart_view.py [--seconds S] [--settle S] [--rounds N]`` from the repo
root. Set REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status (bench/verdict.py): 0 target met, 1 target missed, 2 could not measure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RATIO_TARGET = 1.5
RATE = 60.0 / 11.0  # the "resonance" pattern (4.5 s in, 6.5 s out); the heartbeats follow it


def _page(kind: str, clock: Callable[[], float] = time.monotonic) -> tuple[Any, Any]:
    """The breathing page for ``kind`` and its heart source (None when alone)."""
    from PySide6.QtWidgets import QWidget

    from regulate.content.patterns import builtin_patterns
    from regulate.core.rr_synth import recording
    from regulate.ui.breathing import BreathingPage
    from regulate.ui.heart_source import ReplaySource
    from regulate.ui.sound import TonePlayer
    from regulate.ui.theme import LIGHT

    page = BreathingPage(builtin_patterns(), LIGHT, TonePlayer(), clock=clock)
    source = None
    if kind == "heart":
        beats = recording(1, RATE, rates=(RATE,), minutes=10, artefact_rate=0.01).rr_ms
        source = ReplaySource(beats, clock=clock)
        page.attach_heart(source)
    else:  # the same room for the shape: an empty space where the curve would be
        page._running_layout.insertWidget(1, QWidget(page), 1)
        page._running_layout.setStretch(0, 3)
    page.resize(900, 700)
    return page, source


def child(kind: str, settle: float, seconds: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from regulate.content.patterns import find_pattern
    from regulate.core.session import Length

    app = QApplication([])
    page, _source = _page(kind)
    page.show()
    page.start(find_pattern("resonance"), Length(minutes=30))
    paints = [0]

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = Count()
    page.shape.installEventFilter(counter)
    figures: dict[str, float] = {}

    def begin() -> None:
        figures["cpu0"], figures["wall0"] = time.process_time(), time.monotonic()
        paints[0] = 0
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        cpu = time.process_time() - figures["cpu0"]
        wall = time.monotonic() - figures["wall0"]
        print(json.dumps({"kind": kind, "cpu_s": cpu, "wall_s": wall, "frames": paints[0]}))
        app.quit()

    QTimer.singleShot(int(settle * 1000), begin)
    app.exec()
    return 0


def screenshot(path: Path) -> int:
    """Breathing with a replayed recording, 70 s on a fake clock, saved as a picture."""
    from PySide6.QtWidgets import QApplication

    from regulate.content.patterns import find_pattern
    from regulate.core.session import Length

    app = QApplication([])
    now = [1000.0]
    page, source = _page("heart", clock=lambda: now[0])
    page.resize(1000, 760)
    page.show()
    page.start(find_pattern("resonance"), Length(minutes=10))
    for _ in range(int(72.5 * 20)):
        now[0] += 0.05
        source.tick()
        page.tick()
        app.processEvents()
    page.grab().save(str(path))
    print(f"saved {path}: {len(page.heart_view.points)} beats drawn, swing {page.heart_view.swing}")
    return 0


def measure(kind: str, settle: float, seconds: float, env: dict[str, str]) -> float:
    from xserver import BenchError

    command = [sys.executable, __file__, "--child", kind]
    command += ["--settle", str(settle), "--seconds", str(seconds)]
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=settle + seconds + 60
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"the {kind} run did not finish") from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no stderr"
        raise BenchError(f"the {kind} run failed (exit {done.returncode}, {last})")
    figures = json.loads(lines[-1])
    print(
        f"{kind:>5}: CPU {figures['cpu_s']:.2f} s over {figures['wall_s']:.1f} s "
        f"({figures['cpu_s'] / figures['wall_s'] * 100:.1f} % of one core), "
        f"{figures['frames']} frames of the shape"
    )
    return float(figures["cpu_s"]) / float(figures["wall_s"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=("alone", "heart"))
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--settle", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, metavar="PNG")
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.settle, args.seconds)
    if args.screenshot:
        return screenshot(args.screenshot)

    sys.path.insert(0, str(HERE))
    from verdict import Verdict, unmeasured
    from xserver import BenchError, x_display

    try:
        with x_display("1280x800x24") as display:
            env = dict(os.environ)
            env.pop("WAYLAND_DISPLAY", None)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            ratios = []
            for _ in range(args.rounds):
                alone = measure("alone", args.settle, args.seconds, env)
                heart = measure("heart", args.settle, args.seconds, env)
                ratios.append(heart / alone)
                print(f"       CPU with the heart view / shape alone: {ratios[-1]:.2f}")
    except BenchError as exc:
        return unmeasured("heart-view bench", exc)
    verdict = Verdict("heart-view bench")
    verdict.at_most("median CPU ratio, heart view / alone", statistics.median(ratios), RATIO_TARGET)
    return verdict.exit_code()


if __name__ == "__main__":
    sys.exit(main())
