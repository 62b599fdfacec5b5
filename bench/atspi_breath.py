"""Screen-reader check over real AT-SPI: the breathing phases reach a listening screen reader in
time, the check-in slider's value names the zone, and the reminder time has a real range.

What is checked, as a screen reader (Orca) sees it over AT-SPI, not through Qt's own objects:

1. Breathing (``breathe box``): every "Breathe in" and "Breathe out" phase change, over at least
   two full cycles (and the first phase of the third), reaches a listener as an
   ``object:announcement`` or ``object:text-changed`` event carrying those words within 0.5 s
   of the app's own phase-change time (``object:property-change:accessible-name`` events are
   listed beside them but do not count: Orca does not speak them for a label without focus;
   the first phase of a freshly started app is the hard one: see ui/a11y._Waking). The app
   writes each phase change with its time.monotonic() to the file named by
   REGULATE_PHASE_TIMES (as for bench/tones.py); the listener stamps each event with
   time.monotonic() as it arrives (the same clock, system-wide on Linux). The maximum and
   median delay per phase kind are printed.
2. Check-in (``checkin``): the slider is clicked (XTest through the AT-SPI registry) where 9
   and 5 are drawn, then Down is pressed until it reads 1 (the slider's foot may lie below the
   window's edge); after each its accessible name (what Orca says with the value) must name
   the zone: above / in / below your window (the default window, 3 to 7).
3. Settings (home, then the "Settings" button pressed through its AT-SPI action): the spin
   button "Reminder time" must report a real range through the Value interface (maximum above
   minimum, the current value inside it) and its text must be the time shown.

"A screen reader listens" is said the way a desktop says it when Orca runs: the property
ScreenReaderEnabled of org.a11y.Status on the session bus's org.a11y.Bus is set to true (what
at-spi-bus-launcher mirrors from the desktop's screen-reader setting). The app is launched with
QT_ACCESSIBILITY=1 but NOT QT_LINUX_ACCESSIBILITY_ALWAYS_ON, which would switch Qt's
accessibility on with no screen reader at all and so hide a broken detection. (The launcher
starts with both IsEnabled and ScreenReaderEnabled false; GSETTINGS_BACKEND=memory keeps its
write-through to GSettings out of the person's own dconf database.) ``--no-reader`` is the
control: both stay false, and not one phase may be announced.

How: as bench/atspi_check.py (whose setup this reuses): re-run under ``dbus-run-session``, a
private Xvfb and ``at-spi-bus-launcher``; everything that imports pyatspi runs in a child
process (``--listen``, ``--probe``) of the system Python.

Usage, from the repo root::

    /usr/bin/python3 bench/atspi_breath.py [--python .venv/bin/python] [--part breath|checkin|
        settings ...] [--pattern box] [--no-reader]

ATSPI_BREATH_DEBUG=1 also lists the first events heard, with their time from the first phase.

Exit status (bench/verdict.py): 0 every check met, 1 a check MISSED, 2 could not measure (a tool
missing, the app not starting, fewer than two cycles of phase times); one line says why.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_check import (
    HOME_SETTINGS,
    CheckError,
    atspi_bus,
    preflight,
    stop,
    x_display,
)
from verdict import EXIT_MET, EXIT_MISSED, EXIT_UNMEASURED, Verdict, unmeasured

BENCH = "atspi_breath"
INNER_ENV = "REGULATE_ATSPI_BREATH_INNER"
DEFAULT_PYTHON = ".venv/bin/python"
DELAY_TARGET_S = 0.5
EARLY_SLACK_S = 0.05  # an event stamped a hair before the app's own stamp still counts
CYCLES = 2
APP_TIMEOUT_S = 30.0  # from launch to the first phase change
PROBE_TIMEOUT_S = 40.0
EVENTS = (
    "object:announcement",
    "object:text-changed",
    "object:property-change:accessible-name",
    *(("object:children-changed", "window:") if os.environ.get("ATSPI_BREATH_DEBUG") else ()),
)
PHASE_WORDS = {"inhale": "Breathe in", "exhale": "Breathe out"}
# (how, the value aimed at, what the name must then say), for the default window 3 to 7.
ZONE_STEPS = (("click", 9, "above your window"), ("click", 5, "in your window"))
ZONE_STEPS += (("Down key", 1, "below your window"),)
DOWN_KEYSYM = 0xFF54  # XK_Down
DIAGRAM_MARGIN = 16  # ui/window_diagram.MARGIN: the bar is drawn this far inside the slider


class Unmeasured(Exception):
    """Nothing could be measured; the message is one line."""


# --- children that talk AT-SPI (system Python with pyatspi) ----------------------------------


def listen() -> int:
    """Print each event of EVENTS as a JSON line with its arrival time.monotonic(), until killed."""
    import pyatspi

    def on_event(event: Any) -> None:
        now = time.monotonic()
        data = event.any_data
        print(
            json.dumps(
                {"t": now, "type": event.type, "text": data if isinstance(data, str) else ""}
            ),
            flush=True,
        )

    pyatspi.Registry.registerEventListener(on_event, *EVENTS)
    signal.signal(signal.SIGTERM, lambda *_: pyatspi.Registry.stop())
    print(json.dumps({"ready": True}), flush=True)
    pyatspi.Registry.start()
    return 0


def _find_app(pid: int) -> Any:
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(index)
        try:
            if candidate is not None and candidate.get_process_id() == pid:
                return candidate
        except Exception:
            continue
    return None


def _find(app: Any, role: str, name_start: str) -> Any:
    """The first showing node of this role whose name starts with ``name_start``."""
    import pyatspi

    def showing(node: Any) -> bool:
        try:
            return bool(node.getState().contains(pyatspi.STATE_SHOWING))
        except Exception:
            return False

    found = pyatspi.findDescendant(
        app,
        lambda node: (
            node is not None
            and node.getRoleName() == role
            and (node.name or "").startswith(name_start)
            and showing(node)
        ),
    )
    return found


def _wait_for(pid: int, role: str, name_start: str) -> Any:
    deadline = time.monotonic() + PROBE_TIMEOUT_S / 2
    while time.monotonic() < deadline:
        app = _find_app(pid)
        if app is not None:
            node = _find(app, role, name_start)
            if node is not None:
                return node
        time.sleep(0.3)
    raise Unmeasured(f'no {role} "{name_start}..." appeared on the AT-SPI bus')


def _fresh_name(node: Any) -> str:
    with_cache = getattr(node, "clear_cache", None)
    if with_cache is not None:
        with_cache()
    return str(node.name or "")


def _changed_name(node: Any, previous: str, seconds: float = 1.5) -> str:
    deadline = time.monotonic() + seconds
    name = _fresh_name(node)
    while name == previous and time.monotonic() < deadline:
        time.sleep(0.1)
        name = _fresh_name(node)
    return name


def probe_checkin(pid: int) -> dict[str, Any]:
    """Click the slider at 9 and at 5, then press Down four times (to 1): its name after each.
    Clicks and keys go through the AT-SPI registry (XTest), as from a real mouse and keyboard."""
    import pyatspi

    slider = _wait_for(pid, "slider", "How activated")
    x, y, width, height = slider.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    result: dict[str, Any] = {"before": _fresh_name(slider), "steps": []}
    time.sleep(1.0)  # the window is on the bus a moment before it takes clicks
    previous = result["before"]
    for how, aim, _ in ZONE_STEPS:
        name = previous
        for _attempt in range(3):
            if how == "click":
                # Where the diagram draws this value (the bottom of the slider may lie below
                # the window's edge, so only values drawn in its upper part are aimed at).
                bar = height - 2 * DIAGRAM_MARGIN
                target = (x + width // 4, y + DIAGRAM_MARGIN + round(bar * (10 - aim) / 10))
                pyatspi.Registry.generateMouseEvent(*target, pyatspi.MOUSE_ABS)
                time.sleep(0.1)
                pyatspi.Registry.generateMouseEvent(*target, pyatspi.MOUSE_B1C)
            else:
                current = slider.queryValue().currentValue
                for _press in range(int(current) - aim):
                    pyatspi.Registry.generateKeyboardEvent(
                        DOWN_KEYSYM, None, pyatspi.KEY_PRESSRELEASE | pyatspi.KEY_SYM
                    )
                    time.sleep(0.05)
            name = _changed_name(slider, previous)
            if name != previous:
                break
        value = slider.queryValue().currentValue
        result["steps"].append({"how": how, "aim": aim, "name": name, "value": value})
        previous = name
    return result


def probe_settings(pid: int) -> dict[str, Any]:
    """Press home's Settings button through AT-SPI, then read the reminder time's Value."""
    button = _wait_for(pid, "push button", "Settings")
    action = button.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("Press", "press", "click"):
            action.doAction(index)
            break
    else:
        action.doAction(0)
    spin = _wait_for(pid, "spin button", "Reminder time")
    value = spin.queryValue()
    try:
        text_iface = spin.queryText()
        text = text_iface.getText(0, text_iface.characterCount)
    except NotImplementedError:
        text = ""
    return {
        "name": spin.name,
        "description": spin.description,
        "text": text,
        "minimum": value.minimumValue,
        "maximum": value.maximumValue,
        "current": value.currentValue,
        "step": value.minimumIncrement,
    }


# --- orchestration (no pyatspi here) ----------------------------------------------------------


def _status(prop: str, value: bool | None = None) -> str:
    """Read (or set) a property of org.a11y.Status on the session bus's org.a11y.Bus."""
    command = ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus"]
    if value is None:
        command += ["org.freedesktop.DBus.Properties.Get"]
    else:
        command += ["org.freedesktop.DBus.Properties.Set"]
    command += ["string:org.a11y.Status", f"string:{prop}"]
    if value is not None:
        command.append(f"variant:boolean:{'true' if value else 'false'}")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Unmeasured(f"org.a11y.Status {prop}: {done.stderr.strip()}")
    return done.stdout.split()[-1] if value is None else ""


def screen_reader(on: bool) -> None:
    """Say on the session bus what the desktop says when Orca runs (or, for the control, that
    nothing does: IsEnabled too, which any AT-SPI client would otherwise switch Qt on with)."""
    print(
        f"org.a11y.Status as the launcher started: IsEnabled {_status('IsEnabled')}, "
        f"ScreenReaderEnabled {_status('ScreenReaderEnabled')}"
    )
    _status("ScreenReaderEnabled", on)
    if not on:
        _status("IsEnabled", False)
    if _status("ScreenReaderEnabled") != ("true" if on else "false"):
        raise Unmeasured("ScreenReaderEnabled did not read back as set")


def launch(python: str, display: str, work: Path, name: str, arguments: list[str]) -> Any:
    data_dir = work / name
    data_dir.mkdir()
    (data_dir / "settings.json").write_text(json.dumps(HOME_SETTINGS), encoding="utf-8")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1"}
    for key in ("NO_AT_BRIDGE", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON", INNER_ENV, "WAYLAND_DISPLAY"):
        env.pop(key, None)
    env["REGULATE_PHASE_TIMES"] = str(work / f"{name}.phases")
    log = (work / f"{name}.log").open("w")
    return subprocess.Popen(
        [python, "-m", "regulate", "--data-dir", str(data_dir), *arguments],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def run_probe(kind: str, pid: int) -> dict[str, Any]:
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--probe", kind, str(pid)],
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise Unmeasured(f"the {kind} probe timed out") from error
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise Unmeasured(f"the {kind} probe failed: {last}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def check_checkin(python: str, display: str, work: Path, verdict: Verdict) -> None:
    app = launch(python, display, work, "checkin", ["checkin"])
    try:
        shot = run_probe("checkin", app.pid)
    finally:
        stop(app)
    print(f'check-in slider before placing: "{shot["before"]}"')
    for (how, aim, wanted), step in zip(ZONE_STEPS, shot["steps"], strict=True):
        print(f'  {how} to {aim}: value {step["value"]:g}, name "{step["name"]}"')
        verdict.holds(
            f"check-in slider at {aim} names its zone",
            wanted in step["name"],
            f'"{wanted}" in its name',
        )


def check_settings(python: str, display: str, work: Path, verdict: Verdict) -> None:
    app = launch(python, display, work, "settings", [])
    try:
        shot = run_probe("settings", app.pid)
    finally:
        stop(app)
    print(
        f'reminder time: name "{shot["name"]}", text "{shot["text"]}", description '
        f'"{shot["description"]}", value {shot["current"]:g} in {shot["minimum"]:g}'
        f"..{shot['maximum']:g} (step {shot['step']:g})"
    )
    verdict.holds(
        "reminder time has a range", shot["maximum"] > shot["minimum"], "maximum > minimum"
    )
    inside = shot["minimum"] <= shot["current"] <= shot["maximum"]
    verdict.holds(
        "reminder time's value is inside its range", inside, "minimum <= value <= maximum"
    )
    verdict.holds("reminder time's text is the time shown", shot["text"] == "20:00", 'text "20:00"')


def read_phase_times(path: Path) -> list[tuple[float, str]]:
    times: list[tuple[float, str]] = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            stamp, _, kind = line.partition(" ")
            try:
                times.append((float(stamp), kind))
            except ValueError:
                continue
    return times


def listen_to_breath(
    python: str, display: str, work: Path, pattern: str
) -> tuple[list[tuple[float, str]], list[dict[str, Any]], int]:
    """Breathe ``pattern`` for CYCLES cycles and the start of the next, listening all along:
    the app's phase changes, the events heard, and the number of phases in a cycle."""
    listener = subprocess.Popen(
        [sys.executable, __file__, "--listen"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert listener.stdout is not None
        if "ready" not in listener.stdout.readline():
            raise Unmeasured("the AT-SPI listener did not start")
        app = launch(python, display, work, "breath", ["breathe", pattern])
        phases_file = work / "breath.phases"
        try:
            deadline = time.monotonic() + APP_TIMEOUT_S
            phases: list[tuple[float, str]] = []
            per_cycle = 0
            while True:
                if app.poll() is not None:
                    raise Unmeasured(f"the app exited with {app.returncode}")
                phases = read_phase_times(phases_file)
                kinds = [kind for _, kind in phases]
                if per_cycle == 0 and kinds.count("inhale") >= 2:
                    per_cycle = kinds.index("inhale", 1)
                    deadline = phases[0][0] + 3 * (phases[per_cycle][0] - phases[0][0])
                if per_cycle and len(phases) > CYCLES * per_cycle:
                    time.sleep(DELAY_TARGET_S + 0.3)  # room for the last phase's events
                    break
                if time.monotonic() > deadline:
                    raise Unmeasured(f"only {len(phases)} phase changes came in time")
                time.sleep(0.2)
        finally:
            stop(app)
    finally:
        listener.send_signal(signal.SIGTERM)
        try:
            out, _ = listener.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            listener.kill()
            out, _ = listener.communicate()
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return read_phase_times(phases_file)[: CYCLES * per_cycle + 1], events, per_cycle


def check_breath(python: str, display: str, work: Path, pattern: str, verdict: Verdict) -> None:
    phases, events, per_cycle = listen_to_breath(python, display, work, pattern)
    print(
        f"breathing ({pattern}): {len(phases)} phase changes ({CYCLES} cycles of {per_cycle} and "
        f"the next), {len(events)} AT-SPI events heard"
    )
    if os.environ.get("ATSPI_BREATH_DEBUG") and phases:
        for e in events[:12]:
            print(f"  debug {e['t'] - phases[0][0]:+.3f} {e['type']} {e['text'][:40]!r}")
    delays: dict[str, list[float]] = {kind: [] for kind in PHASE_WORDS}
    missed = 0
    for when, kind in phases:
        words = PHASE_WORDS.get(kind)
        if words is None:
            continue
        # What a screen reader speaks: an announcement, or new text (a name change alone is
        # listed but does not count: Orca does not speak it for a label that has no focus).
        near = [
            e
            for e in events
            if words in e["text"] and -EARLY_SLACK_S <= e["t"] - when <= DELAY_TARGET_S
        ]
        matching = [e for e in near if not e["type"].startswith("object:property-change")]
        if not matching:
            missed += 1
            later = [
                e["t"] - when
                for e in events
                if words in e["text"]
                and e["t"] > when
                and e not in near
                and not e["type"].startswith("object:property-change")
            ]
            note = f" (next one {min(later):.3f} s later)" if later else ""
            if near:
                note += " (only: " + ", ".join(sorted({e["type"] for e in near})) + ")"
            print(f'  {when:.3f} {kind}: no "{words}" event within {DELAY_TARGET_S} s{note} MISSED')
            continue
        first = min(matching, key=lambda e: e["t"])
        delays[kind].append(max(0.0, first["t"] - when))
        types = sorted({e["type"] for e in near})
        print(f"  {when:.3f} {kind}: first after {first['t'] - when:.3f} s ({', '.join(types)})")
    for kind, values in delays.items():
        if values:
            print(
                f"{PHASE_WORDS[kind]}: {len(values)} heard, delay max {max(values):.3f} s, "
                f"median {statistics.median(values):.3f} s"
            )
    verdict.holds(
        "every Breathe in / Breathe out heard in time",
        missed == 0 and all(delays.values()),
        f"an event within {DELAY_TARGET_S} s of each over {CYCLES} cycles",
    )
    if delays["inhale"] or delays["exhale"]:
        worst = max(delays["inhale"] + delays["exhale"])
        verdict.at_most("worst phase delay", worst, DELAY_TARGET_S, " s")


def run_inner(python: str, parts: list[str], pattern: str, reader: bool) -> int:
    verdict = Verdict(BENCH)
    with x_display() as display, atspi_bus(display), tempfile.TemporaryDirectory() as tmp:
        screen_reader(reader)
        work = Path(tmp)
        if not reader:  # the control: no screen reader, so not one phase may be announced
            heard = listen_to_breath(python, display, work, pattern)[1]
            said = [e for e in heard if e["type"] == "object:announcement"]
            print(f"no screen reader: {len(heard)} AT-SPI events, {len(said)} announcements")
            verdict.holds("nothing announced with no screen reader", not said, "0 announcements")
            return verdict.exit_code()
        if "checkin" in parts:
            check_checkin(python, display, work, verdict)
        if "settings" in parts:
            check_settings(python, display, work, verdict)
        if "breath" in parts:
            check_breath(python, display, work, pattern, verdict)
    return verdict.exit_code()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--python", default=DEFAULT_PYTHON, help="interpreter with regulate")
    parser.add_argument(
        "--part",
        action="append",
        choices=("breath", "checkin", "settings"),
        help="check only this part (repeatable); default: all three",
    )
    parser.add_argument("--pattern", default="box", help="the breathing pattern (default box)")
    parser.add_argument(
        "--no-reader",
        action="store_true",
        help="the control: no screen reader flagged; passes when no phase is announced",
    )
    parser.add_argument("--listen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--probe", nargs=2, metavar=("KIND", "PID"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.listen:
        return listen()
    if args.probe:
        kind, pid = args.probe[0], int(args.probe[1])
        try:
            shot = probe_checkin(pid) if kind == "checkin" else probe_settings(pid)
        except Unmeasured as error:
            print(error, file=sys.stderr)
            return 1
        print(json.dumps(shot))
        return 0

    parts = args.part or ["checkin", "settings", "breath"]
    python = str(Path(args.python).absolute()) if os.sep in args.python else args.python
    try:
        if os.environ.get(INNER_ENV) == "1":
            return run_inner(python, parts, args.pattern, not args.no_reader)
        preflight(python)
        command = [sys.executable, str(Path(__file__).resolve()), "--python", python]
        command += ["--pattern", args.pattern, *(["--no-reader"] if args.no_reader else [])]
        for part in parts:
            command += ["--part", part]
        inner = subprocess.run(
            ["dbus-run-session", "--", *command],
            # GSETTINGS_BACKEND=memory: at-spi-bus-launcher writes ScreenReaderEnabled through
            # to GSettings; without this it would land in the person's own dconf database.
            env={**os.environ, INNER_ENV: "1", "GSETTINGS_BACKEND": "memory"},
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        for line in inner.stderr.splitlines():  # dbus-daemon's chatter stays out
            if line.startswith((BENCH, "Traceback", "  ")) or "Error" in line[:40]:
                print(line, file=sys.stderr)
        if inner.returncode in (EXIT_MET, EXIT_MISSED, EXIT_UNMEASURED):
            return inner.returncode
        return unmeasured(BENCH, f"the check ended with status {inner.returncode}")
    except (CheckError, Unmeasured) as error:
        return unmeasured(BENCH, error)


if __name__ == "__main__":
    sys.exit(main())
