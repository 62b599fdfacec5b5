"""Runs Regulate's own command line in this process, counting the frames its window paints.

``python bench/counted_app.py --settle S --seconds M -- REGULATE ARGS...`` calls
``regulate.cli.main(REGULATE ARGS)`` unchanged, after patching QApplication.exec (see
bench/frames.py): when the app's event loop starts, an application-wide frame counter is
installed, the shown window is resized to 900x700 (no window manager runs under Xvfb, so the
size applies as asked), and after S seconds the frames and the process's CPU time are measured
for M seconds; then one JSON line is printed and the process ends.
"""

import argparse
import sys

from frames import count_frames_in_exec

WIDTH, HEIGHT = 900, 700


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="measuring window (20)")
    parser.add_argument("--settle", type=float, default=3.0, help="wait before measuring (3)")
    parser.add_argument("regulate", nargs=argparse.REMAINDER, help="-- then regulate's arguments")
    args = parser.parse_args()
    argv = args.regulate[1:] if args.regulate[:1] == ["--"] else args.regulate
    count_frames_in_exec(args.settle, args.seconds, (WIDTH, HEIGHT))
    from regulate.cli import main as regulate_main

    code = regulate_main(argv)
    print(f"counted_app: regulate returned {code} before the measurement ended", file=sys.stderr)
    return code or 1


if __name__ == "__main__":
    raise SystemExit(main())
