"""Settings: your window, the reminder, starting in the tray, and how things look and sound.

Every change is saved at once. Changing the window never rewrites earlier check-ins: each one
keeps the bounds that were in force when it was written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regulate.core.scales import Window
from regulate.storage.settings import Settings
from regulate.ui.a11y import TimeEdit, scroll_into_view, wheel_only_when_focused
from regulate.ui.first_run import WindowBounds
from regulate.ui.page import (
    flow_row,
    narrow_combo,
    scrolling_page,
    wrapping_check,
    wrapping_form,
)
from regulate.ui.text import plain_label

translate = QCoreApplication.translate

#: The left-to-right mark: numbers keep their order inside right-to-left text.
LRM = "\u200e"


def window_explanation() -> str:
    return translate(
        "Settings",
        "Your window of tolerance is the range of activation in which you can think and feel "
        "at the same time. Above it things feel like too much; below it you may feel numb or "
        "far away. Many people find it widens with practice, and you can change it whenever "
        "you like.",
    )


class SettingsPage(QWidget):
    leave = Signal()
    window_changed = Signal(object)
    reminder_changed = Signal()
    #: Colours or text size changed: the whole app restyles at once, no restart.
    look_changed = Signal()
    # The language changed: the app translates and builds its screens again at once.
    language_changed = Signal()

    def __init__(
        self,
        settings: Settings,
        save: Callable[[], str | None],
        set_autostart: Callable[[bool], str | None],
        delete_all: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self._settings = settings
        self._save = save
        self._set_autostart = set_autostart
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        title = plain_label(translate("Settings", "Settings"), inner)
        title.setObjectName("title")
        column.addWidget(title)

        column.addWidget(self._heading(translate("Settings", "Your window"), inner))
        explanation = plain_label(window_explanation(), inner)
        explanation.setWordWrap(True)
        explanation.setObjectName("note")
        column.addWidget(explanation)
        self.bounds = WindowBounds(settings.window, inner)
        self.bounds.changed.connect(self._window)
        column.addWidget(self.bounds)

        column.addWidget(self._heading(translate("Settings", "A gentle daily reminder"), inner))
        form = wrapping_form(QFormLayout())
        self.reminder_on = QCheckBox(translate("Settings", "Remind me to check in"), inner)
        self.reminder_on.setChecked(settings.values.reminder_on)
        self.reminder_time = TimeEdit(inner)  # HH:mm, with a value a screen reader can use
        self.reminder_time.setAccessibleName(translate("Settings", "Reminder time"))
        self.reminder_time.setTime(
            QTime.fromString(settings.values.reminder_time, "HH:mm") or QTime(20, 0)
        )
        self.reminder_on.toggled.connect(self._reminder)
        self.reminder_time.timeChanged.connect(self._reminder)
        form.addRow(wrapping_check(self.reminder_on))
        form.addRow(translate("Settings", "At"), self.reminder_time)
        self.tray_on = QCheckBox(
            translate("Settings", "Start quietly in the tray when I log in"), inner
        )
        self.tray_on.setChecked(settings.values.start_in_tray)
        self.tray_on.toggled.connect(self._tray)
        form.addRow(wrapping_check(self.tray_on))
        column.addLayout(form)
        note = plain_label(
            translate(
                "Settings",
                "The reminder shows while Regulate or its tray icon is running, once a day.",
            ),
            inner,
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        column.addWidget(note)

        column.addWidget(self._heading(translate("Settings", "Look and sound"), inner))
        looks = wrapping_form(QFormLayout())
        self.theme = narrow_combo(QComboBox(inner))
        self.theme.setAccessibleName(translate("Settings", "Colours"))
        for key, text in (
            ("system", translate("Settings", "Follow the system")),
            ("light", translate("Settings", "Light")),
            ("dark", translate("Settings", "Dark")),
            ("contrast", translate("Settings", "High contrast")),
        ):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.values.theme)))
        self.theme.currentIndexChanged.connect(self._theme)
        looks.addRow(translate("Settings", "Colours"), self.theme)
        self.text_size = narrow_combo(QComboBox(inner))
        self.text_size.setAccessibleName(translate("Settings", "Text size"))
        for percent in (100, 125, 150, 175, 200):
            # Marked left to right at both ends: "100 %" in a right-to-left window too.
            self.text_size.addItem(f"{LRM}{percent} %{LRM}", percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(settings.values.text_size)))
        self.text_size.currentIndexChanged.connect(self._text_size)
        looks.addRow(translate("Settings", "Text size"), self.text_size)
        self.language = narrow_combo(QComboBox(inner))
        self.language.setAccessibleName(translate("Settings", "Language"))
        for key, text in (
            ("system", translate("Settings", "Follow the system")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.values.language)))
        self.language.currentIndexChanged.connect(self._language)
        looks.addRow(translate("Settings", "Language"), self.language)
        self.default_pattern = narrow_combo(QComboBox(inner))
        self.default_pattern.setAccessibleName(translate("Settings", "Breathe now starts with"))
        from regulate.content.patterns import builtin_patterns

        for pattern in builtin_patterns():
            self.default_pattern.addItem(pattern.name, pattern.id)
        self.default_pattern.setCurrentIndex(
            max(0, self.default_pattern.findData(settings.values.default_pattern))
        )
        self.default_pattern.currentIndexChanged.connect(
            lambda _: self._set("default_pattern", str(self.default_pattern.currentData()))
        )
        looks.addRow(translate("Settings", "Breathe now starts with"), self.default_pattern)
        self.sound = QCheckBox(translate("Settings", "Soft tones while breathing"), inner)
        self.sound.setChecked(settings.values.sound)
        self.sound.toggled.connect(lambda on: self._set("sound", on))
        looks.addRow(wrapping_check(self.sound))
        self.still = QCheckBox(translate("Settings", "Still view: no moving shapes"), inner)
        self.still.setChecked(settings.values.reduced_motion)
        self.still.toggled.connect(lambda on: self._set("reduced_motion", on))
        looks.addRow(wrapping_check(self.still))
        self.announce = QCheckBox(
            translate("Settings", "Say each breathing phase to my screen reader"), inner
        )
        self.announce.setChecked(settings.values.announce_phases)
        self.announce.toggled.connect(lambda on: self._set("announce_phases", on))
        looks.addRow(wrapping_check(self.announce))
        column.addLayout(looks)
        self.status = plain_label(parent=inner)
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        column.addWidget(self.status)

        self._delete_all = delete_all
        column.addWidget(self._heading(translate("Settings", "Delete all my data"), inner))
        warning = plain_label(
            translate(
                "Settings",
                "This removes your journal, its backups, your settings, your safety plan and "
                "your own exercises from this computer. It can't be undone. Exports you saved "
                "elsewhere are not touched. To go ahead, type {word} below.",
            ).format(word=self.confirm_word()),
            inner,
        )
        warning.setWordWrap(True)
        warning.setObjectName("note")
        column.addWidget(warning)
        self.confirm = QLineEdit(inner)
        self.confirm.setAccessibleName(
            translate("Settings", "Type {word} to confirm").format(word=self.confirm_word())
        )
        self.confirm.setPlaceholderText(self.confirm_word())
        self.delete_button = QPushButton(translate("Settings", "Delete all my data"), inner)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._delete)
        self.confirm.textChanged.connect(
            lambda text: self.delete_button.setEnabled(
                text.strip().lower() == self.confirm_word() and delete_all is not None
            )
        )
        column.addLayout(flow_row([self.confirm, self.delete_button]))
        self.deleted = plain_label(parent=inner)
        self.deleted.setWordWrap(True)
        column.addWidget(self.deleted)
        column.addStretch(1)

        # The wheel scrolls the page; a box changes with it only once it has the focus.
        wheel_only_when_focused(
            self.reminder_time,
            self.theme,
            self.text_size,
            self.language,
            self.default_pattern,
        )
        scrolling_page(
            self,
            inner,
            translate("Settings", "the settings"),
            translate("Settings", "Back"),
            self.leave.emit,
        )

    @staticmethod
    def confirm_word() -> str:
        return translate("Settings", "delete")

    def _delete(self) -> None:
        if self._delete_all is None or self.confirm.text().strip().lower() != self.confirm_word():
            return
        self.deleted.setText(self._delete_all())
        self.confirm.clear()

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        label = plain_label(text, parent)
        label.setObjectName("heading")
        return label

    def _store(self) -> None:
        problem = self._save()
        self.status.setText(
            "" if problem is None else translate("Settings", "Not saved: {why}").format(why=problem)
        )

    def _set(self, key: str, value: object) -> None:
        self._settings.update(**{key: value})
        self._store()

    def _window(self, window: Window) -> None:
        self._settings.set_window(window)
        self._store()
        self.window_changed.emit(window)

    def _reminder(self) -> None:
        self._settings.update(
            reminder_on=self.reminder_on.isChecked(),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
        )
        self._store()
        self.reminder_changed.emit()

    def _tray(self, on: bool) -> None:
        problem = self._set_autostart(on)
        if problem is not None:
            self.status.setText(problem)
            self.tray_on.blockSignals(True)
            self.tray_on.setChecked(not on)
            self.tray_on.blockSignals(False)
            return
        self._set("start_in_tray", on)

    def _language(self) -> None:
        self._set("language", self.language.currentData())
        self.language_changed.emit()  # this page is rebuilt in the new language

    def language_done(self, problem: str | None = None) -> None:
        """Built again after a change of language: say so in the new one, back at the box."""
        done = translate("Settings", "The language has changed.")
        if problem is not None:
            done += " " + translate("Settings", "Not saved: {why}").format(why=problem)
        self.status.setText(done)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(self.language)
        from regulate.ui.a11y import announce

        announce(self, done)

    def _text_size(self) -> None:
        self._set("text_size", self.text_size.currentData())
        self._restyle()

    def _theme(self) -> None:
        self._set("theme", self.theme.currentData())
        self._restyle()

    def _restyle(self) -> None:
        """The app restyles at once; the control in use stays in view (the new sizes move
        everything, and the page would otherwise be left scrolled wherever it lands)."""
        self.look_changed.emit()
        self.keep_focus_in_view()
        # Qt lays the page out again after this returns: look once more when it has.
        QTimer.singleShot(0, self, self.keep_focus_in_view)

    def keep_focus_in_view(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            scroll_into_view(focused)
