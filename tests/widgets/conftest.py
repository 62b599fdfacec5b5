"""Widget tests see the interface as the app shows it: with its English plural forms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from regulate.ui.i18n import install_translators


@pytest.fixture(autouse=True, scope="session")
def _english_plural_forms(qapp: QApplication) -> None:
    """The app always installs regulate_en.qm ("1 minute", not "1 minutes"); so do the tests."""
    install_translators(qapp, "en")


@pytest.fixture
def mirrored(qapp: QApplication) -> Iterator[None]:
    """The whole application right to left for one test."""
    from tests.layout import left_to_right

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        left_to_right()
