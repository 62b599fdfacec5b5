"""The main window: one stack of pages (home first), its size and place remembered."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray, QCoreApplication, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QProgressBar, QStackedWidget, QWidget

from regulate.storage.settings import Settings, SettingsError

translate = QCoreApplication.translate

DEFAULT_SIZE = QSize(900, 680)


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.retranslate()
        self.setMinimumSize(QSize(560, 440))
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        # Shown while long work runs off the GUI thread (import, export, the summary).
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self._restore_geometry()

    def retranslate(self) -> None:
        """The window's own words, in the language now in use."""
        self.setWindowTitle(translate("MainWindow", "Regulate"))

    def working(self, what: str) -> None:
        """Long work has started: a moving bar and a few words until ``finished``."""
        self.busy.setAccessibleName(what)
        self.busy.setVisible(True)
        self.statusBar().showMessage(what)

    def finished(self, message: str) -> None:
        self.busy.setVisible(False)
        self.statusBar().showMessage(message, 20_000)

    def add_page(self, page: QWidget) -> None:
        self.pages.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        if self.isVisible():
            from regulate.ui.a11y import focus_heading

            focus_heading(page)  # never on an unnamed container

    def _restore_geometry(self) -> None:
        saved = self._settings.values.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.resize(DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if len(geometry) <= 4096:
            self._settings.update(window_geometry=geometry)
        with contextlib.suppress(SettingsError):  # a read-only folder never blocks closing
            self._settings.save()
        super().closeEvent(event)
