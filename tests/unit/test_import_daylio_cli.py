"""`regulate import --from daylio`: all or nothing, custom moods refused until mapped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regulate.cli import main

EXPORT = (
    "\ufefffull_date,date,weekday,time,mood,activities,note_title,note\r\n"
    "2026-11-20,November 20,Friday,8:05 pm,rad,work | walk,,A good day ✨\r\n"
    '2026-11-21,November 21,Saturday,09:10,super,,Title,"Line one<br>line two"\r\n'
    "2026-11-22,November 22,Sunday,07:00,so-so,,,\r\n"
)


def export(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, list[dict[str, object]]]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "export", "--format", "json"]) == 0
    result: dict[str, list[dict[str, object]]] = json.loads(capsys.readouterr().out)
    return result


def test_unmapped_moods_are_named_with_counts_and_nothing_is_imported(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_bytes(EXPORT.encode("utf-8"))
    assert main(["--data-dir", str(data_dir), "import", str(source), "--from", "daylio"]) == 1
    err = capsys.readouterr().err
    assert '"super" (1 entry)' in err
    assert '"so-so" (1 entry)' in err
    assert "Traceback" not in err
    assert export(data_dir, capsys)["checkins"] == []


def test_mapped_moods_import_once_with_tags_notes_and_local_times(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_bytes(EXPORT.encode("utf-8"))
    command = [
        "--data-dir",
        str(data_dir),
        "import",
        str(source),
        "--from",
        "daylio",
        "--mood-map",
        "super=5,so-so=3",
    ]
    assert main(command) == 0
    assert "Imported 3 check-ins" in capsys.readouterr().out
    assert main(command) == 0
    assert "Imported 0 check-ins" in capsys.readouterr().out
    checkins = export(data_dir, capsys)["checkins"]
    assert [c["mood"] for c in checkins] == [5, 5, 3]
    assert checkins[0]["tags"] == ["work", "walk"]
    assert checkins[0]["note"] == "A good day ✨"
    assert checkins[1]["note"] == "Title\n\nLine one\nline two"
    assert all(c["arousal"] is None and c["source"] == "daylio" for c in checkins)
    assert str(checkins[0]["at"]).startswith("2026-11-20T20:05:00")


def test_a_mood_map_without_daylio_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "x.json"
    source.write_text("{}", encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "import", str(source), "--mood-map", "a=1"]) == 2


def test_a_bad_mood_map_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "daylio.csv"
    source.write_bytes(EXPORT.encode("utf-8"))
    code = main(
        [
            "--data-dir",
            str(data_dir),
            "import",
            str(source),
            "--from",
            "daylio",
            "--mood-map",
            "super=9",
        ]
    )
    assert code == 2
    assert capsys.readouterr().err.startswith("regulate: --mood-map")
