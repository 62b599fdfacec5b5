"""Import benchmark: 20,000 check-ins (and 2,000 sessions) in Regulate's own export format.

Builds the file (bench/journal_data.py, seeded), times `regulate import` into an empty data
folder as a whole command (start-up included), then checks that `export` gives every entry
back. Target: at most 3 s. Usage: python bench/import.py [--entries N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from journal_data import write

TARGET_S = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="regulate-import-") as folder:
        source = write(Path(folder) / "export.json", args.entries)
        data = Path(folder) / "data"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "regulate", "--data-dir", str(data), "import", str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            print(f"import bench failed: {done.stderr.strip()}", file=sys.stderr)
            return 1
        exported = subprocess.run(
            [
                sys.executable,
                "-m",
                "regulate",
                "--data-dir",
                str(data),
                "export",
                "--format",
                "json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        back = json.loads(exported.stdout)
        print(
            f"imported {args.entries} check-ins and 2000 sessions in {seconds:.2f} s "
            f"(target <= {TARGET_S:.0f} s): {done.stdout.strip()}"
        )
        print(
            f"export gives back {len(back['checkins'])} check-ins and "
            f"{len(back['sessions'])} sessions"
        )
        same = {c["uid"] for c in back["checkins"]} == {
            c["uid"] for c in json.loads(source.read_text(encoding="utf-8"))["checkins"]
        }
        print("every entry came back" if same else "SOME ENTRIES ARE MISSING")
        return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
