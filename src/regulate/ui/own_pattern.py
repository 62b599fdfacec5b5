"""The person's own breathing patterns: in, hold, out and rest in seconds, with a name, kept
beside the built-in ones. The same limits and cautions as ``regulate breathe 4-7-8``."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regulate.content.patterns import hold_caution, own_pattern
from regulate.core.breathing import (
    HOLD_MAX_SECONDS,
    PHASE_MAX_SECONDS,
    Pattern,
    PatternError,
    PhaseKind,
)
from regulate.services.app import ServiceError
from regulate.ui.a11y import wheel_only_when_focused
from regulate.ui.numbers import rate
from regulate.ui.text import plain_label

translate = QCoreApplication.translate


class PatternStore(Protocol):
    """Where own patterns are kept (``Services`` is one)."""

    def own_patterns(self) -> tuple[Pattern, ...]: ...

    def save(
        self, name: str, seconds: tuple[float, float, float, float], replaces: str | None
    ) -> Pattern: ...

    def remove(self, pattern_id: str) -> None: ...


class ServicesStore:
    """``PatternStore`` over ``Services`` (kept apart so the editor needs no services)."""

    def __init__(self, services: object) -> None:
        self._services = services

    def own_patterns(self) -> tuple[Pattern, ...]:
        return tuple(self._services.catalogue.own_patterns)  # type: ignore[attr-defined]

    def save(
        self, name: str, seconds: tuple[float, float, float, float], replaces: str | None
    ) -> Pattern:
        pattern: Pattern = self._services.save_own_pattern(  # type: ignore[attr-defined]
            name, seconds, replaces
        )
        return pattern

    def remove(self, pattern_id: str) -> None:
        self._services.remove_own_pattern(pattern_id)  # type: ignore[attr-defined]


def seconds_of(pattern: Pattern) -> tuple[float, float, float, float]:
    by_kind = {phase.kind: phase.seconds for phase in pattern.phases}
    values = [by_kind.get(kind, 0.0) for kind in PhaseKind]
    return (values[0], values[1], values[2], values[3])


class PatternEditor(QDialog):
    """Make, change or remove one of the person's own patterns."""

    def __init__(self, store: PatternStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OwnPattern", "Your own breathing pattern"))
        self._store = store
        #: The pattern saved (or None): the caller starts it.
        self.saved: Pattern | None = None
        #: Ids of patterns removed here.
        self.removed: list[str] = []
        self.existing = QComboBox(self)
        self.existing.setAccessibleName(translate("OwnPattern", "Which pattern"))
        self.existing.activated.connect(self._load)
        wheel_only_when_focused(self.existing)
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.name.setAccessibleName(translate("OwnPattern", "Name"))
        self.name.textChanged.connect(self._check)
        self.boxes: list[QDoubleSpinBox] = []
        form = QFormLayout()
        form.addRow(translate("OwnPattern", "Pattern"), self.existing)
        form.addRow(translate("OwnPattern", "Name"), self.name)
        for words, most, value in (
            (translate("OwnPattern", "Breathe in (seconds)"), PHASE_MAX_SECONDS, 4.0),
            (translate("OwnPattern", "Hold (seconds)"), HOLD_MAX_SECONDS, 0.0),
            (translate("OwnPattern", "Breathe out (seconds)"), PHASE_MAX_SECONDS, 6.0),
            (translate("OwnPattern", "Rest (seconds)"), HOLD_MAX_SECONDS, 0.0),
        ):
            box = QDoubleSpinBox(self)
            box.setRange(0.0, most)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            wheel_only_when_focused(box)
            box.setValue(value)
            box.setAccessibleName(words)
            box.valueChanged.connect(self._check)
            form.addRow(words, box)
            self.boxes.append(box)
        self.preview = plain_label(parent=self)
        self.preview.setObjectName("note")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(translate("OwnPattern", "About this pattern"))
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            translate("OwnPattern", "Save and breathe"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button = QPushButton(translate("OwnPattern", "Remove"), self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        self._fill()
        self._check()

    def _fill(self) -> None:
        self.existing.clear()
        self.existing.addItem(translate("OwnPattern", "A new pattern"), None)
        for pattern in self._store.own_patterns():
            self.existing.addItem(pattern.name, pattern.id)
        self.remove_button.setEnabled(False)

    def _chosen(self) -> Pattern | None:
        pattern_id = self.existing.currentData()
        return next((p for p in self._store.own_patterns() if p.id == pattern_id), None)

    def _load(self, _index: int = 0) -> None:
        pattern = self._chosen()
        self.remove_button.setEnabled(pattern is not None)
        if pattern is None:
            return
        self.name.setText(pattern.name)
        for box, value in zip(self.boxes, seconds_of(pattern), strict=True):
            box.setValue(value)

    def seconds(self) -> tuple[float, float, float, float]:
        values = [box.value() for box in self.boxes]
        return (values[0], values[1], values[2], values[3])

    def _check(self) -> Pattern | None:
        """Say at once what this pattern is like, or why it can't be used."""
        try:
            pattern = own_pattern(self.name.text() or "?", self.seconds())
        except PatternError as exc:
            self.preview.setText(str(exc))
            self.save_button.setEnabled(False)
            return None
        bpm = rate(pattern.breaths_per_minute)
        words = translate("OwnPattern", "{bpm} breaths a minute.").format(bpm=bpm)
        caution = hold_caution(pattern)
        self.preview.setText(f"{words} {caution}".strip())
        self.save_button.setEnabled(bool(self.name.text().strip()))
        return pattern

    def _save(self) -> None:
        if self._check() is None:
            return
        chosen = self._chosen()
        try:
            self.saved = self._store.save(
                self.name.text(), self.seconds(), chosen.id if chosen else None
            )
        except ServiceError as exc:  # one plain line, never a trace
            self.preview.setText(str(exc))
            return
        self.accept()

    def _remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self._store.remove(chosen.id)
        except ServiceError as exc:  # one plain line, never a trace
            self.preview.setText(str(exc))
            return
        self.removed.append(chosen.id)
        self._fill()
        self.name.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
