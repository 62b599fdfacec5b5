"""Importing a Daylio CSV export: every format Daylio has written, strict and all-or-nothing."""

from __future__ import annotations

import contextlib
import csv
import io
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from regulate.core.entries import CheckIn, Moment, Source
from regulate.core.scales import Window
from regulate.storage.daylio import UnmappedMoods, parse_daylio, parse_mood_map
from regulate.storage.exchange import ExchangeError

NAME = "daylio_export.csv"
NEW_HEADER = "full_date,date,weekday,time,mood,activities,note_title,note"
OLD_HEADER = "year,date,weekday,time,mood,activities,note"


def _plus_two(_: datetime) -> int:
    return 120


def _utc(_: datetime) -> int:
    return 0


def _parse(
    text: str,
    mood_map: Mapping[str, int] | None = None,
    local_offset: Callable[[datetime], int] = _plus_two,
) -> tuple[CheckIn, ...]:
    return parse_daylio(text.encode("utf-8"), NAME, mood_map, local_offset).checkins


def _export(header: str, rows: list[list[str]], newline: str = "\n") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=newline)
    writer.writerow(header.split(","))
    writer.writerows(rows)
    return out.getvalue()


# -- the formats Daylio writes ----------------------------------------------------------------

NEWEST = (
    "\ufeff" + NEW_HEADER + "\r\n"
    '2024-06-22,June 22,Saturday,20:05,rad,"friends | music | good meal",'
    '"A good day","We walked by the river.<br>Then ice cream.<br/>Home late."\r\n'
    '2024-06-21,June 21,Friday,7:40,Meh,work,"",""\r\n'
    '2024-06-20,June 20,Thursday,23:59,awful,"","","Couldn\'t sleep"\r\n'
)


def test_newest_format_with_bom_and_crlf() -> None:
    rad, meh, awful = parse_daylio(NEWEST.encode("utf-8"), NAME, local_offset=_plus_two).checkins
    assert rad.at == Moment.parse("2024-06-22T20:05:00+02:00")
    assert (rad.mood, meh.mood, awful.mood) == (5, 3, 1)
    assert rad.tags == ("friends", "music", "good meal")
    assert rad.note == "A good day\n\nWe walked by the river.\nThen ice cream.\nHome late."
    assert meh.at == Moment.parse("2024-06-21T07:40:00+02:00")
    assert (meh.tags, meh.note) == (("work",), "")
    assert (awful.tags, awful.note) == ((), "Couldn't sleep")
    for entry in (rad, meh, awful):
        assert entry.source is Source.DAYLIO
        assert (entry.arousal, entry.zone, entry.suds) == (None, None, None)
        assert entry.window == Window(3, 7)
        assert entry.uid.startswith("daylio-")


def test_sessions_are_always_empty() -> None:
    assert parse_daylio(NEWEST.encode("utf-8"), NAME, local_offset=_utc).sessions == ()


def test_a_trailing_scales_column_and_no_note_title_are_fine() -> None:
    text = (
        "full_date,date,weekday,time,mood,activities,note,scales\n"
        "2024-06-22,June 22,Saturday,20:05,good,reading,Quiet evening,\n"
    )
    (entry,) = _parse(text)
    assert (entry.mood, entry.tags, entry.note) == (4, ("reading",), "Quiet evening")


def test_a_note_title_without_a_note_becomes_the_note() -> None:
    (entry,) = _parse(NEW_HEADER + "\n2024-06-22,x,x,20:05,good,,Just a title,\n")
    assert entry.note == "Just a title"


def test_full_date_wins_over_date_and_weekday_in_any_language() -> None:
    text = NEW_HEADER + "\n2024-06-22,22 июня,суббота,20:05,good,,,\n"
    (entry,) = _parse(text)
    assert entry.at.local().date().isoformat() == "2024-06-22"


def test_old_format_with_year_column_and_12_hour_times() -> None:
    text = (
        OLD_HEADER + "\n"
        "2019,June 22,Saturday,8:05 pm,good,friends | sport,Played football\n"
        "2019,June 22,Saturday,9:15 AM,bad,work,\n"
        "2019,22 June,Saturday,08:05 p.m.,meh,,\n"
    )
    evening, morning, again = _parse(text)
    assert evening.at == Moment.parse("2019-06-22T20:05:00+02:00")
    assert morning.at == Moment.parse("2019-06-22T09:15:00+02:00")
    assert again.at == evening.at
    assert (evening.tags, evening.note) == (("friends", "sport"), "Played football")


def test_german_export_with_german_months_and_weekdays() -> None:
    text = (
        OLD_HEADER + "\n"
        "2021,22. Juni,Dienstag,20:05,gut,Arbeit | Sport,Müde aber zufrieden\n"
        "2021,3. März,Mittwoch,07:30,good,,\n"
        "2021,1. Dez.,Mittwoch,12:00,good,,\n"
    )
    june, march, december = _parse(text, mood_map={"gut": 4})
    assert june.at == Moment.parse("2021-06-22T20:05:00+02:00")
    assert march.at.local().date().isoformat() == "2021-03-03"
    assert december.at.local().date().isoformat() == "2021-12-01"
    assert june.note == "Müde aber zufrieden"


def test_french_and_spanish_exports() -> None:
    text = (
        OLD_HEADER + "\n"
        "2022,juin 22,mercredi,20:05,good,,\n"
        "2022,22 févr.,mardi,20:05,good,,\n"
        "2022,1er août,lundi,20:05,good,,\n"
        "2022,22 de junio,miércoles,20:05,good,,\n"
        "2022,5 de ene.,miércoles,20:05,good,,\n"
    )
    days = [entry.at.local().date().isoformat() for entry in _parse(text)]
    assert days == ["2022-06-22", "2022-02-22", "2022-08-01", "2022-06-22", "2022-01-05"]


MONTHS_BY_LANGUAGE = {
    "en": "january february march april may june july august september october november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "en-short": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de-short": "Jan. Feb. Mär. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "fr-short": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es-short": "ene feb mar abr may jun jul ago sep oct nov dic",
    "it-short": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl-short": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pt-short": "jan fev mar abr mai jun jul ago set out nov dez",
    "shouting": "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
    "DECEMBER",
    "no-accents": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre "
    "decembre",
}


@pytest.mark.parametrize("language", MONTHS_BY_LANGUAGE)
def test_every_month_name_is_understood_with_the_day_on_either_side(language: str) -> None:
    names = MONTHS_BY_LANGUAGE[language].split()
    assert len(names) == 12
    rows = [[f"2023,{month} 9,x,10:00,good,,"] for month in names]
    rows += [[f"2023,9 {month},x,10:00,good,,"] for month in names]
    text = OLD_HEADER + "\n" + "\n".join(row[0] for row in rows) + "\n"
    months = [entry.at.local().month for entry in _parse(text)]
    assert months == list(range(1, 13)) * 2


def test_a_note_with_emoji_cyrillic_commas_quotes_and_line_breaks() -> None:
    note = 'Привет, мир! 😊🫶 She said "not now", then\nleft.\n\nСпасибо — 日本語, ok'  # noqa: RUF001
    text = _export(NEW_HEADER, [["2024-01-05", "", "", "18:00", "good", "семья | 🎸", "", note]])
    assert '"' + note.replace('"', '""') + '"' in text  # really quoted and multi-line
    (entry,) = _parse(text)
    assert entry.note == note
    assert entry.tags == ("семья", "🎸")


def test_line_ends_inside_a_note_become_plain_newlines() -> None:
    text = NEW_HEADER + '\r\n2024-01-05,,,18:00,good,,,"one\r\ntwo\rthree"\r\n'
    (entry,) = _parse(text)
    assert entry.note == "one\ntwo\nthree"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_any_line_ending_reads_the_same(newline: str) -> None:
    rows = [["2024-06-22", "", "", "20:05", "good", "a | b", "", "x"]] * 2
    rows.append(["2024-06-23", "", "", "20:05", "bad", "", "", ""])
    entries = _parse(_export(NEW_HEADER, rows, newline))
    assert [entry.mood for entry in entries] == [4, 4, 2]


def test_blank_and_empty_rows_are_skipped_and_a_header_alone_imports_nothing() -> None:
    assert _parse(NEW_HEADER + "\n") == ()
    (entry,) = _parse("\n" + NEW_HEADER + "\n\n2024-06-22,,,20:05,good,,,\n,,,,,,,\n\n")
    assert entry.mood == 4


# -- moods ------------------------------------------------------------------------------------

CUSTOM = (
    OLD_HEADER + "\n"
    "2020,May 1,Friday,10:00,ok-ish,,\n"
    "2020,May 2,Saturday,10:00,super,,\n"
    "2020,May 3,Sunday,10:00,Super,,\n"
    "2020,May 4,Monday,10:00,rad,,\n"
    "2020,May 5,Tuesday,10:00,super,,\n"
    "2020,May 6,Wednesday,10:00,so so,,\n"
)


def test_unmapped_moods_are_all_named_with_their_counts() -> None:
    with pytest.raises(UnmappedMoods) as caught:
        _parse(CUSTOM)
    assert caught.value.labels == {"super": 3, "ok-ish": 1, "so so": 1}
    assert list(caught.value.labels) == ["super", "ok-ish", "so so"]  # most used first
    message = str(caught.value)
    assert '"super" (3 entries), "ok-ish" (1 entry), "so so" (1 entry)' in message
    assert '--mood-map "super=?,ok-ish=?,so so=?"' in message
    assert isinstance(caught.value, ExchangeError)


def test_a_partial_mood_map_still_names_what_is_left() -> None:
    with pytest.raises(UnmappedMoods) as caught:
        _parse(CUSTOM, mood_map={"SUPER": 5})
    assert caught.value.labels == {"ok-ish": 1, "so so": 1}


def test_a_mood_map_places_custom_moods_and_may_move_standard_ones() -> None:
    mood_map = parse_mood_map("super=5,ok-ish=3,so so=2,rad=4")
    moods = [entry.mood for entry in _parse(CUSTOM, mood_map=mood_map)]
    assert moods == [3, 5, 5, 4, 5, 2]


def test_standard_moods_ignore_case_and_spaces() -> None:
    text = (
        NEW_HEADER
        + "\n"
        + "".join(
            f"2024-06-2{day},,,10:00,{label},,,\n"
            for day, label in enumerate(["RAD", " Good ", "meh", "Bad", "AWFUL"])
        )
    )
    assert [entry.mood for entry in _parse(text)] == [5, 4, 3, 2, 1]


@pytest.mark.parametrize("value", [0, 6, True, "5"])
def test_a_mood_map_with_a_value_off_the_scale_is_refused(value: object) -> None:
    with pytest.raises(ExchangeError, match="super"):
        _parse(CUSTOM, mood_map={"super": value})  # type: ignore[dict-item]


def test_parse_mood_map_reads_names_with_spaces_and_equals_signs() -> None:
    result = parse_mood_map(" super = 5, ok-ish=3 ,so   so=2, a=b=1,")
    assert result == {"super": 5, "ok-ish": 3, "so so": 2, "a=b": 1}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("", "empty"),
        (" , ", "empty"),
        ("super", '"super"'),
        ("super=6", '"super=6"'),
        ("super=0", '"super=0"'),
        ("super=x", '"super=x"'),
        ("super=٣", '"super=٣"'),
        ("super=", '"super="'),
        ("=3", '"=3"'),
        ("super=5,ok-ish", '"ok-ish"'),
        ("super=5,SUPER=4", '"SUPER"'),
    ],
)
def test_parse_mood_map_names_the_bad_part(text: str, named: str) -> None:
    with pytest.raises(ExchangeError, match=named):
        parse_mood_map(text)


def test_parse_mood_map_allows_a_repeat_with_the_same_number() -> None:
    assert parse_mood_map("super=5,Super=5") == {"super": 5}


# -- ids --------------------------------------------------------------------------------------


def test_ids_are_the_same_in_every_import() -> None:
    first = [entry.uid for entry in _parse(NEWEST)]
    second = [entry.uid for entry in _parse(NEWEST, local_offset=_utc)]
    assert first == second
    assert len(set(first)) == 3
    assert all(len(uid) == len("daylio-") + 32 for uid in first)


def test_identical_rows_get_different_stable_ids() -> None:
    row = "2024-06-22,June 22,Saturday,20:05,good,walk,,same\n"
    text = NEW_HEADER + "\n" + row * 3
    uids = [entry.uid for entry in _parse(text)]
    assert uids[1:] == [uids[0] + "-2", uids[0] + "-3"]
    assert [entry.uid for entry in _parse(text)] == uids


def test_the_id_depends_on_the_content_not_the_mood_map() -> None:
    (rad,) = _parse(NEW_HEADER + "\n2024-06-22,,,20:05,rad,,,n\n")
    (moved,) = _parse(NEW_HEADER + "\n2024-06-22,,,20:05,rad,,,n\n", mood_map={"rad": 4})
    (other,) = _parse(NEW_HEADER + "\n2024-06-22,,,20:05,rad,,,n!\n")
    assert rad.uid == moved.uid
    assert rad.uid != other.uid


# -- times ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "local"),
    [
        ("12:30 am", "00:30:00"),
        ("12:00 AM", "00:00:00"),
        ("12:30 pm", "12:30:00"),
        ("11:59 p.m.", "23:59:00"),
        ("0:00", "00:00:00"),
        ("00:01", "00:01:00"),
        ("23:59", "23:59:00"),
        ("8:05\u202fPM", "20:05:00"),  # the narrow space newer phones write
        ("20:05:30", "20:05:30"),
    ],
)
def test_times_around_midnight_and_noon(written: str, local: str) -> None:
    (entry,) = _parse(f'{NEW_HEADER}\n2024-03-10,,,"{written}",good,,,\n')
    assert entry.at.iso() == f"2024-03-10T{local}+02:00"


def test_an_injected_offset_is_kept_and_the_instant_is_right() -> None:
    asked: list[datetime] = []

    def offset(local: datetime) -> int:
        asked.append(local)
        return 120

    (entry,) = _parse(NEW_HEADER + "\n2024-06-22,,,00:30,good,,,\n", local_offset=offset)
    assert asked == [datetime(2024, 6, 22, 0, 30)]
    assert entry.at.offset_minutes == 120
    assert entry.at.epoch == int(datetime.fromisoformat("2024-06-21T22:30:00+00:00").timestamp())


def test_a_negative_half_hour_offset() -> None:
    (entry,) = _parse(NEW_HEADER + "\n2024-06-22,,,23:00,good,,,\n", local_offset=lambda _: -570)
    assert entry.at == Moment.parse("2024-06-22T23:00:00-09:30")


@pytest.fixture
def berlin_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("this system can't switch its time zone for a test")
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin_clock")
def test_by_default_the_computers_zone_is_used_with_summer_time() -> None:
    text = NEW_HEADER + "\n2024-01-15,,,09:00,good,,,\n2024-07-15,,,09:00,good,,,\n"
    winter, summer = parse_daylio(text.encode("utf-8"), NAME).checkins
    assert winter.at == Moment.parse("2024-01-15T09:00:00+01:00")
    assert summer.at == Moment.parse("2024-07-15T09:00:00+02:00")


# -- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", f"{NAME} is empty"),
        (b"\xef\xbb\xbf \r\n\r\n", f"{NAME} is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"mood\xff\xfe,time", "not UTF-8"),
        (b'{"format": "regulate-journal", "version": 1}', "doesn't look like a Daylio export"),
        (b"Hello there.\nThis is a letter, not a table.\n", "doesn't look like a Daylio export"),
        (
            b"full_date,date,weekday,time,activities,note\n2024-06-22,,,20:05,,\n",
            "missing the column 'mood'",
        ),
        (
            b"date,weekday,time,mood,activities,note\n7 May,Friday,10:00,rad,,\n",
            "has no year, and the file has no 'year' column",
        ),
        (b"weekday,time,mood,activities,note\n", "missing the column 'full_date'"),
        (b"full_date,time,mood,activities\n", "missing the column 'note'"),
        (b"full_date,time,mood,mood,activities,note\n", "'mood' appears twice"),
    ],
    ids=[
        "empty",
        "blank",
        "binary",
        "not-utf8",
        "json",
        "prose",
        "no-mood",
        "no-year",
        "no-date",
        "no-note",
        "twice",
    ],
)
def test_files_that_are_not_daylio_exports_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ExchangeError, match=message):
        parse_daylio(data, NAME, local_offset=_utc)


GOOD_ROW = "2024-06-22,June 22,Saturday,20:05,good,,,fine"


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("2024-06-22,June 22,Saturday,25:61,good,,,", "row 3: we couldn't read the time '25:61'"),
        ("2024-06-22,June 22,Saturday,13:05 pm,good,,,", "row 3: .*time '13:05 pm'"),
        ("2024-06-22,June 22,Saturday,24:00,good,,,", "row 3: .*time '24:00'"),
        ("2024-06-22,June 22,Saturday,,good,,,", "row 3: .*time ''"),
        ("22/06/2024,June 22,Saturday,20:05,good,,,", "row 3: .*date '22/06/2024'"),
        ("2023-02-29,,,20:05,good,,,", "row 3: the date '2023-02-29' doesn't exist"),
        ("1850-06-22,,,20:05,good,,,", "row 3: the date '1850-06-22' is outside"),
        ("2024-06-22,June 22,Saturday,20:05,,,,a note", "row 3 has no mood"),
        ("2024-06-22,June 22,Saturday,20:05,good,,", "row 3 has 7 fields, but .* 8 columns"),
        ("2024-06-22,June 22,Saturday,20:05,good,,,,", "row 3 has 9 fields"),
        ('2024-06-22,,,20:05,good,,,"bell \x07 here"', "row 3: the note contains a control"),
        ("2024-06-22,,,20:05,good," + "x" * 61 + ",,", "row 3: one of the tags is longer"),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_returned(bad_row: str, message: str) -> None:
    text = f"{NEW_HEADER}\n{GOOD_ROW}\n{bad_row}\n{GOOD_ROW}\n"
    with pytest.raises(ExchangeError, match=f"^{NAME}: {message}"):
        _parse(text)


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("2019,Juny 22,Saturday,20:05,good,,", "row 2: we couldn't read the date 'Juny 22'"),
        ("2019,22,Saturday,20:05,good,,", "row 2: .*date '22'"),
        ("2019,22 jui,Saturday,20:05,good,,", "row 2: .*date '22 jui'"),  # juin or juillet?
        ("2019,June 22 23,Saturday,20:05,good,,", "row 2: .*date 'June 22 23'"),
        ("2019,22 Juniii,Samstag,20:05,good,,", "row 2: .*date '22 Juniii' as German.*full_date"),
        ("2019,22 xyz,blursday,20:05,good,,", "row 2: .*'22 xyz' in any of the languages we know"),
        ("19,June 22,Saturday,20:05,good,,", "row 2: we couldn't read the year '19'"),
        ("2019,February 30,Sunday,20:05,good,,", "row 2: the date 'February 30 2019' doesn't"),
    ],
)
def test_an_old_format_date_that_cant_be_read_is_named(bad_row: str, message: str) -> None:
    with pytest.raises(ExchangeError, match=f"^{NAME}: {message}"):
        _parse(f"{OLD_HEADER}\n{bad_row}\n")


def test_rows_are_counted_by_records_not_lines() -> None:
    text = NEW_HEADER + '\n2024-06-22,,,20:05,good,,,"line one\nline two\nline three"\n'
    text += "2024-06-22,,,99:00,good,,,\n"
    with pytest.raises(ExchangeError, match="row 3: we couldn't read the time '99:00'"):
        _parse(text)


def test_an_offset_beyond_any_real_zone_names_the_row() -> None:
    with pytest.raises(ExchangeError, match="row 2: a UTC offset of 1200 minutes"):
        _parse(NEW_HEADER + "\n2024-06-22,,,20:05,good,,,\n", local_offset=lambda _: 1200)


def test_an_unmapped_mood_is_reported_only_when_every_row_reads() -> None:
    text = CUSTOM + "2020,May 7,Thursday,10:77,good,,\n"
    with pytest.raises(ExchangeError, match=r"row 8: .*'10:77'") as caught:
        _parse(text)
    assert not isinstance(caught.value, UnmappedMoods)


# -- anything at all --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b'full_date,time,mood,activities,note\r\n"unterminated')
@example(b"full_date,time,mood,activities,note\n9999-12-31,23:59,good,,\n")
@example(b"year,date,time,mood,activities,note\n0001,jan 1,0:00,rad,,\n")
def test_any_bytes_raise_nothing_but_exchange_error(data: bytes) -> None:
    with contextlib.suppress(ExchangeError):
        parse_daylio(data, "any.csv")


_CELL = st.text(max_size=12) | st.sampled_from(
    ["2024-06-22", "2019", "June 22", "22. Juni", "8:05 pm", "12:30 am", "rad", "super", ""]
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([NEW_HEADER, OLD_HEADER, "full_date,time,mood,activities,note"]),
    st.lists(st.lists(_CELL, min_size=5, max_size=9), max_size=4),
    st.integers(min_value=-2000, max_value=2000),
)
def test_any_cells_under_a_daylio_header_raise_nothing_but_exchange_error(
    header: str, rows: list[list[str]], offset: int
) -> None:
    data = _export(header, rows).encode("utf-8", "surrogatepass")
    with contextlib.suppress(ExchangeError):
        parse_daylio(data, "cells.csv", mood_map={"super": 5}, local_offset=lambda _: offset)


# -- older exports in other languages (month names in the date column, no full_date) ----------


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (  # Polish: the month in the form dates use ("września", not "wrzesień")
            "2025,7 września,niedziela,20:05,rad,,\n2025,1 lutego,sobota,08:30,meh,,\n",
            [(2025, 9, 7), (2025, 2, 1)],
        ),
        (  # German, written out and abbreviated the way Daylio does
            "2025,7. September,Sonntag,20:05,rad,,\n2025,3. Jan.,Freitag,08:30,meh,,\n",
            [(2025, 9, 7), (2025, 1, 3)],
        ),
        (  # Spanish, with "de"
            "2025,7 de septiembre,domingo,20:05,rad,,\n2025,1 de febrero,sábado,08:30,meh,,\n",
            [(2025, 9, 7), (2025, 2, 1)],
        ),
        (  # Russian and Turkish: read only with Babel's CLDR names
            "2019,22 июня,суббота,20:05,good,,\n2019,22 Haziran,Cumartesi,21:05,good,,\n",
            [(2019, 6, 22), (2019, 6, 22)],
        ),
        (  # Czech: "září" (September) read with the weekday's language first
            "2025,7. září,neděle,20:05,rad,,\n",
            [(2025, 9, 7)],
        ),
    ],
)
def test_older_exports_in_other_languages_import_with_the_right_dates(
    rows: str, expected: list[tuple[int, int, int]]
) -> None:
    checkins = _parse(f"{OLD_HEADER}\n{rows}")
    days = [c.at.local().date() for c in checkins]
    assert [(d.year, d.month, d.day) for d in days] == expected
