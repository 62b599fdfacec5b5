"""Suggestions: what suits the zone, ranked by the person's own record, then a default order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.content.patterns import builtin_patterns
from regulate.content.suggestions import candidates, default_order
from regulate.core.entries import ItemKind, Moment, Session
from regulate.core.scales import Zone
from regulate.core.suggest import Candidate, records, suggest

CALM = Candidate("calm", ItemKind.PATTERN, "Calm", frozenset({Zone.HYPER}))
SIGH = Candidate("sigh", ItemKind.PATTERN, "Sigh", frozenset({Zone.HYPER, Zone.WINDOW}))
LOOK = Candidate("look", ItemKind.EXERCISE, "Look", frozenset({Zone.HYPER, Zone.HYPO}))
WAKE = Candidate("wake", ItemKind.PATTERN, "Wake", frozenset({Zone.HYPO}))
ALL = [CALM, SIGH, LOOK, WAKE]


def session(
    item: str,
    before: int | None,
    after: int | None,
    kind: ItemKind = ItemKind.PATTERN,
    at: int = 1_800_000_000,
    n: int = 0,
) -> Session:
    return Session(f"{item}-{at}-{n}", Moment(at), kind, item, 60.0, before, after)


def ids(zone: Zone, sessions: list[Session], order: tuple[str, ...] = ()) -> list[str]:
    return [s.id for s in suggest(zone, ALL, sessions, order)]


def test_only_items_suited_to_the_zone_are_suggested() -> None:
    assert ids(Zone.HYPER, []) == ["calm", "sigh", "look"]
    assert ids(Zone.HYPO, []) == ["look", "wake"]
    assert ids(Zone.WINDOW, []) == ["sigh"]


def test_without_a_record_the_default_order_decides() -> None:
    assert ids(Zone.HYPER, [], ("look", "sigh")) == ["look", "sigh", "calm"]


def test_bigger_drops_in_distress_move_an_item_up() -> None:
    sessions = [session("look", 8, 3, ItemKind.EXERCISE, n=i) for i in range(3)]
    sessions += [session("sigh", 8, 6, n=i) for i in range(3)]
    assert ids(Zone.HYPER, sessions) == ["look", "sigh", "calm"]
    more = sessions + [session("sigh", 9, 1, n=10 + i) for i in range(6)]
    assert ids(Zone.HYPER, more) == ["sigh", "look", "calm"]


def test_one_lucky_session_counts_little() -> None:
    one = [session("calm", 9, 2)]  # a drop of 7, but only once
    steady = [session("sigh", 7, 4, n=i) for i in range(8)]  # a drop of 3, eight times
    assert ids(Zone.HYPER, one + steady) == ["sigh", "calm", "look"]


def test_an_item_that_raised_distress_drops_below_ones_with_no_record() -> None:
    worse = [session("calm", 4, 7, n=i) for i in range(3)]
    assert ids(Zone.HYPER, worse) == ["sigh", "look", "calm"]
    (calm,) = [s for s in suggest(Zone.HYPER, ALL, worse) if s.id == "calm"]
    assert "went up by 3.0" in calm.why


def test_unrated_sessions_count_as_times_done_but_not_as_evidence() -> None:
    unrated = [session("calm", None, None, n=i) for i in range(5)]
    record = records(unrated)[(ItemKind.PATTERN, "calm")]
    assert (record.times, record.rated, record.average_change) == (5, 0, None)
    assert ids(Zone.HYPER, unrated) == ["calm", "sigh", "look"]


def test_a_pattern_and_an_exercise_with_the_same_id_are_kept_apart() -> None:
    twin = Candidate("look", ItemKind.PATTERN, "Look pattern", frozenset({Zone.HYPER}))
    sessions = [session("look", 9, 1, ItemKind.PATTERN, n=i) for i in range(5)]
    ranked = suggest(Zone.HYPER, [LOOK, twin], sessions)
    assert [(s.id, s.kind) for s in ranked] == [
        ("look", ItemKind.PATTERN),
        ("look", ItemKind.EXERCISE),
    ]


def test_the_built_in_defaults_differ_above_and_below_the_window() -> None:
    from regulate.content.exercises import builtin_exercises

    pool = candidates(builtin_patterns(), builtin_exercises())
    hyper = suggest(Zone.HYPER, pool, [], default_order(Zone.HYPER))
    hypo = suggest(Zone.HYPO, pool, [], default_order(Zone.HYPO))
    assert hyper[0].id != hypo[0].id
    assert all(Zone.HYPER in s.zones for s in hyper)
    assert all(Zone.HYPO in s.zones for s in hypo)
    assert "energising" in [s.id for s in hypo]
    assert "energising" not in [s.id for s in hyper]
    assert "cold-water" not in [s.id for s in hypo]


@pytest.mark.parametrize(("arousal", "zone"), [(9, "hyper"), (1, "hypo"), (5, "window")])
def test_suggest_json_lists_only_items_for_the_zone(
    data_dir: Path, capsys: pytest.CaptureFixture[str], arousal: int, zone: str
) -> None:
    assert main(["--data-dir", str(data_dir), "suggest", "--arousal", str(arousal), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed
    assert all(zone in item["zones"] for item in listed)
    assert all(set(item) == {"id", "kind", "title", "zones", "why"} for item in listed)


def test_suggest_follows_a_logged_record(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from regulate.storage.exchange import to_json

    sessions = [session("box", 9, 2, n=i) for i in range(6)]
    export = tmp_path / "record.json"
    export.write_text(to_json([], sessions), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(export)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "suggest", "--arousal", "9", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == "box"
    assert "went down by 7.0" in listed[0]["why"]


def test_suggest_refuses_a_bad_arousal(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "suggest", "--arousal", "eleven"]) == 2
    assert "Traceback" not in capsys.readouterr().err
