"""Soft phase tones, played through one long-lived audio stream so each starts with its phase.

One QAudioSink is opened in ``prepare()`` and stays open; each tone is written into it when its
phase begins. A stream opened cold starts playing only some way into its first write (about a
tenth of a second on PulseAudio), so ``warm_up()`` queues a little silence first and says how
long it lasts: the breathing screen begins its first phase when that silence has played, and
the first tone lands on its phase change like every later one. This avoids
QSoundEffect, whose per-sound objects can, in Qt 6.11 on PulseAudio, tear down a main-thread
notifier from the audio thread and leave the app spinning (about one run in five in
bench/tones.py). QtMultimedia is imported only when tones are first wanted. With no audio
device the player simply stays silent: no dialog, no error on screen.
"""

from __future__ import annotations

import wave
from typing import Any

from PySide6.QtCore import QObject

from regulate.content.assets import asset_path

PHASE_SOUNDS = ("inhale", "hold", "exhale", "rest")
TAP_SOUNDS = ("tap-left", "tap-right")
RATE, CHANNELS, SAMPLE_BYTES = 44_100, 2, 2
BUFFER_SECONDS = 1.0
#: Silence queued into a freshly opened stream before the first tone.
WARM_SECONDS = 0.15


def silence(seconds: float) -> bytes:
    frames = round(RATE * seconds)
    return bytes(frames * CHANNELS * SAMPLE_BYTES)


def pcm_frames(name: str) -> bytes:
    """The raw 16-bit stereo samples of one of the shipped tones."""
    with wave.open(str(asset_path("sounds", f"{name}.wav")), "rb") as wav:
        if (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) != (
            RATE,
            CHANNELS,
            SAMPLE_BYTES,
        ):
            raise ValueError(f"{name}.wav is not 44.1 kHz 16-bit stereo")
        return wav.readframes(wav.getnframes())


class TonePlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tones: dict[str, bytes] = {}
        self._prepared = False
        self._sink: Any = None
        self._stream: Any = None
        self._warm = False
        self.available = False

    def prepare(self) -> bool:
        """Load every tone and open the audio stream now, before the first phase needs it."""
        if self._prepared:
            return self.available
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio
        except ImportError:
            return False
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        audio_format = QAudioFormat()
        audio_format.setSampleRate(RATE)
        audio_format.setChannelCount(CHANNELS)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            return False
        try:
            self._tones = {name: pcm_frames(name) for name in (*PHASE_SOUNDS, *TAP_SOUNDS)}
        except (OSError, ValueError, wave.Error):
            return False
        sink = QAudioSink(device, audio_format, self)
        sink.setBufferSize(int(RATE * CHANNELS * SAMPLE_BYTES * BUFFER_SECONDS))
        stream = sink.start()  # push mode: we write, Qt plays
        if stream is None or sink.state() == QtAudio.State.StoppedState:
            return False
        self._sink, self._stream = sink, stream
        self.available = True
        return True

    def warm_up(self) -> float:
        """Before the first phase: open the output if need be and, the first time, queue
        silence so the stream is already playing when the first tone comes. Returns the
        seconds to wait before the first phase (0 once warm, or with no sound output)."""
        if not self.prepare() or self._warm:
            return 0.0
        self._warm = True
        if self._stream is None:
            return 0.0
        quiet = silence(WARM_SECONDS)
        room = self._sink.bytesFree()
        if room < len(quiet):
            return 0.0
        self._stream.write(quiet)
        return WARM_SECONDS

    def play(self, name: str) -> None:
        data = self._tones.get(name)
        if data is None or self._stream is None:
            return
        room = self._sink.bytesFree()
        if room < len(data):
            data = data[: room - room % (CHANNELS * SAMPLE_BYTES)]
        if data:
            self._stream.write(data)
