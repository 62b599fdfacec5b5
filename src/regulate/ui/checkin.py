"""The check-in: place yourself on your window, add anything else you like, save.

Two actions are enough (place the marker, save). Everything else is optional and stays out of
the way. After saving, the two best suggestions for where you are can be started with one
click, and at the top of the scales the "Get help" page is offered, quietly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from regulate.content.words import ordered_for
from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import MOOD_NAMES, ScaleError, Window, Zone
from regulate.core.suggest import Suggestion, is_severe
from regulate.ui.a11y import RowKeys, announce, suggestion_reason, zone_sentence
from regulate.ui.page import Columns, FlowLayout, flow_row, scroll_area, scrolling_column
from regulate.ui.theme import Colours
from regulate.ui.window_diagram import WindowDiagram

translate = QCoreApplication.translate

#: Saving returns None when it worked, else why it could not.
Saver = Callable[[CheckIn], str | None]
Suggester = Callable[[Zone, int | None, int | None], Sequence[Suggestion]]


class Choice(QWidget):
    """A row of buttons of which at most one is chosen; choosing it again clears it. By
    keyboard it is one Tab stop, used like a radio group (``RowKeys``): the arrows, Home and
    End move and choose, and in a 0-10 row (``digits``) so do the digits."""

    def __init__(
        self,
        labels: Sequence[str],
        names: Sequence[str],
        parent: QWidget,
        digits: bool = False,
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = FlowLayout(self, spacing=4)  # wraps at large text sizes
        self.buttons: list[QPushButton] = []
        for index, (label, name) in enumerate(zip(labels, names, strict=True)):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setObjectName("choice")
            button.setMinimumWidth(30)
            self.group.addButton(button, index)
            self.buttons.append(button)
            row.addWidget(button)
        self.group.idToggled.connect(self._toggled)
        self.keys = RowKeys(list(self.buttons), self, choose=True, digits=digits)

    def _toggled(self, index: int, on: bool) -> None:
        if on:
            for other, button in enumerate(self.buttons):
                if other != index and button.isChecked():
                    button.setChecked(False)

    def chosen(self) -> int | None:
        for index, button in enumerate(self.buttons):
            if button.isChecked():
                return index
        return None

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)


class Chips(QWidget):
    """Short words to tick, a few to a row."""

    def __init__(self, words: Sequence[str], what: str, parent: QWidget) -> None:
        super().__init__(parent)
        flow = FlowLayout(self, spacing=4)  # as many to a row as fit, whole words always
        self.buttons: list[QPushButton] = []
        for word in words:
            button = QPushButton(word, self)
            button.setCheckable(True)
            button.setObjectName("chip")
            button.setAccessibleName(f"{what}: {word}")
            flow.addWidget(button)
            self.buttons.append(button)

    def chosen(self) -> tuple[str, ...]:
        return tuple(b.text() for b in self.buttons if b.isChecked())

    def clear(self) -> None:
        for button in self.buttons:
            button.setChecked(False)


class CheckinForm(QWidget):
    def __init__(
        self, window: Window, colours: Colours, dark: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        title = QLabel(translate("Checkin", "How are you right now?"), self)
        title.setObjectName("title")
        title.setWordWrap(True)
        intro = QLabel(
            translate(
                "Checkin",
                "Place the marker where you are, then save. Everything on the right is optional.",
            ),
            self,
        )
        intro.setObjectName("subtitle")
        intro.setWordWrap(True)
        self.diagram = WindowDiagram(window, colours, dark, self)

        extras = QWidget()
        form = QVBoxLayout(extras)
        form.setContentsMargins(0, 0, 10, 0)

        def heading(text: str) -> QLabel:
            label = QLabel(text, extras)
            label.setObjectName("heading")
            label.setWordWrap(True)
            return label

        form.addWidget(heading(translate("Checkin", "Distress, 0 calm to 10 the most")))
        self.suds = Choice(
            [str(n) for n in range(11)],
            [translate("Checkin", "Distress {n} out of 10").format(n=n) for n in range(11)],
            extras,
            digits=True,
        )
        form.addWidget(self.suds)
        form.addWidget(heading(translate("Checkin", "Mood")))
        mood_words = [
            translate("Checkin", "awful"),
            translate("Checkin", "bad"),
            translate("Checkin", "meh"),
            translate("Checkin", "good"),
            translate("Checkin", "great"),
        ]
        assert len(mood_words) == len(MOOD_NAMES)
        self.mood = Choice(
            mood_words,
            [translate("Checkin", "Mood: {word}").format(word=w) for w in mood_words],
            extras,
        )
        form.addWidget(self.mood)
        form.addWidget(heading(translate("Checkin", "Feelings")))
        self.feelings = Chips(
            ordered_for("feelings", None), translate("Checkin", "Feeling"), extras
        )
        form.addWidget(self.feelings)
        form.addWidget(heading(translate("Checkin", "In your body")))
        self.body = Chips(ordered_for("body", None), translate("Checkin", "Body"), extras)
        form.addWidget(self.body)
        form.addWidget(heading(translate("Checkin", "A note")))
        self.note = QPlainTextEdit(extras)
        self.note.setPlaceholderText(translate("Checkin", "Anything you want to remember"))
        self.note.setAccessibleName(translate("Checkin", "A note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        form.addWidget(self.note)
        form.addWidget(heading(translate("Checkin", "Tags")))
        self.tags = QLineEdit(extras)
        self.tags.setPlaceholderText(translate("Checkin", "work, family, sleep (commas between)"))
        self.tags.setAccessibleName(translate("Checkin", "Tags, separated by commas"))
        form.addWidget(self.tags)
        form.addStretch(1)

        self.problem = QLabel(self)
        self.problem.setObjectName("note")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may quote what was typed
        self.save_button = QPushButton(translate("Checkin", "Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setAutoDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.setToolTip(translate("Checkin", "Shortcut: Ctrl+S"))
        self.cancel_button = QPushButton(translate("Checkin", "Back to home"), self)
        self.cancel_button.setAutoDefault(True)
        # Straight to Get help, nothing to fill in first; what is typed here stays.
        self.unsafe_button = QPushButton(translate("Checkin", "I'm not safe right now"), self)
        self.unsafe_button.setAutoDefault(True)
        self.unsafe_button.setAccessibleDescription(
            translate("Checkin", "Opens Get help at once: people you can reach now.")
        )
        self.diagram.value_changed.connect(lambda _: self.save_button.setEnabled(True))

        # The diagram beside the details in a wide window, above them in a narrow one; all
        # of it scrolls, the buttons stay in view and wrap.
        body = Columns(self.diagram.minimumSizeHint().width() + 24)
        body.box.addWidget(self.diagram, 4)
        body.box.addWidget(extras, 6)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(body, 1)
        scroll = scroll_area(page, self, translate("Checkin", "the check-in"))
        buttons = flow_row([self.cancel_button, self.unsafe_button, self.save_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.diagram, self.suds.buttons[0])

    def started(self) -> bool:
        """Whether anything has been put in since the form was last cleared."""
        return bool(
            self.diagram.arousal is not None
            or self.suds.chosen() is not None
            or self.mood.chosen() is not None
            or self.feelings.chosen()
            or self.body.chosen()
            or self.note.toPlainText().strip()
            or self.tags.text().strip()
        )

    def clear(self) -> None:
        self.diagram.set_value(None)
        self.suds.clear()
        self.mood.clear()
        self.feelings.clear()
        self.body.clear()
        self.note.setPlainText("")
        self.tags.setText("")
        self.problem.setText("")
        self.save_button.setEnabled(False)


class Result(QWidget):
    start = Signal(object)
    get_help = Signal()
    home = Signal()
    again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("title")
        self.message.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("subtitle")
        self.detail.setWordWrap(True)
        self.suggestions_heading = QLabel(translate("Checkin", "These may help now:"), self)
        self.suggestions_heading.setObjectName("heading")
        self.suggestions_heading.setWordWrap(True)
        self.suggestions = QVBoxLayout()
        self.suggestion_buttons: list[QPushButton] = []
        self._suggestion_widgets: list[QWidget] = []
        self.help_box = QWidget(self)
        help_layout = QVBoxLayout(self.help_box)
        help_layout.setContentsMargins(0, 8, 0, 0)
        help_text = QLabel(
            translate(
                "Checkin",
                "That sounds really hard. If it feels like too much to carry alone right now, "
                "there are people you can reach.",
            ),
            self.help_box,
        )
        help_text.setWordWrap(True)
        self.help_button = QPushButton(translate("Checkin", "Get help"), self.help_box)
        self.help_button.setAutoDefault(True)
        self.help_button.clicked.connect(self.get_help)
        help_layout.addWidget(help_text)
        help_layout.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.again_button = QPushButton(translate("Checkin", "Check in again"), self)
        self.again_button.setAutoDefault(True)
        self.again_button.clicked.connect(self.again)
        self.home_button = QPushButton(translate("Checkin", "Back to home"), self)
        self.home_button.setAutoDefault(True)
        self.home_button.clicked.connect(self.home)
        buttons = flow_row([self.again_button, self.home_button])
        column = scrolling_column(
            self, translate("Checkin", "what might help"), widest=900, margins=(28, 20, 28, 20)
        )
        column.addStretch(1)
        column.addWidget(self.message)
        column.addWidget(self.detail)
        column.addSpacing(12)
        column.addWidget(self.suggestions_heading)
        column.addLayout(self.suggestions)
        column.addWidget(self.help_box)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(2)

    def show_result(self, entry: CheckIn, suggestions: Sequence[Suggestion], severe: bool) -> None:
        assert entry.arousal is not None
        assert entry.zone is not None
        self.message.setText(translate("Checkin", "Saved. Thank you for checking in."))
        self.detail.setText(
            zone_sentence(entry.zone.value, entry.arousal, entry.window.low, entry.window.high)
        )
        for widget in self._suggestion_widgets:
            self.suggestions.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self._suggestion_widgets = []
        self.suggestion_buttons = []
        self.suggestions_heading.setVisible(bool(suggestions))
        for suggestion in suggestions[:2]:
            button = QPushButton(
                translate("Checkin", "Start: {title}").format(title=suggestion.title), self
            )
            button.setObjectName("wayIn")
            button.setAutoDefault(True)
            button.setAccessibleName(
                translate("Checkin", "Start {title}").format(title=suggestion.title)
            )
            button.setAccessibleDescription(
                suggestion_reason(suggestion.summary, suggestion.rated, suggestion.change)
            )
            button.clicked.connect(lambda _=False, s=suggestion: self.start.emit(s))
            why = QLabel(
                suggestion_reason(suggestion.summary, suggestion.rated, suggestion.change), self
            )
            why.setObjectName("note")
            why.setWordWrap(True)
            why.setTextFormat(Qt.TextFormat.PlainText)  # the summary comes from a file
            self.suggestions.addWidget(button)
            self.suggestions.addWidget(why)
            self.suggestion_buttons.append(button)
            self._suggestion_widgets += [button, why]
        self.help_box.setVisible(severe)
        # Heard at once: what was saved and where it sits.
        announce(self, f"{self.message.text()} {self.detail.text()}")
        if self.suggestion_buttons:
            self.suggestion_buttons[0].setFocus()


class CheckinPage(QWidget):
    leave = Signal()
    start = Signal(object)
    get_help = Signal()

    def __init__(
        self,
        window: Window,
        colours: Colours,
        dark: bool,
        save: Saver,
        suggester: Suggester,
        new_uid: Callable[[], str],
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkin")
        self._save = save
        self._suggester = suggester
        self._new_uid = new_uid
        self._now = now
        self.form = CheckinForm(window, colours, dark, self)
        self.result = Result(self)
        self.form.save_button.clicked.connect(self.save)
        self.form.cancel_button.clicked.connect(self.leave)
        self.form.unsafe_button.clicked.connect(self.get_help)
        self.result.home.connect(self.leave)
        self.result.again.connect(self.begin)
        self.result.start.connect(self.start)
        self.result.get_help.connect(self.get_help)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.form)
        self.stack.addWidget(self.result)
        for keys, action in (("Ctrl+S", self.save), ("Esc", self.leave.emit)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    def set_window(self, window: Window) -> None:
        self.form.diagram.set_window(window)

    def set_colours(self, colours: Colours) -> None:
        from regulate.ui.theme import DARK

        self.form.diagram.set_colours(colours, colours is DARK)

    def begin(self) -> None:
        self.form.clear()
        self.stack.setCurrentWidget(self.form)
        self.form.diagram.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_form(self) -> None:
        """Come to the check-in: a fresh form, unless one is half filled in (never lose it)."""
        if self.stack.currentWidget() is self.form and self.form.started():
            self.form.diagram.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.begin()

    def entry(self) -> CheckIn:
        form = self.form
        mood = form.mood.chosen()
        tags = [t for t in form.tags.text().split(",") if t.strip()]
        return CheckIn(
            uid=self._new_uid(),
            at=Moment.from_datetime(self._now()),
            window=form.diagram.personal_window,
            arousal=form.diagram.arousal,
            suds=form.suds.chosen(),
            mood=None if mood is None else mood + 1,
            feelings=form.feelings.chosen(),
            body=form.body.chosen(),
            note=form.note.toPlainText().strip(),
            tags=tuple(tags),
            source=Source.APP,
        )

    def save(self) -> None:
        if self.stack.currentWidget() is not self.form:
            return
        if self.form.diagram.arousal is None:  # Ctrl+S before the marker: say what is missing
            words = translate(
                "Checkin", "Place the marker first: use the Up and Down keys, or click the ladder."
            )
            self.form.problem.setText(words)
            announce(self.form.problem, words)
            return
        try:
            entry = self.entry()
        except ScaleError as exc:
            self.form.problem.setText(str(exc).capitalize() + ".")
            return
        problem = self._save(entry)
        if problem is not None:
            self.form.problem.setText(
                translate("Checkin", "This check-in could not be saved: {why}").format(why=problem)
            )
            return
        assert entry.zone is not None
        suggestions = self._suggester(entry.zone, entry.arousal, entry.suds)
        self.result.show_result(entry, suggestions, is_severe(entry.arousal, entry.suds))
        self.stack.setCurrentWidget(self.result)
