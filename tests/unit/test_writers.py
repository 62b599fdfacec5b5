"""Many `regulate log` processes at once, a third killed with SIGKILL at random moments: every
acknowledged check-in is in the export, nothing is half written, and the journal is whole.

bench/writers.py runs the same with 120 writers and prints the figures.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from regulate.storage import ledger
from regulate.storage.backups import BackupKind, check_copy, list_backups, read_only_uri
from regulate.storage.exchange import parse_export

WRITERS = 40
SEED = 20261118
TIMEOUT_S = 120.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _regulate(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "regulate", "--data-dir", str(data_dir), *args]


def _one_writer_seconds(tmp_path: Path) -> float:
    """How long one `log` takes here; also warms the caches so the batch is comparable."""
    began = time.monotonic()
    subprocess.run(
        _regulate(tmp_path / "warm-up", "log", "--arousal", "5"),
        capture_output=True,
        check=True,
        timeout=TIMEOUT_S,
    )
    return time.monotonic() - began


def test_killed_writers_never_lose_an_acknowledged_entry_or_leave_half_of_one(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(SEED)
    span = 0.5 * _one_writer_seconds(tmp_path) * WRITERS / max(1, os.cpu_count() or 1)
    notes = [f"writer-{number:03d} ✍️" for number in range(WRITERS)]
    victims = set(rng.sample(range(WRITERS), WRITERS // 3))
    delays = {number: rng.uniform(0.0, span) for number in sorted(victims)}
    arousals = [rng.randint(0, 10) for _ in notes]

    processes: list[subprocess.Popen[str]] = []
    due: list[tuple[float, int]] = []
    killed: set[int] = set()

    def kill_due(until: float) -> None:
        while due and due[0][0] <= until:
            when, number = due.pop(0)
            pause = when - time.monotonic()
            if pause > 0:
                time.sleep(pause)  # the kill schedule, not an assertion's wait
            if processes[number].poll() is None:
                processes[number].send_signal(signal.SIGKILL)
                killed.add(number)

    for number, note in enumerate(notes):
        processes.append(
            subprocess.Popen(
                _regulate(data_dir, "log", "--arousal", str(arousals[number]), "--note", note),
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
    outcomes = [process.communicate(timeout=TIMEOUT_S) for process in processes]

    acknowledged = set()
    for number, (process, (out, err)) in enumerate(zip(processes, outcomes, strict=True)):
        assert "Traceback" not in err
        if number in killed:
            assert process.returncode == -signal.SIGKILL
            continue
        assert (process.returncode, err) == (0, ""), f"writer {number} failed: {err}"
        assert out.startswith("Saved.")
        acknowledged.add(notes[number])
    assert killed, "no writer was still running when its moment came"

    export = subprocess.run(
        _regulate(data_dir, "export", "--format", "json"),
        capture_output=True,
        check=False,
        timeout=TIMEOUT_S,
    )
    assert (export.returncode, export.stderr) == (0, b"")
    records = parse_export(export.stdout, "export.json")  # raises if any entry is not whole
    exported = [entry.note for entry in records.checkins]
    assert acknowledged <= set(exported)
    assert set(exported) <= set(notes)  # nothing that nobody wrote
    assert len(exported) == len(set(exported))  # nothing twice
    by_note = {entry.note: entry for entry in records.checkins}
    assert all(
        by_note[notes[n]].arousal == arousals[n] for n in range(WRITERS) if notes[n] in by_note
    )

    doctor = subprocess.run(
        _regulate(data_dir, "doctor"), capture_output=True, text=True, check=False, timeout=60
    )
    assert (doctor.returncode, doctor.stderr) == (0, "")
    said = dict(line.split(None, 1) for line in doctor.stdout.splitlines() if line[:1] != " ")
    assert said["integrity"].strip() == "ok"
    assert "repaired" not in doctor.stdout
    # The second record (entry log + newest daily backup) holds every acknowledged entry too.
    found = ledger.read(ledger.ledger_path(data_dir / "journal.db"))
    assert found.damaged == 0
    recorded = {str((found.row(t, u) or {}).get("note")) for t, u in found.raw}
    daily = [b for b in list_backups(data_dir / "backups") if b.kind is BackupKind.DAILY]
    if daily:
        con = sqlite3.connect(read_only_uri(daily[-1].path, immutable=True), uri=True)
        recorded |= {str(row[0]) for row in con.execute("SELECT note FROM checkins")}
        con.close()
    assert acknowledged <= recorded
    for backup in list_backups(data_dir / "backups"):  # a copy cut short never looks whole
        assert backup.kind is BackupKind.DAILY
        con = check_copy(backup.path)
        assert con is not None, backup.name
        con.close()
