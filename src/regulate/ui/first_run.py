"""The first-run screen: the window of tolerance in two sentences, and the person's choice.

Kept small (few imports) because it can be the very first thing on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from regulate.core.scales import Window
from regulate.storage.settings import Settings
from regulate.ui.a11y import wheel_only_when_focused
from regulate.ui.page import FlowLayout, flow_row, scrolling_column

translate = QCoreApplication.translate


class WindowBounds(QWidget):
    """Two linked spin boxes: low stays below high."""

    changed = Signal(object)

    def __init__(self, window: Window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low = QSpinBox(self)
        self.high = QSpinBox(self)
        self.low.setAccessibleName(translate("Settings", "Lower edge of my window"))
        self.high.setAccessibleName(translate("Settings", "Upper edge of my window"))
        self.low.setRange(0, 9)
        self.high.setRange(1, 10)
        self.low.setValue(window.low)
        self.high.setValue(window.high)
        self._limit()
        self.low.valueChanged.connect(self._changed)
        wheel_only_when_focused(self.low, self.high)  # the wheel scrolls the page past them
        self.high.valueChanged.connect(self._changed)
        row = FlowLayout(self)  # wraps at large text sizes
        row.addWidget(QLabel(translate("Settings", "From"), self))
        row.addWidget(self.low)
        row.addWidget(QLabel(translate("Settings", "to"), self))
        row.addWidget(self.high)
        row.addWidget(QLabel(translate("Settings", "on the 0 to 10 scale"), self))

    def _limit(self) -> None:
        self.low.setMaximum(self.high.value() - 1)
        self.high.setMinimum(self.low.value() + 1)

    def _changed(self) -> None:
        self._limit()
        self.changed.emit(self.value())

    def value(self) -> Window:
        return Window(self.low.value(), self.high.value())


class FirstRunPage(QWidget):
    """Once, on the very first start: the window in two sentences, and a choice."""

    done = Signal()

    def __init__(
        self,
        settings: Settings,
        save: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._save = save
        title = QLabel(translate("FirstRun", "Welcome to Regulate"), self)
        title.setObjectName("title")
        title.setWordWrap(True)
        text = QLabel(
            translate(
                "FirstRun",
                "Your window of tolerance is the range in which you can think and feel at the "
                "same time; above it things feel like too much, below it you may feel numb. "
                "Most people start with 3 to 7 on a scale of 0 to 10, and you can change it "
                "later.",
            ),
            self,
        )
        text.setWordWrap(True)
        text.setObjectName("subtitle")
        self.bounds = WindowBounds(settings.window, self)
        # Where the person is, for the right crisis numbers; guessed from the locale, skippable.
        from regulate.content.crisis import country_from_locale, known_countries
        from regulate.services.app import system_locale

        where = QLabel(
            translate("FirstRun", "Where are you? Get help then shows the right numbers."), self
        )
        where.setWordWrap(True)
        self.country = QComboBox(self)
        self.country.addItem(translate("FirstRun", "I'd rather not say"), "")
        for code, name in known_countries():
            self.country.addItem(name, code)
        guess = settings.values.country or country_from_locale(system_locale()) or ""
        self.country.setCurrentIndex(max(0, self.country.findData(guess)))
        where.setBuddy(self.country)
        self.country.setAccessibleName(translate("FirstRun", "Your country, for crisis numbers"))
        wheel_only_when_focused(self.country)
        keep = QPushButton(translate("FirstRun", "Keep these"), self)
        keep.setObjectName("primary")
        keep.setAutoDefault(True)
        keep.clicked.connect(self._keep)
        skip = QPushButton(translate("FirstRun", "Skip for now"), self)
        skip.setAutoDefault(True)
        skip.clicked.connect(self._skip)
        buttons = flow_row([keep, skip])
        column = scrolling_column(self, translate("FirstRun", "welcome"), widest=760)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addWidget(self.bounds)
        column.addSpacing(12)
        column.addWidget(where)
        column.addWidget(self.country)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        self.keep_button = keep
        self.skip_button = skip

    def _keep(self) -> None:
        self._settings.set_window(self.bounds.value())
        self._settings.update(country=str(self.country.currentData() or ""))
        self._skip()

    def _skip(self) -> None:
        self._settings.update(first_run_done=True)
        self._save()
        self.done.emit()
