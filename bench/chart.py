"""Chart benchmark: the chart window's first frame on 20,000 check-ins against a bare
pyqtgraph plot of the same 20,000 points drawn the same way, on the same X server, interleaved.

Both figures include interpreter start-up and importing pyqtgraph: the app's chart opens with
`regulate chart`, which reads the journal (one query per table), builds its arrays and plots,
and reports its first painted frame (REGULATE_FIRST_FRAME_EXIT=1). The baseline,
bench/bare_plot.py, plots the same check-ins (times and activation, handed over as a .npy file
written from the very export the app imported) with the settings of src/regulate/ui/chart.py:
the month range the chart opens on for a journal this long, peak downsampling in auto mode,
clip-to-view, autoDownsampleFactor 1.0, antialiasing, a 2-pixel pen, the date axis and the
fixed Y range. What the ratio shows is the cost of everything else the app does.

Target: ratio of the medians at most 1.5 (issue 16 tightens it to 1.2).
Usage: python bench/chart.py [--rounds N]
Exit status (bench/verdict.py): 0 target met, 1 target missed, 2 could not measure.
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
TARGET = 1.5


def write_points(export: Path, path: Path) -> Path:
    """The check-ins' times and activation, ascending, as the chart plots them."""
    checkins = json.loads(export.read_text(encoding="utf-8"))["checkins"]
    pairs = sorted(
        (datetime.fromisoformat(c["at"]).timestamp(), float(c["arousal"]))
        for c in checkins
        if c["arousal"] is not None
    )
    with path.open("wb") as out:
        np.save(out, np.array(pairs, dtype=float).T)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    try:
        with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-chart-") as d:
            data = Path(d) / "data"
            source = write(Path(d) / "export.json")
            points = write_points(source, Path(d) / "points.npy")
            subprocess.run(
                [sys.executable, "-m", "regulate", "--data-dir", str(data), "import", str(source)],
                capture_output=True,
                check=True,
            )
            env = child_env(display)
            programs = {
                "bare pyqtgraph plot": [sys.executable, str(BARE_PLOT), str(points)],
                "regulate chart": [
                    sys.executable,
                    "-m",
                    "regulate",
                    "--data-dir",
                    str(data),
                    "chart",
                ],
            }
            for name, command in programs.items():
                time_to_first_frame(name, command, env)
            times: dict[str, list[float]] = {name: [] for name in programs}
            order = list(programs)
            for index in range(args.rounds):
                for name in order if index % 2 == 0 else reversed(order):
                    times[name].append(time_to_first_frame(name, programs[name], env))
    except (BenchError, subprocess.CalledProcessError) as error:
        return unmeasured("chart bench", error)
    print(f"{args.rounds} interleaved rounds, 20,000 check-ins, 2,000 sessions")
    for name in programs:
        print(describe(name, times[name]))
    ratio = statistics.median(times["regulate chart"]) / statistics.median(
        times["bare pyqtgraph plot"]
    )
    verdict = Verdict("chart bench")
    verdict.at_most("first frame, regulate chart / bare plot", ratio, TARGET)
    return verdict.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
