"""Idle benchmark: CPU and memory of Regulate sitting open, against an empty PySide6 window.

What is measured, for each of the two programs: CPU time (utime + stime from /proc/PID/stat,
all threads, in clock ticks of os.sysconf("SC_CLK_TCK")) used over a measuring window of
(default) 20 s, as a percentage of one core; and resident memory (VmRSS from /proc/PID/status)
at the end of that window.

How: the bench starts its own Xvfb (1280x800x24, a free display chosen by Xvfb itself) and
launches, at the same time, the baseline (bench/bare_window.py: a plain 900x680 QWidget) and the
app (``python -m regulate --data-dir DIR`` with the interpreter running this script; DIR is a
returning person's data dir, whose settings.json says ``{"first_run_done": true}``, so the app
sits on its home screen as it does every day). It waits until both windows exist (``xdotool
search --pid`` when xdotool is installed, otherwise a fixed wait), lets them settle for 3 s, then
reads both processes at the start and the end of the SAME interval, so machine noise hits both
alike.
Targets: app CPU <= 0.3 % of one core (near 0: nothing moves, no timer ticks), and RSS ratio
app/bare <= 1.5.

Usage: ``python bench/idle.py [--seconds S] [--settle S]`` from the repo root. Set
REGULATE_BENCH_USE_DISPLAY=1 to use the current DISPLAY instead of starting an Xvfb.
Exit status (bench/verdict.py): 0 targets met, 1 a target missed, 2 could not measure.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from startup import returning_person
from verdict import Verdict, unmeasured
from xserver import BenchError, x_display

BARE_WINDOW = Path(__file__).resolve().parent / "bare_window.py"
CPU_TARGET_PERCENT = 0.3
RSS_RATIO_TARGET = 1.5
WINDOW_TIMEOUT_S = 30.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def child_env(display: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("REGULATE_FIRST_FRAME_EXIT", None)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


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
        """utime + stime of all the process's threads, in seconds."""
        self.check_alive()
        stat = Path(f"/proc/{self.pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()  # the name in (...) may hold spaces
        utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
        return (utime + stime) / CLOCK_TICKS

    def rss_mb(self) -> float:
        self.check_alive()
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024  # kB to MB
        raise BenchError(f"{self.name} has no VmRSS in /proc/{self.pid}/status")


def wait_for_window(child: Child, env: dict[str, str]) -> None:
    """Return once the child has a visible window (or, without xdotool, after a fixed wait)."""
    if shutil.which("xdotool") is None:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            child.check_alive()
            time.sleep(0.2)
        return
    deadline = time.monotonic() + WINDOW_TIMEOUT_S
    while time.monotonic() < deadline:
        child.check_alive()
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(child.pid)],
            env=env,
            capture_output=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return
        time.sleep(0.2)
    raise BenchError(f"{child.name} showed no window within {WINDOW_TIMEOUT_S:.0f} s")


def run(seconds: float, settle: float) -> int:
    with ExitStack() as stack:
        display = stack.enter_context(x_display())
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="regulate-bench-"))
        data = str(returning_person(Path(tmp) / "data"))
        env = child_env(display)
        bare = Child("bare window", [sys.executable, str(BARE_WINDOW)], env, stack)
        app = Child("regulate", [sys.executable, "-m", "regulate", "--data-dir", data], env, stack)
        children = (bare, app)
        for child in children:
            wait_for_window(child, env)
        time.sleep(settle)

        start_wall = time.monotonic()
        start_cpu = [child.cpu_seconds() for child in children]
        time.sleep(seconds)
        end_cpu = [child.cpu_seconds() for child in children]
        wall = time.monotonic() - start_wall
        rss = [child.rss_mb() for child in children]

    print(f"display {display}, both open at once, settled {settle:g} s, measured {wall:.1f} s")
    print("regulate data dir: a returning person's (first run done), home screen")
    percents = [
        (after - before) / wall * 100 for before, after in zip(start_cpu, end_cpu, strict=True)
    ]
    print(f"bare window idle CPU: {percents[0]:.2f} % of one core; RSS {rss[0]:.1f} MB")
    print(f"regulate RSS: {rss[1]:.1f} MB")
    print(f"(CPU resolution: {100 / CLOCK_TICKS / wall:.2f} % over this window)")
    verdict = Verdict("idle bench")
    verdict.at_most("regulate idle CPU, % of one core", percents[1], CPU_TARGET_PERCENT)
    verdict.at_most("RSS ratio regulate / bare window", rss[1] / rss[0], RSS_RATIO_TARGET)
    return verdict.exit_code()


def main() -> int:
    parser = argparse.ArgumentParser(description="Idle CPU and memory of Regulate vs a bare window")
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window (20)")
    parser.add_argument("--settle", type=float, default=3.0, help="wait after windows show (3)")
    args = parser.parse_args()
    if args.seconds <= 0 or args.settle < 0:
        parser.error("--seconds must be positive and --settle not negative")
    try:
        return run(args.seconds, args.settle)
    except BenchError as error:
        return unmeasured("idle bench", error)


if __name__ == "__main__":
    raise SystemExit(main())
