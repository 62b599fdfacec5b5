"""Chart benchmark: the chart window's first frame against a bare pyqtgraph plot drawing the same
per-day series the same way, on the same X server, interleaved; and switching ranges.

Both first-frame figures include interpreter start-up and importing pyqtgraph: the app's chart
opens with `regulate chart`, which opens the journal and reads its latest weeks by the time index
(on a thread, while pyqtgraph loads), computes their days, builds both panels and reports its first
painted frame (REGULATE_FIRST_FRAME_EXIT=1); the month it shows is exactly what the whole journal
gives for that month, and the rest is read off the GUI thread only after that frame. The
baseline, bench/bare_plot.py, draws the same days (each day's lowest, highest and mean
activation, computed here from the very export the app imported, written to a .npy file) with
the chart's settings: soft range bars and mean points, clip-to-view, antialiasing, the calendar
month of the last day, the fixed Y range. What the ratio shows is the cost of everything else
the app does.

Targets (issue 16): with 20,000 check-ins the ratio of the medians at most 1.2; with 100,000
check-ins at most 1.5; switching between week, month, year and all, turning a page, or showing
the table, each under 100 ms (the slowest kind of switch by its median of five, timed in one
process on the same X server, repainted before the clock stops).

Usage: python bench/chart.py [--rounds N] [--skip-large]
Exit status (bench/verdict.py): 0 targets met, 1 a target missed, 2 could not measure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np

from journal_data import write
from startup import child_env, describe, time_to_first_frame
from verdict import Verdict, unmeasured
from xserver import BenchError, x_display

BARE_PLOT = Path(__file__).resolve().parent / "bare_plot.py"
TARGET = 1.2  # 20,000 check-ins
TARGET_LARGE = 1.5  # 100,000 check-ins
SWITCH_MS = 100.0
DAY = 86_400.0


def write_points(export: Path, path: Path) -> Path:
    """Per local day (as the chart groups them): noon, lowest, highest and mean activation."""
    checkins = json.loads(export.read_text(encoding="utf-8"))["checkins"]
    days: dict[int, list[float]] = {}
    noon: dict[int, float] = {}
    for c in checkins:
        if c["arousal"] is None:
            continue
        moment = datetime.fromisoformat(c["at"])
        shift = moment.utcoffset()
        offset = shift.total_seconds() if shift is not None else 0.0
        number = int((moment.timestamp() + offset) // DAY)
        days.setdefault(number, []).append(float(c["arousal"]))
        noon.setdefault(number, number * DAY + DAY / 2 - offset)
    order = sorted(days)
    rows = [
        [noon[d] for d in order],
        [min(days[d]) for d in order],
        [max(days[d]) for d in order],
        [sum(days[d]) / len(days[d]) for d in order],
    ]
    with path.open("wb") as out:
        np.save(out, np.array(rows, dtype=float))
    return path


SWITCHES = """
import sys, time
from pathlib import Path
from regulate.paths import data_paths
from regulate.services import Services
from regulate.ui.chart import ChartPage
from regulate.ui.startup import make_application
from regulate.ui.theme import LIGHT

app = make_application()
services = Services(data_paths(Path(sys.argv[1])))
series = services.read_series()
page = ChartPage(series, {}, LIGHT, False)
page.resize(1280, 800)
page.show()
app.processEvents()
page.view.plot.grab()

def timed(action):
    start = time.perf_counter()
    action()
    app.processEvents()
    page.view.plot.grab() if page.view.isVisible() else page.table.grab()
    return (time.perf_counter() - start) * 1000

times = {}
for _ in range(5):
    for key in ("week", "month", "year", "all", "month"):
        times.setdefault(key, []).append(timed(page.range_buttons[key].click))
    for _ in range(2):
        times.setdefault("earlier", []).append(timed(lambda: page.step(-1)))
    times.setdefault("table", []).append(timed(lambda: page.table_box.setChecked(True)))
    times.setdefault("chart", []).append(timed(lambda: page.table_box.setChecked(False)))
medians = {name: sorted(t)[len(t) // 2] for name, t in times.items()}
print(" ".join(f"{name} {ms:.0f}" for name, ms in medians.items()), file=sys.stderr)
print(f"{max(medians.values()):.1f}")
"""


def slowest_switch(data: Path, env: dict[str, str]) -> float:
    """The slowest kind of switch (range, page turn, table toggle), in milliseconds: each
    timed five times, the median of each kind, the largest of those medians."""
    done = subprocess.run(
        [sys.executable, "-c", SWITCHES, str(data)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"range switches, median ms: {done.stderr.strip().splitlines()[-1]}")
    return float(done.stdout.strip().splitlines()[-1])


def first_frames(
    data: Path, points: Path, env: dict[str, str], rounds: int
) -> dict[str, list[float]]:
    programs = {
        "bare pyqtgraph plot": [sys.executable, str(BARE_PLOT), str(points)],
        "regulate chart": [sys.executable, "-m", "regulate", "--data-dir", str(data), "chart"],
    }
    for name, command in programs.items():
        time_to_first_frame(name, command, env)
    times: dict[str, list[float]] = {name: [] for name in programs}
    order = list(programs)
    for index in range(rounds):
        for name in order if index % 2 == 0 else reversed(order):
            times[name].append(time_to_first_frame(name, programs[name], env))
    return times


def prepare(folder: Path, entries: int) -> tuple[Path, Path]:
    data = folder / "data"
    source = write(folder / "export.json", entries)
    points = write_points(source, folder / "points.npy")
    subprocess.run(
        [sys.executable, "-m", "regulate", "--data-dir", str(data), "import", str(source)],
        capture_output=True,
        check=True,
    )
    return data, points


def ratio(times: dict[str, list[float]]) -> float:
    return statistics.median(times["regulate chart"]) / statistics.median(
        times["bare pyqtgraph plot"]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--skip-large", action="store_true", help="leave out 100,000")
    args = parser.parse_args()
    verdict = Verdict("chart bench")
    try:
        with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-chart-") as d:
            env = child_env(display)
            # As installed, both sides run from compiled bytecode: the warm-up run writes it
            # (a shell that forbids writing it would have the app compile its modules anew on
            # every run, while the libraries both sides import come compiled).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            sizes = [(20_000, TARGET)] + ([] if args.skip_large else [(100_000, TARGET_LARGE)])
            results = []
            for entries, target in sizes:
                folder = Path(d) / str(entries)
                folder.mkdir()
                data, points = prepare(folder, entries)
                times = first_frames(data, points, env, args.rounds)
                results.append((entries, target, times, slowest_switch(data, env)))
    except (BenchError, subprocess.CalledProcessError, ValueError) as error:
        return unmeasured("chart bench", error)
    for entries, target, times, switch in results:
        print(f"{args.rounds} interleaved rounds, {entries:,} check-ins")
        for name, figures in times.items():
            print(describe(name, figures))
        verdict.at_most(
            f"first frame at {entries:,}, regulate chart / bare plot", ratio(times), target
        )
        verdict.at_most(f"slowest range switch at {entries:,}", switch, SWITCH_MS, " ms")
    return verdict.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
