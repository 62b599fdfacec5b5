"""Animation benchmark: CPU per painted frame of Regulate's breathing screen, against a floor
that paints the same number of frames.

What is measured, for each of two breathing patterns, ``box`` (4 s in, hold, out, rest: the
shape moves half of the time) and ``resonance`` (4.5 s in, 6.5 s out: it never stops):

- the app: ``regulate --data-dir DIR breathe PATTERN --minutes 30`` run in a child process by
  bench/counted_app.py, which calls Regulate's own command line unchanged and counts, from an
  application-wide event filter (bench/frames.py), the frames its window paints; its window is
  900x700. Over the measuring window (default 20 s, after 3 s to settle) the child reads its own
  CPU time (user + system, all threads) and its frame count: CPU seconds per painted frame.
- the floor: bench/repaint_floor.py, a bare 900x700 QWidget with the same 16 ms PreciseTimer
  that paints a 4x4 rectangle per frame, run right after the app and told to paint exactly as
  many frames as the app painted, over a window of the same length. It counts its frames with
  the same event filter: CPU seconds per painted frame. It costs what any frame costs in Qt
  (timer wake-ups, event loop, paint event, backing-store flush to the X server) with next to
  no drawing, so an animation cannot cost less per frame.

The figure to judge is the ratio of the two per-frame costs; the target is at most 2.5 for
each pattern. A frame is one repaint pass (one UpdateRequest, then the Paint events of the
widgets in its dirty area), so painting the shape and a label together counts once. The app
only repaints when the shape's edge moved by a visible step, so it paints fewer frames than its
timer ticks; the ticks that paint nothing are part of what each painted frame costs it.

The two runs of a pattern follow each other on the same X server (the floor needs the app's
frame count), so a sudden change in machine load between them shows in the ratio: with
``--rounds N`` each pattern is measured N times and the median ratio judged.

Usage: ``python bench/animation.py [--seconds S] [--settle S] [--rounds N]`` from the repo
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
import tempfile
from dataclasses import dataclass
from pathlib import Path

from verdict import Verdict, unmeasured
from xserver import BenchError, x_display

HERE = Path(__file__).resolve().parent
FLOOR = HERE / "repaint_floor.py"
COUNTED_APP = HERE / "counted_app.py"
PATTERNS = ("box", "resonance")
MINUTES = "30"  # far longer than the bench, so the run never ends while it is measured
RATIO_TARGET = 2.5
SIZE = "900x700"


@dataclass
class Figures:
    frames: int
    paints: int
    cpu_s: float
    wall_s: float
    size: str

    @property
    def per_frame_ms(self) -> float:
        if self.frames <= 0:
            raise BenchError("a program painted no frame while it was measured")
        return self.cpu_s / self.frames * 1000

    def describe(self) -> str:
        return (
            f"{self.frames} frames ({self.frames / self.wall_s:.1f} a second, {self.paints} paint"
            f" events), CPU {self.cpu_s:.2f} s ({self.cpu_s / self.wall_s * 100:.1f} % of one"
            f" core), {self.per_frame_ms:.2f} ms a frame"
        )


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("REGULATE_FIRST_FRAME_EXIT", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH")) if p)
    return env


def measured(name: str, command: list[str], env: dict[str, str], timeout: float) -> Figures:
    """Run a counting child to its end and read its one JSON line."""
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{name} did not finish within {timeout:.0f} s") from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "no stderr"
        raise BenchError(f"{name} failed (exit {done.returncode}, {last})")
    figures = Figures(**json.loads(lines[-1]))
    if figures.size != SIZE:
        raise BenchError(f"{name}'s window was {figures.size}, not {SIZE}")
    return figures


def one_round(pattern: str, seconds: float, settle: float, env: dict[str, str]) -> float:
    timeout = settle + seconds + 60
    window = ["--settle", str(settle), "--seconds", str(seconds)]
    with tempfile.TemporaryDirectory(prefix="regulate-bench-") as data:
        regulate = ["--data-dir", data, "breathe", pattern, "--minutes", MINUTES]
        app = measured(
            f"regulate ({pattern})",
            [sys.executable, str(COUNTED_APP), *window, "--", *regulate],
            env,
            timeout,
        )
    floor = measured(
        "repaint floor",
        [sys.executable, str(FLOOR), *window, "--frames", str(app.frames)],
        env,
        timeout,
    )
    ratio = app.per_frame_ms / floor.per_frame_ms
    print(f"{pattern}: regulate {app.describe()}")
    print(f"{' ' * len(pattern)}  floor    {floor.describe()}")
    print(f"{' ' * len(pattern)}  CPU per frame, regulate / floor: {ratio:.2f}")
    return ratio


def run(seconds: float, settle: float, rounds: int) -> int:
    with x_display("1280x800x24") as display:
        env = child_env(display)
        print(
            f"display {display}, windows {SIZE}, settled {settle:g} s, measured {seconds:g} s,"
            f" {rounds} round(s) per pattern; the floor paints as many frames as the app"
        )
        ratios = {
            pattern: [one_round(pattern, seconds, settle, env) for _ in range(rounds)]
            for pattern in PATTERNS
        }
    verdict = Verdict("animation bench")
    for pattern, values in ratios.items():
        label = f"{pattern}: CPU per painted frame, regulate / floor"
        if rounds > 1:
            label += f" (median of {', '.join(f'{v:.2f}' for v in values)})"
        verdict.at_most(label, statistics.median(values), RATIO_TARGET)
    return verdict.exit_code()


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU per frame of the breathing animation")
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window (20)")
    parser.add_argument("--settle", type=float, default=3.0, help="wait before measuring (3)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds per pattern (1)")
    args = parser.parse_args()
    if args.seconds <= 0 or args.settle < 0 or args.rounds < 1:
        parser.error("--seconds and --rounds must be positive and --settle not negative")
    try:
        return run(args.seconds, args.settle, args.rounds)
    except BenchError as error:
        return unmeasured("animation bench", error)


if __name__ == "__main__":
    raise SystemExit(main())
