"""Tone timing check: record what ``regulate breathe 3-2-3-2 --cycles 2 --sound`` plays.

Acceptance line checked: ``regulate breathe 3-2-3-2 --cycles 2 --quit-when-done --sound`` exits
0 after 20 s plus start-up, with a tone at each of the 8 phase changes, each within 30 ms of the
schedule once the common output latency is taken out (README's figure: worst 5-16 ms over 6 runs;
a tone 30 ms late is still heard on the phase change, one 100 ms late is not).

Method: the bench starts its own PulseAudio daemon (no system or user config, ``-n``) whose only
sink is ``module-pipe-sink`` with ``use_system_clock_for_timing=yes``: it writes everything that
is played, mixed, as s16le stereo 44.1 kHz into a FIFO at the pace of the real clock (silence
when nothing plays). A recorder thread opens the FIFO before the daemon starts, reads it in
1764-byte chunks (10 ms) and stamps each chunk with ``time.monotonic()`` when the read that
completed it returned. (A null sink's monitor read with parec does not keep real time, hence the
pipe.) The app runs under its own Xvfb with QT_QPA_PLATFORM=xcb, a fresh temporary --data-dir,
and XDG_RUNTIME_DIR / PULSE_SERVER pointing at the daemon, so QtMultimedia finds the pipe sink as
its default output.

A tone onset is the first chunk whose peak reaches ONSET_PEAK after at least QUIET_BEFORE_S of
chunks below QUIET_PEAK. Each onset's pitch is read from zero crossings of the left channel over
the next 50 ms (the tones are a sine plus a weaker third harmonic, which adds no zero crossings),
so a missing first tone cannot be mistaken for the schedule shifting. The app does not say when
its session started, so onsets are measured from the FIRST onset (the t = 0 inhale tone): this
removes the output latency common to all tones. The 7 later intervals are compared to
3, 5, 8, 10, 13, 15, 18 s. As a cross-check the same onsets are also timed by their sample
position in the stream (``pos``), which the pipe sink delivers at exactly 44 100 frames a second.

Measured from the first onset, a late first tone would shift everything and go unseen; so the
app is also run with REGULATE_PHASE_TIMES naming a file to which it appends each phase change
with its own time.monotonic() (the same clock as the recorder's, system-wide on Linux). Every
tone, the first included, is then compared with its phase change once the median of the
(onset - phase time) differences, the output latency common to all tones, is taken out
(``phase_errors``); each must be within TOLERANCE_S too.

Each scheduled tone is matched to the onset nearest its time (within 1 s); unmatched slots are
MISSING, unmatched onsets "extra". If the first onset is not the inhale tone (the t = 0 tone is
missing), the onset that puts the most right-pitched tones on the schedule becomes the reference
instead, so the rest can still be judged (and the run fails).

PASS needs: exit code 0, run time of at least 20 s, exit within 20 s - 0.1 s .. 20 s + 1 s of
the first onset, all 8 tones and no extra one, the right pitch for each phase (inhale 523, hold
659, exhale 392, rest 330 Hz, within 6 %), and every error within 30 ms (TOLERANCE_S).
Informational: the first onset after the process was started (start-up plus output latency; the
pipe sink itself adds next to none), and the latency PulseAudio reports for the app's stream
halfway through. An app still running 20 s after the session should have ended is sent SIGABRT
(it runs with PYTHONFAULTHANDLER=1, so it prints its Python stacks) and then killed; its output
is shown as distinct lines with repeat counts, because a wedged Qt event loop can print
gigabytes.

Usage: ``python bench/tones.py [--regulate PATH] [--save-wav FILE] [--app-log FILE]`` from the
repo root, as any user (root works). Needs ``pulseaudio`` (apt-get install pulseaudio
pulseaudio-utils) and Xvfb. --save-wav keeps the recording to listen to.
Exit status: 0 on PASS; 1 on FAIL (a target missed: a tone late, missing, extra or of the wrong
pitch, or the app's exit); 2 when it could not measure at all (PulseAudio, Xvfb or the
``regulate`` command missing, the daemon not starting), with one line starting "tones bench:
could not measure:" on stderr. These are the exit codes of every bench (bench/verdict.py).
"""

from __future__ import annotations

import argparse
import array
import contextlib
import math
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from verdict import EXIT_MET, EXIT_MISSED, unmeasured
from xserver import BenchError, x_display

RATE = 44_100
FRAME_BYTES = 4  # s16le, two channels
CHUNK_BYTES = 1764  # 10 ms
CHUNK_S = CHUNK_BYTES / FRAME_BYTES / RATE
FULL_SCALE = 32768
ONSET_PEAK = 0.02 * FULL_SCALE  # about -34 dBFS; the tones peak near -12 dBFS
QUIET_PEAK = 0.003 * FULL_SCALE  # about -50 dBFS
QUIET_BEFORE_S = 0.15
PITCH_WINDOW_S = 0.05

PATTERN = "3-2-3-2"
CYCLES = 2
SESSION_S = 20.0
EXPECTED = [  # seconds after the session starts, and the tone for that phase
    (0.0, "inhale"),
    (3.0, "hold"),
    (5.0, "exhale"),
    (8.0, "rest"),
    (10.0, "inhale"),
    (13.0, "hold"),
    (15.0, "exhale"),
    (18.0, "rest"),
]
PITCH_HZ = {"inhale": 523.25, "hold": 659.25, "exhale": 392.00, "rest": 329.63}
PITCH_TOLERANCE = 0.06
TOLERANCE_S = 0.03
MATCH_S = 1.0  # an onset this close to a scheduled tone counts as that tone
EXIT_EARLY_S = 0.1  # the output latency makes the first tone this much late at most
EXIT_SLACK_S = 1.0  # the app may take this long to close after the session ends
LOG_CAP = 10_000_000  # bytes of app output kept with --app-log
DISTINCT_CAP = 200
TAIL_S = 1.0  # keep recording this long after the app exits
APP_GRACE_S = 20.0  # beyond the session, before the app counts as hung


@dataclass
class Onset:
    read_time: float  # time.monotonic() of the read that completed the onset chunk
    stream_s: float  # onset sample / RATE, from the start of the recording
    peak_dbfs: float
    pitch_hz: float


class Recorder(threading.Thread):
    """Reads the FIFO in 10 ms chunks; keeps the audio and one read time per chunk."""

    def __init__(self, fifo: Path) -> None:
        super().__init__(name="fifo-recorder", daemon=True)
        # O_RDWR: the open neither blocks nor sees end-of-file while the daemon (re)opens it.
        self._fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
        self._stopping = threading.Event()
        self.audio = bytearray()
        self.chunk_times: list[float] = []
        self.reads: list[tuple[float, int]] = []  # (time, total bytes so far)
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self._stopping.is_set():
                ready, _, _ = select.select([self._fd], [], [], 0.1)
                if not ready:
                    continue
                try:
                    data = os.read(self._fd, 65536)
                except BlockingIOError:
                    continue
                now = time.monotonic()
                before = len(self.audio) // CHUNK_BYTES
                self.audio += data
                self.reads.append((now, len(self.audio)))
                after = len(self.audio) // CHUNK_BYTES
                self.chunk_times.extend([now] * (after - before))
        except BaseException as error:  # reported by the main thread
            self.error = error

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=2)
        os.close(self._fd)

    def time_of(self, byte_offset: int) -> float:
        """Monotonic time when the chunk holding ``byte_offset`` had been read."""
        return self.chunk_times[byte_offset // CHUNK_BYTES]

    def stream_anchor(self) -> float:
        """Monotonic time of byte 0 by the stream's own clock: the least-delayed read."""
        return min(t - total / FRAME_BYTES / RATE for t, total in self.reads)


def find_onsets(audio: bytes) -> list[Onset]:
    samples = array.array("h")
    samples.frombytes(audio[: len(audio) - len(audio) % CHUNK_BYTES])
    if sys.byteorder == "big":
        samples.byteswap()
    per_chunk = CHUNK_BYTES // 2
    quiet_needed = round(QUIET_BEFORE_S / CHUNK_S)
    quiet_run = 0
    armed = True  # the recording starts in silence
    onsets: list[Onset] = []
    for chunk in range(len(samples) // per_chunk):
        part = samples[chunk * per_chunk : (chunk + 1) * per_chunk]
        peak = max(max(part), -min(part))
        quiet_run = quiet_run + 1 if peak < QUIET_PEAK else 0
        armed = armed or quiet_run >= quiet_needed
        if armed and peak >= ONSET_PEAK:
            armed = False
            first = next(i for i, v in enumerate(part) if abs(v) >= ONSET_PEAK)
            index = chunk * per_chunk + first
            onsets.append(
                Onset(
                    read_time=0.0,  # filled in by the caller from the chunk's read time
                    stream_s=index / 2 / RATE,
                    peak_dbfs=_tone_peak_dbfs(samples, index),
                    pitch_hz=_pitch(samples, index),
                )
            )
    return onsets


def _tone_peak_dbfs(samples: array.array[int], index: int) -> float:
    window = samples[index : index + 2 * int(RATE * 0.1)]
    peak = max(abs(v) for v in window) or 1
    return 20 * math.log10(peak / FULL_SCALE)


def _pitch(samples: array.array[int], index: int) -> float:
    """Frequency from rising zero crossings of the left channel over PITCH_WINDOW_S."""
    left = samples[index : index + 2 * int(RATE * PITCH_WINDOW_S) : 2]
    rising = [i for i in range(1, len(left)) if left[i - 1] < 0 <= left[i]]
    if len(rising) < 2:
        return 0.0
    return (len(rising) - 1) * RATE / (rising[-1] - rising[0])


@contextmanager
def pulse_daemon(work: Path, fifo: Path) -> Iterator[dict[str, str]]:
    """Start a private PulseAudio whose default sink writes into ``fifo``; yield its env."""
    pulseaudio = shutil.which("pulseaudio")
    if pulseaudio is None:
        raise BenchError("PulseAudio is not available (apt-get install pulseaudio)")
    runtime = work / "runtime"
    (runtime / "pulse").mkdir(parents=True)
    runtime.chmod(0o700)
    socket_path = runtime / "pulse" / "native"
    script = work / "bench.pa"
    script.write_text(
        f"load-module module-native-protocol-unix socket={socket_path} auth-anonymous=1\n"
        f"load-module module-pipe-sink file={fifo} format=s16le rate={RATE} channels=2"
        " use_system_clock_for_timing=yes sink_name=bench_pipe\n"
        "set-default-sink bench_pipe\n"
    )
    env = dict(os.environ)
    env.update(
        HOME=str(work),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(work / "config"),
        PULSE_SERVER=f"unix:{socket_path}",
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    log = (work / "pulseaudio.log").open("wb")
    daemon = subprocess.Popen(
        [
            pulseaudio,
            "--daemonize=no",
            "-n",
            "-F",
            str(script),
            "--exit-idle-time=-1",
            "--disallow-exit",
            "--use-pid-file=no",
            "--log-target=stderr",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 15
        while not socket_path.exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                lines = (work / "pulseaudio.log").read_text(errors="replace").strip().splitlines()
                last = lines[-1] if lines else "no output"
                raise BenchError(f"PulseAudio is not available (daemon did not start: {last})")
            time.sleep(0.05)
        yield env
    finally:
        _end(daemon)
        log.close()


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _stream_latency(env: dict[str, str]) -> str:
    """What PulseAudio says about the app's stream: buffer and sink latency, in ms."""
    if shutil.which("pactl") is None:
        return "pactl not installed"
    out = subprocess.run(
        ["pactl", "list", "sink-inputs"], env=env, capture_output=True, text=True, timeout=5
    ).stdout
    keep = [
        line.strip()
        for line in out.splitlines()
        if line.strip().startswith(("Buffer Latency", "Sink Latency", "application.name"))
    ]
    return "; ".join(keep) or "no stream open"


def run_once(regulate: list[str], save_wav: Path | None, app_log: Path | None) -> bool:
    with tempfile.TemporaryDirectory(prefix="regulate-tones-") as tmp:
        work = Path(tmp)
        fifo = work / "out.fifo"
        os.mkfifo(fifo)
        data_dir = work / "data"
        data_dir.mkdir()
        command = [
            *regulate,
            "--data-dir",
            str(data_dir),
            "breathe",
            PATTERN,
            "--cycles",
            str(CYCLES),
            "--quit-when-done",
            "--sound",
        ]
        phase_times = work / "phases.txt"
        recorder = Recorder(fifo)
        recorder.start()
        try:
            with x_display() as display, pulse_daemon(work, fifo) as env:
                env.pop("WAYLAND_DISPLAY", None)
                # PYTHONFAULTHANDLER: if the app hangs, SIGABRT makes it print every thread's stack.
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONFAULTHANDLER="1")
                # The app appends each phase change with its time.monotonic() (the same clock
                # as the recorder's on Linux): the first tone is judged against its phase too.
                env["REGULATE_PHASE_TIMES"] = str(phase_times)
                time.sleep(0.5)  # let the sink settle into its steady pace
                code, started, ended, latency, output = run_app(command, env, app_log)
                time.sleep(TAIL_S)
        finally:
            recorder.stop()
        if recorder.error is not None:
            raise BenchError(f"reading the FIFO failed: {recorder.error}")
        if save_wav is not None:
            with wave.open(str(save_wav), "wb") as out:
                out.setnchannels(2)
                out.setsampwidth(2)
                out.setframerate(RATE)
                out.writeframes(bytes(recorder.audio))
        phases = read_phase_times(phase_times)
        return report(recorder, command, code, started, ended, latency, output, phases)


class OutputCollector(threading.Thread):
    """Drains the app's output: distinct lines with counts, and at most LOG_CAP bytes kept.

    A misbehaving app can print millions of identical warnings (gigabytes) in a few seconds,
    so nothing here grows with the length of the output.
    """

    def __init__(self, stream: IO[bytes], log_path: Path | None) -> None:
        super().__init__(name="app-output", daemon=True)
        self._stream = stream
        self._log = log_path.open("wb") if log_path is not None else None
        self._written = 0
        self.counts: dict[str, int] = {}
        self.dropped = 0

    def run(self) -> None:
        for raw in self._stream:
            if self._log is not None and self._written < LOG_CAP:
                self._log.write(raw)
                self._written += len(raw)
            text = raw.decode(errors="replace").rstrip()
            if not text:
                continue
            if text in self.counts:
                self.counts[text] += 1
            elif len(self.counts) < DISTINCT_CAP:
                self.counts[text] = 1
            else:
                self.dropped += 1
        if self._log is not None:
            self._log.close()

    def summary(self, limit: int = 14) -> list[str]:
        """Distinct lines in first-seen order, with repeat counts."""
        lines = [f"{text}  (x{n})" if n > 1 else text for text, n in self.counts.items()]
        if len(lines) > limit:
            cut = len(lines) - limit
            lines = [*lines[: limit // 2], f"... {cut} more ...", *lines[-limit // 2 :]]
        if self.dropped:
            lines.append(f"... and {self.dropped} lines not kept")
        return lines


def run_app(
    command: list[str], env: dict[str, str], log_path: Path | None
) -> tuple[int | None, float, float, str, list[str]]:
    """Run the app to its end: exit code (None if it hung), start and end times, the stream
    latency PulseAudio reports halfway, and a summary of the app's output."""
    started = time.monotonic()
    app = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert app.stdout is not None
    output = OutputCollector(app.stdout, log_path)
    output.start()
    try:
        latency = "not asked (the app had exited)"
        with contextlib.suppress(subprocess.TimeoutExpired):
            app.wait(timeout=SESSION_S / 2)
        if app.poll() is None:
            latency = _stream_latency(env)
        try:
            code: int | None = app.wait(timeout=SESSION_S / 2 + APP_GRACE_S)
        except subprocess.TimeoutExpired:
            code = None
            app.send_signal(signal.SIGABRT)  # stack dump, see PYTHONFAULTHANDLER
            with contextlib.suppress(subprocess.TimeoutExpired):
                app.wait(timeout=5)
        ended = time.monotonic()
    finally:
        if app.poll() is None:
            app.kill()
        app.wait()
        output.join(timeout=5)
    return code, started, ended, latency, output.summary()


def report(
    recorder: Recorder,
    command: list[str],
    code: int | None,
    started: float,
    ended: float,
    latency: str,
    output: list[str],
    phases: list[tuple[float, str]] | None = None,
) -> bool:
    onsets = find_onsets(bytes(recorder.audio))
    for onset in onsets:
        onset.read_time = recorder.time_of(round(onset.stream_s * RATE) * FRAME_BYTES)
    duration = ended - started
    print("$ " + " ".join(command))
    print(
        f"recorded {len(recorder.audio) / FRAME_BYTES / RATE:.1f} s of audio, "
        f"{len(onsets)} tone onsets (expected {len(EXPECTED)})"
    )
    failures: list[str] = []
    if code != 0:
        failures.append("the app hung and was killed" if code is None else f"exit code {code}")
    if duration < SESSION_S:
        failures.append(f"ran {duration:.2f} s, less than {SESSION_S:.0f} s")
    if onsets:
        found, session_read, session_pos = compare(onsets)
        failures += found
        failures += against_phases([o.read_time for o in onsets], phases or [])
        by_pos = recorder.stream_anchor() + session_pos
        print(
            f"first onset (t = 0) {session_read - started:.3f} s after the process was started"
            f" ({by_pos - started:.3f} s by stream position): start-up plus output latency"
        )
        after = ended - session_read
        print(f"process exit {after:.3f} s after the first onset (session length {SESSION_S} s)")
        if code is not None and not SESSION_S - EXIT_EARLY_S <= after <= SESSION_S + EXIT_SLACK_S:
            failures.append(f"exit {after:.2f} s after the first tone, not at the session end")
    else:
        failures.append("no tone at all")
    print(f"PulseAudio, app stream: {latency}")
    shown = "none (hung, killed)" if code is None else code
    print(f"exit code: {shown}, run time: {duration:.2f} s")
    if failures:
        if output:
            print("app output (distinct lines):")
            for line in output:
                print(f"  {line}")
        if any("QSocketNotifier: Invalid socket" in line for line in output):
            print(
                "hint: the event loop is spinning on a closed socket notifier. With Qt 6.11 this"
                " is QSoundEffect's audio thread destroying a finished voice (and its notifier)."
            )
        print("FAIL: " + "; ".join(failures))
        return False
    print("PASS")
    return True


def compare(onsets: list[Onset]) -> tuple[list[str], float, float]:
    """Print the onsets against the schedule; return the failures and when, by read time and
    by stream position, the session started according to the tones.

    Times are measured from the first onset, the t = 0 inhale tone. Only if that tone is missing
    is another onset taken as the reference: the one that puts the most tones of the right pitch
    on the schedule, so the rest can still be judged.
    """
    failures: list[str] = []
    reference, offset = onsets[0], 0.0
    if not _pitch_matches(onsets[0].pitch_hz, EXPECTED[0][1]):
        reference, offset = _best_reference(onsets)
        failures.append(
            f"the first tone is {onsets[0].pitch_hz:.0f} Hz, not the inhale tone (t = 0 missing?);"
            f" times are measured from the tone taken as the one due at {offset:.0f} s"
        )
    unmatched = list(onsets)
    worst = 0.0
    print(
        f"{'phase':<7} {'expected':>9} {'measured':>9} {'error':>8} {'pos':>8} {'pos err':>8}"
        f" {'pitch':>7} {'peak':>7}"
    )
    for expected, phase in EXPECTED:

        def when(onset: Onset) -> float:
            return onset.read_time - reference.read_time + offset

        near = [o for o in unmatched if abs(when(o) - expected) < MATCH_S]
        if not near:
            print(f"{phase:<7} {expected:>8.3f}s {'MISSING':>9}")
            failures.append(f"no {phase} tone at {expected:.0f} s")
            continue
        onset = min(near, key=lambda o: abs(when(o) - expected))
        unmatched.remove(onset)
        measured = when(onset)
        by_pos = onset.stream_s - reference.stream_s + offset
        worst = max(worst, abs(measured - expected))
        pitch_ok = _pitch_matches(onset.pitch_hz, phase)
        if not pitch_ok:
            failures.append(f"the {phase} tone at {expected:.0f} s is {onset.pitch_hz:.0f} Hz")
        print(
            f"{phase:<7} {expected:>8.3f}s {measured:>8.3f}s {measured - expected:>+7.3f}s"
            f" {by_pos:>7.3f}s {by_pos - expected:>+7.3f}s {onset.pitch_hz:>5.0f}Hz"
            f" {onset.peak_dbfs:>5.1f}dB" + ("" if pitch_ok else "  WRONG TONE")
        )
    for onset in unmatched:
        print(
            f"{'extra':<7} {'-':>9} {onset.read_time - reference.read_time + offset:>8.3f}s"
            f" {'':>8} {onset.stream_s - reference.stream_s + offset:>7.3f}s {'':>8}"
            f" {onset.pitch_hz:>5.0f}Hz {onset.peak_dbfs:>5.1f}dB"
        )
    if unmatched:
        failures.append(f"{len(unmatched)} tone(s) off the schedule")
    print(
        f"worst error: {worst * 1000:.0f} ms (target <= {TOLERANCE_S * 1000:.0f} ms)"
        f" {'ok' if worst <= TOLERANCE_S else 'MISSED'} ('measured': read time of the"
        " 10 ms chunk; 'pos': sample position in the stream)"
    )
    if worst > TOLERANCE_S:
        failures.append(f"worst error {worst:.3f} s")
    return failures, reference.read_time - offset, reference.stream_s - offset


def read_phase_times(path: Path) -> list[tuple[float, str]]:
    """The app's own phase changes: (time.monotonic(), phase kind), in order."""
    times: list[tuple[float, str]] = []
    with contextlib.suppress(OSError):
        for line in path.read_text(encoding="utf-8").splitlines():
            stamp, _, kind = line.partition(" ")
            with contextlib.suppress(ValueError):
                times.append((float(stamp), kind))
    return times


def phase_errors(onset_times: list[float], phases: list[tuple[float, str]]) -> list[float | None]:
    """Each phase's tone error against the app's own phase time, once the output latency
    common to all tones (the median) is taken out; None where no tone came near the phase.
    The first tone counts like every other: nothing is measured from it."""
    latencies: list[float | None] = []
    for when, _ in phases:
        near = [t - when for t in onset_times if -MATCH_S / 2 < t - when < MATCH_S]
        latencies.append(min(near, key=abs) if near else None)
    known = sorted(x for x in latencies if x is not None)
    if not known:
        return [None for _ in phases]
    common = known[len(known) // 2]
    return [None if x is None else x - common for x in latencies]


def against_phases(onset_times: list[float], phases: list[tuple[float, str]]) -> list[str]:
    """Print and judge every tone, the first included, against the phase it belongs to."""
    if not phases:
        return ["the app did not report its phase times"]
    errors = phase_errors(onset_times, phases)
    print("against the app's own phase times (common output latency taken out):")
    failures: list[str] = []
    for index, ((_, kind), error) in enumerate(zip(phases, errors, strict=True)):
        if error is None:
            print(f"  {index + 1}. {kind:<7} MISSING")
            failures.append(f"no tone for phase {index + 1} ({kind})")
            continue
        verdict = "ok" if abs(error) <= TOLERANCE_S else "LATE" if error > 0 else "EARLY"
        print(f"  {index + 1}. {kind:<7} {error * 1000:+6.1f} ms {verdict}")
        if abs(error) > TOLERANCE_S:
            which = "the first tone" if index == 0 else f"tone {index + 1}"
            failures.append(f"{which} is {error * 1000:+.0f} ms from its phase change")
    return failures


def _best_reference(onsets: list[Onset]) -> tuple[Onset, float]:
    """The (onset, its scheduled time) that puts the most right-pitched tones on the schedule."""
    best: tuple[int, Onset, float] | None = None
    for onset in onsets:
        for expected, phase in EXPECTED:
            if not _pitch_matches(onset.pitch_hz, phase):
                continue
            score = sum(
                any(
                    abs(o.read_time - onset.read_time + expected - t) < MATCH_S
                    and _pitch_matches(o.pitch_hz, p)
                    for t, p in EXPECTED
                )
                for o in onsets
            )
            if best is None or score > best[0]:
                best = (score, onset, expected)
    return (onsets[0], 0.0) if best is None else (best[1], best[2])


def _pitch_matches(pitch_hz: float, phase: str) -> bool:
    return abs(pitch_hz / PITCH_HZ[phase] - 1) <= PITCH_TOLERANCE


def main() -> int:
    parser = argparse.ArgumentParser(description="Record Regulate's phase tones and time them")
    parser.add_argument(
        "--regulate",
        default=None,
        help="the regulate command (default: 'regulate' next to this Python, else on PATH)",
    )
    parser.add_argument(
        "--save-wav", type=Path, default=None, help="also write the recording to this WAV file"
    )
    parser.add_argument(
        "--app-log",
        type=Path,
        default=None,
        help="keep the app's stdout and stderr (the first 10 MB) in this file",
    )
    args = parser.parse_args()
    regulate = args.regulate
    if regulate is None:
        beside = Path(sys.executable).with_name("regulate")
        regulate = str(beside) if beside.exists() else shutil.which("regulate")
    if regulate is None:
        return unmeasured("tones bench", "no 'regulate' command found (use --regulate)")
    try:
        return EXIT_MET if run_once([regulate], args.save_wav, args.app_log) else EXIT_MISSED
    except BenchError as error:
        return unmeasured("tones bench", error)


if __name__ == "__main__":
    raise SystemExit(main())
