"""Import memory benchmark: the peak memory of reading a large CSV export (~200 MB).

Builds a Regulate CSV export of about --megabytes MB (seeded; short notes, a few tags, one
note in a hundred with an emoji), then reads it in a fresh process twice: once the old way
(all bytes read, decoded and parsed as one string: ``parse_export(path.read_bytes())``) and
once streamed (``importers.read_records(path)``), and prints each peak resident size.
Only reading is measured, not the journal write. Target: the streamed read peaks at most
TARGET_RATIO times the file size; what remains is the check-ins themselves, which an
all-or-nothing import holds until the journal has them (about 0.9 KB each).
Usage: python bench/import_memory.py [--megabytes N] [--old-src OLD_CHECKOUT/src]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_RATIO = 5.0

_CHILD = """
import resource, sys
from pathlib import Path
path = Path(sys.argv[2])
if sys.argv[1] == "old":
    from regulate.storage.exchange import parse_export
    records = parse_export(path.read_bytes(), path.name)
else:
    from regulate.storage.importers import read_records
    records = read_records(path)
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(records.checkins), len(records.sessions), peak_kb)
"""

WORDS = [
    "tired",
    "work",
    "walk",
    "slept",
    "badly",
    "better",
    "after",
    "breathing",
    "call",
    "with",
    "mum",
    "too",
    "loud",
    "quiet",
    "evening",
    "rain",
    "coffee",
    "headache",
    "ok-ish",
    "meeting",
    "friends",
    "calm",
    "tense",
]


def build(path: Path, megabytes: int) -> None:
    from regulate.core.entries import CheckIn, ItemKind, Moment, Session
    from regulate.core.scales import Window
    from regulate.storage.exchange import csv_chunks

    chance = random.Random(15)
    start = Moment.parse("2020-01-01T08:00:00+01:00").epoch
    wanted = megabytes * 1024 * 1024
    size = 0

    def checkins():  # type: ignore[no-untyped-def]
        nonlocal size
        number = 0
        while size < wanted:
            number += 1
            note = " ".join(chance.choices(WORDS, k=chance.randint(3, 30)))
            if number % 100 == 0:
                note += " 😶‍🌫️"
            yield CheckIn(
                uid=f"c-{number}",
                at=Moment(start + number * 600, 60),
                window=Window(3, 7),
                arousal=chance.randint(0, 10),
                suds=chance.randint(0, 10),
                mood=chance.randint(1, 5),
                feelings=tuple(chance.sample(WORDS, 2)),
                note=note,
                tags=("work",) if number % 3 else ("=sum(1)",),
            )

    sessions = [
        Session(
            uid=f"s-{n}",
            at=Moment(start + n * 900, 60),
            kind=ItemKind.PATTERN,
            item="4-7-8",
            seconds=240.0,
        )
        for n in range(1000)
    ]
    with path.open("wb") as out:
        for chunk in csv_chunks(checkins(), sessions):
            out.write(chunk)
            size += len(chunk)


def peak(mode: str, path: Path, old_src: str | None) -> tuple[str, int]:
    env = dict(os.environ)
    if mode == "old" and old_src:
        env["PYTHONPATH"] = old_src  # an older checkout's src/, to compare before and after
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(path)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        return f"failed: {done.stderr.strip().splitlines()[-1:]}", 0
    checkins, sessions, kb = done.stdout.split()
    return f"{checkins} check-ins, {sessions} sessions", int(kb) * 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--skip-old", action="store_true", help="measure the streamed read only")
    parser.add_argument(
        "--old-src",
        help="the src/ folder of an older checkout: the whole-bytes read runs that code",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="regulate-import-memory-") as folder:
        path = Path(folder) / "export.csv"
        build(path, args.megabytes)
        size = path.stat().st_size
        print(f"file: {size / 2**20:.0f} MB")
        modes = ("new",) if args.skip_old else ("old", "new")
        results = {mode: peak(mode, path, args.old_src) for mode in modes}
    for mode, (what, rss) in results.items():
        label = "whole bytes (old)" if mode == "old" else "streamed (new)"
        print(f"{label:18} peak RSS {rss / 2**20:7.0f} MB  ({what})")
    streamed = results["new"][1]
    if not streamed or streamed > TARGET_RATIO * size:
        print(f"streamed import peaked above {TARGET_RATIO}x the file size", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
