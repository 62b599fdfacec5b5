"""Installing the translators: German for the interface, Qt's own words and the content."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from regulate.content.exercises import builtin_exercises
from regulate.content.language import current_language
from regulate.core.session import Length
from regulate.ui.a11y import suggestion_reason
from regulate.ui.breathing import length_words
from regulate.ui.chart import period_name
from regulate.ui.home import HomePage, WayIn
from regulate.ui.i18n import available_languages, install_translators
from regulate.ui.numbers import iso_day_text, rate
from regulate.ui.report import _period_text
from regulate.ui.suds import duration_words

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
    # English plural forms, German, Qt's German
    assert len(app._regulate_translators) == 3  # type: ignore[attr-defined]


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
    assert len(app._regulate_translators) == 3  # type: ignore[attr-defined]
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


# -- counts and dates ---------------------------------------------------------------------------


def test_english_counts_say_1_minute_and_2_minutes(app: QApplication) -> None:
    assert install_translators(app, "en") == "en"
    assert [length_words(Length(minutes=m)) for m in (1, 2)] == ["1 minute", "2 minutes"]
    assert length_words(Length(cycles=1)) == "1 breath"
    assert duration_words(5 * 60) == "about 5 minutes"
    assert suggestion_reason("", 4, -1.5).startswith("You rated it 4 times;")
    assert translate("DataDialogs", "%n were already in your journal", None, 1) == (
        "1 was already in your journal"
    )


def test_german_counts_say_1_minute_and_2_minuten(app: QApplication) -> None:
    assert install_translators(app, "de") == "de"
    assert [length_words(Length(minutes=m)) for m in (1, 2)] == ["1 Minute", "2 Minuten"]
    assert [length_words(Length(cycles=n)) for n in (1, 4)] == ["1 Atemzug", "4 Atemzüge"]
    assert duration_words(5 * 60) == "etwa 5 Minuten"
    assert translate("Report", "%n check-ins", None, 1) == "1 Check-in"


def test_a_pace_of_five_and_a_half_has_a_decimal_comma_in_german(app: QApplication) -> None:
    install_translators(app, "de")
    assert rate(5.5) == "5,5"
    assert length_words(Length(minutes=2.5)) == "2,5 Minuten"
    install_translators(app, "en")
    assert rate(5.5) == "5.5"
    assert rate(6.0) == "6"


def test_month_names_follow_the_interface_language(app: QApplication) -> None:
    start = datetime(2026, 10, 1).timestamp()
    end = datetime(2026, 11, 1).timestamp()
    install_translators(app, "de")
    assert period_name("month", start, end) == "Oktober 2026"
    assert _period_text(start, end) == "1. Oktober 2026 bis 31. Oktober 2026"
    assert "Oktober" in iso_day_text("2026-10-05")
    install_translators(app, "en")
    assert period_name("month", start, end) == "October 2026"
    assert "October" in _period_text(start, end)


def test_the_resonance_result_speaks_the_interface_language(app: QApplication) -> None:
    from regulate.core.rr import Step
    from regulate.ui.resonance import explanation

    step = Step(5.5, 300, 0.0, 7.6, None, None, None, None, None)
    assert "This recording" in explanation((step,), None, 0.0)
    assert "At 5.5 breaths a minute" in explanation((step,), 5.5, 0.0)
    assert "about 8 beats a minute" in explanation((step,), 5.5, 0.0)
    install_translators(app, "de")
    assert "Aufnahme" in explanation((step,), None, 0.0)
    assert "Etwa 40 %" in explanation((step,), None, 0.4)
    assert "Bei 5,5 Atemzügen" in explanation((step,), 5.5, 0.0)


def test_a_bare_c_locale_still_writes_dates_in_words(app: QApplication) -> None:
    """LANG=C.UTF-8 (a bare system) has no region: dates must not come out as "10 11 2026"."""
    from PySide6.QtCore import QDate, QLocale

    install_translators(app, "en")
    if QLocale.system().name() in ("C", "POSIX"):
        assert QLocale().name() == "en_GB"
    assert QLocale().toString(QDate(2026, 11, 10), "d MMMM yyyy") == "10 November 2026"
    assert iso_day_text("2026-11-10") in ("10 November 2026", "November 10, 2026")
