"""Import benchmark: 20,000 check-ins (and 2,000 sessions) in Regulate's own export format.

Builds the file (bench/journal_data.py, seeded), times `regulate import` into an empty data
folder as a whole command (start-up included), then checks that `export` gives every entry
back. Targets: the import takes at most 3 s (bounded: it grows with the entries, not with their
square), and every check-in comes back. Usage: python bench/import.py [--entries N]
Exit status (bench/verdict.py): 0 targets met, 1 a target missed, 2 could not measure.

Importing from the window (does it keep repainting?) is bench/import_window.py.
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
from verdict import Verdict, unmeasured

TARGET_S = 3.0


def regulate(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "regulate", "--data-dir", str(data), *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="regulate-import-") as folder:
        source = write(Path(folder) / "export.json", args.entries)
        data = Path(folder) / "data"
        start = time.perf_counter()
        done = subprocess.run(
            regulate(data, "import", str(source)), capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            return unmeasured("import bench", f"the import failed: {done.stderr.strip()}")
        exported = subprocess.run(
            regulate(data, "export", "--format", "json"),
            capture_output=True,
            text=True,
            check=False,
        )
        if exported.returncode != 0:
            return unmeasured("import bench", f"the export failed: {exported.stderr.strip()}")
        back = json.loads(exported.stdout)
        sent = json.loads(source.read_text(encoding="utf-8"))
    print(f"imported {args.entries} check-ins and {len(sent['sessions'])} sessions: ", end="")
    print(done.stdout.strip() or done.stderr.strip())
    print(
        f"export gives back {len(back['checkins'])} check-ins and {len(back['sessions'])} sessions"
    )
    verdict = Verdict("import bench")
    verdict.at_most(f"import of {args.entries} check-ins", seconds, TARGET_S, " s")
    same = {c["uid"] for c in back["checkins"]} == {c["uid"] for c in sent["checkins"]}
    verdict.holds("every check-in came back", same, "all of them")
    return verdict.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
