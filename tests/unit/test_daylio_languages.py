"""Old Daylio exports written in other languages: a year inside the date, Polish moods."""

from __future__ import annotations

from datetime import datetime

import pytest

from regulate.core.entries import CheckIn
from regulate.storage.daylio import UnmappedMoods, parse_daylio
from regulate.storage.exchange import ExchangeError

NAME = "daylio_export.csv"


def _utc(_: datetime) -> int:
    return 0


def _parse(text: str, mood_map: dict[str, int] | None = None) -> tuple[CheckIn, ...]:
    return parse_daylio(text.encode("utf-8"), NAME, mood_map, _utc).checkins


def _days(checkins: tuple[CheckIn, ...]) -> list[str]:
    return [datetime.utcfromtimestamp(c.at.epoch).date().isoformat() for c in checkins]


POLISH_NO_YEAR_COLUMN = (
    "date,weekday,time,mood,activities,note\n"
    "7 września 2024,sobota,20:05,wspaniale,,\n"
    "6 września 2024,piątek,20:05,dobrze,,\n"
    "5 września 2024,czwartek,20:05,tak sobie,,\n"
    "4 września 2024,środa,20:05,Źle,,\n"
    "3 września 2024 r.,wtorek,20:05,okropnie,,\n"
)


def test_polish_date_with_its_year_and_polish_moods_need_no_map() -> None:
    checkins = _parse(POLISH_NO_YEAR_COLUMN)
    assert _days(checkins) == [f"2024-09-0{d}" for d in (7, 6, 5, 4, 3)]
    assert [c.mood for c in checkins] == [5, 4, 3, 2, 1]


def test_polish_with_a_year_column() -> None:
    checkins = _parse(
        "year,date,weekday,time,mood,activities,note\n2023,7 września,czwartek,20:05,dobrze,,\n"
    )
    assert _days(checkins) == ["2023-09-07"]
    assert checkins[0].mood == 4


def test_the_year_column_wins_over_a_year_in_the_date() -> None:
    checkins = _parse(
        "year,date,weekday,time,mood,activities,note\n2023,7 września 2024,czwartek,20:05,rad,,\n"
    )
    assert _days(checkins) == ["2023-09-07"]


GERMAN_MOODS = {"super": 5, "gut": 4, "okay": 3, "schlecht": 2, "furchtbar": 1}


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("date,weekday,time,mood,activities,note", "7. März 2024"),
        ("year,date,weekday,time,mood,activities,note", "2024,7. März"),
    ],
    ids=["year-in-date", "year-column"],
)
def test_german(header: str, date: str) -> None:
    text = f"{header}\n{date},Donnerstag,09:30,gut,,\n"
    with pytest.raises(UnmappedMoods) as caught:
        _parse(text)
    assert '"gut" (1 entry)' in str(caught.value)
    checkins = _parse(text, GERMAN_MOODS)
    assert _days(checkins) == ["2024-03-07"]
    assert checkins[0].mood == 4


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("date,weekday,time,mood,activities,note", "7 de marzo de 2024"),
        ("year,date,weekday,time,mood,activities,note", "2024,7 de marzo"),
    ],
    ids=["year-in-date", "year-column"],
)
def test_spanish(header: str, date: str) -> None:
    text = (
        f"{header}\n{date},jueves,09:30,genial,,\n{date},jueves,08:30,genial,,\n"
        f"{date},jueves,07:30,mal,,\n"
    )
    with pytest.raises(UnmappedMoods) as caught:
        _parse(text)
    assert '"genial" (2 entries), "mal" (1 entry)' in str(caught.value)
    checkins = _parse(text, {"genial": 5, "mal": 2})
    assert _days(checkins) == ["2024-03-07"] * 3
    assert [c.mood for c in checkins] == [5, 5, 2]


def test_a_date_without_year_and_no_year_column_is_refused_in_one_line() -> None:
    with pytest.raises(ExchangeError) as caught:
        _parse("date,weekday,time,mood,activities,note\n7 März,Donnerstag,09:30,rad,,\n")
    message = str(caught.value)
    assert "row 2" in message
    assert "'7 März' has no year" in message
    assert "\n" not in message
