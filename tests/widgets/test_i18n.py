"""Installing the translators: German for the interface, Qt's own words and the content."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.language import current_language
from regulate.ui.home import HomePage, WayIn
from regulate.ui.i18n import available_languages, install_translators

translate = QCoreApplication.translate


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application; back to plain English afterwards, whatever a test installed."""
    yield qapp
    assert install_translators(qapp, "en") == "en"
    assert current_language() == "en"


def test_german_is_installed_and_used(app: QApplication) -> None:
    assert install_translators(app, "de") == "de"
    assert translate("Breathing", "Breathe in") == "Einatmen"
    assert translate("Checkin", "Distress {n} out of 10").format(n=4) == "Belastung 4 von 10"
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own, from qtbase_de
    assert current_language() == "de"
    assert builtin_exercises()[0].title == "5-4-3-2-1 mit allen Sinnen"


def test_the_translators_outlive_the_call(app: QApplication) -> None:
    install_translators(app, "de")
    gc.collect()
    assert translate("Tray", "Quit") == "Beenden"
    assert len(app._regulate_translators) == 2  # type: ignore[attr-defined]


def test_regional_codes_find_the_language(app: QApplication) -> None:
    assert install_translators(app, "de_AT") == "de"
    assert install_translators(app, "de-CH") == "de"


def test_unknown_languages_and_the_test_locale_fall_back_to_english(app: QApplication) -> None:
    install_translators(app, "de")
    assert install_translators(app, "xx") == "en"
    assert translate("Breathing", "Breathe in") == "Breathe in"
    # Tests run with LANG=C, where the system's languages are just "C".
    assert install_translators(app, "system") == "en"
    assert install_translators(app, None) == "en"
    assert current_language() == "en"


def test_choosing_again_replaces_the_earlier_language(app: QApplication) -> None:
    install_translators(app, "de")
    install_translators(app, "de")
    assert len(app._regulate_translators) == 2  # type: ignore[attr-defined]
    install_translators(app, "en")
    assert translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_known_languages_include_german() -> None:
    assert available_languages() == ("en", "de")


def test_a_screen_built_after_installing_speaks_german(app: QApplication, qtbot: QtBot) -> None:
    install_translators(app, "de")
    page = HomePage([WayIn("x", "y", lambda: None, True)], get_help=lambda: None)
    qtbot.addWidget(page)
    assert page.help_button is not None
    assert page.help_button.text() == "Hilfe finden"
