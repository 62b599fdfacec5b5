"""Damage bench: after each kind of damage to the journal, how many acknowledged entries come back?

What is measured: a journal of 2,000 check-ins and 40 sessions (the last 50 check-ins written one
command at a time, as `regulate log` does) is damaged one way, then opened as `regulate doctor`
opens it (``Journal.open`` with the backups folder: it repairs what it finds). The figure is the
share of acknowledged entries (every entry that was saved) found in the journal afterwards, by id
and content. Three set-ups per kind of damage:

- ``backup``: yesterday's daily backup holds the first 1,500; the entry log (journal.ledger) holds
  what was written since, as it does after each daily backup.
- ``no backup``: no backup at all; the entry log holds everything.
- ``salvage``: neither backup nor entry log: only the page-level salvage of the damaged file.

Next to it, SQLite's own ``.recover`` on the same damaged file (``sqlite3`` command; "n/a" when it
is not installed): the share of acknowledged ids found anywhere in what it recovers, including
``lost_and_found``.

Targets (exit status 1 when one is missed): ``backup`` and ``no backup`` 100 % for every kind
(one damaged file never loses an entry); ``salvage`` at least 95 % for every kind that leaves the
entries' own bytes intact (page 1, the root page, the header, the log) and never below
``.recover`` on the same file.

Usage: ``python bench/damage.py [--entries N] [--keep]`` from the repository root.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from regulate.core.entries import CheckIn, ItemKind, Moment, Session  # noqa: E402
from regulate.core.scales import Window  # noqa: E402
from regulate.storage.backups import daily_name  # noqa: E402
from regulate.storage.journal import Journal, JournalError  # noqa: E402
from regulate.storage.ledger import ledger_path  # noqa: E402

PAGE = 4096
IN_WAL = 50
SETUPS = ("backup", "no backup", "salvage")
#: Kinds of damage that leave the entries' own bytes whole: salvage alone must get 95 %.
INTACT = {"zero page 1", "zero check-ins root", "damage header", "damage WAL"}


def entries(count: int, seed: int = 15) -> tuple[list[CheckIn], list[Session]]:
    rng = random.Random(seed)
    start = int(time.time()) - count * 3600 - 86400
    words = ("calm", "tense", "tired", "work", "sleep", "walk", "rain", "café ☕", "ängstlich")
    checkins = [
        CheckIn(
            uid=f"{rng.getrandbits(128):032x}",
            at=Moment(start + number * 3600, 60),
            window=Window(3, 7),
            arousal=rng.randint(0, 10),
            suds=rng.randint(0, 10),
            mood=rng.randint(1, 5),
            feelings=tuple(rng.sample(words, 2)),
            note=" ".join(rng.choices(words, k=rng.randint(0, 30))),
        )
        for number in range(count)
    ]
    sessions = [
        Session(
            uid=f"{rng.getrandbits(128):032x}",
            at=Moment(start + number * 7200, 0),
            kind=ItemKind.PATTERN,
            item="4-7-8",
            seconds=60.0 + number,
            suds_before=6,
            suds_after=3,
        )
        for number in range(40)
    ]
    return checkins, sessions


def build(folder: Path, setup: str, count: int, wal: bool) -> tuple[Path, Path, dict[str, object]]:
    """A data folder as the set-up says; returns the journal, backups and every entry by id."""
    folder.mkdir(parents=True)
    journal, backups = folder / "journal.db", folder / "backups"
    checkins, sessions = entries(count)
    early, late = checkins[: count * 3 // 4], checkins[count * 3 // 4 : count - IN_WAL]
    last = checkins[count - IN_WAL :]
    with Journal.open(journal) as opened:
        opened.import_records(early, sessions)
    if setup == "backup":
        with Journal.open(journal) as opened:
            opened.backup_to(backups / daily_name(date.today() - timedelta(days=1)))
        # The daily backup's compaction: the entry log keeps only what the backup lacks.
        from regulate.storage import ledger

        held = {entry.uid for entry in early} | {s.uid for s in sessions}
        ledger.compact(ledger_path(journal), lambda table, uid: uid not in held)
    with Journal.open(journal) as opened:
        opened.import_records(late, [])
    holder = None
    if wal:
        holder = sqlite3.connect(journal)  # keeps the log from being checkpointed
        holder.execute("SELECT count(*) FROM checkins").fetchone()
    with Journal.open(journal) as opened:
        for entry in last:
            opened.add_checkin(entry)
    if holder is not None:
        files = {s: Path(f"{journal}{s}").read_bytes() for s in ("", "-wal")}
        holder.close()
        for suffix, data in files.items():
            Path(f"{journal}{suffix}").write_bytes(data)
        Path(f"{journal}-shm").unlink(missing_ok=True)
    if setup == "salvage":
        ledger_path(journal).unlink()
    everything: dict[str, object] = {entry.uid: entry for entry in checkins}
    everything.update({session.uid: session for session in sessions})
    return journal, backups, everything


def _rewrite(path: Path, change: Callable[[bytearray], None]) -> None:
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))


def _zero(data: bytearray, number: int) -> None:
    data[(number - 1) * PAGE : number * PAGE] = bytes(PAGE)


def _root(path: Path) -> int:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(
            con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkins'").fetchone()[0]
        )
    finally:
        con.close()


def _flip(data: bytearray, step: int) -> None:
    for position in range(step - 1, len(data), step):
        data[position] ^= 0xFF


def damage(kind: str, journal: Path) -> None:
    wal = Path(f"{journal}-wal")
    if kind == "flip every 997th":
        _rewrite(journal, lambda d: _flip(d, 997))
    elif kind == "truncate a little":
        _rewrite(journal, lambda d: d.__delitem__(slice(len(d) - 3000, None)))
    elif kind == "truncate half":
        _rewrite(journal, lambda d: d.__delitem__(slice(len(d) // 2, None)))
    elif kind == "zero page 1":
        _rewrite(journal, lambda d: _zero(d, 1))
    elif kind == "zero check-ins root":
        root = _root(journal)
        _rewrite(journal, lambda d: _zero(d, root))
    elif kind == "zero a middle page":
        _rewrite(journal, lambda d: _zero(d, len(d) // PAGE // 2))
    elif kind == "zero last quarter":
        _rewrite(
            journal,
            lambda d: d.__setitem__(slice(len(d) * 3 // 4, None), bytes(len(d) - len(d) * 3 // 4)),
        )
    elif kind == "damage header":
        _rewrite(journal, lambda d: d.__setitem__(slice(0, 100), random.Random(4).randbytes(100)))
    elif kind == "damage WAL":

        def hit(data: bytearray) -> None:
            data[len(data) // 3] ^= 0x01
            data[24] ^= 0xFF  # and the header's checksum: SQLite then ignores the whole log

        _rewrite(wal, hit)
    elif kind == "delete journal":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{journal}{suffix}").unlink(missing_ok=True)


KINDS = (
    "flip every 997th",
    "truncate a little",
    "truncate half",
    "zero page 1",
    "zero check-ins root",
    "zero a middle page",
    "zero last quarter",
    "damage header",
    "damage WAL",
    "delete journal",
)


def repaired_share(journal: Path, backups: Path, everything: dict[str, object]) -> float:
    try:
        with Journal.open(journal, backups=backups) as opened:
            back = {entry.uid: entry for entry in opened.checkins()}
            back.update({session.uid: session for session in opened.sessions()})
    except JournalError:
        return 0.0
    exact = sum(1 for uid, entry in everything.items() if back.get(uid) == entry)
    return exact / len(everything)


def recover_works(scratch: Path) -> bool | None:
    """Whether this ``sqlite3`` command's ``.recover`` gets a whole, healthy journal back
    (Debian's build lacks the sqlite_dbpage table it needs); None without the command."""
    if shutil.which("sqlite3") is None:
        return None
    scratch.mkdir(parents=True)
    journal = scratch / "journal.db"
    checkins, sessions = entries(20)
    with Journal.open(journal) as opened:
        opened.import_records(checkins, sessions)
    everything: dict[str, object] = {entry.uid: entry for entry in checkins}
    return recover_share(journal, scratch / "recover", everything) == 1.0


def recover_share(journal: Path, scratch: Path, everything: dict[str, object]) -> float | None:
    """What ``sqlite3 file .recover`` gets back, or None without the command."""
    tool = shutil.which("sqlite3")
    if tool is None:
        return None
    if not journal.exists():
        return 0.0
    scratch.mkdir()
    copy = scratch / "damaged.db"
    for suffix in ("", "-wal"):
        if Path(f"{journal}{suffix}").exists():
            shutil.copy(f"{journal}{suffix}", f"{copy}{suffix}")
    try:
        dump = subprocess.run(
            [tool, str(copy), ".recover"], capture_output=True, check=False, timeout=300
        ).stdout
        out = scratch / "recovered.db"
        subprocess.run([tool, str(out)], input=dump, capture_output=True, check=False, timeout=300)
        con = sqlite3.connect(out)
        found: set[str] = set()
        try:
            tables = [
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            for table in tables:
                try:
                    for row in con.execute(f'SELECT * FROM "{table}"'):
                        found.update(v for v in row if isinstance(v, str) and v in everything)
                except sqlite3.Error:
                    continue
        finally:
            con.close()
    except (OSError, subprocess.SubprocessError, sqlite3.Error):
        return 0.0
    return len(found) / len(everything)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="keep the data folders afterwards")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="regulate-damage-"))
    missed: list[str] = []
    began = time.monotonic()
    try:
        working = recover_works(work / "recover-check")
        if working is None:
            print(".recover: n/a (no sqlite3 command)")
        elif not working:
            print(
                ".recover: this sqlite3 build fails even on a healthy journal (it lacks "
                "sqlite_dbpage); its figures below are what it returned"
            )
        print(f"{'damage':22} {'backup':>8} {'no backup':>10} {'salvage':>8} {'.recover':>9}")
        for number, kind in enumerate(KINDS):
            shares: dict[str, float] = {}
            recovered: float | None = None
            for setup in SETUPS:
                folder = work / f"{number:02d}-{setup.replace(' ', '-')}"
                journal, backups, everything = build(
                    folder / "data", setup, args.entries, kind == "damage WAL"
                )
                damage(kind, journal)
                if setup == "salvage":
                    recovered = recover_share(journal, folder / "recover", everything)
                shares[setup] = repaired_share(journal, backups, everything)
            show = "n/a" if recovered is None else f"{recovered:.1%}"
            print(
                f"{kind:22} {shares['backup']:>8.1%} {shares['no backup']:>10.1%} "
                f"{shares['salvage']:>8.1%} {show:>9}"
            )
            for setup in ("backup", "no backup"):
                if shares[setup] < 1.0:
                    missed.append(f"{kind}, {setup}: {shares[setup]:.1%} (target 100 %)")
            if kind in INTACT and shares["salvage"] < 0.95:
                missed.append(f"{kind}, salvage: {shares['salvage']:.1%} (target 95 %)")
            if recovered is not None and shares["salvage"] < recovered:
                missed.append(
                    f"{kind}, salvage: {shares['salvage']:.1%} < .recover {recovered:.1%}"
                )
    finally:
        if args.keep:
            print(f"data folders kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"entries {args.entries + 40}, time {time.monotonic() - began:.1f} s")
    for line in missed:
        print(f"MISSED  {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
