"""Builds a realistic journal export for the benchmarks: years of several check-ins a day.

Deterministic (seeded), in Regulate's own JSON export format, so `regulate import` reads it.
"""

from __future__ import annotations

import json
import math
import random
import time
from pathlib import Path

FEELINGS = ["anxious", "calm", "tired", "numb", "hopeful", "irritable", "okay", "foggy"]
ITEMS = [
    ("pattern", "extended-exhale"),
    ("pattern", "box"),
    ("exercise", "54321"),
    ("exercise", "feet-on-floor"),
    ("pattern", "resonance"),
]


def build(entries: int = 20_000, sessions: int = 2_000, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    now = int(time.time())
    span = 10 * 365 * 86_400
    start = now - span
    step = span / entries
    checkins = []
    for n in range(entries):
        epoch = int(start + n * step + rng.random() * step * 0.5)
        offset = 60 if (n // 500) % 2 else 120
        local = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch + offset * 60))
        at = f"{local}+{offset // 60:02d}:00"
        low, high = (3, 7) if n < entries // 2 else (2, 8)
        drift = 5 + 2.5 * math.sin(n / 40) + rng.gauss(0, 1.6)
        arousal = max(0, min(10, round(drift)))
        zone = "hypo" if arousal < low else "hyper" if arousal > high else "window"
        checkins.append(
            {
                "uid": f"bench-{n}",
                "at": at,
                "arousal": arousal,
                "window_low": low,
                "window_high": high,
                "zone": zone,
                "suds": rng.choice([None, max(0, min(10, arousal + rng.randint(-2, 2)))]),
                "mood": rng.choice([None, rng.randint(1, 5)]),
                "feelings": rng.sample(FEELINGS, rng.randint(0, 2)),
                "body": [],
                "note": rng.choice(
                    ["", "", "A long day at work.", "Slept badly. 😴", "Walk helped"]
                ),
                "tags": rng.sample(["work", "family", "sleep"], rng.randint(0, 1)),
                "source": "app",
            }
        )
    session_list = []
    for n in range(sessions):
        epoch = int(start + rng.random() * span)
        kind, item = rng.choice(ITEMS)
        before = rng.randint(4, 9)
        session_list.append(
            {
                "uid": f"bench-s-{n}",
                "at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(epoch)),
                "kind": kind,
                "item": item,
                "seconds": 180.0,
                "suds_before": before,
                "suds_after": max(0, before - rng.randint(0, 4)),
                "completed": True,
                "source": "app",
            }
        )
    session_list.sort(key=lambda s: str(s["at"]))
    return {
        "format": "regulate-journal",
        "version": 1,
        "checkins": checkins,
        "sessions": session_list,
    }


def write(path: Path, entries: int = 20_000) -> Path:
    path.write_text(json.dumps(build(entries), ensure_ascii=False), encoding="utf-8")
    return path
