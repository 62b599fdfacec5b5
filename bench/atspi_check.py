"""Screen-reader check: every operable control on Regulate's main screens has an accessible name.

What is checked: the accessible tree exactly as a screen reader (Orca) reads it, over AT-SPI,
not Qt's own QAccessible objects. For each screen the app is launched on its own, the tree of
its application is walked, and every node that is showing and visible (and so are all its
ancestors: Qt calls the items of a closed combo box's list showing) and whose role is one a
person operates (push button, toggle button, check box, radio button, combo box, text, entry,
password text, spin button, slider, scroll bar, menu item, check and radio menu item, list
item, page tab, link) is counted. So is any other showing node that is focusable, whatever its
role: Tab lands on it, so a reader has to say something (a custom-painted control, or a scroll
area that takes focus); these are marked "(focusable)". ``--roles-only`` leaves them out, to
check the role list alone. Those with an empty name are listed with their text or
description (if any), the targets of their labelled-by relation (if any), the chain of
parents from the window down, and the accessible id (Qt's path of object names and classes),
so they can be found and fixed.

Screens: home (a data dir whose settings.json says ``{"first_run_done": true}``, so the
first-run screen does not show), breathing (``breathe box``), grounding list (``ground``),
grounding player (``ground 54321``), check-in (``checkin``), chart (``chart``, after a few
``log --arousal`` entries) and presenter (``present``). ``first-run`` (a fresh data dir) can
be asked for with ``--screen first-run``.

How: the script re-runs itself under ``dbus-run-session`` (a private session bus), starts its
own Xvfb (a free display chosen by Xvfb) and ``at-spi-bus-launcher --launch-immediately`` (the
registry daemon is then started by D-Bus activation), and launches each screen with
QT_QPA_PLATFORM=xcb, QT_ACCESSIBILITY=1 and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. It then takes
snapshots of the tree, each in a fresh child process (``--snapshot PID``, the only code that
imports pyatspi), so that nothing is read from a stale client-side cache, until the app's window
is there and two snapshots in a row agree on the operable controls. Then it kills the app.

Setup (Debian 12, as root)::

    apt-get install -y xvfb dbus dbus-x11 at-spi2-core python3-pyatspi

Usage, from the repo root, with the system Python (the one that has pyatspi)::

    /usr/bin/python3 bench/atspi_check.py [--python /tmp/venv/bin/python] [--screen NAME ...]
        [--all] [--roles-only]

``--all`` also lists every operable control found, named or not (before the unnamed ones).
``--python`` is the interpreter that has Regulate installed (default /tmp/venv/bin/python).
Exit status: 0 when no operable control is unnamed, 1 when some are, or with a one-line message
when setup fails (a tool missing, the app exiting, its window never appearing on the bus).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

INNER_ENV = "REGULATE_ATSPI_CHECK_INNER"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
DEFAULT_PYTHON = "/tmp/venv/bin/python"
WINDOW_TIMEOUT_S = 45.0
SETTLE_INTERVAL_S = 0.8
SNAPSHOT_TIMEOUT_S = 60.0
MAX_NODES = 20000

# AT-SPI role names (Accessible.getRoleName()) of the controls a person operates.
OPERABLE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "entry",
        "password text",
        "spin button",
        "slider",
        "scroll bar",
        "menu item",
        "check menu item",
        "radio menu item",
        "list item",
        "page tab",
        "link",
    }
)

HOME_SETTINGS = {"first_run_done": True}

# name -> (arguments after --data-dir DIR, settings.json content or None, check-ins to log first)
SCREENS: dict[str, tuple[list[str], dict[str, Any] | None, int]] = {
    "home": ([], HOME_SETTINGS, 0),
    "breathing": (["breathe", "box"], HOME_SETTINGS, 0),
    "grounding-list": (["ground"], HOME_SETTINGS, 0),
    "grounding-player": (["ground", "54321"], HOME_SETTINGS, 0),
    "check-in": (["checkin"], HOME_SETTINGS, 0),
    "chart": (["chart"], HOME_SETTINGS, 6),
    "presenter": (["present"], HOME_SETTINGS, 0),
    "first-run": ([], None, 0),
}
DEFAULT_SCREENS = [name for name in SCREENS if name != "first-run"]


class CheckError(Exception):
    """Setup failed; the message is one line for the person running the check."""


# --- snapshot: the only part that talks AT-SPI (runs in a child with pyatspi) -----------------


def _describe(node: Any) -> str:
    """A short 'role "name"' label for a node in a parent chain."""
    try:
        name = node.name or ""
        role = node.getRoleName()
    except Exception:
        return "?"
    return f'{role} "{name}"' if name else role


def _text_of(node: Any) -> str:
    """The node's text (Text interface), if it has any, shortened to one line."""
    try:
        text = node.queryText()
        value = text.getText(0, min(text.characterCount, 80))
    except Exception:
        return ""
    return " ".join(value.split())


def _labelled_by(node: Any) -> list[str]:
    """Names of the nodes this one says it is labelled by (a reader may fall back to them)."""
    import pyatspi

    names: list[str] = []
    try:
        relations = node.getRelationSet()
    except Exception:
        return names
    for relation in relations:
        if relation.getRelationType() != pyatspi.RELATION_LABELLED_BY:
            continue
        for index in range(relation.getNTargets()):
            target = relation.getTarget(index)
            names.append(target.name if target is not None else "?")
    return names


def snapshot(pid: int, roles_only: bool) -> dict[str, Any]:
    """Walk the AT-SPI tree of the application with this process id and report its controls."""
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    app = None
    names: list[str] = []
    for index in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(index)
        if candidate is None:
            continue
        try:
            names.append(candidate.name)
            if candidate.get_process_id() == pid:
                app = candidate
                break
        except Exception:
            continue
    if app is None:
        return {"found": False, "apps": names}

    windows: list[str] = []
    nodes = 0
    operable: list[dict[str, Any]] = []

    def walk(node: Any, chain: list[str], path: str) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_NODES:
            return
        try:
            role = node.getRoleName()
            states = node.getState()
            name = node.name or ""
            count = node.childCount
        except Exception:
            return
        # Only what is on screen counts, and a hidden parent hides its children: Qt reports the
        # items of a closed combo box's list as showing even when the combo box itself is not.
        if not (states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)):
            return
        if not chain:
            windows.append(_describe(node))
        focusable_only = role not in OPERABLE_ROLES and states.contains(pyatspi.STATE_FOCUSABLE)
        if role in OPERABLE_ROLES or (focusable_only and not roles_only):
            entry: dict[str, Any] = {
                "role": f"{role} (focusable)" if focusable_only else role,
                "path": path,
                "named": bool(name.strip()),
                "name": name,
            }
            if not entry["named"]:
                entry["text"] = _text_of(node)
                try:
                    entry["description"] = node.description or ""
                except Exception:
                    entry["description"] = ""
                entry["labelled_by"] = _labelled_by(node)
                try:  # Qt gives its object path, e.g. "QApplication.MainWindow.QStackedWidget…"
                    entry["qt_id"] = node.get_accessible_id() or ""
                except Exception:
                    entry["qt_id"] = ""
                entry["chain"] = chain
            operable.append(entry)
        here = [*chain, _describe(node)]
        for index in range(count):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                continue
            if child is not None:
                walk(child, here, f"{path}/{index}")

    for index in range(app.childCount):
        child = app.getChildAtIndex(index)
        if child is not None:
            walk(child, [], str(index))
    return {"found": True, "windows": windows, "nodes": nodes, "operable": operable}


# --- the orchestration (no pyatspi here) ----------------------------------------------------


@contextmanager
def x_display() -> Iterator[str]:
    """Yield the DISPLAY of a private Xvfb, killed afterwards."""
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise CheckError("Xvfb did not start")
        yield f":{number}"
    finally:
        stop(xvfb)


@contextmanager
def atspi_bus(display: str) -> Iterator[None]:
    """Start the accessibility bus on the current session bus and wait until it answers."""
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        ask = [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.a11y.Bus",
            "/org/a11y/bus",
            "org.a11y.Bus.GetAddress",
        ]
        while True:
            done = subprocess.run(ask, capture_output=True, text=True, check=False)
            if done.returncode == 0 and "unix:" in done.stdout:
                break
            if launcher.poll() is not None or time.monotonic() > deadline:
                raise CheckError("the AT-SPI bus (at-spi-bus-launcher) did not start")
            time.sleep(0.2)
        yield
    finally:
        stop(launcher)


def stop(process: subprocess.Popen[Any]) -> None:
    """End a child we started: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def take_snapshot(pid: int, roles_only: bool) -> dict[str, Any]:
    """Run one snapshot in a fresh child process (no stale AT-SPI cache) and parse its JSON."""
    try:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--snapshot",
                str(pid),
                *(["--roles-only"] if roles_only else []),
            ],
            capture_output=True,
            text=True,
            timeout=SNAPSHOT_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise CheckError("walking the AT-SPI tree timed out") from error
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise CheckError(f"the AT-SPI snapshot failed: {last}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def prepare_data(python: str, data_dir: Path, settings: dict[str, Any] | None, logs: int) -> None:
    """Create the data dir: settings.json (to skip first run) and a few check-ins if asked."""
    data_dir.mkdir(parents=True)
    if settings is not None:
        (data_dir / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    now = dt.datetime.now().replace(microsecond=0)
    for index in range(logs):
        when = (now - dt.timedelta(days=logs - 1 - index, hours=index % 3)).isoformat()
        command = [python, "-m", "regulate", "--data-dir", str(data_dir), "log"]
        command += ["--arousal", str((5 + 2 * index) % 11), "--at", when]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise CheckError(f"regulate log failed: {last}")


def signature(shot: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """What must stop changing before the screen counts as settled."""
    return sorted((item["role"], item["path"], item["named"]) for item in shot["operable"])


def check_screen(
    name: str, python: str, display: str, work: Path, roles_only: bool
) -> dict[str, Any]:
    """Launch one screen, wait for its window on the bus and a settled tree, then kill it."""
    arguments, settings, logs = SCREENS[name]
    data_dir = work / name
    prepare_data(python, data_dir, settings, logs)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_ACCESSIBILITY": "1",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    env.pop("NO_AT_BRIDGE", None)
    env.pop(INNER_ENV, None)
    log_path = work / f"{name}.log"
    with log_path.open("w") as log:
        app = subprocess.Popen(
            [python, "-m", "regulate", "--data-dir", str(data_dir), *arguments],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + WINDOW_TIMEOUT_S
        previous: list[tuple[str, str, bool]] | None = None
        shot: dict[str, Any] = {"found": False}
        while True:
            if app.poll() is not None:
                lines = log_path.read_text(errors="replace").strip().splitlines()
                raise CheckError(
                    f"{name}: the app exited with {app.returncode}: "
                    + (lines[-1] if lines else "no output")
                )
            shot = take_snapshot(app.pid, roles_only)
            if shot["found"] and shot["windows"] and shot["operable"]:
                current = signature(shot)
                if current == previous:
                    return shot
                previous = current
            if time.monotonic() > deadline:
                if shot["found"] and shot["windows"]:
                    shot["unsettled"] = True
                    return shot
                raise CheckError(f"{name}: the window never appeared on the AT-SPI bus")
            time.sleep(SETTLE_INTERVAL_S)
    finally:
        stop(app)


def report(name: str, shot: dict[str, Any], show_all: bool) -> int:
    """Print one screen's result; return how many operable controls are unnamed."""
    if show_all:
        for item in shot["operable"]:
            print(f'  . {item["role"]} "{item["name"]}"')
    unnamed = [item for item in shot["operable"] if not item["named"]]
    note = " (tree still changing at the time limit)" if shot.get("unsettled") else ""
    print(
        f"{name}: {len(shot['operable'])} operable controls, {len(unnamed)} unnamed{note}"
        f" (window: {', '.join(shot['windows'])})",
        flush=True,
    )
    for item in unnamed:
        extras = []
        if item["text"]:
            extras.append(f'text "{item["text"]}"')
        if item["description"]:
            extras.append(f'description "{item["description"]}"')
        if item["labelled_by"]:
            extras.append("labelled by " + ", ".join(f'"{n}"' for n in item["labelled_by"]))
        extra = f" [{'; '.join(extras)}]" if extras else ""
        print(f"  - {item['role']}{extra}")
        print(f"      in: {' > '.join(item['chain']) or '(top level)'}")
        if item["qt_id"]:
            print(f"      id: {item['qt_id']}", flush=True)
    return len(unnamed)


def run_inner(python: str, screens: list[str], show_all: bool, roles_only: bool) -> int:
    """Inside the private session bus: Xvfb, AT-SPI bus, then every screen in turn."""
    with x_display() as display, atspi_bus(display), tempfile.TemporaryDirectory() as tmp:
        total = 0
        for name in screens:
            shot = check_screen(name, python, display, Path(tmp), roles_only)
            total += report(name, shot, show_all)
    print(f"total unnamed operable controls: {total}")
    return 0 if total == 0 else 1


def preflight(python: str) -> None:
    """Fail early, in one line, when a tool is missing."""
    for tool in ("dbus-run-session", "dbus-send", "Xvfb"):
        if shutil.which(tool) is None:
            raise CheckError(f"{tool} is not installed (apt-get install dbus dbus-x11 xvfb)")
    if not os.access(BUS_LAUNCHER, os.X_OK):
        raise CheckError(f"{BUS_LAUNCHER} is missing (apt-get install at-spi2-core)")
    # find_spec, not import: importing pyatspi outside our bus would autolaunch a session bus.
    if importlib.util.find_spec("pyatspi") is None:
        raise CheckError(
            "pyatspi is not importable: run with /usr/bin/python3 (apt-get install python3-pyatspi)"
        )
    if shutil.which(python) is None:
        raise CheckError(f"{python} is not an executable interpreter (see --python)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--python", default=DEFAULT_PYTHON, help="interpreter with regulate")
    parser.add_argument(
        "--screen",
        action="append",
        choices=sorted(SCREENS),
        help="check only this screen (repeatable); default: all but first-run",
    )
    parser.add_argument("--all", action="store_true", help="also list every named control")
    parser.add_argument(
        "--roles-only", action="store_true", help="ignore focusable nodes of other roles"
    )
    parser.add_argument("--snapshot", type=int, metavar="PID", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.snapshot is not None:
        print(json.dumps(snapshot(args.snapshot, args.roles_only)))
        return 0

    screens = args.screen or DEFAULT_SCREENS
    try:
        if os.environ.get(INNER_ENV) == "1":
            return run_inner(args.python, screens, args.all, args.roles_only)
        preflight(args.python)
        command = [sys.executable, str(Path(__file__).resolve()), "--python", args.python]
        for name in screens:
            command += ["--screen", name]
        if args.all:
            command.append("--all")
        if args.roles_only:
            command.append("--roles-only")
        # dbus-daemon chatters on stderr (fd limits, activations): pass on only our own lines.
        inner = subprocess.run(
            ["dbus-run-session", "--", *command],
            env={**os.environ, INNER_ENV: "1"},
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        for line in inner.stderr.splitlines():
            if line.startswith(("atspi_check:", "Traceback", "  ")) or "Error" in line[:40]:
                print(line, file=sys.stderr)
        return 1 if inner.returncode != 0 else 0
    except CheckError as error:
        print(f"atspi_check: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
