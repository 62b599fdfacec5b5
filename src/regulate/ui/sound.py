"""Soft phase tones through QtMultimedia, loaded ahead of time so each starts with its phase.

QtMultimedia is imported only when tones are first wanted. With no audio device the player
simply stays silent: no dialog, no error on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl

from regulate.content.assets import asset_path

PHASE_SOUNDS = ("inhale", "hold", "exhale", "rest")
TAP_SOUNDS = ("tap-left", "tap-right")


class TonePlayer(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, Any] = {}
        self._prepared = False
        self._devices: Any = None
        self.available = False

    def prepare(self) -> bool:
        """Load every tone and open the audio output now, before the first phase needs it."""
        if self._prepared:
            return self.available
        self._prepared = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return False
        self._devices = QMediaDevices(self)
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return False
        for name in (*PHASE_SOUNDS, *TAP_SOUNDS, "silence"):
            effect = QSoundEffect(self)
            effect.setAudioDevice(device)
            effect.setSource(QUrl.fromLocalFile(str(asset_path("sounds", f"{name}.wav"))))
            effect.setVolume(0.8)
            self._effects[name] = effect
        # Playing silence opens the output stream, so the first real tone is not late.
        self._effects["silence"].play()
        self.available = True
        return True

    def play(self, phase: str) -> None:
        effect = self._effects.get(phase)
        if effect is not None:
            effect.play()
