"""The benchmarks' own helpers: targets turn into exit codes, frames are counted once per
repaint pass, and the tone bench judges a late tone as a missed target.

The benches themselves need an X server and take minutes, so they are run by hand (see
README.md's figures); these tests keep what decides their verdicts honest.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

# bench/ is not a package: its scripts import each other by module name.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import frames
import tones
import verdict


def test_a_missed_target_exits_1_and_says_which(capsys: pytest.CaptureFixture[str]) -> None:
    judged = verdict.Verdict("some bench")
    assert judged.at_most("ratio", 1.2, 1.5)
    assert not judged.at_most("other ratio", 1.7, 1.5)
    assert judged.exit_code() == verdict.EXIT_MISSED
    out = capsys.readouterr().out
    assert "ratio: 1.20 (target <= 1.5) ok" in out
    assert "other ratio: 1.70 (target <= 1.5) MISSED" in out
    assert "some bench: TARGET MISSED (other ratio)" in out


def test_met_targets_exit_0_and_unmeasured_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    judged = verdict.Verdict("some bench")
    judged.at_most("lost", 0, 0)
    judged.holds("whole", True, "yes")
    assert judged.exit_code() == verdict.EXIT_MET
    assert verdict.unmeasured("some bench", "Xvfb is not installed") == verdict.EXIT_UNMEASURED
    assert capsys.readouterr().err == "some bench: could not measure: Xvfb is not installed\n"


def test_a_repaint_pass_is_one_frame_however_many_widgets_it_paints(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for text in ("one", "two", "three"):
        layout.addWidget(QLabel(text, window))
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    counter = frames.FrameCounter(app)
    app.installEventFilter(counter)
    try:
        window.update()
        qtbot.waitUntil(lambda: counter.frames >= 1)
        qtbot.wait(50)  # any further frame would come now
        assert counter.frames == 1
        assert counter.paints >= 4  # the window and its three labels
    finally:
        app.removeEventFilter(counter)


def _onsets(late_by: float) -> list[tones.Onset]:
    """The 8 scheduled tones, the last one late by ``late_by`` seconds."""
    onsets = []
    for number, (at, phase) in enumerate(tones.EXPECTED):
        shift = late_by if number == len(tones.EXPECTED) - 1 else 0.0
        onsets.append(tones.Onset(100.0 + at + shift, at + shift, -12.0, tones.PITCH_HZ[phase]))
    return onsets


def test_tones_within_30_ms_pass(capsys: pytest.CaptureFixture[str]) -> None:
    failures, _read, _pos = tones.compare(_onsets(late_by=0.02))
    assert failures == []
    assert "worst error: 20 ms (target <= 30 ms) ok" in capsys.readouterr().out


def test_a_tone_40_ms_late_misses_the_target(capsys: pytest.CaptureFixture[str]) -> None:
    failures, _read, _pos = tones.compare(_onsets(late_by=0.04))
    assert failures == ["worst error 0.040 s"]
    assert "worst error: 40 ms (target <= 30 ms) MISSED" in capsys.readouterr().out
