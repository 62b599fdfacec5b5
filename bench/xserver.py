"""The benchmarks' X server: a private Xvfb on a free display, stopped afterwards.

Shared by every bench that opens windows. Xvfb picks its own display (-displayfd), listens
on no TCP port, and keeps running as it is when its last client disconnects (-noreset), so
benches that start one child after another do not pay for a server reset in between.
REGULATE_BENCH_USE_DISPLAY=1 uses the current DISPLAY instead.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class BenchError(Exception):
    """The bench could not run or a child failed; the message is one line."""


@contextmanager
def x_server(screen: str = "1280x800x24") -> Iterator[tuple[str, int | None]]:
    """Yield a DISPLAY and the X server's pid (None when it is not ours)."""
    existing = os.environ.get("DISPLAY")
    if os.environ.get("REGULATE_BENCH_USE_DISPLAY") == "1" and existing:
        yield existing, None
        return
    if shutil.which("Xvfb") is None:
        raise BenchError("Xvfb is not installed (or set REGULATE_BENCH_USE_DISPLAY=1)")
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            screen,
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        number = _read_display_number(read_fd, xvfb)
        socket_path = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket_path.exists():
            if xvfb.poll() is not None or time.monotonic() > deadline:
                raise BenchError(f"Xvfb did not create {socket_path}")
            time.sleep(0.05)
        yield f":{number}", xvfb.pid
    finally:
        os.close(read_fd)
        xvfb.terminate()
        try:
            xvfb.wait(timeout=5)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


@contextmanager
def x_display(screen: str = "1280x800x24") -> Iterator[str]:
    """Just the DISPLAY of ``x_server``."""
    with x_server(screen) as (display, _pid):
        yield display


def _read_display_number(read_fd: int, xvfb: subprocess.Popen[bytes]) -> str:
    """Xvfb writes the display number it picked, then a newline, once it accepts clients."""
    data = b""
    deadline = time.monotonic() + 15
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or xvfb.poll() is not None:
            raise BenchError("Xvfb did not start")
        ready, _, _ = select.select([read_fd], [], [], min(remaining, 0.5))
        if ready:
            chunk = os.read(read_fd, 64)
            if not chunk:
                raise BenchError("Xvfb did not report a display number")
            data += chunk
    return data.decode().strip()
