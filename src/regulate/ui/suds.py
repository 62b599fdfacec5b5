"""A row of 0-10 buttons for distress (SUDS), always with a way to skip."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regulate.core.entries import Finished
from regulate.ui.a11y import RowKeys, announce
from regulate.ui.page import FlowLayout

translate = QCoreApplication.translate


class _Numbers(QWidget):
    """The 0-10 buttons and Skip, in a row that wraps when it does not fit. Its size hint is
    the whole row on one line, so it is centred and never wrapped while there is room."""

    def __init__(self, spacing: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self.flow = FlowLayout(self, spacing=spacing)

    def one_line_width(self) -> int:
        widths = [item.sizeHint().width() for item in self._items()]
        return sum(widths) + self._spacing * max(0, len(widths) - 1)

    def sizeHint(self) -> QSize:
        height = max((item.sizeHint().height() for item in self._items()), default=0)
        return QSize(self.one_line_width(), height)

    def _items(self) -> list[QLayoutItem]:
        items = (self.flow.itemAt(n) for n in range(self.flow.count()))
        return [item for item in items if item is not None and not item.isEmpty()]


class SudsRow(QWidget):
    #: The chosen number, or None for "skip".
    chosen = Signal(object)

    def __init__(
        self,
        question: str,
        parent: QWidget | None = None,
        compact: bool = False,
        name: str = "",
    ) -> None:
        """``compact``: one quiet line, the question beside the buttons (asked before a run,
        so it takes little room and nothing moves when it goes); the question goes above them
        when the line would be too narrow. The buttons wrap onto a second line rather than
        being cut at large text sizes. ``name``: the question in short ("How intense is it
        now?"), what a screen reader says the buttons answer (the whole question if none)."""
        super().__init__(parent)
        name = name or question
        self._compact = compact
        self.question = QLabel(question, self)
        self.question.setObjectName("note" if compact else "subtitle")
        self.question.setWordWrap(True)
        self.question.setAlignment(
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            if compact
            else Qt.AlignmentFlag.AlignCenter
        )
        self._numbers = _Numbers(2 if compact else 4, self)
        self._numbers.setAccessibleName(name)  # the group the numbers are heard in
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value), self._numbers)
            button.setObjectName("suds")
            button.setAutoDefault(True)
            button.setAccessibleName(translate("SudsRow", "{value} out of 10").format(value=value))
            button.setAccessibleDescription(name)
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            self._numbers.flow.addWidget(button)
            self.buttons.append(button)
        self.skip = QPushButton(translate("SudsRow", "Skip"), self._numbers)
        self.skip.setAutoDefault(True)
        self.skip.setAccessibleName(translate("SudsRow", "Skip this question"))
        self.skip.setAccessibleDescription(name)
        self.skip.clicked.connect(lambda: self.chosen.emit(None))
        self._numbers.flow.addWidget(self.skip)
        # One Tab stop for the numbers, as a radio group; the arrows only move, since a press
        # answers at once (Enter or Space). Skip is a stop of its own.
        self.keys = RowKeys(list(self.buttons), self, digits=True, tail=self.skip)
        self._size_buttons()
        self._box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(8 if compact else 6)
        self._box.addWidget(self.question, 1)
        if compact:
            self._box.addWidget(self._numbers)
        else:
            self._box.addWidget(self._numbers, 0, Qt.AlignmentFlag.AlignHCenter)

    def _size_buttons(self) -> None:
        """Each number as wide as "10" in its own font, plus a little room around it."""
        for button in self.buttons:
            button.ensurePolished()
            button.setFixedWidth(QFontMetrics(button.font()).horizontalAdvance("10") + 16)
        self._numbers.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(
            self, "_box"
        ):
            self._size_buttons()
        super().changeEvent(event)

    def _side_by_side(self, width: int) -> bool:
        """The compact question fits beside the buttons with room for a few words a line."""
        words = self.question.fontMetrics().averageCharWidth() * 18
        return self._compact and width >= self._numbers.one_line_width() + 8 + words

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest button: the question goes above and the buttons wrap."""
        hint = super().minimumSizeHint()
        return QSize(self._numbers.minimumSizeHint().width(), hint.height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self._side_by_side(width):
            line = width - self._numbers.one_line_width() - 8
            return max(self.question.heightForWidth(line), self._numbers.sizeHint().height())
        spacing = self._box.spacing()
        return self.question.heightForWidth(width) + spacing + self._numbers.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self._side_by_side(event.size().width())
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)

    def reset(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)

    def focus(self) -> None:
        """Focus the row's one Tab stop."""
        self.keys.stop().setFocus(Qt.FocusReason.OtherFocusReason)


def duration_words(seconds: float) -> str:
    """ "under a minute", "about a minute", "about 4 minutes"."""
    minutes = max(1, round(seconds / 60))
    if seconds < 60:
        return translate("EndPanel", "under a minute")
    if minutes == 1:
        return translate("EndPanel", "about a minute")
    return translate("EndPanel", "about %n minutes", None, minutes)


class EndPanel(QWidget):
    """After an exercise: a quiet word, an optional 0-10, and where to go next."""

    answered = Signal(object)
    again = Signal()
    home = Signal()
    #: After a hard rating: the person asked for Get help, or for something different.
    get_help = Signal()
    something_else = Signal()

    #: From this rating on (or any rise in distress) help and a different way are offered.
    HARD = 8

    def __init__(
        self, again_label: str, ask_rating: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("title")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        #: The after-rating; never built when the screen is told not to ask (presenter mode).
        self.suds: SudsRow | None = None
        if ask_rating:
            self.suds = SudsRow(
                translate(
                    "EndPanel",
                    "How intense is it now? 0 is calm, 10 is the most. You can skip this.",
                ),
                self,
                name=translate("EndPanel", "How intense is it now?"),
            )
            self.suds.chosen.connect(self._chosen)
        self.thanks = QLabel(self)
        self.thanks.setObjectName("subtitle")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.again_button = QPushButton(again_label, self)
        self.again_button.setAutoDefault(True)
        self.again_button.clicked.connect(self.again)
        self.home_button = QPushButton(translate("EndPanel", "Back to home"), self)
        self.home_button.setAutoDefault(True)
        self.home_button.clicked.connect(self.home)
        # Offered only after a hard rating: Again would repeat what did not help.
        self.care = QLabel(self)
        self.care.setObjectName("subtitle")
        self.care.setWordWrap(True)
        self.care.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.care.setText(
            translate(
                "EndPanel",
                "That sounds hard. It is all right that this did not help right now. "
                "You could reach out to someone, or try something different.",
            )
        )
        self.help_button = QPushButton(translate("EndPanel", "Get help"), self)
        self.help_button.setAutoDefault(True)
        self.help_button.clicked.connect(self.get_help)
        self.help_button.setAccessibleDescription(
            translate("EndPanel", "People you can call or write to, now or later")
        )
        self.else_button = QPushButton(translate("EndPanel", "Try something different"), self)
        self.else_button.setAutoDefault(True)
        self.else_button.clicked.connect(self.something_else)
        self.else_button.setAccessibleDescription(
            translate("EndPanel", "Choose another way to settle")
        )
        care_buttons = QHBoxLayout()
        care_buttons.addStretch(1)
        care_buttons.addWidget(self.else_button)
        care_buttons.addWidget(self.help_button)
        care_buttons.addStretch(1)
        self._before: int | None = None
        self._unsaid = False  # show_result's words wait to be said until the panel shows
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        if self.suds is not None:
            layout.addWidget(self.suds)
        layout.addWidget(self.thanks)
        layout.addWidget(self.care)
        layout.addLayout(care_buttons)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self._show_care(False)

    def show_result(self, message: str, suds_before: int | None = None) -> None:
        """Show the end of a run. Focus goes to the rating (else Again); the words are said
        once to a screen reader when the panel comes into view (the screen shows it next)."""
        self._before = suds_before
        self._show_care(False)
        self.message.setText(message)
        if self.suds is not None:
            self.suds.reset()
            self.suds.setVisible(True)
            self.suds.focus()
        else:
            self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.thanks.setText("")
        self._unsaid = True
        if self.isVisible():
            self._say_result()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._unsaid:
            self._say_result()

    def _say_result(self) -> None:
        """The sentence and the question: the focus lands on a number, which says only
        itself and what it answers."""
        self._unsaid = False
        words = [self.message.text()]
        if self.suds is not None and self.suds.isVisibleTo(self):
            words.append(self.suds.question.text())
        announce(self, " ".join(words))

    def _show_care(self, shown: bool) -> None:
        for widget in (self.care, self.help_button, self.else_button):
            widget.setVisible(shown)

    def _chosen(self, value: int | None) -> None:
        if self.suds is not None:
            self.suds.setVisible(False)
        if value is not None:
            self.thanks.setText(
                translate("EndPanel", "Noted: {value} out of 10.").format(value=value)
            )
        hard = value is not None and (
            value >= self.HARD or (self._before is not None and value > self._before)
        )
        self._show_care(hard)
        words = [self.thanks.text()] if value is not None else []
        if hard:
            words.append(self.care.text())
            self.else_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if words:
            announce(self, " ".join(words))  # once, together: the focus only names a button
        self.answered.emit(value)


class PendingSession:
    """A finished run waiting for its after-rating. It is handed on once, when the person moves
    on, if core says it is worth logging (a few seconds by accident are not), or forgotten
    after "Delete all my data". With ``keep`` off (presenter mode) nothing is ever handed on."""

    def __init__(self, log: Callable[[Finished], None], keep: bool = True) -> None:
        self._log = log
        self._keep = keep
        self._pending: Finished | None = None

    def hold(self, finished: Finished) -> None:
        self._pending = finished if self._keep else None

    def rate(self, suds_after: int | None) -> None:
        if self._pending is not None:
            self._pending = replace(self._pending, suds_after=suds_after)

    def flush(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending.worth_logging:
            self._log(pending)

    def discard(self) -> None:
        self._pending = None
