"""Interface languages: load Regulate's own translations and Qt's, and keep them alive.

Regulate's translations are compiled Qt catalogues, assets/i18n/regulate_<lang>.qm, made from
the .ts files with pyside6-lrelease; Qt's own words (standard buttons, context menus) come from
the qtbase_<lang>.qm that ships with PySide6. docs/TRANSLATING.md explains how to add a language.

The language is the "language" setting ("system", "en", "de", ...), where "system" follows
the desktop's preferred languages. English is the source text; its small catalogue only
carries plural forms ("%n minutes": "1 minute", "2 minutes") and is always loaded.

The layout direction follows the language the text is actually shown in: right to left for
Arabic, Hebrew or Persian once they have a catalogue, left to right for English (also when an
RTL language was asked for and has none yet: English text mirrored reads wrongly). Set
REGULATE_PSEUDO_RTL=1 to see the mirrored layout for testing: right to left, and every
message marked as right-to-left text (still in English, or whichever language is in use).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from regulate.content.assets import asset_path
from regulate.content.language import DEFAULT, normalise, set_language

# The settings key, and the value that means "follow the system".
SETTING_KEY = "language"
SYSTEM = "system"
#: Set to 1 to lay the interface out right to left whatever the language (a pseudo-locale for
#: trying and testing the mirrored layout with the English text).
PSEUDO_RTL_ENV = "REGULATE_PSEUDO_RTL"

# The translators in use. Qt does not own them: without a Python reference they are
# collected and the interface silently falls back to English.
_installed: list[QTranslator] = []

# pyside6-lupdate does not look inside f-strings, so these calls in ui/report.py and
# ui/handout.py are not found where they are written. Listing them here keeps them in the
# .ts files; once those lines call translate() outside the f-string this list can go.
_INSIDE_F_STRINGS = (
    QT_TRANSLATE_NOOP("Report", "My Regulate summary"),
    QT_TRANSLATE_NOOP("Report", "Period: {period}"),
    QT_TRANSLATE_NOOP("Report", "Time within my window"),
    QT_TRANSLATE_NOOP("Report", "No check-ins with activation."),
    QT_TRANSLATE_NOOP("Report", "What helps me"),
    QT_TRANSLATE_NOOP("Report", "No sessions yet."),
    QT_TRANSLATE_NOOP("Report", "My notes"),
    QT_TRANSLATE_NOOP("Handout", "One breath"),
    QT_TRANSLATE_NOOP("Handout", "Sit or lie down comfortably."),
)


def available_languages() -> tuple[str, ...]:
    """English first, then every language with a compiled catalogue, such as ("en", "de")."""
    folder = asset_path("i18n")
    found = sorted(
        path.stem.removeprefix("regulate_")
        for path in folder.glob("regulate_*.qm")
        if path.stem != f"regulate_{DEFAULT}"
    )
    return (DEFAULT, *found)


def _wanted(language: str | None) -> list[str]:
    """The language codes to try, most wanted first."""
    if language and language.strip().lower() != SYSTEM:
        return [language.strip()]
    # The desktop's preferred languages, in order ("de-DE", "en-GB", ...); "C" in bare test
    # environments, which means English.
    return list(QLocale.system().uiLanguages())


def _load(name: str, folder: str) -> QTranslator | None:
    """The catalogue ``folder/name`` exactly. (QTranslator.load(name, folder) would quietly try
    shorter names too, so regulate_de_AT.qm would find regulate_de.qm and hide the fallback.)"""
    path = Path(folder, name)
    translator = QTranslator()
    if path.is_file() and translator.load(str(path)) and not translator.isEmpty():
        return translator
    return None


class PseudoRightToLeft(QTranslator):
    """The pseudo-locale's text: every message, in the language in use, marked as written
    right to left (a right-to-left mark, then the words in a left-to-right isolate). Labels
    then align and wrap as a right-to-left language would, while the words stay readable
    with their punctuation in place."""

    def __init__(self, others: list[QTranslator]) -> None:
        super().__init__()
        self._others = others

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return ""
        text = source
        for other in reversed(self._others):  # the last installed answers first, as in Qt
            found = other.translate(context, source, disambiguation, n)
            if found:
                text = found
                break
        if text.lstrip().startswith("<") or "(*" in text:
            return text  # rich text and file-dialog filters are parsed: left as they are
        return f"\u200f\u2066{text}\u2069"

    def isEmpty(self) -> bool:
        return False


def _pseudo_rtl() -> bool:
    return os.environ.get(PSEUDO_RTL_ENV, "").strip() == "1"


def layout_direction(language: str) -> Qt.LayoutDirection:
    """The direction to lay the interface out in for text in ``language`` ("en", "ar", ...),
    right to left whenever REGULATE_PSEUDO_RTL=1."""
    if _pseudo_rtl():
        return Qt.LayoutDirection.RightToLeft
    return QLocale(language).textDirection()


def install_translators(app: QCoreApplication, language: str | None) -> str:
    """Install the translations for ``language`` ("de", "de_AT", "en", or "system"/None for
    the desktop's choice) and return the code in use, "en" when there is no catalogue for it.
    The application's layout direction follows the code in use (see layout_direction).

    Call it once the application exists and before any window is built; calling it again
    replaces the earlier translators. The built-in content (patterns, exercises, words,
    crisis lines) follows the same language through regulate.content.language.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()

    folder = str(asset_path("i18n"))
    # English plural forms ("1 minute", not "1 minutes") always, and first: a translator
    # installed later is asked first, so the chosen language still wins where it has text.
    english = _load(f"regulate_{DEFAULT}.qm", folder)
    if english is not None:
        _installed.append(english)
    chosen = DEFAULT
    for wanted in _wanted(language):
        bare = normalise(wanted)
        if bare == DEFAULT:
            break  # English is the source text: nothing to load
        # The most specific catalogue first (regulate_pt_BR.qm), then the bare language.
        full = QLocale(wanted.replace("-", "_")).name()
        names = [full] if full != bare and full.startswith(bare + "_") else []
        names.append(bare)
        for code in names:
            ours = _load(f"regulate_{code}.qm", folder)
            if ours is not None:
                _installed.append(ours)
                chosen = code
                break
        if chosen != DEFAULT:
            break

    if chosen != DEFAULT:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for code in dict.fromkeys((chosen, normalise(chosen))):
            qt = _load(f"qtbase_{code}.qm", qt_folder)
            if qt is not None:
                _installed.append(qt)
                break

    if _pseudo_rtl():
        _installed.append(PseudoRightToLeft(list(_installed)))
    for translator in _installed:
        app.installTranslator(translator)
    # A second reference on the application itself, as the Qt documentation suggests.
    setattr(app, "_regulate_translators", tuple(_installed))  # noqa: B010
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(layout_direction(chosen))
    set_language(chosen)
    # Dates, month names and decimals (QLocale()) follow the interface language; the desktop's
    # own region where it speaks that language, so a British desktop keeps its date order.
    # Always Qt's own data for that name: QLocale.system() itself may answer month names from
    # the C library's locale ("C.UTF-8": English) while its name says "de_DE".
    # The "C" locale (LANG=C.UTF-8 on a bare system) is no region at all: it writes dates as
    # "10 11 2026". English without a region then writes "1 January 2026", day before month,
    # as most of the world reads it.
    system = QLocale.system().name()
    real = QLocale(system).language() != QLocale.Language.C  # "C" and "POSIX" alike
    if real and normalise(system) == chosen:
        QLocale.setDefault(QLocale(system))
    else:
        QLocale.setDefault(QLocale("en_GB" if chosen == DEFAULT else chosen))
    return chosen
