"""Crisis lines: the right numbers for where the person is, with sources and honest dates."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from regulate.content import crisis
from regulate.content.crisis import (
    country_from_locale,
    help_for,
    help_json,
    help_text,
    known_countries,
    lines_for,
)
from regulate.content.language import set_language

LINES = Path(__file__).resolve().parents[2] / "assets" / "crisis" / "lines.toml"


@pytest.fixture(autouse=True)
def english() -> None:
    set_language("en")


def numbers(country: str) -> set[str]:
    info = help_for(country)
    found = {info.emergency}
    found |= {c.value for line in info.lines for c in line.contacts}
    return found


def test_the_uk_gets_999_and_samaritans_and_never_the_us_numbers() -> None:
    info = help_for("GB", "en_US.UTF-8")
    assert info.emergency == "999"
    assert "116 123" in numbers("GB")
    text = json.dumps(help_json(info))
    assert "988" not in text
    assert "911" not in text
    assert not info.needs_choice
    assert info.country_name == "United Kingdom"


@pytest.mark.parametrize(
    ("country", "emergency", "line_numbers"),
    [
        ("DE", "112", {"0800 111 0 111", "0800 111 0 222", "116 123"}),
        ("AT", "112", {"142"}),
        ("CH", "112", {"143"}),
        ("LI", "112", {"143"}),
        ("NZ", "111", {"1737", "0800 543 354"}),
        ("IE", "112 or 999", {"116 123"}),
        ("US", "911", {"988"}),
        ("CA", "911", {"988"}),
        ("AU", "000", {"13 11 14", "0477 13 11 14"}),
    ],
)
def test_each_country_gets_its_national_lines(
    country: str, emergency: str, line_numbers: set[str]
) -> None:
    info = help_for(country)
    assert info.emergency == emergency
    assert info.lines, country
    assert line_numbers <= numbers(country)


def test_irelands_email_is_the_irish_one() -> None:
    emails = [c.value for line in help_for("IE").lines for c in line.contacts if c.kind == "email"]
    assert emails == ["jo@samaritans.ie"]
    assert all(not e.endswith("samaritans.org") for e in emails)


def test_last_checked_is_the_oldest_date_shown() -> None:
    info = help_for("GB")
    dates = [info.emergency_checked] + [line.checked for line in (*info.lines, *info.worldwide)]
    assert info.last_checked == min(dates)
    assert len(set(dates)) > 1  # some were re-checked, some not: the older one wins
    assert f"Last checked {min(dates)}" in help_text(info)


def test_every_entry_has_a_source_a_url_and_a_date() -> None:
    raw = tomllib.loads(LINES.read_text(encoding="utf-8"))
    entries = list(raw["worldwide"])
    for country in raw["country"]:
        assert country["source"], country["codes"]
        assert country["checked"], country["codes"]
        entries += country.get("line", [])
    for entry in entries:
        assert entry["source"], entry["name"]
        assert entry["url"].startswith("https://"), entry["name"]
        assert len(entry["checked"]) == 10, entry["name"]
        assert entry.get("how_de"), entry["name"]


@pytest.mark.parametrize(
    ("locale", "country"),
    [
        ("en_GB.UTF-8", "GB"),
        ("de_DE@euro", "DE"),
        ("de-AT", "AT"),
        ("en_US", "US"),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("en", None),
        ("", None),
        (None, None),
    ],
)
def test_the_country_of_a_locale(locale: str | None, country: str | None) -> None:
    assert country_from_locale(locale) == country


def test_a_c_locale_without_a_choice_asks_where_the_person_is() -> None:
    info = help_for(None, "C")
    assert info.needs_choice
    assert info.emergency == ""
    assert info.worldwide  # the directories are always there
    text = help_text(info)
    assert "--country" in text
    assert "your local emergency number" in text
    assert help_json(info)["needs_choice"] is True


def test_a_chosen_country_wins_over_the_locale() -> None:
    assert help_for("NZ", "en_US.UTF-8").emergency == "111"
    assert help_for(None, "en_NZ.UTF-8").emergency == "111"
    assert help_for("nz").country == "NZ"


def test_an_unknown_country_asks_and_still_shows_the_worldwide_lines() -> None:
    info = help_for("JP")
    assert info.needs_choice
    assert not info.lines
    assert info.worldwide


def test_web_addresses_are_links_and_numbers_are_not() -> None:
    info = help_for("GB")
    contacts = [c for line in info.lines for c in line.contacts]
    web = [c for c in contacts if c.kind == "web"]
    assert web
    assert all(c.link and c.link.startswith("https://") for c in web)
    assert all(c.link is None for c in contacts if c.kind in ("phone", "text"))
    assert help_json(info)["lines"][0]["contacts"][0] == {"kind": "phone", "value": "116 123"}


def test_the_chooser_lists_every_country_with_a_name() -> None:
    countries = dict(known_countries("en"))
    for code in ("GB", "IE", "DE", "AT", "CH", "LI", "NZ", "US", "CA", "AU", "FR"):
        assert countries[code]
        assert countries[code] != code
    assert dict(known_countries("de"))["DE"] == "Deutschland"


def test_german_text_for_the_new_lines() -> None:
    set_language("de")
    try:
        crisis._data.cache_clear()
        info = help_for("AT")
        assert info.lines[0].how.startswith("Ruf die 142")
        assert info.country_name == "Österreich"
    finally:
        set_language("en")


def test_the_older_shape_still_works() -> None:
    ireland = lines_for("IE").local
    assert ireland is not None
    assert ireland.name == "Samaritans"
    assert lines_for("JP").local is None
