"""Chart benchmark: the chart window's first frame on 20,000 check-ins against a bare
pyqtgraph PlotWidget of 20,000 points, on the same X server, interleaved.

Both figures include interpreter start-up and importing pyqtgraph: the app's chart opens with
`regulate chart`, which reads the journal (one query per table), builds its arrays and plots,
and reports its first painted frame (REGULATE_FIRST_FRAME_EXIT=1), as bench/bare_plot.py does.
Target: ratio of the medians at most 1.5. Usage: python bench/chart.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from journal_data import write
from startup import child_env, describe, time_to_first_frame
from xserver import BenchError, x_display

BARE_PLOT = Path(__file__).resolve().parent / "bare_plot.py"
TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    try:
        with x_display() as display, tempfile.TemporaryDirectory(prefix="regulate-chart-") as d:
            data = Path(d) / "data"
            source = write(Path(d) / "export.json")
            subprocess.run(
                [sys.executable, "-m", "regulate", "--data-dir", str(data), "import", str(source)],
                capture_output=True,
                check=True,
            )
            env = child_env(display)
            programs = {
                "bare pyqtgraph plot": [sys.executable, str(BARE_PLOT)],
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
        print(f"chart bench failed: {error}", file=sys.stderr)
        return 1
    print(f"{args.rounds} interleaved rounds, 20,000 check-ins, 2,000 sessions")
    for name in programs:
        print(describe(name, times[name]))
    ratio = statistics.median(times["regulate chart"]) / statistics.median(
        times["bare pyqtgraph plot"]
    )
    print(f"ratio: {ratio:.2f} (target <= {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
