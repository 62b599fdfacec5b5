"""Grounding exercise files: the built-ins, the person's own, and clear word on broken ones."""

from __future__ import annotations

import json
import math
import os
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regulate.cli import main
from regulate.content.assets import asset_path
from regulate.content.exercises import (
    MAX_FILE_BYTES,
    MAX_FILES,
    Loaded,
    Problem,
    builtin_exercises,
    exercise_dict,
    load_exercises,
    parse_exercise,
)
from regulate.core.exercises import PACER_HARD_CAP, Exercise, InputKind, Step, tap_at
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


# -- files that try to knock the loader over ----------------------------------------------------


def _load_within(folder: Path, seconds: float = 20.0) -> Loaded:
    """load_exercises, failing the test instead of hanging when a file blocks the read."""
    result: list[Loaded] = []
    worker = threading.Thread(target=lambda: result.append(load_exercises(folder)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, "loading the exercises hung"
    return result[0]


def _only_problem(loaded: Loaded) -> Problem:
    assert len(loaded.exercises) == len(builtin_exercises()) + 1  # the good file still loads
    (problem,) = loaded.problems
    return problem


def test_a_fifo_a_folder_and_a_link_to_dev_zero_are_skipped_by_name(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.toml")
    (tmp_path / "folder.toml").mkdir()
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    loaded = _load_within(tmp_path)
    assert loaded.find("my-walk") is not None
    found = {problem.file: problem.message for problem in loaded.problems}
    assert set(found) == {"pipe.toml", "folder.toml", "zero.toml"}
    assert "pipe" in found["pipe.toml"]
    assert "folder" in found["folder.toml"]
    assert "device" in found["zero.toml"]


def test_a_link_to_a_good_file_still_loads(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "walk.txt").write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "walk.toml").symlink_to(elsewhere / "walk.txt")
    assert load_exercises(folder).find("my-walk") is not None


def test_a_file_one_byte_too_large_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    body = GOOD.replace("my-walk", "big")
    (tmp_path / "big.toml").write_text(body + "#" * (MAX_FILE_BYTES - len(body)) + "\n")
    assert (tmp_path / "big.toml").stat().st_size == MAX_FILE_BYTES + 1
    problem = _only_problem(load_exercises(tmp_path))
    assert problem.file == "big.toml"
    assert "too large" in problem.message


@pytest.mark.parametrize(
    "nested",
    [
        "[" * 5000 + "]" * 5000,
        "{a = " * 5000 + "1" + "}" * 5000,
    ],
)
def test_deep_nesting_is_a_problem_with_its_line_never_a_crash(tmp_path: Path, nested: str) -> None:
    (tmp_path / "good.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "deep.toml").write_text(f'id = "deep"\ntitle = "D"\n\nzones = {nested}\n')
    problem = _only_problem(load_exercises(tmp_path))
    assert (problem.file, problem.line) == ("deep.toml", 4)
    assert "nested too deeply" in problem.message


def test_exercises_json_survives_a_deeply_nested_file(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = data_dir / "exercises"
    folder.mkdir(parents=True)
    (folder / "deep.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert main(["--data-dir", str(data_dir), "exercises", "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == len(builtin_exercises())
    assert "deep.toml: line 1: the lists or tables are nested too deeply" in err


HOSTILE = "\u202eevil\u202c \x1b[2Jcleared\x07 \u2066iso\u2069 \x85c1 tab\there"


def test_control_and_bidi_characters_are_removed_from_every_text(tmp_path: Path) -> None:
    text = (
        f'id = "hostile"\ntitle = "{_toml(HOSTILE)}"\nsummary = "{_toml(HOSTILE)}"\n'
        f'caution = "{_toml(HOSTILE)}"\nzones = ["hypo"]\nsources = ["{_toml(HOSTILE)}"]\n'
        f'[[steps]]\ntext = "{_toml(HOSTILE)}"\ninput = "list"\nprompt = "{_toml(HOSTILE)}"\n'
    )
    result = parse_exercise(text, "hostile.toml", "hostile.toml")
    assert not isinstance(result, Problem), result
    shown = [result.title, result.summary, result.caution, *result.sources]
    shown += [result.steps[0].text, result.steps[0].prompt]
    for each in shown:
        assert each == "evil [2Jcleared iso c1 tab here"  # the escape itself is gone


def _toml(text: str) -> str:
    """``text`` as the inside of a TOML basic string."""
    return "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04x}" for c in text)


def test_a_file_name_with_control_characters_is_shown_safely(tmp_path: Path) -> None:
    (tmp_path / "evil\x1b[2J\u202e.toml").write_text("id = \n", encoding="utf-8")
    (problem,) = load_exercises(tmp_path).problems
    assert problem.file == "evil?[2J?.toml"


@pytest.mark.parametrize(
    ("line", "key_line", "words"),
    [
        (f'title = "{"t" * 121}"', 2, "'title' can be at most 120 characters; this one has 121"),
        (f'summary = "{"s" * 301}"', 2, "'summary' can be at most 300"),
        (f'caution = "{"c" * 601}"', 2, "'caution' can be at most 600"),
        ("minutes = nan", 2, "'minutes' must be a number above 0 and at most 240; nan"),
        ("minutes = inf", 2, "'minutes' must be a number above 0 and at most 240; inf"),
        ("minutes = -inf", 2, "'minutes' must"),
        ("minutes = 1e308", 2, "'minutes' must"),
        ('id = "my-walk\\n"', 2, "'id' must"),
        ("sources = [" + '"s",' * 21 + "]", 2, "at most 20"),
    ],
)
def test_sizes_numbers_and_ids_are_checked(line: str, key_line: int, words: str) -> None:
    base = 'zones = ["hypo"]\n[[steps]]\ntext = "x"\nseconds = 5\n'
    if not line.startswith("title"):
        base = 'title = "T"\n' + base
    text = ('id = "a"\n' if not line.startswith("id") else "") + line + "\n" + base
    if line.startswith("id"):
        text = "\n" + text  # the id on line 2 as well
    result = parse_exercise(text, "x.toml", "x.toml")
    assert isinstance(result, Problem), result
    assert result.line == key_line
    assert words in result.message


@pytest.mark.parametrize("seconds", ["nan", "inf", "-inf"])
def test_a_step_of_nan_or_infinite_seconds_is_refused(seconds: str) -> None:
    text = f'id = "a"\ntitle = "T"\nzones = ["hypo"]\n[[steps]]\ntext = "x"\nseconds = {seconds}\n'
    result = parse_exercise(text, "x.toml", "x.toml")
    assert isinstance(result, Problem)
    assert result.line == 6
    assert result.message.startswith("step 1: 'seconds' must be more than 0")


def test_a_step_text_too_long_names_its_step_and_line() -> None:
    text = f'id = "a"\ntitle = "T"\nzones = ["hypo"]\n[[steps]]\ntext = "{"w" * 1001}"\n'
    result = parse_exercise(text, "x.toml", "x.toml")
    assert isinstance(result, Problem)
    assert result.line == 5
    assert "step 1: 'text' can be at most 1000 characters" in result.message


def test_exercises_json_is_strict_json_for_every_exercise(tmp_path: Path) -> None:
    (tmp_path / "walk.toml").write_text(GOOD.replace("[[steps]]", "minutes = 2.5\n[[steps]]", 1))
    loaded = load_exercises(tmp_path)
    text = json.dumps([exercise_dict(e) for e in loaded.exercises], allow_nan=False)
    assert "NaN" not in text
    assert "Infinity" not in text


def test_exercise_dict_never_holds_nan_even_for_a_hand_made_exercise() -> None:
    made = Exercise(
        id="x",
        title="X",
        summary="",
        zones=frozenset({Zone.HYPO}),
        steps=(Step(text="s", seconds=math.nan),),
        minutes=math.inf,
    )
    json.dumps(exercise_dict(made), allow_nan=False)  # raises ValueError on NaN or Infinity


def test_too_many_files_are_reported_not_all_read(tmp_path: Path) -> None:
    for number in range(MAX_FILES + 3):
        (tmp_path / f"f{number:04d}.toml").write_text(GOOD.replace("my-walk", f"w{number}"))
    loaded = load_exercises(tmp_path)
    assert len(loaded.exercises) == len(builtin_exercises()) + MAX_FILES
    (problem,) = loaded.problems
    assert "3 more were skipped" in problem.message


def test_pattern_dict_never_holds_nan() -> None:
    from dataclasses import replace

    from regulate.content.patterns import builtin_patterns, pattern_dict

    odd = replace(builtin_patterns()[0], default_minutes=math.nan)
    assert pattern_dict(odd)["default_minutes"] is None
    json.dumps([pattern_dict(p) for p in builtin_patterns()], allow_nan=False)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"x = " + b"[" * 5000 + b"]" * 5000, "line 1: the lists or tables are nested too deeply"),
        (b"\xff\xfe", "not UTF-8"),
        (b"x = ", "not valid TOML"),
    ],
)
def test_a_damaged_data_file_is_a_content_error_naming_it(
    tmp_path: Path, data: bytes, words: str
) -> None:
    from regulate.content.assets import ContentError, parse_toml, read_text_file

    path = tmp_path / "lines.toml"
    path.write_bytes(data)
    with pytest.raises(ContentError, match=words) as caught:
        parse_toml(read_text_file(path, 1 << 20), path.name)
    assert str(caught.value).startswith("lines.toml: ")
