"""The safety plan: the six Stanley & Brown steps plus reasons for living, old files still load."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from regulate.storage.safety import PLAN_PARTS, Contact, SafetyError, SafetyPlan


def test_the_plan_has_the_six_steps_and_reasons_for_living() -> None:
    assert PLAN_PARTS == (
        "warning_signs",
        "what_helps",
        "people_and_places",
        "people_to_ask",
        "professionals",
        "safe_surroundings",
        "reasons_for_living",
    )


def test_a_plan_round_trips_privately(tmp_path: Path) -> None:
    path = tmp_path / "safety-plan.json"
    plan = SafetyPlan(
        contacts=[Contact("Sam", "07700 900123")],
        people_to_ask="My sister",
        safe_surroundings="Give the pills to Sam to keep",
        reasons_for_living="My dog, Ana",
    )
    plan.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert SafetyPlan.load(path) == plan
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2


def test_an_old_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "safety-plan.json"
    old = {
        "contacts": [{"name": "Sam", "how": "07700 900123"}],
        "warning_signs": "Not sleeping",
        "what_helps": "A walk",
        "people_and_places": "The library",
        "professionals": "Dr Lee",
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    plan = SafetyPlan.load(path)
    assert plan.contacts == [Contact("Sam", "07700 900123")]
    assert plan.what_helps == "A walk"
    assert plan.people_and_places == "The library"
    assert plan.people_to_ask == ""
    assert plan.reasons_for_living == ""


def test_other_names_for_the_parts_are_understood() -> None:
    plan = SafetyPlan.from_dict({"distractions": "Music", "reasons": "My kids", "x": 1})
    assert plan.people_and_places == "Music"
    assert plan.reasons_for_living == "My kids"


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"contacts": 3}'])
def test_a_broken_file_gives_an_empty_plan(tmp_path: Path, text: str) -> None:
    path = tmp_path / "safety-plan.json"
    path.write_text(text, encoding="utf-8")
    assert SafetyPlan.load(path).is_empty()


def test_a_plan_that_cannot_be_saved_says_so_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(SafetyError, match="could not save"):
        SafetyPlan(warning_signs="x").save(tmp_path / "missing" / "plan.json")
