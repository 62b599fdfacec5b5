"""About Regulate: the version, where your data lives, the licence, and a gentle word on what
this app is and is not, with the way to the Get help page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from regulate import __version__
from regulate.ui.page import flow_row, scrolling_column
from regulate.ui.text import plain_label

translate = QCoreApplication.translate


def breakable_path(path: str) -> str:
    """``path`` with an invisible break after each slash, so a long folder wraps onto the next
    line at large text sizes instead of running off the edge."""
    return path.replace("/", "/\u200b")


class AboutPage(QWidget):
    leave = Signal()
    get_help = Signal()

    def __init__(self, data_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        title = plain_label(translate("About", "About Regulate"), self)
        title.setObjectName("title")
        lines = [
            translate("About", "Version {version}").format(version=__version__),
            translate(
                "About",
                "Regulate is a practice tool for calming down and coming back into your window "
                "of tolerance. It is not a medical device and not a substitute for care from a "
                "professional. It does not diagnose anything, and it is not a crisis service: "
                "nobody sees what you write here.",
            ),
            translate(
                "About",
                "Everything you write stays on this computer, in {folder}. Regulate never uses "
                "the network.",
            ).format(folder=breakable_path(data_folder)),
            translate(
                "About",
                "Free software under the GNU General Public License, version 3 or later.",
            ),
        ]
        column = scrolling_column(
            self, translate("About", "about Regulate"), widest=760, tab_stop=True
        )
        column.addStretch(1)
        column.addWidget(title)
        for text in lines:
            label = plain_label(text, self)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        self.help_button = QPushButton(translate("About", "Get help"), self)
        self.help_button.setAccessibleDescription(
            translate("About", "People you can reach now, and your own safety plan")
        )
        self.help_button.clicked.connect(self.get_help)
        self.back_button = QPushButton(translate("About", "Back"), self)
        self.back_button.clicked.connect(self.leave)
        column.addSpacing(12)
        column.addLayout(flow_row([self.back_button, self.help_button]))
        column.addStretch(2)
        shortcut = QShortcut(QKeySequence("Esc"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.leave)
