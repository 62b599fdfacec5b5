"""Grounding exercise files: the built-ins, the person's own, and clear word on broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regulate.cli import main
from regulate.content.assets import asset_path
from regulate.content.exercises import (
    Problem,
    builtin_exercises,
    exercise_dict,
    load_exercises,
    parse_exercise,
)
from regulate.core.exercises import PACER_HARD_CAP, InputKind, tap_at
from regulate.core.scales import Zone

GOOD = """id = "my-walk"
title = "A slow walk"
summary = "Walk and notice each step."
zones = ["hypo", "window"]

[[steps]]
text = "Stand up."

[[steps]]
text = "Walk slowly and feel each foot land."
seconds = 60
"""


def test_the_built_ins_cover_what_the_brief_asks_for() -> None:
    exercises = {e.id: e for e in builtin_exercises()}
    assert len(exercises) >= 8
    assert {
        "54321",
        "butterfly-hug",
        "orienting",
        "pmr",
        "feet-on-floor",
        "cold-water",
        "categories",
        "calm-place",
        "containment",
    } <= set(exercises)
    assert all(len(e.steps) >= 2 for e in exercises.values())
    assert any(Zone.HYPER in e.zones for e in exercises.values())
    assert any(Zone.HYPO in e.zones for e in exercises.values())


def test_54321_asks_for_five_four_three_two_one_things() -> None:
    steps = next(e for e in builtin_exercises() if e.id == "54321").steps
    counts = [s.count for s in steps if s.input is InputKind.LIST]
    assert counts == [5, 4, 3, 2, 1]


def test_cold_water_carries_its_caution_and_is_only_for_hyperarousal() -> None:
    cold = next(e for e in builtin_exercises() if e.id == "cold-water")
    assert cold.zones == frozenset({Zone.HYPER})
    assert "heart" in cold.caution
    assert "10 °C" in cold.caution


def test_the_butterfly_hug_has_a_pacer_and_never_claims_to_be_emdr() -> None:
    hug = next(e for e in builtin_exercises() if e.id == "butterfly-hug")
    assert hug.has_pacer
    assert "not EMDR" in hug.caution


def test_pmr_steps_alternate_short_tensing_and_longer_letting_go() -> None:
    pmr = next(e for e in builtin_exercises() if e.id == "pmr")
    timed = [s.seconds for s in pmr.steps if s.seconds is not None]
    assert timed[0::2] == [5.0] * (len(timed) // 2)
    assert all(release >= 10 for release in timed[1::2])


def test_a_good_file_of_ones_own_loads_beside_the_built_ins(tmp_path: Path) -> None:
    (tmp_path / "walk.toml").write_text(GOOD, encoding="utf-8")
    loaded = load_exercises(tmp_path)
    assert loaded.problems == ()
    walk = loaded.find("my-walk")
    assert walk is not None
    assert walk.origin == "walk.toml"
    assert len(loaded.exercises) == len(builtin_exercises()) + 1


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('id = "a"\ntitle = "A"\nzones = ["hyper"\n', 4, "not valid TOML"),
        ('id = "a"\nzones = ["hyper"]\n[[steps]]\ntext = "x"\n', 1, "'title' is missing"),
        ('id = "a"\ntitle = "A"\nzones = ["calm"]\n[[steps]]\ntext = "x"\n', 3, "unknown zone"),
        ('id = "a"\ntitle = "A"\nzones = ["hypo"]\n', 1, "at least one [[steps]]"),
        (
            'id = "a"\ntitle = "A"\nzones = ["hypo"]\n[[steps]]\ntext = "x"\n'
            '[[steps]]\ntext = "y"\nseconds = -5\n',
            8,
            "'seconds' must be more than 0",
        ),
        ('id = "A B"\ntitle = "A"\nzones = ["hypo"]\n[[steps]]\ntext = "x"\n', 1, "'id' must"),
        (
            'id = "a"\ntitle = "A"\nzones = ["hypo"]\n[[steps]]\nseconds = 3\n',
            4,
            "'text' is missing",
        ),
        (
            'id = "a"\ntitle = "A"\nzones = ["hypo"]\n[[steps]]\ntext = "x"\ninput = "draw"\n',
            6,
            "'input' must be",
        ),
    ],
)
def test_a_broken_file_is_named_with_its_line_and_what_is_wrong(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    (tmp_path / "mine.toml").write_text(text, encoding="utf-8")
    loaded = load_exercises(tmp_path)
    assert len(loaded.exercises) == len(builtin_exercises())
    (problem,) = loaded.problems
    assert (problem.file, problem.line) == ("mine.toml", line)
    assert words in problem.message


def test_a_duplicate_id_is_refused_and_the_first_one_kept(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "c.toml").write_text(GOOD.replace('"my-walk"', '"pmr"'), encoding="utf-8")
    loaded = load_exercises(tmp_path)
    assert [e.origin for e in loaded.exercises if e.id == "my-walk"] == ["a.toml"]
    assert {p.file for p in loaded.problems} == {"b.toml", "c.toml"}
    assert all(p.line == 1 and "already used" in p.message for p in loaded.problems)


def test_binary_junk_and_unreadable_files_are_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "junk.toml").write_bytes(b"\xff\xfe\x00\x01junk")
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    loaded = load_exercises(tmp_path)
    assert loaded.find("my-walk") is not None
    assert [p.file for p in loaded.problems] == ["junk.toml"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_becomes_an_exercise_or_a_problem_never_a_crash(text: str) -> None:
    result = parse_exercise(text, "fuzz.toml", "fuzz.toml")
    if isinstance(result, Problem):
        assert result.line >= 1
        assert result.message


def test_the_json_shape_is_stable() -> None:
    shape = exercise_dict(builtin_exercises()[0])
    assert set(shape) >= {"id", "title", "zones", "steps"}
    assert all("text" in step for step in shape["steps"])


def test_the_tap_rhythm_alternates_softly_and_never_exceeds_two_a_second() -> None:
    taps = [tap_at(t / 100, 1.0) for t in range(400)]
    assert [t.left for t in taps[::100]] == [True, False, True, False]
    assert max(t.strength for t in taps) <= 1.0
    assert taps[0].strength == 0.0  # each tap fades in from nothing: no hard flash
    fast = [tap_at(t / 100, 50.0).count for t in range(100)]
    assert max(fast) + 1 <= PACER_HARD_CAP


def test_built_in_files_are_where_the_docs_say() -> None:
    folder = asset_path("exercises", "grounding")
    assert (folder / "54321.toml").is_file()


# -- the command line ---------------------------------------------------------------------------


def test_exercises_json_lists_at_least_eight_with_zones_and_steps(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "exercises", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) >= 8
    assert all(e["zones"] and len(e["steps"]) >= 2 for e in listed)


def test_a_copied_file_is_listed_and_a_broken_one_reported_on_stderr(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "exercises"
    folder.mkdir(parents=True)
    copy = asset_path("exercises", "grounding", "orienting.toml").read_text(encoding="utf-8")
    (folder / "mine.toml").write_text(copy.replace('id = "orienting"', 'id = "my-orienting"'))
    (folder / "broken.toml").write_text('id = "b"\ntitle = "B"\nzones = ["x"]\n')
    assert main(["--data-dir", str(data_dir), "exercises", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "my-orienting" in [e["id"] for e in json.loads(out)]
    assert "broken.toml: line 3:" in err
    assert "Traceback" not in err


def test_ground_with_an_unknown_id_is_a_usage_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "ground", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "54321" in err


def test_doctor_names_the_exercise_folder_and_its_problems(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "exercises"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("id = \n")
    assert main(["--data-dir", str(data_dir), "doctor"]) == 0
    out = capsys.readouterr().out
    assert str(folder) in out
    assert "broken.toml: line 1" in out
