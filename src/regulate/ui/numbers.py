"""Figures and dates the way the interface language writes them.

Counts go through Qt's plural forms instead (``translate(context, "%n minutes", None, n)``):
see docs/TRANSLATING.md. These helpers are for what is not a count: a pace of 5.5 breaths a
minute, a change of -1.5, a date. They follow ``QLocale()``, which ``install_translators``
sets to the interface language, so German gets "5,5" and "2. November 2026".
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt

# As few digits as tell the number apart (6.0 -> "6").
_SHORTEST = QLocale.FloatingPointPrecisionOption.FloatingPointShortest.value


def decimal(value: float, places: int = 1) -> str:
    """``value`` with exactly ``places`` decimals: "2.0", in German "2,0"."""
    return QLocale().toString(float(value), "f", places)


def signed(value: float, places: int = 1) -> str:
    """Like ``decimal`` with a plus sign for a rise: "+1.5", "-0.5", "0.0"."""
    text = decimal(value, places)
    return QLocale().positiveSign() + text if round(value, places) > 0 else text


def rate(value: float, places: int = 1) -> str:
    """A pace or rate rounded to ``places`` decimals, without trailing zeros: "5.5", "6"."""
    return QLocale().toString(round(float(value), places), "g", _SHORTEST)


def day_text(day: date | QDate) -> str:
    """A date in words without the weekday: "2 November 2026", "2. November 2026"."""
    locale = QLocale()
    if isinstance(day, date):
        day = QDate(day.year, day.month, day.day)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    # Most long formats start with the weekday ("dddd, d MMMM yyyy"); a date alone is enough.
    pattern = re.sub(r"d{4}[,.\s]*", "", pattern).strip(" ,") or "d MMMM yyyy"
    return locale.toString(day, pattern)


def iso_day_text(text: str) -> str:
    """An ISO date such as "2026-11-02" in words; anything else as it is."""
    day = QDate.fromString(text.strip(), Qt.DateFormat.ISODate)
    return day_text(day) if day.isValid() else text
