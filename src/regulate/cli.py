"""The ``regulate`` command line.

Commands that need no window (log, export, import, doctor, ...) run here and never import
Qt or pyqtgraph, so they start fast and work on a machine with no display. Commands that open
a window hand over to ``regulate.app``, imported only then.

Exit status: 0 success, 2 a usage error, 1 any other failure, always with one plain line on
stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from regulate import __version__
from regulate.core.scales import (
    ScaleError,
    check_arousal,
    check_mood,
    check_suds,
    zone_sentence,
)
from regulate.paths import data_paths, make_private
from regulate.services import Refused, ServiceError, Services

if TYPE_CHECKING:  # imported where used, so opening the app stays quick
    from regulate.core.entries import Moment
    from regulate.services.requests import HeartRequest

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ZONE_WORDS = {"hyper": "on edge", "window": "settled", "hypo": "shut down"}
#: Commands that open a window, and so speak the language chosen in the app's settings.
WINDOWS = frozenset({"breathe", "ground", "checkin", "chart", "present"})


class Failure(Exception):
    """Something went wrong that is not the person's typing: exit 1 with this one line."""


class UsageError(Exception):
    """The command was typed in a way we can't use: exit 2 with this one line."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line on stderr and exit 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# -- value checkers used by argparse -----------------------------------------------------------


def _scale(check: Callable[[object], int], flag: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            try:
                check(text)
            except ScaleError as exc:
                raise argparse.ArgumentTypeError(f"{exc}, not '{text}'") from None
            raise argparse.ArgumentTypeError(f"{flag} needs a whole number, not '{text}'") from None
        try:
            return check(value)
        except ScaleError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


#: The clock ``--at`` is checked against (tests put a fake one here).
_now: Callable[[], float] = time.time
#: How far ahead ``--at`` may be: clocks differ a little; later than this is a mistake.
FUTURE_LEEWAY_SECONDS = 10 * 60
#: UTC offsets in use on Earth, in minutes: from -12:00 to +14:00.
EARLIEST_OFFSET, LATEST_OFFSET = -12 * 60, 14 * 60


def _offset_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _moment(text: str) -> Moment:
    """ISO 8601; a time without an offset is read as this computer's local time. Offsets no
    place uses, and times more than a few minutes ahead, are refused with the reason."""
    from regulate.core.entries import Moment

    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not an ISO 8601 time; write it like 2026-11-25T17:05 "
            "or 2026-11-25T17:05:00+01:00"
        ) from None
    offset = parsed.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        if not EARLIEST_OFFSET <= minutes <= LATEST_OFFSET:
            raise argparse.ArgumentTypeError(
                f"'{text}' has the UTC offset {_offset_text(minutes)}, which no place uses; "
                "offsets run from -12:00 to +14:00"
            )
    try:
        if parsed.tzinfo is None:
            parsed = parsed.astimezone()
        moment = Moment.from_datetime(parsed)
    except (ScaleError, ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"'{text}' is outside the years 1900 to 2200 that Regulate keeps"
        ) from None
    if moment.epoch > _now() + FUTURE_LEEWAY_SECONDS:
        raise argparse.ArgumentTypeError(
            f"'{text}' is in the future; a check-in can be for now or an earlier time"
        )
    return moment


def _folder(text: str) -> str:
    """A data folder: an empty name would quietly mean the current folder, so it is refused."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "needs the name of a folder; an empty one would mean the current folder"
        )
    return text


def _date(text: str) -> float:
    """A calendar day (YYYY-MM-DD), as the epoch of its local midnight."""
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it like 2026-11-01"
        ) from None
    if not 1900 <= day.year < 2200:
        raise argparse.ArgumentTypeError(f"'{text}' is outside the years 1900 to 2200")
    return day.astimezone().timestamp()


def _until(text: str) -> float:
    """The end of a calendar day (the next local midnight): --until includes the day."""
    from datetime import timedelta

    start = datetime.fromtimestamp(_date(text))
    return (start + timedelta(days=1)).astimezone().timestamp()


# -- the parser ---------------------------------------------------------------------------------


def build_parser() -> _Parser:
    parser = _Parser(
        prog="regulate",
        description="A calm companion for breathing, grounding and checking in with yourself. "
        "Run it with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"regulate {__version__}")
    data_dir_help = "keep all data in DIR instead of your usual data folder"
    parser.add_argument("--data-dir", metavar="DIR", type=_folder, help=data_dir_help)
    parser.add_argument(
        "--in-tray", action="store_true", help="start quietly in the tray (used at login)"
    )
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="put Regulate in your desktop's menu (entry and icons in your own folders)",
    )
    parser.add_argument(
        "--uninstall-desktop", action="store_true", help="take it out of the menu again"
    )
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir", metavar="DIR", type=_folder, default=argparse.SUPPRESS, help=data_dir_help
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    log = commands.add_parser(
        "log", parents=[common], help="record a check-in and say its zone; no window"
    )
    log.add_argument(
        "--arousal",
        required=True,
        type=_scale(check_arousal, "--arousal"),
        metavar="A",
        help="0 shut down, 5 settled, 10 overwhelmed",
    )
    log.add_argument(
        "--suds",
        type=_scale(check_suds, "--suds"),
        metavar="S",
        help="distress, 0 calm to 10 the most",
    )
    log.add_argument(
        "--mood",
        type=_scale(check_mood, "--mood"),
        metavar="M",
        help="1 awful, 2 bad, 3 meh, 4 good, 5 great",
    )
    log.add_argument("--note", metavar="TEXT", default="", help="a few words, if you like")
    log.add_argument(
        "--at",
        type=_moment,
        metavar="ISO-TIME",
        help="when it was (default now); without an offset it means local time",
    )

    export = commands.add_parser(
        "export", parents=[common], help="write the whole journal as CSV or JSON; no window"
    )
    export.add_argument("--format", required=True, choices=("csv", "json"))
    export.add_argument(
        "--out",
        metavar="FILE",
        default="-",
        help="where to write it; - (the default) means standard output",
    )

    imp = commands.add_parser(
        "import", parents=[common], help="add entries from an export, all or nothing; no window"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--from",
        dest="source",
        choices=("regulate", "daylio"),
        help="only if Regulate can't tell by itself what kind of export FILE is",
    )
    imp.add_argument(
        "--mood-map",
        metavar="NAME=N,...",
        help="for Daylio: place each of your mood names on the 1-5 scale",
    )

    commands.add_parser(
        "doctor",
        parents=[common],
        help="show where your data is and check that it is healthy; no window",
    )

    patterns = commands.add_parser(
        "patterns",
        parents=[common],
        help="list the breathing patterns and their timings; no window",
    )
    patterns.add_argument("--json", action="store_true", help="as JSON, for scripts")

    breathe = commands.add_parser("breathe", parents=[common], help="open paced breathing")
    breathe.add_argument(
        "pattern",
        nargs="?",
        metavar="PATTERN",
        help="a pattern id (see 'regulate patterns') or your own timings in "
        "seconds, in-hold-out[-rest], such as 4-7-8 or 3-2-3-2",
    )
    length = breathe.add_mutually_exclusive_group()
    length.add_argument("--minutes", type=_positive(float, "--minutes", 240), metavar="M")
    length.add_argument("--cycles", type=_positive(int, "--cycles", 1000), metavar="N")
    breathe.add_argument(
        "--present",
        action="store_true",
        help="full screen, very large, nothing personal shown, nothing saved",
    )
    breathe.add_argument(
        "--quit-when-done", action="store_true", help="close the app when the last breath ends"
    )
    breathe.add_argument("--sound", action="store_true", help="soft tones at each phase change")
    breathe.add_argument("--screen", type=int, metavar="N", help="with --present: which screen")
    heart = breathe.add_mutually_exclusive_group()
    heart.add_argument(
        "--replay",
        type=Path,
        metavar="FILE",
        help="show the heart rhythm from a file of RR intervals in ms, played as if a strap "
        "were connected",
    )
    heart.add_argument(
        "--strap",
        action="store_true",
        help="show the heart rhythm from a Bluetooth heart-rate chest strap",
    )
    breathe.add_argument(
        "--find-pace",
        action="store_true",
        help="with --strap or --replay: find your resonance pace, breathing at 6.5, 6, 5.5, "
        "5 and 4.5 breaths a minute (--minutes each, 2 unless given) with rests between",
    )
    breathe.add_argument(
        "--speed",
        type=_positive(float, "--speed", 100),
        default=1.0,
        metavar="X",
        help="with --replay: play X times faster than real time",
    )

    exercises = commands.add_parser(
        "exercises", parents=[common], help="list the grounding exercises; no window"
    )
    exercises.add_argument("--json", action="store_true", help="as JSON, for scripts")

    ground = commands.add_parser("ground", parents=[common], help="open a grounding exercise")
    ground.add_argument(
        "exercise", nargs="?", metavar="EXERCISE", help="an exercise id (see 'regulate exercises')"
    )
    commands.add_parser("checkin", parents=[common], help="open the check-in")
    commands.add_parser("chart", parents=[common], help="open the chart of your days")
    present = commands.add_parser(
        "present",
        parents=[common],
        help="presenter mode for therapists: full screen, nothing saved",
    )
    present.add_argument("--screen", type=int, metavar="N", help="which screen, counting from 0")

    handout = commands.add_parser(
        "handout", parents=[common], help="one printable page for a pattern or exercise; no window"
    )
    handout.add_argument("id", metavar="ID", help="a pattern or exercise id")
    handout.add_argument("--out", required=True, metavar="FILE.pdf")

    report = commands.add_parser(
        "report", parents=[common], help="a PDF summary you may bring to your therapist; no window"
    )
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.add_argument("--since", type=_date, metavar="DATE", help="from this day on, YYYY-MM-DD")
    report.add_argument(
        "--until", type=_until, metavar="DATE", help="up to and including this day, YYYY-MM-DD"
    )
    report.add_argument(
        "--with-notes", action="store_true", help="include your notes (left out unless you ask)"
    )

    suggest = commands.add_parser(
        "suggest", parents=[common], help="what may help now, best first; no window"
    )
    suggest.add_argument(
        "--arousal",
        required=True,
        type=_scale(check_arousal, "--arousal"),
        metavar="A",
        help="0 shut down, 5 settled, 10 overwhelmed",
    )
    suggest.add_argument(
        "--suds",
        type=_scale(check_suds, "--suds"),
        metavar="S",
        help="distress, 0 calm to 10 the most (8 or more offers only short, eyes-open steps)",
    )
    suggest.add_argument("--json", action="store_true", help="as JSON, for scripts")

    helping = commands.add_parser(
        "help",
        parents=[common],
        help="who you can reach right now, for where you are; no window",
    )
    helping.add_argument(
        "--country",
        metavar="CC",
        help="a two-letter country code such as GB, IE, DE, US (remembered in the app)",
    )
    helping.add_argument(
        "--contacts", action="store_true", help="also show the contacts in your own safety plan"
    )
    helping.add_argument("--json", action="store_true", help="as JSON, for scripts")

    resonance = commands.add_parser(
        "resonance",
        parents=[common],
        help="find your resonance breathing pace from a recording of heartbeats; no window",
    )
    resonance.add_argument(
        "file",
        metavar="FILE",
        help="RR intervals in milliseconds (one per line, or a strap app's CSV), recorded "
        "while breathing at each pace in turn from the first beat",
    )
    resonance.add_argument(
        "--rates",
        default="6.5,6,5.5,5,4.5",
        metavar="R,...",
        help="the paces breathed, in order, in breaths a minute (default 6.5,6,5.5,5,4.5)",
    )
    resonance.add_argument(
        "--minutes",
        type=_positive(float, "--minutes", 30),
        default=2.0,
        metavar="M",
        help="how long each pace lasted (default 2)",
    )
    resonance.add_argument(
        "--rest",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds of ordinary breathing between paces, if you rested (default 0)",
    )
    resonance.add_argument("--json", action="store_true", help="as JSON, for scripts")

    ground.add_argument(
        "--present",
        action="store_true",
        help="full screen, very large, nothing personal shown, nothing saved",
    )
    ground.add_argument("--screen", type=int, metavar="N", help="with --present: which screen")
    return parser


def _positive(kind: type[int] | type[float], flag: str, most: int) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{flag} needs a number, not '{text}'") from None
        if not 0 < value <= most:
            raise argparse.ArgumentTypeError(f"{flag} must be more than 0 and at most {most}")
        return value

    return parse


# -- commands ---------------------------------------------------------------------------------
# Each command is a thin call into the application layer (regulate.services) and turns its
# answer into words. ServiceError is a failure (exit 1), Refused a usage mistake (exit 2).


def cmd_log(args: argparse.Namespace, services: Services) -> int:
    from regulate.core.entries import CheckIn, Moment, Source
    from regulate.storage.journal import new_uid

    settings = services.settings
    window = settings.window
    if settings.problem:
        print(
            f"regulate: {settings.problem}, so this entry uses the window "
            f"{window.low} to {window.high}.",
            file=sys.stderr,
        )
    at = args.at if args.at is not None else Moment.from_datetime(datetime.now().astimezone())
    try:
        entry = CheckIn(
            uid=new_uid(),
            at=at,
            window=window,
            arousal=args.arousal,
            suds=args.suds,
            mood=args.mood,
            note=args.note,
            source=Source.CLI,
        )
    except ScaleError as exc:
        raise UsageError(str(exc)) from None
    services.log_checkin(entry)
    assert entry.zone is not None
    assert entry.arousal is not None
    print(f"Saved. {zone_sentence(entry.zone, entry.arousal, window)}")
    _point_to_help(args.arousal, args.suds)
    return EXIT_OK


def _count(n: int, word: str) -> str:
    """ "1 check-in", "2 check-ins": the command line speaks English, without Qt."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_export(args: argparse.Namespace, services: Services) -> int:
    if args.out == "-":
        text, _, _ = services.export_text(args.format)
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    out = Path(args.out)
    checkins, sessions = services.export(args.format, out)
    print(
        f"Exported {_count(checkins, 'check-in')} and {_count(sessions, 'session')} "
        f"to {out.expanduser()}.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, services: Services) -> int:
    from regulate.storage.daylio import UnmappedMoods, parse_mood_map
    from regulate.storage.exchange import ExchangeError

    mood_map = None
    if args.mood_map is not None:
        if args.source == "regulate":
            raise UsageError("--mood-map is only for Daylio exports")
        try:
            mood_map = parse_mood_map(args.mood_map)
        except ExchangeError as exc:
            raise UsageError(f"--mood-map: {exc}") from None
    try:
        result = services.import_file(Path(args.file), force=args.source, mood_map=mood_map)
    except UnmappedMoods as exc:
        raise Failure(f"{exc}. Nothing was imported.") from None
    counts = result.counts
    print(
        f"Imported {_count(counts.checkins_added, 'check-in')} and "
        f"{_count(counts.sessions_added, 'session')}; "
        f"skipped {counts.skipped} already in your journal."
    )
    if counts.conflicts:
        share, differ = ("shares", "differs") if counts.conflicts == 1 else ("share", "differ")
        print(
            f"{counts.conflicts} of them {share} an id with an entry in your journal but "
            f"{differ}; your journal's version was kept."
        )
    return EXIT_OK


def _own_exercises(services: Services) -> str:
    catalogue = services.catalogue
    mine = sum(1 for e in catalogue.exercises if e.origin != "built-in")
    text = f"{mine} loaded"
    if catalogue.problems:
        text += f"; {len(catalogue.problems)} skipped: " + "; ".join(map(str, catalogue.problems))
    return text


def cmd_doctor(args: argparse.Namespace, services: Services) -> int:
    from regulate.storage.backups import human_size, list_backups
    from regulate.storage.recovery import check_all, read_notice

    paths = services.paths
    read_only = not services.folder_writable()
    with services.open_journal_to_read() as journal:
        version = journal.schema_version()
        integrity = journal.integrity()
        counts = journal.counts()
        repaired = journal.recovery
    services.recovery = None  # doctor says it in its own table
    # This run's repair, or the last one (kept in the data folder for a later doctor).
    notice = read_notice(paths.root) or (repaired.sentence() if repaired else None)
    if not read_only:
        paths.exercises.mkdir(mode=0o700, exist_ok=True)
    settings = services.settings
    mode = oct(paths.root.stat().st_mode & 0o777)[2:]
    backups = list_backups(paths.backups)
    span = "none yet"
    if counts.first is not None and counts.last is not None:
        span = f"{counts.first.local().date()} to {counts.last.local().date()}"
    lines = [
        ("regulate", __version__),
        ("data folder", f"{paths.root} (mode {mode})"),
        *(
            [("read-only", "this folder can't be written: checked as it is, nothing repaired")]
            if read_only
            else []
        ),
        ("journal", str(paths.journal)),
        ("schema version", str(version)),
        ("integrity", integrity),
        *check_all(paths.journal, paths.backups),
        *([("repaired", notice)] if notice else []),
        ("check-ins", f"{counts.checkins} ({span})"),
        ("sessions", str(counts.sessions)),
        ("your window", f"{settings.window.low} to {settings.window.high}"),
        ("settings", str(paths.settings) + (f" ({settings.problem})" if settings.problem else "")),
        ("backups", f"{paths.backups} ({len(backups)})"),
        ("your exercises", f"{paths.exercises} ({_own_exercises(services)})"),
    ]
    lines += [
        ("  backup", f"{backup.name} ({human_size(backup.size)}, {backup.kind.value})")
        for backup in backups
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return EXIT_OK if integrity == "ok" else EXIT_FAILURE


def cmd_patterns(args: argparse.Namespace, services: Services) -> int:
    import json

    from regulate.content.patterns import hold_caution, pattern_dict

    patterns = services.catalogue.patterns
    if args.json:
        print(json.dumps([pattern_dict(p) for p in patterns], ensure_ascii=False, indent=2))
        return EXIT_OK
    for pattern in patterns:
        timing = " · ".join(f"{p.kind.value} {p.seconds:g}" for p in pattern.phases)
        zones = ", ".join(ZONE_WORDS[z.value] for z in sorted(pattern.zones))
        print(f"{pattern.id:<16} {pattern.name}")
        print(f"{'':<16} {timing}  ({pattern.breaths_per_minute:.1f} breaths a minute)")
        if zones:
            print(f"{'':<16} helps when: {zones}")
        if hold_caution(pattern):
            print(f"{'':<16} take care: {hold_caution(pattern)}")
    return EXIT_OK


def cmd_breathe(args: argparse.Namespace, services: Services) -> int:
    from regulate.core.breathing import PatternError

    try:
        pattern = services.catalogue.pattern(args.pattern) if args.pattern else None
    except PatternError as exc:
        raise UsageError(str(exc)) from None
    heart = _heart_request(args)
    if args.find_pace and heart is None:
        return EXIT_FAILURE  # no Bluetooth: said in one line already
    from regulate.app import run  # Qt is imported only here
    from regulate.services.requests import BreatheRequest, PresentRequest

    if args.present:
        return run(
            services,
            present=PresentRequest(
                item=pattern or services.catalogue.patterns[0],
                screen=args.screen,
                minutes=args.minutes,
                cycles=args.cycles,
                quit_when_done=args.quit_when_done,
                heart=heart,
            ),
        )
    request = BreatheRequest(
        pattern=pattern,
        minutes=args.minutes,
        cycles=args.cycles,
        quit_when_done=args.quit_when_done,
        sound=True if args.sound else None,
        heart=heart,
        find_pace=args.find_pace,
    )
    return run(services, breathe=request)


def _heart_request(args: argparse.Namespace) -> HeartRequest | None:
    """--replay FILE (read now, so a bad file is one line before any window) or --strap
    (without Bluetooth: one calm line, and breathing goes on without the heart curve)."""
    import importlib.util

    from regulate.services.heart import read_rr_file
    from regulate.services.requests import HeartRequest

    if args.speed != 1.0 and args.replay is None:
        raise UsageError("--speed goes with --replay FILE")
    if args.find_pace:
        if args.replay is None and not args.strap:
            raise UsageError("--find-pace needs your heartbeats: add --strap or --replay FILE")
        if args.present or args.cycles or args.speed != 1.0:
            raise UsageError(
                "--find-pace runs in real time in your own window; leave out --present, "
                "--cycles and --speed"
            )
    if args.replay is not None:
        beats = read_rr_file(args.replay)
        return HeartRequest(replay=tuple(beats), name=args.replay.name, speed=args.speed)
    if args.strap:
        try:
            found = importlib.util.find_spec("PySide6.QtBluetooth") is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            print(
                "regulate: this computer has no Bluetooth Regulate can use, so the strap "
                "can't connect; breathing opens without the heart curve.",
                file=sys.stderr,
            )
            return None
        return HeartRequest(strap=True)
    return None


def _say_problems(services: Services) -> None:
    """The person's own exercise files that were skipped, one line each on stderr."""
    for problem in services.catalogue.problems:
        print(
            f"regulate: skipped {services.paths.exercises / problem.file}: line {problem.line}: "
            f"{problem.message}",
            file=sys.stderr,
        )


def cmd_exercises(args: argparse.Namespace, services: Services) -> int:
    import json

    from regulate.content.exercises import exercise_dict

    _say_problems(services)
    exercises = services.catalogue.exercises
    if args.json:
        data = [exercise_dict(e) for e in exercises]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for exercise in exercises:
        zones = ", ".join(ZONE_WORDS[z.value] for z in sorted(exercise.zones))
        mine = "" if exercise.origin == "built-in" else f"  (yours: {exercise.origin})"
        print(f"{exercise.id:<16} {exercise.title}{mine}")
        print(f"{'':<16} {exercise.summary}")
        print(f"{'':<16} {len(exercise.steps)} steps; helps when: {zones}")
    return EXIT_OK


def cmd_ground(args: argparse.Namespace, services: Services) -> int:
    _say_problems(services)
    exercise = None
    if args.exercise:
        exercise = services.catalogue.exercise(args.exercise)
        if exercise is None:
            known = ", ".join(e.id for e in services.catalogue.exercises)
            raise UsageError(
                f"there is no exercise called '{args.exercise}'; choose one of {known}"
            )
    from regulate.app import run  # Qt is imported only here
    from regulate.services.requests import GroundRequest, PresentRequest

    if args.present:
        return run(services, present=PresentRequest(item=exercise, screen=args.screen))
    return run(services, ground=GroundRequest(exercise=exercise))


def cmd_suggest(args: argparse.Namespace, services: Services) -> int:
    import json

    from regulate.content.suggestions import suggestion_dict

    _say_problems(services)
    window = services.settings.window
    zone = window.zone_of(args.arousal)
    ranked = services.suggestions(zone, args.arousal, args.suds)
    if args.json:
        print(json.dumps([suggestion_dict(s) for s in ranked], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(zone_sentence(zone, args.arousal, window))
    print("These may help, best first:")
    for number, item in enumerate(ranked, start=1):
        print(f"{number:>3}. {item.title} ({item.kind.value} {item.id})")
        print(f"     {item.why}")
    _point_to_help(args.arousal, args.suds)
    return EXIT_OK


def _point_to_help(arousal: int | None, suds: int | None) -> None:
    """At the hardest moments (the one severity rule, core.suggest.is_severe), say where help is."""
    from regulate.core.suggest import is_severe

    if is_severe(arousal, suds):
        print(
            "If it feels like too much to hold alone, you don't have to: "
            "'regulate help' shows who you can reach right now."
        )


def cmd_help(args: argparse.Namespace, services: Services) -> int:
    import json

    from regulate.content.crisis import help_json, help_text, known_countries

    country = None
    if args.country is not None:
        country = args.country.strip().upper()
        known = [code for code, _ in known_countries()]
        if country not in known:  # still show what we have: never nothing at all
            print(
                f"regulate: there are no numbers for '{args.country}' yet; "
                f"countries we know: {', '.join(known)}",
                file=sys.stderr,
            )
    info = services.help_info(country)
    contacts = services.safety_plan().contacts if args.contacts else []
    if args.json:
        document = help_json(info)
        if args.contacts:
            document["your_contacts"] = [{"name": c.name, "how": c.how} for c in contacts]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(help_text(info))
    if args.contacts:
        print("")
        print("Your own people:" if contacts else "You have no contacts in your safety plan yet.")
        for contact in contacts:
            print(f"  {contact.name}: {contact.how}")
    return EXIT_OK


def cmd_handout(args: argparse.Namespace, services: Services) -> int:
    out = services.check_output(Path(args.out), "handout.pdf")
    item = services.catalogue.item(args.id)
    if item is None:
        known = ", ".join(
            [p.id for p in services.catalogue.patterns]
            + [e.id for e in services.catalogue.exercises]
        )
        raise UsageError(
            f"there is no pattern or exercise called '{args.id}'; choose one of {known}"
        )
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a handout never needs a screen
    from regulate.services.catalogue import title_of
    from regulate.ui.offscreen import handout  # Qt is imported only here

    try:
        handout(item, out, services.settings.values.language)
    except OSError as exc:
        raise Failure(f"could not write {out}: {exc.strerror or exc}") from None
    print(f"Wrote a handout for {title_of(item)} to {out}.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace, services: Services) -> int:
    out = services.check_output(Path(args.out), "summary.pdf")
    if args.since is not None and args.until is not None and args.until <= args.since:
        raise UsageError("--until must be after --since")
    series = services.read_series(args.since, args.until)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a report never needs a screen
    from regulate.ui.offscreen import report  # Qt is imported only here

    try:
        report(
            series,
            services.catalogue.titles(),
            out,
            args.with_notes,
            services.settings.values.language,
        )
    except OSError as exc:
        raise Failure(f"could not write {out}: {exc.strerror or exc}") from None
    notes = "with your notes" if args.with_notes else "without your notes"
    print(f"Wrote your summary to {out} ({notes}).")
    return EXIT_OK


def cmd_present(args: argparse.Namespace, services: Services) -> int:
    from regulate.app import run  # Qt is imported only here
    from regulate.services.requests import PresentRequest

    return run(services, present=PresentRequest(screen=args.screen))


def cmd_chart(args: argparse.Namespace, services: Services) -> int:
    from regulate.app import run  # Qt is imported only here

    return run(services, start="chart")


def cmd_checkin(args: argparse.Namespace, services: Services) -> int:
    from regulate.app import run  # Qt is imported only here

    return run(services, start="checkin")


def cmd_resonance(args: argparse.Namespace, services: Services) -> int:
    import json

    from regulate.services.heart import assess_file

    try:
        rates = [float(part) for part in args.rates.split(",") if part.strip()]
    except ValueError:
        raise UsageError(f"--rates needs numbers separated by commas, not '{args.rates}'") from None
    if not rates or not all(2 <= rate <= 15 for rate in rates):
        raise UsageError("--rates needs paces between 2 and 15 breaths a minute")
    if not 0 <= args.rest <= 3600:
        raise UsageError("--rest needs seconds from 0 to 3600")
    result = assess_file(Path(args.file), rates, args.minutes, args.rest)
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    print("Pace   Swing (beats/min)   LF power (ms²)   Phase   Follows breath   Corrected")
    for step in result.steps:
        if step.swing is None:
            print(f"{step.rate:<6g} (not enough clean beats to measure)")
            continue
        print(
            f"{step.rate:<6g} {step.swing:>17.1f} {step.lf_power or 0:>16.0f} "
            f"{step.phase or 0:>6.0f}° {step.follows or 0:>15.0%} {step.share_corrected:>11.1%}"
        )
    print()
    if result.chosen is not None:
        print(f"Your pace: {result.chosen:g} breaths a minute.")
    print(result.explanation)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Services], int]] = {
    "log": cmd_log,
    "export": cmd_export,
    "import": cmd_import,
    "doctor": cmd_doctor,
    "patterns": cmd_patterns,
    "breathe": cmd_breathe,
    "exercises": cmd_exercises,
    "ground": cmd_ground,
    "suggest": cmd_suggest,
    "help": cmd_help,
    "checkin": cmd_checkin,
    "chart": cmd_chart,
    "report": cmd_report,
    "handout": cmd_handout,
    "present": cmd_present,
    "resonance": cmd_resonance,
}


def _open_app(args: argparse.Namespace, services: Services) -> int:
    from regulate.app import run  # Qt is imported only here

    return run(services, in_tray=args.in_tray)


def _refuse_negative_spec(arguments: list[str]) -> None:
    """`breathe -1-2-3` would look like an unknown option to argparse; say what it really is."""
    if "breathe" not in arguments:
        return
    from regulate.core.breathing import PatternError, looks_like_spec, parse_spec

    after = arguments[arguments.index("breathe") + 1 :]
    if after and after[0].startswith("-") and looks_like_spec(after[0]):
        try:
            parse_spec(after[0])
        except PatternError as exc:
            raise UsageError(str(exc)) from None


def _log_bug(argv: Sequence[str] | None, exc: BaseException) -> None:
    """Note the kind of error and where it happened (never what was typed) in the local log."""
    from regulate.storage.errorlog import record_exception

    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
        folder = data_paths(args.data_dir).logs
    except (UsageError, SystemExit, OSError):
        return
    record_exception(folder, exc)


def _desktop(install: bool) -> int:
    from regulate import desktop

    try:
        done = desktop.install() if install else desktop.uninstall()
    except OSError as exc:
        raise Failure(f"the menu entry could not be changed: {exc}") from exc
    if install:
        print(f"Regulate is in your menu now ({desktop.entry_file()}).")
    else:
        print(f"Removed {len(done)} files; Regulate is out of your menu.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    held = False  # the cycle collector, while a window loads
    make_private()
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        _refuse_negative_spec(arguments)
        args = parser.parse_args(arguments)
        if args.install_desktop or args.uninstall_desktop:
            return _desktop(install=args.install_desktop)
        services = Services(data_paths(args.data_dir))
        if args.command is None or args.command in WINDOWS:
            # Opening a window loads Qt, numpy and pyqtgraph: hundreds of thousands of objects
            # that live as long as the app. Python's cycle collector would walk them over and
            # over while they load (a tenth of the wait for the window); it waits until the
            # window is up (regulate.ui.startup.settle_memory, which also freezes what start-up
            # made); when main ends, both are undone for whoever called it.
            gc.disable()
            held = True
            services.use_chosen_language()  # exercises named here read in the app's language
        if args.command is None:
            return _open_app(args, services)
        status = COMMANDS[args.command](args, services)
        if services.recovery is not None:  # a damaged journal was repaired: say so, once
            print(f"regulate: {services.recovery.sentence()}", file=sys.stderr)
        return status
    except (UsageError, Refused) as exc:
        print(f"regulate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (Failure, ServiceError) as exc:
        print(f"regulate: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("regulate: stopped.", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:  # a bug: still no traceback for the person
        _log_bug(argv, exc)
        print(
            f"regulate: something unexpected went wrong ({type(exc).__name__}: {exc}). "
            "Please tell us about it; nothing was left half written.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    finally:
        if held:  # never left off, nor anything left frozen, for whoever called main
            gc.unfreeze()
            gc.enable()
