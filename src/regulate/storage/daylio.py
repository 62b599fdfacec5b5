"""Reading a Daylio CSV export.

Daylio, a mood diary for phones, exports one row per entry: the date, the time, a mood label,
the activities and a note. Its five standard moods sit on the same 1-5 scale Regulate uses;
custom mood labels need the person to say where each belongs. Daylio writes no time zone, so
times are read as local time. As with Regulate's own exports, the whole file is read before
anything is returned: it imports whole or not at all, and a problem names the row it is in.

Every entry gets an id made from its own content, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import BinaryIO

from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import MOOD_MAX, MOOD_MIN, Window
from regulate.storage.exchange import ExchangeError, Records, text_lines, text_pieces

#: Daylio's own five moods and their place on the 1-5 scale: the English labels, and the
#: labels a Polish phone writes (see docs/reference formats.md section 4). Other languages'
#: labels are not listed until they can be checked against a real export; until then such a
#: file asks for a --mood-map, which names every label it found.
STANDARD_MOODS: Mapping[str, int] = {
    "rad": 5,
    "good": 4,
    "meh": 3,
    "bad": 2,
    "awful": 1,
    "wspaniale": 5,
    "dobrze": 4,
    "tak sobie": 3,
    "źle": 2,
    "okropnie": 1,
}

UID_PREFIX = "daylio-"
_UID_HEX_CHARS = 32
#: Years a journal entry can have (see regulate.core.entries.Moment).
_FIRST_YEAR, _LAST_YEAR = 1900, 2199
_EPOCH = datetime(1970, 1, 1)
#: Daylio knows no window; every entry shares this one (immutable) default.
_DEFAULT_WINDOW = Window()

_NEEDED = ("time", "mood", "activities", "note")
_KNOWN = frozenset(("full_date", "year", "date", "weekday", "note_title", "scales", *_NEEDED))

#: Month names in English, German, French, Spanish, Italian, Dutch and Portuguese, plus a few
#: abbreviations that are not simply the start of a name. Any unambiguous start of at least
#: three letters is understood too (jan, févr, sept, juil ...), with or without accents.
_MONTH_NAMES = (
    ("january", "januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro"),
    ("february", "februar", "février", "febrero", "febbraio", "februari", "fevereiro"),
    ("march", "märz", "mrz", "mars", "marzo", "maart", "mrt", "março"),
    ("april", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "mei", "maio"),
    ("june", "juni", "juin", "junio", "giugno", "junho"),
    ("july", "juli", "juillet", "julio", "luglio", "julho"),
    ("august", "août", "agosto", "augustus"),
    ("september", "septembre", "septiembre", "setiembre", "settembre", "setembro"),
    ("october", "oktober", "octobre", "octubre", "ottobre", "outubro"),
    ("november", "novembre", "noviembre", "novembro"),
    ("december", "dezember", "décembre", "diciembre", "dicembre", "dezembro"),
)
#: Small words some languages put between the day and the month ("22 de junio").
_DATE_FILLERS = frozenset(("de", "del", "di", "of", "the"))
_DAY = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th|er|e|o|a)?")
_YEAR = re.compile(r"[0-9]{4}")
#: A year written as its own word inside a date, with Polish's "r." (rok) after it if any.
_YEAR_IN_DATE = re.compile(r"(?<![0-9])([0-9]{4})(?![0-9])(?:\s*r\.?(?!\w))?")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# 20:05, 8:05 pm, 08:05 P.M., 8.05 p. m., 20:05:30; \s also covers the narrow no-break space
# newer phones put before AM and PM.
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2}))?(?:\s*([ap])\.?\s*m\.?)?")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


class UnmappedMoods(ExchangeError):
    """Mood labels that are not Daylio's standard five and that the mood map doesn't place.

    ``labels`` holds every such label, as first written in the file, with how many entries
    use it, most used first.
    """

    def __init__(self, name: str, labels: Mapping[str, int]) -> None:
        self.labels: dict[str, int] = dict(labels)
        listed = ", ".join(f'"{label}" ({_entries(count)})' for label, count in self.labels.items())
        example = ",".join(f"{label}=?" for label in self.labels)
        super().__init__(
            f"{name}: these moods need a place on the 1-5 scale: {listed}; "
            f'give --mood-map "{example}" with a number from 1 (awful) to 5 (rad) '
            "in place of each ?"
        )


def _entries(count: int) -> str:
    """ "1 entry", "3 entries": a count in words, so it is not read as a point on the scale."""
    return f"{count} entry" if count == 1 else f"{count} entries"


def parse_mood_map(text: str) -> dict[str, int]:
    """Read "NAME=N,NAME=N" (N from 1 to 5). A name may contain spaces and even '=': each
    part is split at its last '='. Names are kept as written, trimmed."""
    result: dict[str, int] = {}
    written: dict[str, str] = {}  # folded name -> the name as first written
    for raw_part in text.split(","):
        part = raw_part.strip()
        if not part:
            continue
        label, equals, number = part.rpartition("=")
        label = " ".join(label.split())
        if not equals:
            raise ExchangeError(
                f'we couldn\'t read "{part}" in the mood map; '
                "write each mood as NAME=N, such as super=5"
            )
        if not label:
            raise ExchangeError(f'"{part}" in the mood map needs a mood name before the "="')
        if not re.fullmatch(r"[1-5]", number.strip()):
            raise ExchangeError(
                f'in the mood map, "{part}" needs a number from 1 (awful) to 5 (rad) after the "="'
            )
        value = int(number)
        key = _fold_label(label)
        if key in written and result[written[key]] != value:
            raise ExchangeError(f'the mood map gives "{label}" two different numbers')
        result[written.setdefault(key, label)] = value
    if not result:
        raise ExchangeError(
            "the mood map is empty; write it as NAME=N,NAME=N, such as super=5,ok-ish=3"
        )
    return result


def parse_daylio(
    data: bytes,
    name: str,
    mood_map: Mapping[str, int] | None = None,
    local_offset: Callable[[datetime], int] | None = None,
) -> Records:
    """Read a Daylio CSV export into check-ins (mood, note and activities as tags).

    ``mood_map`` places custom mood labels (and may move the standard five). ``local_offset``
    gives the UTC offset in minutes east for a local time; by default the computer's own zone.
    Raises ExchangeError naming the row for anything that can't be read, or UnmappedMoods
    listing every mood label that has no place on the scale.
    """
    return read_daylio(io.BytesIO(data), name, mood_map, local_offset)


def read_daylio(
    stream: BinaryIO,
    name: str,
    mood_map: Mapping[str, int] | None = None,
    local_offset: Callable[[datetime], int] | None = None,
) -> Records:
    """parse_daylio for a binary file, read row by row (only the check-ins are kept)."""
    moods = _mood_table(mood_map)
    offset_of = local_offset if local_offset is not None else _machine_offset
    reader = csv.reader(text_lines(text_pieces(stream, name), name))
    try:
        checkins, unmapped = _read_body(name, reader, moods, offset_of)
    except csv.Error as exc:
        raise ExchangeError(
            f"{name} is not a readable CSV file (line {reader.line_num}: {exc})"
        ) from None
    if unmapped:
        ranked = sorted(unmapped.values(), key=lambda item: -item[1])  # stable: file order ties
        raise UnmappedMoods(name, dict(ranked))
    return Records(tuple(checkins), ())


def _read_body(
    name: str,
    reader: Iterator[list[str]],
    moods: Mapping[str, int],
    offset_of: Callable[[datetime], int],
) -> tuple[list[CheckIn], dict[str, tuple[str, int]]]:
    header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    if header is None:
        raise ExchangeError(f"{name} is empty")
    columns = _columns(name, header)
    width = len(header)

    checkins: list[CheckIn] = []
    unmapped: dict[str, tuple[str, int]] = {}  # folded label -> (label as written, count)
    occurrences: dict[str, int] = {}
    # The header is row 1; rows count as a spreadsheet shows them, whatever line breaks the
    # notes contain.
    for number, row in enumerate(reader, start=2):
        if all(not cell.strip() for cell in row):
            continue
        where = f"{name}: row {number}"
        if len(row) != width:
            raise ExchangeError(
                f"{where} has {len(row)} fields, but the first line names {width} columns"
            )
        cells = {column: row[index] for column, index in columns.items()}
        day = _row_date(where, cells)
        clock = _row_time(where, cells["time"])
        label = " ".join(cells["mood"].split())
        if not label:
            raise ExchangeError(f"{where} has no mood; every Daylio entry should have one")
        uid = _uid(day, clock, label, cells, occurrences)
        mood = moods.get(_fold_label(label))
        if mood is None:
            first, count = unmapped.get(_fold_label(label), (label, 0))
            unmapped[_fold_label(label)] = (first, count + 1)
            continue
        checkins.append(_checkin(where, uid, day, clock, mood, cells, offset_of))
    return checkins, unmapped


# -- the file ---------------------------------------------------------------------------------


def _columns(name: str, header: Sequence[str]) -> dict[str, int]:
    """Where each column Regulate reads is, by its name; refuses a file that lacks one."""
    index: dict[str, int] = {}
    for position, raw in enumerate(header):
        column = raw.strip().casefold()
        if column in index and column in _KNOWN:
            raise ExchangeError(f"{name}: the column '{column}' appears twice in the first line")
        index.setdefault(column, position)
    if not _KNOWN & index.keys():
        raise ExchangeError(
            f"{name} doesn't look like a Daylio export: its first line should name columns "
            "such as full_date, time, mood, activities and note"
        )
    if "full_date" not in index and "date" not in index:
        raise ExchangeError(f"{name} is missing the column 'full_date'")
    for column in _NEEDED:
        if column not in index:
            raise ExchangeError(f"{name} is missing the column '{column}'")
    # Without a 'year' column, each row's date must carry its year ("7 września 2024").
    wanted = {"full_date"} if "full_date" in index else {"year", "date", "weekday"}
    wanted |= {"note_title", *_NEEDED}
    return {column: position for column, position in index.items() if column in wanted}


# -- one row ----------------------------------------------------------------------------------


def _row_date(where: str, cells: Mapping[str, str]) -> date:
    if "full_date" in cells:
        text = cells["full_date"].strip()
        found = _ISO_DATE.fullmatch(text)
        if found is None:
            raise ExchangeError(
                f"{where}: we couldn't read the date '{text}' (it should look like 2024-06-22)"
            )
        year, month, day = (int(part) for part in found.groups())
        return _calendar_day(where, text, year, month, day)
    written = cells["date"].strip()
    text, year_in_date = _without_year(written)
    if "year" in cells:  # the year column wins over a year written in the date
        year_text = cells["year"].strip()
        if _YEAR.fullmatch(year_text) is None:
            raise ExchangeError(f"{where}: we couldn't read the year '{year_text}'")
    elif year_in_date is not None:
        year_text = year_in_date
    else:
        raise ExchangeError(
            f"{where}: the date '{written}' has no year, and the file has no 'year' column "
            "to give one"
        )
    month_day: tuple[int, int] | str | None = _month_and_day(text)
    if month_day is None:
        month_day = _month_and_day_in_any_language(text, cells.get("weekday", ""))
    if isinstance(month_day, str) or month_day is None:
        language = f" as {month_day}" if month_day else " in any of the languages we know"
        raise ExchangeError(
            f"{where}: we couldn't read the date '{written}'{language}; a newer Daylio export, "
            "which has a 'full_date' column, can always be read"
        )
    return _calendar_day(where, f"{text} {year_text}", int(year_text), *month_day)


def _without_year(text: str) -> tuple[str, str | None]:
    """The date without a year written in it, and that year: "7 września 2024" gives
    ("7 września", "2024"), "7 de marzo de 2024" gives ("7 de marzo", "2024"); a date
    without one is returned whole, with None. A "r." after the year (Polish "rok") goes too."""
    found = _YEAR_IN_DATE.search(text)
    if found is None:
        return text, None
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,")
    rest = re.sub(r"\s+(?:de|del)$", "", rest.strip(), flags=re.IGNORECASE)
    return " ".join(rest.split()), found.group(1)


def _calendar_day(where: str, text: str, year: int, month: int, day: int) -> date:
    try:
        found = date(year, month, day)
    except ValueError:
        raise ExchangeError(f"{where}: the date '{text}' doesn't exist in the calendar") from None
    if not _FIRST_YEAR <= found.year <= _LAST_YEAR:
        raise ExchangeError(
            f"{where}: the date '{text}' is outside the years {_FIRST_YEAR} to {_LAST_YEAR}, "
            "so it can't be kept"
        )
    return found


def _month_and_day(text: str) -> tuple[int, int] | None:
    """(month, day) from "June 22", "22 June", "22. Juni", "juin 22", "22 de junio" ..."""
    tokens = [t for t in re.split(r"[\s.,/-]+", _fold(text)) if t and t not in _DATE_FILLERS]
    if len(tokens) != 2:
        return None
    for day_text, month_text in (tokens, tokens[::-1]):
        found = _DAY.fullmatch(day_text)
        month = _MONTHS.get(month_text)
        if found is not None and month is not None:
            return month, int(found.group(1))
    return None


def _month_and_day_in_any_language(text: str, weekday: str) -> tuple[int, int] | str:
    """(month, day) read with the month names of every language Babel's CLDR data has (both
    the forms used in dates, such as Polish "września", and the stand-alone ones). The
    weekday column, written in the same language, says which languages to try; none known
    means all. When none can read it: the name of the language the weekday is in ("" if
    that is unknown too)."""
    tokens = [t for t in re.split(r"[\s.,/-]+", _fold(text)) if t and t not in _DATE_FILLERS]
    if len(tokens) != 2:
        return _language_names(_languages_for(weekday))
    languages = _languages_for(weekday) or _all_languages()
    for language in languages:
        months = _babel_months(language)
        for day_text, month_text in (tokens, tokens[::-1]):
            found = _DAY.fullmatch(day_text)
            month = months.get(month_text)
            if found is not None and month is not None:
                return month, int(found.group(1))
    return _language_names(_languages_for(weekday))


@functools.cache
def _all_languages() -> tuple[str, ...]:
    """Every language (no regional variants) Babel has data for, English first."""
    from babel import localedata

    found = sorted(i for i in localedata.locale_identifiers() if "_" not in i and i != "root")
    return ("en", *(i for i in found if i != "en"))


@functools.cache
def _babel_months(language: str) -> dict[str, int]:
    """A language's month names, folded, in every width and context Babel knows, each
    abbreviation also without its full stop; a name two months share is left out."""
    from babel import Locale

    months = Locale.parse(language).months
    table: dict[str, int] = {}
    ambiguous: set[str] = set()
    for context in months.values():
        for width in context.values():
            for number, name in width.items():
                for form in {n for n in re.split(r"[\s.,/-]+", _fold(name)) if len(n) >= 2}:
                    if form in _DATE_FILLERS:
                        continue
                    if table.setdefault(form, number) != number:
                        ambiguous.add(form)
    return {name: number for name, number in table.items() if name not in ambiguous}


@functools.cache
def _weekday_languages() -> dict[str, tuple[str, ...]]:
    """Each folded weekday name (wide, in dates and alone) and the languages that use it."""
    from babel import Locale

    found: dict[str, list[str]] = {}
    for language in _all_languages():
        days = Locale.parse(language).days
        names = {_fold(n) for c in days.values() for n in c.get("wide", {}).values()}
        for name in names:
            found.setdefault(name, []).append(language)
    return {name: tuple(languages) for name, languages in found.items()}


def _languages_for(weekday: str) -> tuple[str, ...]:
    folded = _fold(" ".join(weekday.split())).strip(" .,")
    return _weekday_languages().get(folded, ()) if folded else ()


def _language_names(languages: Sequence[str]) -> str:
    """ "Polish", or "Croatian, Czech or Polish" (English names, at most three)."""
    if not languages:
        return ""
    from babel import Locale

    english = Locale("en").languages
    names = sorted({str(english.get(code, code)) for code in languages})
    shown = names[:3]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _row_time(where: str, text: str) -> time:
    text = text.strip()
    found = _TIME.fullmatch(text.casefold())
    if found is not None:
        hour, minute = int(found.group(1)), int(found.group(2))
        second = int(found.group(3) or 0)
        half = found.group(4)
        if half is not None and hour <= 12:
            hour = hour % 12 + (12 if half == "p" else 0)
        elif half is not None:
            hour = 99  # "13:00 pm" is not a time
        if hour <= 23 and minute <= 59 and second <= 59:
            return time(hour, minute, second)
    raise ExchangeError(f"{where}: we couldn't read the time '{text}'")


def _note(cells: Mapping[str, str]) -> str:
    """The note, with its title (if any) on the first line and a blank line after it."""
    title = _note_text(cells.get("note_title", ""))
    note = _note_text(cells["note"])
    if title and note:
        return f"{title}\n\n{note}"
    return title or note


def _note_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _LINE_BREAK_TAG.sub("\n", text).strip()


def _uid(
    day: date, clock: time, label: str, cells: Mapping[str, str], occurrences: dict[str, int]
) -> str:
    """The same row gives the same id in every import; identical rows are told apart by
    their order in the file."""
    content = [
        day.isoformat(),
        clock.isoformat(),
        label,
        cells["activities"],
        cells.get("note_title", "").replace("\r\n", "\n"),
        cells["note"].replace("\r\n", "\n"),
    ]
    digest = hashlib.sha256(json.dumps(content).encode("ascii")).hexdigest()
    base = UID_PREFIX + digest[:_UID_HEX_CHARS]
    seen = occurrences.get(base, 0) + 1
    occurrences[base] = seen
    return base if seen == 1 else f"{base}-{seen}"


def _checkin(
    where: str,
    uid: str,
    day: date,
    clock: time,
    mood: int,
    cells: Mapping[str, str],
    offset_of: Callable[[datetime], int],
) -> CheckIn:
    local = datetime.combine(day, clock)
    try:
        minutes = offset_of(local)
        epoch = (local - _EPOCH) // timedelta(seconds=1) - minutes * 60
        return CheckIn(
            uid=uid,
            at=Moment(epoch, minutes),
            window=_DEFAULT_WINDOW,
            mood=mood,
            note=_note(cells),
            tags=tuple(cells["activities"].split("|")),
            source=Source.DAYLIO,
        )
    except (ValueError, TypeError, OverflowError, OSError) as exc:
        raise ExchangeError(f"{where}: {exc}") from None


def _machine_offset(local: datetime) -> int:
    """Minutes east of UTC on this computer at that local time (summer time included)."""
    offset = local.astimezone().utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


# -- words ------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without accents: "Févr." and "fevr." are the same word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fold_label(label: str) -> str:
    """Labels compared without case or spacing, and with "ź" the same however it is encoded."""
    return unicodedata.normalize("NFC", " ".join(label.split()).casefold())


def _mood_table(mood_map: Mapping[str, int] | None) -> dict[str, int]:
    table = dict(STANDARD_MOODS)
    for label, value in (mood_map or {}).items():
        key = _fold_label(label)
        if not key:
            raise ExchangeError("the mood map has a mood with no name")
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not MOOD_MIN <= value <= MOOD_MAX
        ):
            raise ExchangeError(
                f'the mood map gives "{label}" the value {value!r}; '
                f"use a number from {MOOD_MIN} (awful) to {MOOD_MAX} (rad)"
            )
        table[key] = value
    return table


def _month_table() -> dict[str, int]:
    """Each month name and each unambiguous start of one (three letters or more)."""
    table: dict[str, int] = {}
    ambiguous: set[str] = set()
    for month, names in enumerate(_MONTH_NAMES, start=1):
        for name in names:
            folded = _fold(name)
            for length in range(3, len(folded) + 1):
                prefix = folded[:length]
                if table.setdefault(prefix, month) != month:
                    ambiguous.add(prefix)  # "jui" is juin or juillet
    return {prefix: month for prefix, month in table.items() if prefix not in ambiguous}


_MONTHS = _month_table()
