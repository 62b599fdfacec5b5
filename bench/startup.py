"""Start-up benchmark: time to first frame of Regulate against an empty PySide6 window.

What is measured: the wall-clock time from just before the child process is started
(``time.time()`` before ``Popen``) to the moment the child's main window has painted its first
frame, as the child itself reports it with REGULATE_FIRST_FRAME_EXIT=1 (one line
``first-frame <time.time()>`` on stdout, then exit 0). So the figure includes interpreter
start-up, imports, building the window, and the first paint.

Two kinds of start, both timed:

- a returning person (THE TARGET): one data dir, made before the warm-up and reused for every
  run, whose settings.json says ``{"first_run_done": true}``; the app opens on its home screen.
  This is the start that happens every day.
- the very first start (printed, no target): a new empty data dir for every run, so each run
  creates the journal and shows the first-run screen, as on the day Regulate is installed.

How: the bench starts its own Xvfb (bench/xserver.py: 1280x800x24, a free display chosen by Xvfb
itself), runs one untimed warm-up of each program (fills the disk cache, writes .pyc files),
then N rounds. Each round launches the baseline (bench/bare_window.py: a plain 900x680
QWidget), the returning person and the first start (``python -m regulate --data-dir DIR`` with
the interpreter running this script), in an order that rotates from round to round, so drift in
machine load hits all alike. The machine may be noisy, so the figure to judge is the ratio of
the medians, measured in the same run.

Target: returning person / bare window <= 1.5 (ratio of the medians).

Usage: ``python bench/startup.py [--rounds N]`` from the repo root. Set
REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status (bench/verdict.py): 0 target met, 1 target missed, 2 could not measure.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from verdict import Verdict, unmeasured
from xserver import BenchError, x_display

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
RATIO_TARGET = 1.5
CHILD_TIMEOUT_S = 60.0


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    # As installed: compiled modules are kept (the warm-up run writes them); a shell that says
    # PYTHONDONTWRITEBYTECODE would make the app, not the baseline, recompile on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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


def returning_person(folder: Path) -> Path:
    """A data dir where the first run is done, as it is for everyone after their first day."""
    folder.mkdir(mode=0o700)
    (folder / "settings.json").write_text('{"first_run_done": true}\n', encoding="utf-8")
    return folder


def run(rounds: int) -> int:
    with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-bench-") as tmp:
        env = child_env(display)
        returning = returning_person(Path(tmp) / "returning")
        fresh = iter(range(rounds + 1))

        def first_start() -> list[str]:  # a new, empty data dir for every run
            return [sys.executable, "-m", "regulate", "--data-dir", f"{tmp}/first-{next(fresh)}"]

        programs: dict[str, Callable[[], list[str]]] = {
            "bare window": lambda: [sys.executable, str(BARE_WINDOW)],
            "regulate, returning person": lambda: [
                sys.executable,
                "-m",
                "regulate",
                "--data-dir",
                str(returning),
            ],
            "regulate, very first start": first_start,
        }
        for name, command in programs.items():  # untimed warm-up
            time_to_first_frame(name, command(), env)
        times: dict[str, list[float]] = {name: [] for name in programs}
        order = list(programs)
        for round_index in range(rounds):
            shift = round_index % len(order)
            for name in order[shift:] + order[:shift]:
                times[name].append(time_to_first_frame(name, programs[name](), env))
    print(f"display {display}, {rounds} rounds in rotating order after one warm-up each")
    for name in programs:
        print(describe(name, times[name]))
    bare = statistics.median(times["bare window"])
    first = statistics.median(times["regulate, very first start"]) / bare
    print(f"very first start / bare window: {first:.2f} (no target: it happens once)")
    verdict = Verdict("startup bench")
    returning_ratio = statistics.median(times["regulate, returning person"]) / bare
    verdict.at_most("returning person / bare window", returning_ratio, RATIO_TARGET)
    return verdict.exit_code()


def main() -> int:
    parser = argparse.ArgumentParser(description="Time to first frame of Regulate vs a bare window")
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds (default 15)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    try:
        return run(args.rounds)
    except BenchError as error:
        return unmeasured("startup bench", error)


if __name__ == "__main__":
    raise SystemExit(main())
