"""Many writers at once, a third of them killed: is every acknowledged check-in kept?

What is measured: N ``regulate log`` processes (default 120) are started at once against one
fresh data folder, each with a unique note. A third of them, chosen with a seeded random
generator, get SIGKILL at a random moment after their own start, drawn from about the time a
writer lives under this load (calibrated by one untimed warm-up ``log``). Then, after every
process has ended, ``regulate export --format json`` and ``regulate doctor`` run once.

Figures printed: how many were started; killed (still running when their SIGKILL came) and
of those how many had committed anyway; acknowledged (exit 0 and "Saved." on stdout); found
in the export; acknowledged but missing (must be 0); other failures (must be 0); entries in
the export that fail validation, repeat, or carry a note nobody sent (must be 0); acknowledged
entries in neither the entry log (journal.ledger) nor the newest daily backup, the second
record that rebuilds a lost journal (must be 0); the doctor's integrity line; whether every
daily backup is whole; and the wall-clock times.

Usage: ``python bench/writers.py [--count N] [--seed S] [--keep]`` from the repo root.
Targets: 0 acknowledged entries lost, 0 other failures, 0 invalid or strange entries, the
doctor's integrity "ok", every daily backup whole.
Exit status (bench/verdict.py): 0 targets met, 1 a target missed, 2 could not measure.
"""

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from verdict import Verdict, unmeasured

CHILD_TIMEOUT_S = 120.0


@dataclass
class Figures:
    started: int = 0
    killed: int = 0
    killed_but_kept: int = 0
    acknowledged: int = 0
    found: int = 0
    missing: int = 0
    other_failures: int = 0
    strangers: int = 0
    invalid: int = 0
    unrecorded: int = 0
    integrity: str = ""
    backups_ok: bool = True
    seconds_writers: float = 0.0
    seconds_total: float = 0.0


def regulate(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "regulate", "--data-dir", str(data_dir), *args]


def calibrate(data_dir: Path) -> float:
    """Seconds one ``log`` takes here (also warms the .pyc and disk caches)."""
    scratch = data_dir.parent / "calibrate"
    began = time.monotonic()
    subprocess.run(
        regulate(scratch, "log", "--arousal", "5"),
        capture_output=True,
        check=True,
        timeout=CHILD_TIMEOUT_S,
    )
    spent = time.monotonic() - began
    shutil.rmtree(scratch, ignore_errors=True)
    return spent


def run(data_dir: Path, count: int, seed: int, kill_fraction: float = 1 / 3) -> Figures:
    """Start ``count`` writers, kill ``kill_fraction`` of them at random moments, check."""
    from regulate.storage.backups import BackupKind, check_copy, list_backups
    from regulate.storage.exchange import ExchangeError, parse_export

    rng = random.Random(seed)
    figures = Figures(started=count)
    one = calibrate(data_dir)
    # Under this load a writer lives for about half of the batch's length; each victim's
    # moment is drawn from that, counted from its own start (starting 120 takes seconds).
    span = 0.5 * one * count / max(1, os.cpu_count() or 1)
    notes = [f"writer-{seed}-{number:04d}" for number in range(count)]
    victims = set(rng.sample(range(count), round(count * kill_fraction)))
    delays = {number: rng.uniform(0.0, span) for number in sorted(victims)}
    arousals = [rng.randint(0, 10) for _ in notes]

    began = time.monotonic()
    processes: list[subprocess.Popen[str]] = []
    due: list[tuple[float, int]] = []  # (when, which), kept sorted
    killed: set[int] = set()

    def kill_due(until: float) -> None:
        while due and due[0][0] <= until:
            when, number = due.pop(0)
            pause = when - time.monotonic()
            if pause > 0:
                time.sleep(pause)  # drives the schedule; nothing is asserted while waiting
            if processes[number].poll() is None:
                processes[number].send_signal(signal.SIGKILL)
                killed.add(number)

    for number, note in enumerate(notes):
        processes.append(
            subprocess.Popen(
                regulate(data_dir, "log", "--arousal", str(arousals[number]), "--note", note),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
        if number in delays:
            due.append((time.monotonic() + delays[number], number))
            due.sort()
        kill_due(time.monotonic())
    kill_due(float("inf"))
    outcomes = [process.communicate(timeout=CHILD_TIMEOUT_S) for process in processes]
    figures.seconds_writers = time.monotonic() - began
    figures.killed = len(killed)

    acknowledged: set[str] = set()
    for number, (process, (out, _err)) in enumerate(zip(processes, outcomes, strict=True)):
        if process.returncode == 0 and out.startswith("Saved."):
            acknowledged.add(notes[number])
        elif number not in killed:
            figures.other_failures += 1
    figures.acknowledged = len(acknowledged)

    export = subprocess.run(
        regulate(data_dir, "export", "--format", "json"),
        capture_output=True,
        check=False,
        timeout=CHILD_TIMEOUT_S,
    )
    exported: list[str] = []
    try:
        records = parse_export(export.stdout, "export.json")  # every entry must validate
        exported = [entry.note for entry in records.checkins]
    except ExchangeError:
        figures.invalid = len(json.loads(export.stdout or b'{"checkins": []}')["checkins"])
    sent = set(notes)
    figures.found = len(acknowledged & set(exported))
    figures.missing = len(acknowledged - set(exported))
    figures.killed_but_kept = len({notes[number] for number in killed} & set(exported))
    figures.strangers = sum(1 for note in exported if note not in sent) + (
        len(exported) - len(set(exported))
    )
    doctor = subprocess.run(
        regulate(data_dir, "doctor"), capture_output=True, text=True, check=False, timeout=60
    )
    for line in doctor.stdout.splitlines():
        if line.startswith("integrity"):
            figures.integrity = line.split(None, 1)[1].strip()
    for backup in list_backups(data_dir / "backups"):
        if backup.kind is BackupKind.DAILY:
            con = check_copy(backup.path)
            figures.backups_ok &= con is not None
            if con is not None:
                con.close()
    figures.unrecorded = len(acknowledged - second_record(data_dir))
    figures.seconds_total = time.monotonic() - began
    return figures


def second_record(data_dir: Path) -> set[str]:
    """Notes of the entries the entry log and the newest daily backup hold between them."""
    import sqlite3

    from regulate.storage import ledger
    from regulate.storage.backups import BackupKind, list_backups, read_only_uri

    found = ledger.read(ledger.ledger_path(data_dir / "journal.db"))
    notes = set()
    for table, uid in found.raw:
        row = found.row(table, uid)
        if row is not None and isinstance(row.get("note"), str):
            notes.add(row["note"])
    daily = [b for b in list_backups(data_dir / "backups") if b.kind is BackupKind.DAILY]
    if daily:
        con = sqlite3.connect(read_only_uri(daily[-1].path, immutable=True), uri=True)
        try:
            notes |= {str(row[0]) for row in con.execute("SELECT note FROM checkins")}
        finally:
            con.close()
    return notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=20261118)
    parser.add_argument("--keep", action="store_true", help="keep the data folder afterwards")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="regulate-writers-"))
    try:
        figures = run(folder / "data", args.count, args.seed)
    except (OSError, subprocess.SubprocessError) as error:
        return unmeasured("writers bench", error)
    finally:
        if args.keep:
            print(f"data folder kept at {folder / 'data'}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"writers started        {figures.started} (seed {args.seed}, {os.cpu_count()} cores)")
    print(f"killed with SIGKILL    {figures.killed} (still running when their moment came)")
    print(f"  of which saved anyway {figures.killed_but_kept} (killed after the commit)")
    print(f"acknowledged (Saved.)  {figures.acknowledged}")
    print(f"found in the export    {figures.found}")
    print(f"time, writers          {figures.seconds_writers:.1f} s")
    print(f"time, with checks      {figures.seconds_total:.1f} s")
    verdict = Verdict("writers bench")
    verdict.at_most("acknowledged but missing", figures.missing, 0)
    verdict.at_most("other failures", figures.other_failures, 0)
    verdict.at_most("invalid or strangers", figures.invalid + figures.strangers, 0)
    verdict.at_most("not in the second record", figures.unrecorded, 0)
    verdict.holds(f"doctor integrity '{figures.integrity}'", figures.integrity == "ok", "ok")
    verdict.holds("daily backups whole", figures.backups_ok, "every one")
    return verdict.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
