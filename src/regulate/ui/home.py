"""The home screen: a greeting and a few large, clearly named ways in, "Breathe now" first.

A way in is listed only when the feature behind it exists: ``app.py`` hands the list over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from regulate.ui.a11y import scroll_into_view
from regulate.ui.page import FlowLayout, scrolling_column
from regulate.ui.text import plain_label

translate = QCoreApplication.translate


@dataclass(frozen=True)
class WayIn:
    label: str
    description: str
    start: Callable[[], None]
    primary: bool = False


def ways_in(
    breathe: Callable[[], None],
    ground: Callable[[], None],
    checkin: Callable[[], None],
    chart: Callable[[], None],
) -> list[WayIn]:
    """The features, in the order a person in distress needs them."""
    return [
        WayIn(
            translate("HomePage", "Breathe now"),
            translate(
                "HomePage",
                "Starts your usual breathing pattern straight away. You can change it there.",
            ),
            breathe,
            primary=True,
        ),
        WayIn(
            translate("HomePage", "Ground yourself"),
            translate(
                "HomePage",
                "Simple steps that bring you back to the here and now, through your senses "
                "and your body.",
            ),
            ground,
        ),
        WayIn(
            translate("HomePage", "Check in"),
            translate(
                "HomePage",
                "Place yourself on your window of tolerance and see what might help.",
            ),
            checkin,
        ),
        WayIn(
            translate("HomePage", "Your days"),
            translate(
                "HomePage",
                "A chart of your check-ins against your window, and what helps you most.",
            ),
            chart,
        ),
    ]


class HomePage(QWidget):
    def __init__(
        self,
        ways_in: Sequence[WayIn],
        get_help: Callable[[], None] | None = None,
        open_settings: Callable[[], None] | None = None,
        present: Callable[[], None] | None = None,
        about: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.buttons: list[QPushButton] = []
        #: The button that opened the screen now on show: back home, the focus returns to it.
        self.came_from: QPushButton | None = None

        column = self
        layout = scrolling_column(
            self, translate("HomePage", "the ways in"), widest=620, margins=(32, 28, 32, 8)
        )
        layout.setSpacing(14)
        layout.addStretch(1)

        title = plain_label(translate("HomePage", "Hello. Take your time."), column)
        title.setObjectName("title")
        title.setWordWrap(True)
        subtitle = plain_label(
            translate(
                "HomePage",
                "Nothing here is urgent. Pick whatever feels easiest right now.",
            ),
            column,
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(18)

        for way in ways_in:
            button = QPushButton(way.label, column)
            button.setObjectName("primary" if way.primary else "wayIn")
            button.setAccessibleName(way.label)
            button.setAccessibleDescription(way.description)
            button.setToolTip(way.description)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._remember(button)
            button.clicked.connect(way.start)
            layout.addWidget(button)
            self.buttons.append(button)

        layout.addStretch(2)
        note = plain_label(
            translate(
                "HomePage",
                "Regulate is a practice tool to use alongside care, not a medical device. "
                "Everything you write stays on this computer.",
            ),
            column,
        )
        note.setObjectName("note")
        note.setWordWrap(True)
        layout.addWidget(note)
        footer = FlowLayout()  # quieter ways, in a row under the note that wraps
        self.help_button: QPushButton | None = None
        if get_help is not None:
            self.help_button = QPushButton(translate("HomePage", "Get help"), column)
            self.help_button.setAccessibleName(translate("HomePage", "Get help"))
            self.help_button.setAccessibleDescription(
                translate("HomePage", "People you can reach now, and your own safety plan")
            )
            self._remember(self.help_button)
            self.help_button.clicked.connect(get_help)
            footer.addWidget(self.help_button)
        self.present_button: QPushButton | None = None
        if present is not None:
            self.present_button = QPushButton(translate("HomePage", "Presenter mode"), column)
            self.present_button.setAccessibleName(translate("HomePage", "Presenter mode"))
            self.present_button.setAccessibleDescription(
                translate("HomePage", "Full screen for showing exercises; nothing is saved")
            )
            self._remember(self.present_button)
            self.present_button.clicked.connect(present)
            footer.addWidget(self.present_button)
        self.about_button: QPushButton | None = None
        if about is not None:
            self.about_button = QPushButton(translate("HomePage", "About"), column)
            self.about_button.setAccessibleName(translate("HomePage", "About Regulate"))
            self._remember(self.about_button)
            self.about_button.clicked.connect(about)
            footer.addWidget(self.about_button)
        self.settings_button: QPushButton | None = None
        if open_settings is not None:
            self.settings_button = QPushButton(translate("HomePage", "Settings"), column)
            self.settings_button.setAccessibleName(translate("HomePage", "Settings"))
            self._remember(self.settings_button)
            self.settings_button.clicked.connect(open_settings)
            footer.addWidget(self.settings_button)
        # The quieter ways sit under the scrolling column, always in view: at large text
        # sizes "Get help" must never need scrolling to be found.
        bar = QWidget(self)
        bar.setObjectName("homeFooter")
        row = QHBoxLayout(bar)
        row.setContentsMargins(32, 6, 32, 14)
        holder = QWidget(bar)
        holder.setMaximumWidth(620)
        holder.setLayout(footer)
        footer.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(holder, 12)
        row.addStretch(1)
        outer = self.layout()
        assert outer is not None
        outer.addWidget(bar)

    def _remember(self, button: QPushButton) -> None:
        """Connected before the button's own action, so it is noted before the page changes."""
        button.clicked.connect(lambda _=False, b=button: setattr(self, "came_from", b))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        back_to, self.came_from = self.came_from, None
        if back_to is not None and not back_to.isHidden():
            back_to.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll_into_view(back_to)
        elif self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
