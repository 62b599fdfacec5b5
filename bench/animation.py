"""Animation benchmark: CPU of Regulate's breathing screen while it moves, against a floor.

What is measured: for each of two breathing patterns, ``box`` (4 s in, hold, out, rest: the
shape moves half of the time) and ``resonance`` (4.5 s in, 6.5 s out: it never stops), the CPU
time (utime + stime from /proc/PID/stat, which sums all of a process's threads, in clock ticks
of os.sysconf("SC_CLK_TCK")) that the app uses over a measuring window of (default) 20 s, as a
percentage of one core; and, over the very same window, the CPU time of the floor.

The floor (bench/repaint_floor.py) is a bare 900x700 QWidget whose 16 ms PreciseTimer asks for a
repaint of a 4x4 rectangle on every tick and whose paintEvent fills just that: the fixed price
of a 60 Hz frame in Qt (timer wake-up, event loop, paint event, flush to the X server) with next
to no drawing. An animation at that frame rate cannot cost less, so what the app spends above
it is what its own drawing, layout and Python code cost. The figure to judge is the ratio
app/floor, measured at the same time on the same X server, so machine noise hits both alike;
the target is a mean ratio (box and resonance) of at most 2.5.

How: the bench starts its own Xvfb (1920x800x24, a free display chosen by Xvfb itself), so the
two windows sit side by side without covering each other. For each pattern it launches, at the
same time, a fresh floor and the app (``python -m regulate --data-dir DIR breathe PATTERN
--minutes 30`` with the interpreter running this script and a fresh temporary data dir; it opens
straight into the breathing screen and animates at once), waits until both windows are visible
(xdotool), resizes the app's window to exactly 900x700 (no window manager runs under Xvfb, so
``xdotool windowsize`` applies directly; the bench checks it with ``getwindowgeometry``), lets
both settle for 3 s, then reads both processes at the start and the end of the same interval.
Box repeats every 8 s (4 s moving, 4 s still), so a 20 s window holds 8 to 12 s of movement
depending on where it starts; use a multiple of 8 s with --seconds for a steadier box figure.

Usage: ``python bench/animation.py [--seconds S] [--settle S]`` from the repo root. Set
REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status: 0, or 1 with a one-line message if a child fails.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from xserver import BenchError, x_server

FLOOR = Path(__file__).resolve().parent / "repaint_floor.py"
PATTERNS = ("box", "resonance")
MINUTES = "30"  # far longer than the bench, so the run never ends while it is measured
WIDTH, HEIGHT = 900, 700
APP_AT, FLOOR_AT = (0, 0), (960, 0)
RATIO_TARGET = 2.5
WINDOW_TIMEOUT_S = 30.0
RESIZE_TIMEOUT_S = 5.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("REGULATE_FIRST_FRAME_EXIT", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def _stat_cpu_seconds(stat: str) -> float:
    """utime + stime from the text of a /proc stat file, in seconds."""
    fields = stat[stat.rindex(")") + 2 :].split()  # the name in (...) may hold spaces
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # fields 14 and 15 of proc(5)


def process_cpu_seconds(pid: int) -> float:
    """utime + stime of all the process's threads, in seconds."""
    return _stat_cpu_seconds(Path(f"/proc/{pid}/stat").read_text())


class Child:
    """One program kept open for the measurement; stderr goes to a log file, for error messages."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], stack: ExitStack):
        self.name = name
        logs = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="regulate-bench-log-")))
        self._stderr = logs / "stderr.txt"
        with self._stderr.open("wb") as stderr:  # the child keeps its own copy of the file
            self.process = subprocess.Popen(
                command, env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
        stack.callback(self.stop)

    @property
    def pid(self) -> int:
        return self.process.pid

    def check_alive(self) -> None:
        code = self.process.poll()
        if code is None:
            return
        lines = self._stderr.read_text(errors="replace").strip().splitlines()
        last = lines[-1] if lines else "no output on stderr"
        raise BenchError(f"{self.name} exited early (exit {code}, {last})")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def cpu_seconds(self) -> float:
        self.check_alive()
        return process_cpu_seconds(self.pid)

    def thread_cpu_seconds(self) -> dict[int, tuple[str, float]]:
        """Per thread id: (thread name, utime + stime in seconds), for the threads alive now."""
        self.check_alive()
        threads: dict[int, tuple[str, float]] = {}
        for task in Path(f"/proc/{self.pid}/task").iterdir():
            try:
                stat = (task / "stat").read_text()
            except OSError:  # the thread ended meanwhile
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            threads[int(task.name)] = (name, _stat_cpu_seconds(stat))
        return threads


def xdotool(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, check=False, timeout=10
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def wait_for_window(child: Child, env: dict[str, str]) -> str:
    """The id of the child's visible window, once it has one."""
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        child.check_alive()
        found = xdotool(env, "search", "--onlyvisible", "--pid", str(child.pid)).split()
        if found:
            return found[-1]
        time.sleep(0.2)
    raise BenchError(f"{child.name} showed no window within {WINDOW_TIMEOUT_S:.0f} s")


def place(child: Child, window: str, at: tuple[int, int], env: dict[str, str]) -> None:
    """Move the window to `at` and size it to WIDTH x HEIGHT, then check that it took."""
    xdotool(env, "windowmove", window, str(at[0]), str(at[1]))
    xdotool(env, "windowsize", window, str(WIDTH), str(HEIGHT))
    wanted = f"{WIDTH}x{HEIGHT}"
    geometry = ""
    deadline = time.monotonic() + RESIZE_TIMEOUT_S
    while time.monotonic() < deadline:
        child.check_alive()
        match = re.search(r"Geometry: (\d+x\d+)", xdotool(env, "getwindowgeometry", window))
        geometry = match.group(1) if match else "unknown"
        if geometry == wanted:
            return
        time.sleep(0.1)
    raise BenchError(f"{child.name} window is {geometry}, not {wanted}, after resizing")


def describe_threads(
    before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], wall: float
) -> str:
    """The app's threads by name, busiest first, as % of one core over the window."""
    by_name: dict[str, float] = {}
    for tid, (name, seconds) in after.items():
        used = seconds - before.get(tid, (name, 0.0))[1]
        by_name[name] = by_name.get(name, 0.0) + used
    busy = sorted(by_name.items(), key=lambda item: -item[1])
    return ", ".join(f"{name} {used / wall * 100:.1f}" for name, used in busy if used > 0)


def measure(pattern: str, seconds: float, settle: float, display: str, xvfb: int | None) -> float:
    """Run one pattern against a fresh floor; print its figures; return the ratio app/floor."""
    with ExitStack() as stack:
        data = stack.enter_context(tempfile.TemporaryDirectory(prefix="regulate-bench-"))
        env = child_env(display)
        floor = Child("repaint floor", [sys.executable, str(FLOOR)], env, stack)
        app_command = [sys.executable, "-m", "regulate", "--data-dir", data]
        app_command += ["breathe", pattern, "--minutes", MINUTES]
        app = Child(f"regulate ({pattern})", app_command, env, stack)
        place(floor, wait_for_window(floor, env), FLOOR_AT, env)
        place(app, wait_for_window(app, env), APP_AT, env)
        time.sleep(settle)

        start_wall = time.monotonic()
        start_threads = app.thread_cpu_seconds()
        start = [floor.cpu_seconds(), app.cpu_seconds()]
        start_x = process_cpu_seconds(xvfb) if xvfb else 0.0
        time.sleep(seconds)
        end = [floor.cpu_seconds(), app.cpu_seconds()]
        end_x = process_cpu_seconds(xvfb) if xvfb else 0.0
        end_threads = app.thread_cpu_seconds()
        wall = time.monotonic() - start_wall

    floor_pct, app_pct = ((e - s) / wall * 100 for s, e in zip(start, end, strict=True))
    if floor_pct <= 0:
        raise BenchError(f"the floor used no measurable CPU over {wall:.1f} s")
    ratio = app_pct / floor_pct
    print(f"{pattern}: floor {floor_pct:.1f} %, regulate {app_pct:.1f} %, ratio {ratio:.2f}")
    print(f"  regulate threads: {describe_threads(start_threads, end_threads, wall)}")
    if xvfb:
        print(f"  Xvfb (serving both): {(end_x - start_x) / wall * 100:.1f} %")
    return ratio


def run(seconds: float, settle: float) -> None:
    if shutil.which("xdotool") is None:
        raise BenchError("xdotool is not installed (needed to find and resize the windows)")
    with x_server("1920x800x24") as (display, xvfb):
        print(
            f"display {display}, app and a fresh floor at once per pattern, both {WIDTH}x{HEIGHT},"
            f" settled {settle:g} s, measured {seconds:g} s; CPU in % of one core"
        )
        ratios = [measure(pattern, seconds, settle, display, xvfb) for pattern in PATTERNS]
        print(f"mean ratio: {statistics.mean(ratios):.2f} (target <= {RATIO_TARGET})")
        print(f"(CPU resolution: {100 / CLOCK_TICKS / seconds:.2f} % over each window)")


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU of the breathing animation vs a floor")
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window (20)")
    parser.add_argument("--settle", type=float, default=3.0, help="wait after resizing (3)")
    args = parser.parse_args()
    if args.seconds <= 0 or args.settle < 0:
        parser.error("--seconds must be positive and --settle not negative")
    try:
        run(args.seconds, args.settle)
    except BenchError as error:
        print(f"animation bench failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
