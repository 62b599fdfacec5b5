"""Start-up benchmark: time to first frame of Regulate against an empty PySide6 window.

What is measured: the wall-clock time from just before the child process is started
(``time.time()`` before ``Popen``) to the moment the child's main window has painted its first
frame, as the child itself reports it with REGULATE_FIRST_FRAME_EXIT=1 (one line
``first-frame <time.time()>`` on stdout, then exit 0). So the figure includes interpreter
start-up, imports, building the window, and the first paint.

How: the bench starts its own Xvfb (1280x800x24, a free display chosen by Xvfb itself), runs one
untimed warm-up of each program (fills the disk cache, writes .pyc files), then N rounds. Each
round launches the baseline (bench/bare_window.py: a plain 900x680 QWidget) and the app
(``python -m regulate --data-dir DIR`` with the interpreter running this script), alternating
which goes first, so drift in machine load hits both alike. The app gets one data dir, created
before the warm-up and reused for every run: the returning person, the common case. The machine
may be noisy, so the figure to judge is the ratio of the medians, measured in the same run.

Usage: ``python bench/startup.py [--rounds N]`` from the repo root. Set
REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status: 0, or 1 with a one-line message if a child fails.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xserver import BenchError, x_display

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
RATIO_TARGET = 1.5
CHILD_TIMEOUT_S = 60.0


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", REGULATE_FIRST_FRAME_EXIT="1")
    return env


def time_to_first_frame(name: str, command: list[str], env: dict[str, str]) -> float:
    """Seconds from just before Popen to the first frame the child reports."""
    start = time.time()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise BenchError(f"{name} showed no first frame within {CHILD_TIMEOUT_S:.0f} s") from None
    stamps = [line.split()[1] for line in out.splitlines() if line.startswith("first-frame ")]
    if child.returncode != 0 or not stamps:
        last = err.strip().splitlines()[-1] if err.strip() else "no output on stderr"
        raise BenchError(f"{name} failed (exit {child.returncode}, {last})")
    return float(stamps[0]) - start


def describe(label: str, seconds: list[float]) -> str:
    median_ms = statistics.median(seconds) * 1000
    return f"{label} first frame: median {median_ms:.0f} ms (min {min(seconds) * 1000:.0f})"


def run(rounds: int) -> None:
    with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-bench-") as data:
        env = child_env(display)
        programs = {
            "bare window": [sys.executable, str(BARE_WINDOW)],
            "regulate": [sys.executable, "-m", "regulate", "--data-dir", data],
        }
        for name, command in programs.items():  # untimed warm-up
            time_to_first_frame(name, command, env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        order = list(programs)
        for round_index in range(rounds):
            for name in order if round_index % 2 == 0 else reversed(order):
                times[name].append(time_to_first_frame(name, programs[name], env))
        print(f"display {display}, {rounds} interleaved rounds after one warm-up each")
        print("regulate data dir: created once before the loop and reused (a returning person)")
        print(describe("bare window", times["bare window"]))
        print(describe("regulate", times["regulate"]))
        ratio = statistics.median(times["regulate"]) / statistics.median(times["bare window"])
        print(f"ratio: {ratio:.2f} (target <= {RATIO_TARGET})")


def main() -> int:
    parser = argparse.ArgumentParser(description="Time to first frame of Regulate vs a bare window")
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    try:
        run(args.rounds)
    except BenchError as error:
        print(f"startup bench failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
