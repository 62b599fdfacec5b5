"""Get help: people to reach now, your own contacts and safety plan, and one small step.

Calm and plain: which country the numbers are for (and a way to change it, shown first when we
don't know), the emergency number and national crisis lines, the worldwide directories always,
then what the person wrote themselves. Web and email addresses are links that open outside the
app; everything else is plain text. The safety plan is saved as it is typed: each edit starts a
short timer (AUTOSAVE_MS) and the plan is written atomically when it runs out, and at once when
the page is hidden, left with Back, or the app quits. The app never contacts anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from regulate.content.crisis import Contact as LineContact
from regulate.content.crisis import CrisisLine, HelpInfo, help_for, known_countries
from regulate.services import ServiceError
from regulate.storage.safety import Contact, SafetyError, SafetyPlan
from regulate.ui.a11y import announce, wheel_only_when_focused
from regulate.ui.numbers import iso_day_text
from regulate.ui.page import flow_row, narrow_combo, scrolling_page

translate = QCoreApplication.translate
CONTACT_ROWS = 4
AUTOSAVE_MS = 400


def country_code() -> str:
    """The ISO country of the person's locale, such as "GB" (empty if unknown)."""
    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory())
    return "" if code in ("", "AnyTerritory") else code


def _plain(text: str, parent: QWidget, name: str = "") -> QLabel:
    """A label that shows its text exactly as written: never read as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


# A link drawn as underlined words, with the app's focus ring when it has the keyboard.
LINK_STYLE = """
QPushButton {
    border: 3px solid transparent; border-radius: 6px; padding: 2px 4px;
    background: transparent; color: palette(link); text-decoration: underline;
    text-align: left;
}
QPushButton:focus { border-color: palette(highlight); }
"""


def _contact_words(contact: LineContact) -> str:
    words = {
        "phone": translate("Help", "Call {value}"),
        "text": translate("Help", "Text {value}"),
        "email": translate("Help", "Email {value}"),
        "web": translate("Help", "Web {value}"),
    }
    return words[contact.kind].replace("{value}", contact.shown)


def _link_button(contact: LineContact, parent: QWidget) -> QPushButton:
    """One web or email address: one Tab stop, a link to a screen reader's ear by its name,
    opened by the desktop (the browser or the email program), never by the app itself."""
    # "&&": an address is shown as written, never read as a keyboard shortcut mark.
    button = QPushButton(_contact_words(contact).replace("&", "&&"), parent)
    button.setObjectName("link")
    button.setFlat(True)
    button.setAutoDefault(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    if contact.kind == "email":
        name = translate("Help", "Write to {address} in your email program")
    else:
        name = translate("Help", "Open {address} in your browser")
    button.setAccessibleName(name.format(address=contact.shown))
    link = str(contact.link)
    button.setToolTip(link)
    button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(link)))
    return button


def _reach_widgets(line: CrisisLine, parent: QWidget) -> list[QWidget]:
    """How to reach a line: numbers as plain words, web and email addresses as links."""
    shown: list[QWidget] = []
    numbers = [_contact_words(c) for c in line.contacts if not c.link]
    if numbers:
        shown.append(_plain(" · ".join(numbers), parent))
    links = [_link_button(c, parent) for c in line.contacts if c.link]
    if links:
        row = QWidget(parent)
        row.setObjectName("links")
        row.setLayout(flow_row(list(links)))
        shown.append(row)
    return shown


def plan_labels() -> list[tuple[str, str, str]]:
    """(part, label, hint) for the plan, in the order of Stanley & Brown's steps."""
    return [
        (
            "warning_signs",
            translate("Help", "Signs that a hard time is starting"),
            translate("Help", "Thoughts, feelings or situations that come before it"),
        ),
        (
            "what_helps",
            translate("Help", "Things I can do on my own"),
            translate("Help", "Small things that take the edge off"),
        ),
        (
            "people_and_places",
            translate("Help", "People and places that take my mind off it"),
            translate("Help", "A café, a friend to chat with, a walk by the river"),
        ),
        (
            "people_to_ask",
            translate("Help", "People I can ask for help"),
            translate("Help", "Who you could tell that you are struggling"),
        ),
        (
            "professionals",
            translate("Help", "Professionals and services I can contact"),
            translate("Help", "Your therapist, doctor or a crisis team, with their numbers"),
        ),
        (
            "safe_surroundings",
            translate("Help", "Making my surroundings safe"),
            translate("Help", "What you could put away or give to someone to keep"),
        ),
        (
            "reasons_for_living",
            translate("Help", "My reasons for living"),
            translate("Help", "People, animals, plans, anything that matters to you"),
        ),
    ]


class HelpPage(QWidget):
    leave = Signal()
    ground = Signal()

    def __init__(
        self,
        plan: SafetyPlan,
        save_plan: Callable[[SafetyPlan], None],
        country: str | None,
        parent: QWidget | None = None,
        *,
        remember_country: Callable[[str], None] | None = None,
        locale: str | None = None,
        check_output: Callable[[Path], Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        #: The application layer's rule for where a file may be written (never the data folder).
        self._check_output = check_output
        self._plan = plan
        self._save_plan = save_plan
        self._remember_country = remember_country
        self._locale = QLocale.system().name() if locale is None else locale
        self._dirty = False
        # The last words given to a screen reader (kept for the tests and for a look back).
        self.announced = ""
        self.info: HelpInfo = help_for(country or None, self._locale)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)

        title = _plain(translate("Help", "You don't have to carry this alone"), inner, "title")
        column.addWidget(title)
        column.addWidget(
            _plain(
                translate(
                    "Help",
                    "Regulate is not a crisis service and nobody sees what you write here. "
                    "If you might not be safe, please reach a person now.",
                ),
                inner,
                "subtitle",
            )
        )
        column.addWidget(self._where(inner))
        self.reach = QWidget(inner)
        self.reach.setObjectName("card")
        QVBoxLayout(self.reach)
        column.addWidget(self.reach)
        self._fill_reach()

        column.addWidget(_plain(translate("Help", "Your people"), inner, "heading"))
        column.addWidget(
            _plain(
                translate(
                    "Help",
                    "People you trust, your therapist or doctor. They are kept on this computer.",
                ),
                inner,
                "note",
            )
        )
        grid = QGridLayout()
        for place, text in enumerate(
            (translate("Help", "Name"), translate("Help", "Phone number or how to reach them"))
        ):
            header = _plain(text, inner)
            header.setWordWrap(True)
            grid.addWidget(header, 0, place)
        self.contact_fields: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(CONTACT_ROWS):
            contact = plan.contacts[row] if row < len(plan.contacts) else Contact("", "")
            name = QLineEdit(contact.name, inner)
            name.setAccessibleName(translate("Help", "Contact {n}, name").format(n=row + 1))
            how = QLineEdit(contact.how, inner)
            how.setAccessibleName(translate("Help", "Contact {n}, how to reach").format(n=row + 1))
            name.textEdited.connect(self._edited)
            how.textEdited.connect(self._edited)
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(how, row + 1, 1)
            self.contact_fields.append((name, how))
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)
        column.addLayout(grid)

        column.addWidget(_plain(translate("Help", "Your safety plan"), inner, "heading"))
        column.addWidget(
            _plain(
                translate(
                    "Help",
                    "In your own words, for the hard moments. Fill in only what you want to. "
                    "It is saved on this computer as you type.",
                ),
                inner,
                "note",
            )
        )
        self.plan_fields: dict[str, QPlainTextEdit] = {}
        for key, label, hint in plan_labels():
            caption = _plain(label, inner)
            column.addWidget(caption)
            field = QPlainTextEdit(inner)
            field.setPlainText(str(getattr(plan, key)))
            field.setPlaceholderText(hint)
            field.setAccessibleName(label)
            field.setAccessibleDescription(hint)
            field.setTabChangesFocus(True)
            field.setFixedHeight(70)
            caption.setBuddy(field)
            field.textChanged.connect(self._edited)
            column.addWidget(field)
            self.plan_fields[key] = field
        save_row = QVBoxLayout()
        self.save_button = QPushButton(translate("Help", "Save my plan"), inner)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self._save_pressed)
        self.pdf_button = QPushButton(translate("Help", "Save as a PDF to print"), inner)
        self.pdf_button.setAutoDefault(True)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.saved = _plain("", inner, "note")
        save_row.addLayout(flow_row([self.save_button, self.pdf_button]))
        save_row.addWidget(self.saved)
        column.addLayout(save_row)
        column.addStretch(1)

        scrolling_page(
            self, inner, translate("Help", "this page"), translate("Help", "Back"), self._back
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    # -- where the person is ------------------------------------------------------------------

    def _where(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.where_label = _plain("", box)
        self.change_button = QPushButton(translate("Help", "Change"), box)
        self.change_button.setAutoDefault(True)
        self.change_button.setAccessibleName(translate("Help", "Change the country"))
        self.change_button.clicked.connect(lambda: self._show_chooser(True))
        row.addWidget(self.where_label, 1)
        row.addWidget(self.change_button)
        layout.addLayout(row)

        self.chooser = QWidget(box)
        choose = QVBoxLayout(self.chooser)
        choose.setContentsMargins(0, 0, 0, 0)
        self.choose_note = _plain(
            translate(
                "Help",
                "Where are you? Choose your country so the numbers below are the right ones.",
            ),
            self.chooser,
        )
        choose.addWidget(self.choose_note)
        pick = QVBoxLayout()  # one above the other: room for long names at large sizes
        self.country_box = QComboBox(self.chooser)
        # Qt on Linux gives a drop-down the name of its current choice ("Austria") whatever
        # name it is given, and names it by the label pointing at it (AT-SPI "labelled by"):
        # this label. Elsewhere the fixed name below is used; the choice stays the value.
        self.country_label = _plain(translate("Help", "Your country"), self.chooser)
        self.country_label.setBuddy(self.country_box)
        self.country_box.setAccessibleName(translate("Help", "Your country"))
        narrow_combo(self.country_box)
        wheel_only_when_focused(self.country_box)  # the wheel scrolls the page past it
        # Nothing chosen until the person chooses: a guess could show the wrong numbers.
        self.country_box.addItem(translate("Help", "Choose your country"), "")
        for code, name in known_countries():
            self.country_box.addItem(name, code)
        self.use_button = QPushButton(translate("Help", "Use these numbers"), self.chooser)
        self.use_button.setAutoDefault(True)
        self.use_button.clicked.connect(self._country_chosen)
        self.country_box.currentIndexChanged.connect(
            lambda _: self.use_button.setEnabled(bool(self.country_box.currentData()))
        )
        pick.addWidget(self.country_label)
        pick.addWidget(self.country_box)
        pick.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        choose.addLayout(pick)
        layout.addWidget(self.chooser)
        self._show_where()
        self._show_chooser(self.info.needs_choice)
        return box

    def _show_where(self) -> None:
        if self.info.needs_choice:
            self.where_label.setText(
                translate("Help", "Numbers for: we don't know where you are yet")
            )
        else:
            self.where_label.setText(
                translate("Help", "Numbers for: {country}").format(country=self.info.country_name)
            )
        index = self.country_box.findData(self.info.country) if self.info.country else -1
        self.country_box.setCurrentIndex(max(0, index))
        self.use_button.setEnabled(bool(self.country_box.currentData()))

    def _show_chooser(self, shown: bool) -> None:
        self.chooser.setVisible(shown)
        self.change_button.setVisible(not shown)

    def choose_country(self, code: str) -> None:
        """Show the numbers for ``code`` and ask the app to remember it."""
        self.info = help_for(code, self._locale)
        if self._remember_country is not None:
            self._remember_country(code)
        self._show_where()
        self._show_chooser(False)
        self._fill_reach()

    def _country_chosen(self) -> None:
        code = self.country_box.currentData()
        if not code:
            return
        self.choose_country(str(code))
        self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announced = f"{self.where_label.text()}. {self.crisis_sentence()}"
        announce(self, self.announced)

    # -- people to reach now --------------------------------------------------------------------

    def _fill_reach(self) -> None:
        layout = self.reach.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the focus chain at once, not when deleted
                widget.deleteLater()
        box, info = self.reach, self.info
        self.danger = _plain(self._danger_words(), box, "heading")
        # The first thing a screen reader meets when the page is shown (see showEvent).
        self.danger.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.danger.setProperty("tabStop", True)  # the theme's focus ring when it has the keys
        self.danger.setAccessibleName(self.danger.text())
        layout.addWidget(self.danger)
        for line in info.lines:
            layout.addWidget(_plain(f"{line.name}: {line.how}", box))
            for widget in _reach_widgets(line, box):
                layout.addWidget(widget)
        layout.addWidget(_plain(translate("Help", "Anywhere in the world:"), box))
        for line in info.worldwide:
            layout.addWidget(_plain(f"{line.name}: {line.how}", box))
            for widget in _reach_widgets(line, box):
                layout.addWidget(widget)
        layout.addWidget(
            _plain(
                translate("Help", "Last checked {date}. Sources: {sources}.").format(
                    date=iso_day_text(info.last_checked) or "?", sources="; ".join(info.sources)
                ),
                box,
                "note",
            )
        )
        layout.addWidget(
            _plain(
                translate(
                    "Help",
                    "One small step for right now: keep your eyes open, press your feet into "
                    "the floor, and name three things you can see.",
                ),
                box,
            )
        )
        self.ground_button = QPushButton(translate("Help", "Open 5-4-3-2-1 senses"), box)
        self.ground_button.setAutoDefault(True)
        self.ground_button.clicked.connect(self.ground)
        layout.addWidget(self.ground_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._chain_reach()

    def _chain_reach(self) -> None:
        """Widgets made after the page are put at the end of the Tab order; put the card's
        own back where it is drawn: after the country chooser, before "Your people"."""
        previous: QWidget = self.use_button
        for widget in self._reach_stops():
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _reach_stops(self) -> list[QWidget]:
        """The card's widgets that take the keyboard, in the order they are drawn."""
        stops: list[QWidget] = []
        layout = self.reach.layout()
        assert layout is not None
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(widget)
            row = widget.layout() if widget.objectName() == "links" else None
            if row is not None:
                for place in range(row.count()):
                    inner = row.itemAt(place)
                    button = inner.widget() if inner is not None else None
                    if button is not None:
                        stops.append(button)
        return stops

    def _danger_words(self) -> str:
        if self.info.emergency:
            return translate("Help", "In danger right now: call {number}.").format(
                number=self.info.emergency
            )
        return translate("Help", "In danger right now: call your local emergency number.")

    def crisis_sentence(self) -> str:
        """What a screen reader hears when the page opens: the emergency number and the
        national lines (the worldwide ones when there are none), in one go."""
        lines = self.info.lines or self.info.worldwide
        parts = [self._danger_words()]
        parts += [f"{line.name}: {line.how}".rstrip(". ") + "." for line in lines]
        return " ".join(parts)

    # -- shown: at the top, the numbers first -----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():  # the window coming back from the task bar: leave it be
            return
        area = self.findChild(QScrollArea)
        if area is not None:
            area.verticalScrollBar().setValue(0)
            area.horizontalScrollBar().setValue(0)
        self.danger.setFocus(Qt.FocusReason.OtherFocusReason)
        self.announced = self.crisis_sentence()
        announce(self, self.announced)

    # -- the plan, saved as typed ------------------------------------------------------------

    def plan(self) -> SafetyPlan:
        contacts = [
            Contact(name.text().strip(), how.text().strip())
            for name, how in self.contact_fields
            if name.text().strip() or how.text().strip()
        ]
        parts = {key: field.toPlainText().strip() for key, field in self.plan_fields.items()}
        return SafetyPlan(contacts=contacts, **parts)

    def _edited(self) -> None:
        self._dirty = True
        self.autosave.start()

    @property
    def dirty(self) -> bool:
        """Typed but not written yet."""
        return self._dirty

    def flush(self) -> None:
        """Write now if anything typed is not saved yet (on hide, Back and quit)."""
        self.autosave.stop()
        if self._dirty:
            self.save()

    def save(self) -> None:
        self.autosave.stop()
        try:
            self._save_plan(self.plan())
        except SafetyError as exc:
            self.saved.setText(translate("Help", "Not saved: {why}").format(why=exc))
            return
        self._dirty = False
        self.saved.setText(translate("Help", "Saved on this computer."))

    def _save_pressed(self) -> None:
        """Save, and say how it went: the words under the button are easy to miss."""
        self.save()
        if self.dirty:  # not written: the reason, as shown
            self.announced = self.saved.text()
        else:
            self.announced = translate("Help", "Your plan is saved on this computer.")
        announce(self.saved, self.announced)

    def _back(self) -> None:
        self.flush()
        self.leave.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    # -- printing ------------------------------------------------------------------------------

    def discard_pending(self) -> None:
        """After "Delete all my data": nothing typed here may be written again."""
        self.autosave.stop()
        self._dirty = False

    def export_pdf(self, out: Path) -> None:
        """Raises OSError, or the application layer's refusal (exports never go into the data
        folder, over a device or over a folder)."""
        from regulate.ui.safety_pdf import write_safety_plan_pdf

        if self._check_output is not None:
            out = self._check_output(out)
        write_safety_plan_pdf(self.plan(), out, self.info)

    def _ask_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("Help", "Save your safety plan as a PDF"),
            str(Path.home() / translate("Help", "my-safety-plan.pdf")),
            translate("Help", "PDF files (*.pdf)"),
        )
        if not name:
            return
        try:
            self.export_pdf(Path(name))
        except OSError as exc:
            self.saved.setText(
                translate("Help", "Could not save the PDF: {why}").format(why=exc.strerror or exc)
            )
            return
        except ServiceError as exc:  # the output rule said no, in one plain line
            self.saved.setText(translate("Help", "Could not save the PDF: {why}").format(why=exc))
            return
        self.saved.setText(translate("Help", "Saved the PDF. You can print it from there."))
