#!/usr/bin/env bash
# The command-line self-check of an installed Regulate: the same checks the PyInstaller build
# runs on its frozen program, against any `regulate` command (a venv's, pipx's, the frozen one).
#
#   packaging/selfcheck.sh .venv/bin/regulate                  # the venv's, windows included
#   SKIP_GUI_CHECK=1 packaging/selfcheck.sh .venv/bin/regulate # command line only (fast)
#   packaging/selfcheck.sh dist/regulate/regulate 1.2.0        # also check --version prints 1.2.0
#
# Every run of the program gets an empty environment (HOME, a plain PATH and a UTF-8 LANG only),
# as a desktop launcher gives it, and a fresh data folder. What it writes (export, PDFs) goes to a separate
# folder OUTSIDE the data folder: Regulate rightly refuses to save an export inside its own data
# folder, and that refusal is checked too. The window check needs xvfb-run (or SKIP_GUI_CHECK=1).
# PYTHON (default python3) reads the JSON the program prints; it needs nothing installed.
# Exit status 0 when every check passed, else 1 with a one-line message on stderr.
set -euo pipefail

fail() {
    echo "selfcheck: $*" >&2
    exit 1
}

[ $# -ge 1 ] && [ $# -le 2 ] || fail "usage: packaging/selfcheck.sh REGULATE [EXPECTED_VERSION]"
program="$1"
expected="${2:-}"
case "$program" in
    */*) program="$(cd "$(dirname "$program")" && pwd)/$(basename "$program")" ;;
    *) program="$(command -v "$program")" || fail "no command '$1' on PATH" ;;
esac
[ -x "$program" ] || fail "$program is not an executable file"
PYTHON="${PYTHON:-python3}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"  # Regulate's data folder: the program creates it
out="$work/out"    # where the exports and PDFs go: never inside the data folder
mkdir "$out"

# An empty environment, as a desktop launcher gives: nothing from this shell or venv helps.
# (LANG: a desktop session always sets one; without it Qt warns that it switched to C.UTF-8.)
bare() { env -i HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
run() { bare "$program" --data-dir "$data" "$@"; }

version="$(bare "$program" --version)"
if [ -n "$expected" ] && [[ "$version" != *"$expected"* ]]; then
    fail "--version printed '$version', expected $expected"
fi
echo "version: $version"

# Data files are read through importlib.resources: exercises and patterns prove they're there.
run exercises --json >"$out/exercises.json" || fail "'exercises --json' failed"
"$PYTHON" - "$out/exercises.json" <<'PY' || fail "'exercises --json' printed no exercises"
import json
import sys

with open(sys.argv[1], encoding="utf-8") as handle:
    exercises = json.load(handle)
assert len(exercises) >= 1 and all(item["steps"] for item in exercises), exercises
PY
run patterns >/dev/null || fail "'patterns' failed"
run log --arousal 5 >/dev/null || fail "'log --arousal 5' failed"
run export --format json --out "$out/export.json" || fail "'export --out' failed"
"$PYTHON" - "$out/export.json" <<'PY' || fail "the export does not hold the check-in just logged"
import json
import sys

with open(sys.argv[1], encoding="utf-8") as handle:
    export = json.load(handle)
assert [entry["arousal"] for entry in export["checkins"]] == [5], export["checkins"]
PY
echo "data files: found; log and export: done"

# An export into the data folder is refused: a short message, no traceback, nothing written.
if run export --format json --out "$data/export.json" >"$out/refused.out" 2>"$out/refused.err"
then
    fail "an export into the data folder was accepted"
fi
if grep -q "Traceback" "$out/refused.err" || [ "$(wc -l <"$out/refused.err")" -gt 2 ]; then
    fail "refusing an export into the data folder printed more than a short message"
fi
[ ! -e "$data/export.json" ] || fail "a refused export was written into the data folder"
echo "export into the data folder: refused ($(head -n 1 "$out/refused.err"))"

# PDFs are drawn offscreen by Qt (and the report's chart by pyqtgraph and numpy): no display.
run handout box --out "$out/box.pdf" >/dev/null || fail "'handout box' failed"
run report --out "$out/report.pdf" >/dev/null || fail "'report' failed"
for pdf in box report; do
    [ "$(head -c 5 "$out/$pdf.pdf")" = "%PDF-" ] || fail "$pdf.pdf is not a PDF"
done
echo "handout and report: written"

if [ "${SKIP_GUI_CHECK:-0}" = "1" ]; then
    echo "windows: skipped (SKIP_GUI_CHECK=1)"
elif command -v xvfb-run >/dev/null; then
    # The breathing window: one 2 s cycle, then it quits by itself with status 0. Then the
    # chart (pyqtgraph), which quits after its first frame. Both in real X11 windows.
    # shellcheck disable=SC2016  # expanded by the inner shell, where xvfb-run has set them
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" sh -c '
        set -e
        run() {
            env -i HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY" \
                XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb "$@"
        }
        run "$1" --data-dir "$2" breathe 1.5-0-1.5-0 --cycles 1 --quit-when-done
        run REGULATE_FIRST_FRAME_EXIT=1 "$1" --data-dir "$2" chart >/dev/null
    ' sh "$program" "$data" || fail "a window did not open and close cleanly"
    echo "windows: breathing and chart opened and closed by themselves"
else
    echo "windows: not checked (no xvfb-run; apt-get install xvfb xauth)"
fi
echo "selfcheck: all checks passed for $program"
