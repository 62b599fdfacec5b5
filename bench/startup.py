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
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
RATIO_TARGET = 1.5
CHILD_TIMEOUT_S = 60.0


class BenchError(Exception):
    """A child failed; the message is one line for the person running the bench."""


@contextmanager
def x_display() -> Iterator[str]:
    """Yield a DISPLAY to run the children on: a private Xvfb, killed afterwards."""
    existing = os.environ.get("DISPLAY")
    if os.environ.get("REGULATE_BENCH_USE_DISPLAY") == "1" and existing:
        yield existing
        return
    if shutil.which("Xvfb") is None:
        raise BenchError("Xvfb is not installed (or set REGULATE_BENCH_USE_DISPLAY=1)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        number = _read_display_number(read_fd, xvfb)
        socket_path = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket_path.exists():
            if xvfb.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"Xvfb did not create {socket_path}")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        os.close(read_fd)
        xvfb.terminate()
        try:
            xvfb.wait(timeout=5)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


def _read_display_number(read_fd: int, xvfb: subprocess.Popen[bytes]) -> str:
    """Xvfb writes the display number it picked, then a newline, once it accepts clients."""
    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or xvfb.poll() is not None:
            raise BenchError("Xvfb did not start")
        ready, _, _ = select.select([read_fd], [], [], min(remaining, 0.5))
        if ready:
            chunk = os.read(read_fd, 64)
            if not chunk:
                raise BenchError("Xvfb did not report a display number")
            data += chunk
    return data.decode().strip()


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
