"""Journal values: times with their local offset, word lists, check-ins and sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from regulate.core.entries import (
    MAX_WORDS,
    NOTE_MAX_CHARS,
    WORD_MAX_CHARS,
    CheckIn,
    ItemKind,
    Moment,
    Session,
    Source,
    clean_words,
)
from regulate.core.scales import ScaleError, Window, Zone

NOON_UTC = 1_795_003_200  # 2026-11-18T12:00:00Z


# -- Moment ---------------------------------------------------------------------------------


def test_parse_reads_z_as_utc() -> None:
    moment = Moment.parse("2026-11-25T17:05:00Z")
    expected = datetime(2026, 11, 25, 17, 5, tzinfo=UTC).timestamp()
    assert moment == Moment(int(expected), 0)


def test_parse_keeps_a_positive_offset_and_the_right_instant() -> None:
    moment = Moment.parse("2026-11-25T17:05:00+01:00")
    assert moment.offset_minutes == 60
    assert moment.epoch == int(datetime(2026, 11, 25, 16, 5, tzinfo=UTC).timestamp())


def test_parse_keeps_a_negative_half_hour_offset() -> None:
    moment = Moment.parse("2026-03-01T06:30:00-09:30")
    assert moment.offset_minutes == -570
    assert moment.epoch == int(datetime(2026, 3, 1, 16, 0, tzinfo=UTC).timestamp())


def test_parse_ignores_surrounding_whitespace() -> None:
    text = "2026-11-25T17:05:00+01:00"
    assert Moment.parse(f"  {text}\n") == Moment.parse(text)


def test_same_instant_at_different_offsets_is_the_same_epoch() -> None:
    berlin = Moment.parse("2026-11-25T17:05:00+01:00")
    new_york = Moment.parse("2026-11-25T11:05:00-05:00")
    assert berlin.epoch == new_york.epoch
    assert berlin.offset_minutes != new_york.offset_minutes


def test_parse_refuses_a_time_without_an_offset() -> None:
    with pytest.raises(ScaleError, match="no UTC offset"):
        Moment.parse("2026-11-25T17:05:00")


@pytest.mark.parametrize(
    "text", ["", "yesterday", "2026-13-01T00:00:00Z", "2026-11-25T25:00:00+01:00", "17:05"]
)
def test_parse_refuses_junk_with_an_example_of_the_right_form(text: str) -> None:
    with pytest.raises(ScaleError, match="ISO 8601"):
        Moment.parse(text)


def test_a_moment_refuses_an_impossible_utc_offset() -> None:
    with pytest.raises(ScaleError, match="offset"):
        Moment(0, 19 * 60)


def test_from_datetime_refuses_a_naive_datetime() -> None:
    with pytest.raises(ScaleError, match="offset"):
        Moment.from_datetime(datetime(2026, 1, 1, 12, 0))


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-25T17:05:00+01:00",
        "2026-11-25T00:30:00-09:30",
        "2026-06-30T23:59:59+14:00",
        "1999-12-31T23:59:59+00:00",
        "2026-03-29T02:30:00+05:45",
    ],
)
def test_iso_gives_back_the_local_time_and_offset_it_was_parsed_from(text: str) -> None:
    assert Moment.parse(text).iso() == text


def test_iso_then_parse_is_the_same_moment() -> None:
    moment = Moment(NOON_UTC, -300)
    assert Moment.parse(moment.iso()) == moment


def test_local_shows_the_hour_the_person_lived() -> None:
    local = Moment(NOON_UTC, 330).local()
    assert local.utcoffset() == timedelta(minutes=330)
    assert local == datetime.fromtimestamp(NOON_UTC, tz=timezone(timedelta(minutes=330)))
    assert (local.hour, local.minute) == (17, 30)


def test_moments_order_by_instant() -> None:
    early, late = Moment(NOON_UTC, 600), Moment(NOON_UTC + 1, -600)
    assert sorted([late, early]) == [early, late]


# -- clean_words ----------------------------------------------------------------------------


def test_clean_words_trims_collapses_spaces_and_drops_empties() -> None:
    assert clean_words(["  calm ", "", "   ", "tight \t  chest"], "feelings") == (
        "calm",
        "tight chest",
    )


def test_clean_words_drops_repeats_and_keeps_first_order() -> None:
    assert clean_words(["sad", "tired", "sad", " tired "], "feelings") == ("sad", "tired")


def test_clean_words_replaces_the_list_separator_inside_a_word() -> None:
    assert clean_words(["in|out"], "tags") == ("in/out",)


def test_clean_words_splits_a_single_string_on_the_separator() -> None:
    assert clean_words("calm | sleepy|calm", "feelings") == ("calm", "sleepy")


def test_clean_words_keeps_non_ascii_and_emoji() -> None:
    assert clean_words(["ängstlich", "😶‍🌫️", "悲しい"], "feelings") == ("ängstlich", "😶‍🌫️", "悲しい")


@pytest.mark.parametrize("words", [42, None, {"a": 1}, ["ok", 3]])
def test_clean_words_refuses_anything_but_a_list_of_text(words: object) -> None:
    with pytest.raises(ScaleError, match="list of short words"):
        clean_words(words, "tags")


def test_clean_words_refuses_a_word_that_is_too_long() -> None:
    with pytest.raises(ScaleError, match="longer than"):
        clean_words(["x" * (WORD_MAX_CHARS + 1)], "tags")


def test_clean_words_refuses_too_many_words() -> None:
    with pytest.raises(ScaleError, match="at most"):
        clean_words([f"w{number}" for number in range(MAX_WORDS + 1)], "tags")


def test_clean_words_allows_exactly_the_maximum() -> None:
    words = [f"w{number}" for number in range(MAX_WORDS - 1)] + ["x" * WORD_MAX_CHARS]
    assert clean_words(words, "tags") == tuple(words)


# -- CheckIn --------------------------------------------------------------------------------


def _checkin(**changes: object) -> CheckIn:
    values: dict[str, object] = {
        "uid": "c1",
        "at": Moment(NOON_UTC, 60),
        "window": Window(3, 7),
        "arousal": 5,
    }
    values.update(changes)
    return CheckIn(**values)  # type: ignore[arg-type]


def test_checkin_zone_comes_from_its_own_window_not_the_default() -> None:
    assert _checkin(window=Window(5, 9), arousal=4).zone is Zone.HYPO
    assert _checkin(window=Window(0, 2), arousal=4).zone is Zone.HYPER
    assert _checkin(window=Window(3, 7), arousal=4).zone is Zone.WINDOW


def test_checkin_zone_cannot_be_passed_in() -> None:
    with pytest.raises(TypeError):
        CheckIn(uid="c", at=Moment(0), window=Window(), arousal=5, zone=Zone.HYPER)  # type: ignore[call-arg]


def test_checkin_without_arousal_has_no_zone() -> None:
    assert _checkin(arousal=None, mood=4).zone is None


def test_checkin_with_nothing_in_it_is_refused() -> None:
    with pytest.raises(ScaleError, match="at least one"):
        _checkin(arousal=None)


@pytest.mark.parametrize(
    "field", [{"suds": 0}, {"mood": 1}, {"note": "just a note"}, {"arousal": 0}]
)
def test_checkin_with_any_one_measure_or_a_note_is_enough(field: dict[str, object]) -> None:
    values: dict[str, object] = {"arousal": None, **field}
    assert _checkin(**values).uid == "c1"


@pytest.mark.parametrize(
    "field",
    [{"arousal": 11}, {"suds": -1}, {"mood": 0}, {"mood": 6}, {"arousal": True}, {"suds": 2.0}],
)
def test_checkin_refuses_values_off_their_scales(field: dict[str, object]) -> None:
    with pytest.raises(ScaleError):
        _checkin(**field)


@pytest.mark.parametrize("uid", ["", "x" * 101, 7])
def test_checkin_refuses_a_missing_or_overlong_id(uid: object) -> None:
    with pytest.raises(ScaleError, match="id"):
        _checkin(uid=uid)


def test_checkin_cleans_its_word_lists() -> None:
    entry = _checkin(feelings=(" calm ", "calm", "a|b"), body=("", "warm  hands"), tags=["x"])
    assert entry.feelings == ("calm", "a/b")
    assert entry.body == ("warm hands",)
    assert entry.tags == ("x",)


def test_checkin_refuses_an_overlong_note_or_a_non_text_note() -> None:
    with pytest.raises(ScaleError, match="at most"):
        _checkin(note="x" * (NOTE_MAX_CHARS + 1))
    with pytest.raises(ScaleError, match="text"):
        _checkin(note=5)


def test_checkin_source_text_becomes_a_source() -> None:
    assert _checkin(source="cli").source is Source.CLI


def test_checkin_refuses_an_unknown_source() -> None:
    with pytest.raises(ValueError, match="nowhere"):
        _checkin(source="nowhere")


# -- Session --------------------------------------------------------------------------------


def _session(**changes: object) -> Session:
    values: dict[str, object] = {
        "uid": "s1",
        "at": Moment(NOON_UTC, 0),
        "kind": ItemKind.PATTERN,
        "item": "box",
        "seconds": 120,
    }
    values.update(changes)
    return Session(**values)  # type: ignore[arg-type]


def test_session_accepts_the_edges_of_its_length() -> None:
    assert _session(seconds=0).seconds == 0
    assert _session(seconds=24 * 3600).seconds == 24 * 3600
    assert _session(seconds=12.5).seconds == 12.5


@pytest.mark.parametrize("seconds", [-1, -0.001, 24 * 3600 + 1, float("nan"), float("inf")])
def test_session_refuses_a_length_outside_zero_to_a_day(seconds: float) -> None:
    with pytest.raises(ScaleError, match="between 0 seconds and a day"):
        _session(seconds=seconds)


@pytest.mark.parametrize("seconds", [True, "60", None])
def test_session_refuses_a_length_that_is_not_a_number(seconds: object) -> None:
    with pytest.raises(ScaleError, match="number of seconds"):
        _session(seconds=seconds)


def test_session_kind_text_becomes_an_item_kind_and_junk_is_refused() -> None:
    assert _session(kind="exercise").kind is ItemKind.EXERCISE
    with pytest.raises(ValueError, match="walk"):
        _session(kind="walk")


@pytest.mark.parametrize("item", ["", 5, "x" * 101])
def test_session_needs_the_id_of_its_item(item: object) -> None:
    with pytest.raises(ScaleError, match="pattern or exercise"):
        _session(item=item)


@pytest.mark.parametrize("field", [{"suds_before": 11}, {"suds_after": -1}, {"suds_after": 1.5}])
def test_session_refuses_distress_off_the_scale(field: dict[str, object]) -> None:
    with pytest.raises(ScaleError):
        _session(**field)


@pytest.mark.parametrize("completed", ["yes", 1, None])
def test_session_completed_must_be_a_real_bool(completed: object) -> None:
    with pytest.raises(ScaleError, match="true or false"):
        _session(completed=completed)


def test_session_refuses_an_empty_id() -> None:
    with pytest.raises(ScaleError, match="id"):
        _session(uid="")


def test_suds_change_is_after_minus_before_and_none_when_either_is_missing() -> None:
    assert _session(suds_before=7, suds_after=3).suds_change == -4
    assert _session(suds_before=7).suds_change is None
    assert _session(suds_after=3).suds_change is None
