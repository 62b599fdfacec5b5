"""Heart-view benchmark: CPU of the breathing shape with the heart-rate curve under it, against
the breathing shape alone, over the same frames.

Each run is a child process with a 900x700 window holding Regulate's ``BreathingShape``, moved
by a 16 ms PreciseTimer along a 5.5-breaths-a-minute pace (4.4 s in, 6.5 s out: it never stops).
The "heart" child also holds a ``HeartView`` under the shape, fed by a ``ReplaySource`` playing
made-up heartbeats in real time, with ``end_breath`` at the end of every breath; the "alone"
child has an empty space there instead, so the shape has the same size. After settling, each
child reads its own CPU time (user + system, all threads) over the measuring window and prints
one JSON line; CPU per second of that window is compared. Both children run the same timer
and the same shape, so the shape paints the same frames; the ratio heart / alone is judged
against issue 19's target (at most 1.5). With ``--rounds N`` the median ratio is judged.

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
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATIO_TARGET = 1.5
RATE, INHALE_SHARE = 5.5, 0.4


def child(kind: str, settle: float, seconds: float) -> int:
    import numpy as np
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from regulate.core.rr import breath_volume
    from regulate.core.rr_synth import recording
    from regulate.ui.breathing_shape import BreathingShape
    from regulate.ui.heart_source import ReplaySource
    from regulate.ui.heart_view import HeartView
    from regulate.ui.theme import LIGHT

    app = QApplication([])
    window = QWidget()
    layout = QVBoxLayout(window)
    shape = BreathingShape(LIGHT)
    layout.addWidget(shape, 3)
    start = time.monotonic()
    if kind == "heart":
        view = HeartView(LIGHT)
        layout.addWidget(view, 1)
        beats = recording(1, RATE, rates=(RATE,), minutes=10, artefact_rate=0.01).rr_ms
        source = ReplaySource(beats)
        view.attach(source)
        view.set_schedule(RATE, INHALE_SHARE, start)
        source.start()
    else:  # the same room for the shape in both runs: an empty, unpainted space
        layout.addWidget(QWidget(), 1)
    window.resize(900, 700)
    window.show()
    period = 60.0 / RATE
    breaths = [0]

    def frame() -> None:
        elapsed = time.monotonic() - start
        shape.set_fullness(float(breath_volume(np.array([elapsed]), RATE, INHALE_SHARE)[0]))
        if kind == "heart" and int(elapsed // period) > breaths[0]:
            breaths[0] = int(elapsed // period)
            view.end_breath()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(16)
    timer.timeout.connect(frame)
    timer.start()
    figures: dict[str, float] = {}

    def begin() -> None:
        figures["cpu0"], figures["wall0"] = time.process_time(), time.monotonic()
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        cpu = time.process_time() - figures["cpu0"]
        wall = time.monotonic() - figures["wall0"]
        print(json.dumps({"kind": kind, "cpu_s": cpu, "wall_s": wall}))
        app.quit()

    QTimer.singleShot(int(settle * 1000), begin)
    app.exec()
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
        f"({figures['cpu_s'] / figures['wall_s'] * 100:.1f} % of one core)"
    )
    return float(figures["cpu_s"]) / float(figures["wall_s"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=("alone", "heart"))
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--settle", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.settle, args.seconds)

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
