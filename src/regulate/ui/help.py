"""Get help: people to reach now, your own contacts and safety plan, and one small step.

Calm and plain: the emergency number and a crisis line for the person's country first, the
worldwide directories always, then what they wrote themselves. The app never contacts anyone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from regulate.content.crisis import Line, Lines, lines_for
from regulate.storage.safety import Contact, SafetyError, SafetyPlan
from regulate.ui.page import scrolling_page

translate = QCoreApplication.translate
CONTACT_ROWS = 4


def country_code() -> str:
    """The ISO country of the person's locale, such as "GB" (empty if unknown)."""
    locale = QLocale.system()
    code = QLocale.territoryToCode(locale.territory())
    return "" if code in ("", "AnyTerritory") else code


def _selectable(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class HelpPage(QWidget):
    leave = Signal()
    ground = Signal()

    def __init__(
        self,
        plan: SafetyPlan,
        save_plan: Callable[[SafetyPlan], None],
        country: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self._plan = plan
        self._save_plan = save_plan
        lines = lines_for(country)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)

        title = QLabel(translate("Help", "You don't have to carry this alone"), inner)
        title.setObjectName("title")
        title.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(
            _selectable(
                translate(
                    "Help",
                    "Regulate is not a crisis service and nobody sees what you write here. "
                    "If you might not be safe, please reach a person now.",
                ),
                inner,
                "subtitle",
            )
        )
        column.addWidget(self._reach_now(lines, inner))

        heading = QLabel(translate("Help", "Your people"), inner)
        heading.setObjectName("heading")
        column.addWidget(heading)
        column.addWidget(
            _selectable(
                translate(
                    "Help",
                    "People you trust, your therapist or doctor. They are kept on this computer.",
                ),
                inner,
                "note",
            )
        )
        grid = QGridLayout()
        self.contact_fields: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(CONTACT_ROWS):
            contact = plan.contacts[row] if row < len(plan.contacts) else Contact("", "")
            name = QLineEdit(contact.name, inner)
            name.setPlaceholderText(translate("Help", "Name"))
            name.setAccessibleName(translate("Help", "Contact {n}, name").format(n=row + 1))
            how = QLineEdit(contact.how, inner)
            how.setPlaceholderText(translate("Help", "Phone number or how to reach them"))
            how.setAccessibleName(translate("Help", "Contact {n}, how to reach").format(n=row + 1))
            grid.addWidget(name, row, 0)
            grid.addWidget(how, row, 1)
            self.contact_fields.append((name, how))
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(0, 1)
        column.addLayout(grid)

        heading = QLabel(translate("Help", "Your safety plan"), inner)
        heading.setObjectName("heading")
        column.addWidget(heading)
        column.addWidget(
            _selectable(
                translate(
                    "Help",
                    "In your own words, for the hard moments. Fill in only what you want to.",
                ),
                inner,
                "note",
            )
        )
        self.plan_fields: dict[str, QPlainTextEdit] = {}
        for key, label in (
            ("warning_signs", translate("Help", "Signs that a hard time is starting")),
            ("what_helps", translate("Help", "Things I can do that help me")),
            ("people_and_places", translate("Help", "People and places that take my mind off it")),
            ("professionals", translate("Help", "Professionals and services I can contact")),
        ):
            column.addWidget(QLabel(label, inner))
            field = QPlainTextEdit(str(getattr(plan, key)), inner)
            field.setAccessibleName(label)
            field.setTabChangesFocus(True)
            field.setFixedHeight(70)
            column.addWidget(field)
            self.plan_fields[key] = field
        save_row = QHBoxLayout()
        self.save_button = QPushButton(translate("Help", "Save my plan"), inner)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel(inner)
        self.saved.setObjectName("note")
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved, 1)
        column.addLayout(save_row)
        column.addStretch(1)

        scrolling_page(
            self, inner, translate("Help", "this page"), translate("Help", "Back"), self.leave.emit
        )

    def _reach_now(self, lines: Lines, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        local = lines.local
        if local is not None and local.emergency:
            layout.addWidget(
                _selectable(
                    translate("Help", "In danger right now: call {number}.").format(
                        number=local.emergency
                    ),
                    box,
                    "heading",
                )
            )
        elif local is None:
            layout.addWidget(
                _selectable(
                    translate("Help", "In danger right now: call your local emergency number."),
                    box,
                    "heading",
                )
            )
        if local is not None and local.name:
            layout.addWidget(_selectable(f"{local.name}: {local.how}", box))
        layout.addWidget(_selectable(translate("Help", "Anywhere in the world:"), box))
        for line in lines.worldwide:
            layout.addWidget(_selectable(f"{line.name}: {line.how}", box))
        sources = [line for line in (local, *lines.worldwide) if line is not None]
        layout.addWidget(_selectable(self._checked(sources), box, "note"))
        step = _selectable(
            translate(
                "Help",
                "One small step for right now: keep your eyes open, press your feet into the "
                "floor, and name three things you can see.",
            ),
            box,
        )
        layout.addWidget(step)
        self.ground_button = QPushButton(translate("Help", "Open 5-4-3-2-1 senses"), box)
        self.ground_button.setAutoDefault(True)
        self.ground_button.clicked.connect(self.ground)
        layout.addWidget(self.ground_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    @staticmethod
    def _checked(lines: list[Line]) -> str:
        dates = sorted({line.checked for line in lines})
        sources = "; ".join(line.source for line in lines)
        return translate("Help", "Last checked {date}. Sources: {sources}.").format(
            date=dates[-1] if dates else "?", sources=sources
        )

    def plan(self) -> SafetyPlan:
        contacts = [
            Contact(name.text().strip(), how.text().strip())
            for name, how in self.contact_fields
            if name.text().strip() or how.text().strip()
        ]
        parts = {key: field.toPlainText().strip() for key, field in self.plan_fields.items()}
        return SafetyPlan(contacts=contacts, **parts)

    def save(self) -> None:
        try:
            self._save_plan(self.plan())
        except SafetyError as exc:
            self.saved.setText(translate("Help", "Not saved: {why}").format(why=exc))
            return
        self.saved.setText(translate("Help", "Saved on this computer."))
