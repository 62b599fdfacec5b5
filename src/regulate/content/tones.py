"""The soft tones that mark each breathing phase, made from a few lines of arithmetic.

The WAV files in assets/sounds/ are exactly what ``render_all()`` produces (a test checks it),
so anyone can see how they were made and change them. Each tone starts with a 10 ms fade-in
(no click), rings out with a gentle decay, and peaks well below full scale.
"""

from __future__ import annotations

import io
import math
import struct
import wave

RATE = 44_100
PEAK = 0.25  # about -12 dBFS: soft, never startling

#: frequency in Hz, seconds, and a quieter partial an octave-and-a-fifth up for warmth.
TONES: dict[str, tuple[float, float]] = {
    "inhale": (523.25, 0.45),  # C5: a brighter tone as the breath comes in
    "hold": (659.25, 0.30),  # E5: short and light while you hold
    "exhale": (392.00, 0.60),  # G4: lower and longer as the breath leaves
    "rest": (329.63, 0.30),  # E4: low and short while you rest empty
}


def render(frequency: float, seconds: float, pan: float = 0.0) -> bytes:
    """A 16-bit stereo WAV. ``pan`` -1 is left only, 0 centre, 1 right only (equal power)."""
    frames = int(RATE * seconds)
    fade_in = int(RATE * 0.010)
    angle = (pan + 1) * math.pi / 4
    left_gain, right_gain = math.cos(angle), math.sin(angle)
    if abs(pan) < 1e-9:
        left_gain = right_gain = 1.0
    samples = bytearray()
    for n in range(frames):
        t = n / RATE
        envelope = min(1.0, n / fade_in) * math.exp(-4.0 * t / seconds)
        tail = min(1.0, (frames - n) / fade_in)  # reach silence exactly at the end
        value = math.sin(2 * math.pi * frequency * t) + 0.2 * math.sin(
            2 * math.pi * 3 * frequency * t
        )
        sample = PEAK / 1.2 * envelope * tail * value
        samples += struct.pack(
            "<hh", round(sample * left_gain * 32767), round(sample * right_gain * 32767)
        )
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(bytes(samples))
    return out.getvalue()


def render_all() -> dict[str, bytes]:
    """File name to WAV bytes for every phase tone, plus silence used to wake the output."""
    files = {f"{name}.wav": render(freq, secs) for name, (freq, secs) in TONES.items()}
    # The butterfly hug's taps: short and soft, each on its own side.
    files["tap-left.wav"] = render(440.0, 0.18, pan=-1.0)
    files["tap-right.wav"] = render(440.0, 0.18, pan=1.0)
    silent = io.BytesIO()
    with wave.open(silent, "wb") as wav:
        wav.setnchannels(2)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(b"\x00" * 4 * int(RATE * 0.05))
    files["silence.wav"] = silent.getvalue()
    return files


if __name__ == "__main__":  # regenerate assets/sounds/: python -m regulate.content.tones DIR
    import sys
    from pathlib import Path

    target = Path(sys.argv[1])
    for name, data in render_all().items():
        (target / name).write_bytes(data)
