"""The person's own breathing patterns: the command line's limits, kept in the data folder,
listed with the built-in ones, and still there after a restart."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.content.patterns import own_pattern, own_patterns_from_text, own_patterns_text
from regulate.core.breathing import PatternError
from regulate.paths import DataPaths
from regulate.services.app import Refused, Services


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


def test_a_pattern_keeps_the_command_lines_limits() -> None:
    pattern = own_pattern("  Evening\nwind-down ", (4, 2, 6, 0))
    assert (pattern.id, pattern.name) == ("own-evening-wind-down", "Evening wind-down")
    assert pattern.breaths_per_minute == pytest.approx(5.0)
    with pytest.raises(PatternError, match="at most 10 seconds"):
        own_pattern("Too long", (4, 12, 4, 0))
    with pytest.raises(PatternError, match="at least 3 seconds"):
        own_pattern("Too quick", (1, 0, 1, 0))
    with pytest.raises(PatternError, match="half a second"):
        own_pattern("Odd", (4.2, 0, 6, 0))
    with pytest.raises(PatternError, match="name"):
        own_pattern("   ", (4, 0, 6, 0))


def test_the_file_round_trips_and_a_bad_entry_is_left_out_not_the_rest() -> None:
    text = own_patterns_text([own_pattern("A", (4, 0, 6, 0)), own_pattern("B", (4, 4, 4, 4))])
    patterns, problems = own_patterns_from_text(text)
    assert [p.name for p in patterns] == ["A", "B"]
    assert problems == []
    document = json.loads(text)
    document["patterns"].append({"name": "C", "seconds": [4, 30, 4, 0]})
    document["patterns"].append("nonsense")
    patterns, problems = own_patterns_from_text(json.dumps(document))
    assert [p.name for p in patterns] == ["A", "B"]
    assert len(problems) == 2
    assert problems[0].startswith("C: the hold must be at most 10 seconds")
    assert own_patterns_from_text("{broken") == ([], ["the file of your own patterns is damaged"])


def test_saved_patterns_are_listed_and_survive_a_restart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = Services(DataPaths(tmp_path))
    saved = services.save_own_pattern("Slow evening", (4, 2, 6, 0))
    assert saved in services.catalogue.patterns
    assert services.catalogue.patterns[-1] == saved  # after the built-in ones
    code = main(["--data-dir", str(tmp_path), "patterns", "--json"])  # a new run: a restart
    listed = json.loads(capsys.readouterr().out)
    assert code == 0
    mine = next(p for p in listed if p["id"] == "own-slow-evening")
    assert mine["name"] == "Slow evening"
    assert mine["breaths_per_minute"] == 5.0
    assert [p["seconds"] for p in mine["phases"]] == [4.0, 2.0, 6.0]
    again = Services(DataPaths(tmp_path))
    assert again.catalogue.pattern("own-slow-evening") == saved
    assert (tmp_path / "patterns.json").stat().st_mode & 0o077 == 0


def test_changing_removing_and_refusing(tmp_path: Path) -> None:
    services = Services(DataPaths(tmp_path))
    first = services.save_own_pattern("Mine", (4, 0, 6, 0))
    changed = services.save_own_pattern("Mine, longer", (5, 0, 7, 0), replaces=first.id)
    assert [p.name for p in services.catalogue.own_patterns] == ["Mine, longer"]
    with pytest.raises(Refused, match="at most 10 seconds"):
        services.save_own_pattern("Held", (4, 11, 4, 0))
    services.remove_own_pattern(changed.id)
    assert services.catalogue.own_patterns == ()
    assert Services(DataPaths(tmp_path)).catalogue.own_patterns == ()


def test_delete_all_removes_them(tmp_path: Path) -> None:
    services = Services(DataPaths(tmp_path))
    services.save_own_pattern("Mine", (4, 0, 6, 0))
    services.delete_everything()
    assert not (tmp_path / "patterns.json").exists()
    assert services.catalogue.own_patterns == ()
