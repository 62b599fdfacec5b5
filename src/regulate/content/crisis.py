"""Crisis lines and emergency numbers (assets/crisis/lines.toml), picked by country.

``help_for(country, locale)`` is the one place that decides what the Get help page and
``regulate help`` show: the emergency number and national crisis lines for the country the
person chose (or, until they choose, the country of their locale), the worldwide directories
always, each with how to reach it, its source and the date it was checked. ``help_text`` and
``help_json`` render it for the command line; the page in regulate.ui.help draws the same
``HelpInfo``. Nothing here touches Qt, the network or the clock.

Text we wrote ourselves may have a translation beside it (``how_de``, ``source_de``,
``emergency_de``); the current language from regulate.content.language picks it. Names of
lines and numbers stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from regulate.content.assets import load_asset_toml
from regulate.content.language import DEFAULT, current_language, localized
from regulate.plaintext import one_line

#: The ways to reach a line, in the order they are shown.
CONTACT_KINDS = ("phone", "text", "email", "web")


@dataclass(frozen=True)
class Contact:
    """One way to reach a line: a phone number, a number to text, an email or web address."""

    kind: str  # one of CONTACT_KINDS
    value: str

    @property
    def link(self) -> str | None:
        """A link the interface may open (web and email only); numbers are never links."""
        if self.kind == "web":
            return self.value if "://" in self.value else f"https://{self.value}"
        if self.kind == "email":
            return f"mailto:{self.value}"
        return None

    @property
    def shown(self) -> str:
        """The value as a person reads it: web addresses without the https:// in front."""
        if self.kind == "web":
            return re.sub(r"^https?://(www\.)?", "", self.value).rstrip("/")
        return self.value


@dataclass(frozen=True)
class CrisisLine:
    name: str
    how: str
    contacts: tuple[Contact, ...]
    source: str
    url: str  # the page the entry was checked against
    checked: str  # ISO date


@dataclass(frozen=True)
class HelpInfo:
    """Everything the Get help page shows for one country."""

    country: str | None  # the ISO code used, None when unknown
    country_name: str  # "" when unknown
    emergency: str  # "" when unknown: then "your local emergency number"
    emergency_source: str
    emergency_checked: str
    lines: tuple[CrisisLine, ...]  # national lines, may be empty
    worldwide: tuple[CrisisLine, ...]
    needs_choice: bool  # ask the person where they are before anything else

    @property
    def last_checked(self) -> str:
        """The OLDEST check date of everything shown: the page is only as fresh as that."""
        dates = [line.checked for line in (*self.lines, *self.worldwide)]
        if self.emergency:
            dates.append(self.emergency_checked)
        return min(dates) if dates else ""

    @property
    def sources(self) -> tuple[str, ...]:
        found = [self.emergency_source] if self.emergency else []
        found += [line.source for line in (*self.lines, *self.worldwide)]
        return tuple(dict.fromkeys(found))


# -- the data file ----------------------------------------------------------------------------


@cache
def _data() -> dict[str, Any]:
    return load_asset_toml("crisis", "lines.toml")


def _text(entry: dict[str, Any], key: str, language: str) -> str:
    return one_line(str(localized(entry, key, language) or ""))


def _line(entry: dict[str, Any], language: str) -> CrisisLine:
    contacts = tuple(
        Contact(kind, str(value)) for kind in CONTACT_KINDS for value in entry.get(kind, [])
    )
    return CrisisLine(
        name=str(entry.get("name", "")),
        how=_text(entry, "how", language),
        contacts=contacts,
        source=_text(entry, "source", language),
        url=str(entry.get("url", "")),
        checked=str(entry["checked"]),
    )


def _country_entry(code: str) -> dict[str, Any] | None:
    for entry in _data().get("country", []):
        if code in entry["codes"]:
            return dict(entry)
    return None


def known_countries(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every country we have numbers for, sorted by name: for a chooser."""
    language = current_language() if language is None else language
    data = _data()
    names = data.get("names", {})
    translated = data.get(f"names_{language}", {}) if language != DEFAULT else {}
    codes = {code for entry in data.get("country", []) for code in entry["codes"]}
    found = [(code, str(translated.get(code) or names.get(code) or code)) for code in codes]
    return sorted(found, key=lambda pair: pair[1].casefold())


def country_name(code: str, language: str | None = None) -> str:
    """The name of a country we know, such as "United Kingdom"; the code itself otherwise."""
    return dict(known_countries(language)).get(code.upper(), code.upper())


def country_from_locale(locale_name: str | None) -> str | None:
    """The country of a locale name such as "en_GB.UTF-8", "de-AT" or "de_DE@euro".

    None for C, POSIX, a bare language ("en") or anything without a country.
    """
    if not locale_name:
        return None
    bare = locale_name.split(".")[0].split("@")[0].strip().replace("-", "_")
    if bare.upper() in ("C", "POSIX", ""):
        return None
    parts = bare.split("_")
    if len(parts) < 2:
        return None
    code = parts[-1].upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        return None
    return code


def help_for(country: str | None, locale: str | None = None) -> HelpInfo:
    """What Get help shows: for the ``country`` the person chose, else their ``locale``'s.

    ``needs_choice`` is set when neither gives a country we have numbers for (an unknown
    country, a C or POSIX locale, a bare language): then the page asks first.
    """
    language = current_language()
    chosen = (country or "").strip().upper() or None
    code = chosen or country_from_locale(locale)
    entry = _country_entry(code) if code else None
    worldwide = tuple(_line(w, language) for w in _data().get("worldwide", []))
    if entry is None:
        return HelpInfo(
            country=code,
            country_name=country_name(code, language) if code else "",
            emergency="",
            emergency_source="",
            emergency_checked="",
            lines=(),
            worldwide=worldwide,
            needs_choice=True,
        )
    assert code is not None
    return HelpInfo(
        country=code,
        country_name=country_name(code, language),
        emergency=_text(entry, "emergency", language),
        emergency_source=_text(entry, "source", language),
        emergency_checked=str(entry["checked"]),
        lines=tuple(_line(line, language) for line in entry.get("line", [])),
        worldwide=worldwide,
        needs_choice=False,
    )


# -- rendering for the command line ------------------------------------------------------------

_KIND_WORDS = {"phone": "call", "text": "text", "email": "email", "web": "web"}


def help_json(info: HelpInfo) -> dict[str, Any]:
    """The stable JSON shape of `regulate help --json`."""

    def line(item: CrisisLine) -> dict[str, Any]:
        return {
            "name": item.name,
            "how": item.how,
            "contacts": [
                {"kind": c.kind, "value": c.value, **({"link": c.link} if c.link else {})}
                for c in item.contacts
            ],
            "source": item.source,
            "url": item.url,
            "checked": item.checked,
        }

    return {
        "country": info.country,
        "country_name": info.country_name,
        "needs_choice": info.needs_choice,
        "emergency": info.emergency or None,
        "lines": [line(item) for item in info.lines],
        "worldwide": [line(item) for item in info.worldwide],
        "sources": list(info.sources),
        "last_checked": info.last_checked,
    }


def _contact_words(item: CrisisLine) -> str:
    return "; ".join(f"{_KIND_WORDS[c.kind]} {c.shown}" for c in item.contacts)


def help_text(info: HelpInfo, *, choose_hint: str = "regulate help --country CC") -> str:
    """The Get help page as plain text for a terminal (English, like the rest of the CLI)."""
    out: list[str] = []
    if info.needs_choice:
        where = f" for {info.country_name}" if info.country else ""
        out.append(f"We don't have numbers{where} yet, or don't know where you are.")
        out.append(f"Choose your country with: {choose_hint}")
        codes = ", ".join(code for code, _ in known_countries(DEFAULT))
        out.append(f"Countries we know: {codes}")
        out.append("")
    else:
        out.append(f"Numbers for: {info.country_name}")
        out.append("")
    if info.emergency:
        out.append(f"In danger right now: call {info.emergency}.")
    else:
        out.append("In danger right now: call your local emergency number.")
    for item in info.lines:
        out.append(f"{item.name}: {item.how}")
        if item.contacts:
            out.append(f"  {_contact_words(item)}")
    out.append("Anywhere in the world:")
    for item in info.worldwide:
        out.append(f"{item.name}: {item.how}")
        if item.contacts:
            out.append(f"  {_contact_words(item)}")
    out.append("")
    out.append(f"Last checked {info.last_checked}. Sources: {'; '.join(info.sources)}.")
    return "\n".join(out)


# -- the older shape, still used by a few callers ------------------------------------------------


@dataclass(frozen=True)
class Line:
    emergency: str  # the emergency number; empty for a worldwide directory
    name: str  # a crisis line or directory; empty when only the emergency number is known
    how: str
    source: str
    checked: str


@dataclass(frozen=True)
class Lines:
    local: Line | None  # for the person's country, if we have one
    worldwide: tuple[Line, ...]


def lines_for(country: str) -> Lines:
    """The first national line (with the emergency number) for an ISO code such as "GB", and
    the worldwide lines. Prefer ``help_for``, which gives every line and how to reach it."""
    info = help_for(country or None)
    worldwide = tuple(Line("", w.name, w.how, w.source, w.checked) for w in info.worldwide)
    if info.needs_choice:
        return Lines(None, worldwide)
    first = info.lines[0] if info.lines else None
    sources = [info.emergency_source] + ([first.source] if first else [])
    checked = min([info.emergency_checked] + ([first.checked] if first else []))
    local = Line(
        info.emergency,
        first.name if first else "",
        first.how if first else "",
        "; ".join(s for s in sources if s),
        checked,
    )
    return Lines(local, worldwide)
