"""A row of 0-10 buttons for distress (SUDS), always with a way to skip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


class SudsRow(QWidget):
    #: The chosen number, or None for "skip".
    chosen = Signal(object)

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(question, self)
        self.question.setObjectName("subtitle")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setObjectName("suds")
            button.setAutoDefault(True)
            button.setAccessibleName(translate("SudsRow", "{value} out of 10").format(value=value))
            button.setFixedWidth(42)
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.skip = QPushButton(translate("SudsRow", "Skip"), self)
        self.skip.setAutoDefault(True)
        self.skip.setAccessibleName(translate("SudsRow", "Skip this question"))
        self.skip.clicked.connect(lambda: self.chosen.emit(None))
        row.addSpacing(8)
        row.addWidget(self.skip)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)

    def reset(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)
