"""`regulate help` and severity in `regulate suggest` and `regulate log`, as a person at a
terminal meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regulate.cli import main
from regulate.content.patterns import builtin_patterns
from regulate.content.suggestions import builtin_tags
from regulate.core.entries import ItemKind

Capture = pytest.CaptureFixture[str]


def _help(capsys: Capture, monkeypatch: pytest.MonkeyPatch, data: Path, *args: str) -> dict:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["--data-dir", str(data), "help", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _numbers(document: dict) -> str:
    return json.dumps(document)


def test_the_uk_gets_999_and_samaritans_and_never_us_numbers(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    page = _help(capsys, monkeypatch, data_dir, "--country", "GB")
    assert page["emergency"] == "999"
    contacts = [c["value"] for line in page["lines"] for c in line["contacts"]]
    assert "116 123" in contacts
    local = json.dumps(page["lines"]) + str(page["emergency"])
    assert "988" not in local
    assert "911" not in local


@pytest.mark.parametrize(
    ("country", "number"),
    [("DE", "0800 111 0 111"), ("AT", "142"), ("CH", "143"), ("NZ", "1737"), ("IE", "116 123")],
)
def test_each_country_gets_its_national_line(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, data_dir: Path, country: str, number: str
) -> None:
    page = _help(capsys, monkeypatch, data_dir, "--country", country)
    contacts = [c["value"] for line in page["lines"] for c in line["contacts"]]
    assert number in contacts
    assert not page["needs_choice"]
    if country == "IE":
        emails = [
            c["value"] for line in page["lines"] for c in line["contacts"] if c["kind"] == "email"
        ]
        assert emails
        assert all(email.endswith("@samaritans.ie") for email in emails)


def test_with_a_c_locale_and_no_country_it_says_how_to_choose(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["--data-dir", str(data_dir), "help"]) == 0
    out = capsys.readouterr().out
    assert "regulate help --country" in out
    assert main(["--data-dir", str(data_dir), "help", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["needs_choice"] is True


def test_an_unknown_country_still_shows_what_there_is(capsys: Capture, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "help", "--country", "XX", "--json"]) == 0
    out, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert "XX" in err
    page = json.loads(out)
    assert page["needs_choice"] is True
    assert page["worldwide"]


def _journal_that_loves_holds_and_imagery(data_dir: Path) -> None:
    """A record where 4-7-8 and imagery helped a lot: still never offered when it is severe."""
    rows = []
    for n in range(6):
        for kind, item in (("pattern", "4-7-8"), ("exercise", "calm-place"), ("pattern", "box")):
            rows.append(
                {
                    "uid": f"s-{item}-{n}",
                    "at": f"2026-0{1 + n}-10T10:00:00+00:00",
                    "kind": kind,
                    "item": item,
                    "seconds": 300,
                    "suds_before": 9,
                    "suds_after": 2,
                    "completed": True,
                    "source": "app",
                }
            )
    export = {"format": "regulate-journal", "version": 1, "checkins": [], "sessions": rows}
    source = data_dir.parent / "loved.json"
    source.write_text(json.dumps(export), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source)]) == 0


@pytest.mark.parametrize(("arousal", "suds"), [("9", "10"), ("0", "9"), ("10", "3")])
def test_a_severe_moment_is_never_offered_holds_or_imagery(
    capsys: Capture, data_dir: Path, arousal: str, suds: str
) -> None:
    _journal_that_loves_holds_and_imagery(data_dir)
    capsys.readouterr()
    code = main(
        ["--data-dir", str(data_dir), "suggest", "--arousal", arousal, "--suds", suds, "--json"]
    )
    assert code == 0
    offered = json.loads(capsys.readouterr().out)
    assert offered
    holds = {
        p.id
        for p in builtin_patterns()
        if any(ph.kind.value in ("hold", "rest") and ph.seconds for ph in p.phases)
    }
    tags = builtin_tags()
    for item in offered:
        if item["kind"] == "pattern":
            assert item["id"] not in holds, item
        else:
            assert not tags.get((ItemKind.EXERCISE, item["id"]), {}).get("imagery", False), item


def test_log_points_to_help_at_the_hardest_moments(capsys: Capture, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "6", "--suds", "9"]) == 0
    assert "regulate help" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "log", "--arousal", "5", "--suds", "3"]) == 0
    assert "regulate help" not in capsys.readouterr().out


def test_the_safety_plan_is_in_the_json_export(capsys: Capture, data_dir: Path) -> None:
    from regulate.paths import data_paths
    from regulate.storage.safety import SafetyPlan

    paths = data_paths(data_dir).ensure()
    SafetyPlan(warning_signs="I stop sleeping", reasons_for_living="my sister").save(
        paths.safety_plan
    )
    assert main(["--data-dir", str(data_dir), "export", "--format", "json"]) == 0
    plan = json.loads(capsys.readouterr().out)["safety_plan"]
    assert plan["warning_signs"] == "I stop sleeping"
    assert plan["reasons_for_living"] == "my sister"
