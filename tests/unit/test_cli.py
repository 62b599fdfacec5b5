"""The `regulate` command line: exit codes, one-line refusals, and the export/import journey."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from regulate import __version__
from regulate.cli import main
from regulate.storage.migrations import LATEST_VERSION

NOTE = "Ça va — pas vraiment 😬 日本語\nzweite Zeile"
#: What main() says when it catches an exception nobody anticipated, i.e. a bug.
BUG_MESSAGE = "something unexpected went wrong"


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    """main() tightens the umask for the whole process; give the next test its own back."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def export_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "export", "--format", "json")
    assert (code, err) == (0, "")
    return out


def assert_one_line_refusal(err: str) -> None:
    assert err.startswith("regulate: ")
    assert err.endswith("\n")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def log(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> str:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "log", *args)
    assert (code, err) == (0, "")
    return out


# -- basics --------------------------------------------------------------------------------


def test_version_prints_the_version_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"regulate {__version__}"


@pytest.mark.parametrize(
    ("arousal", "word"), [("9", "above"), ("2", "below"), ("5", "within"), ("3", "within")]
)
def test_log_saves_and_says_the_zone(
    capsys: pytest.CaptureFixture[str], data_dir: Path, arousal: str, word: str
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "log", "--arousal", arousal)
    assert (code, err) == (0, "")
    assert out.startswith("Saved.")
    assert word in out
    assert out.count("\n") == 1
    entries = json.loads(export_json(capsys, data_dir))["checkins"]
    assert [(entry["arousal"], entry["source"]) for entry in entries] == [(int(arousal), "cli")]


def test_log_keeps_every_field_and_the_given_time_with_its_offset(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    log(
        capsys,
        data_dir,
        "--arousal",
        "8",
        "--suds",
        "6",
        "--mood",
        "2",
        "--note",
        NOTE,
        "--at",
        "2026-11-25T17:05:00+01:00",
    )
    [entry] = json.loads(export_json(capsys, data_dir))["checkins"]
    assert entry["at"] == "2026-11-25T17:05:00+01:00"
    assert (entry["arousal"], entry["suds"], entry["mood"]) == (8, 6, 2)
    assert (entry["window_low"], entry["window_high"], entry["zone"]) == (3, 7, "hyper")
    assert entry["note"] == NOTE


def test_log_uses_the_window_from_the_settings_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.json").write_text(json.dumps({"window_low": 5, "window_high": 9}))
    out = log(capsys, data_dir, "--arousal", "4")
    assert "below" in out
    assert "5 to 9" in out
    [entry] = json.loads(export_json(capsys, data_dir))["checkins"]
    assert (entry["window_low"], entry["window_high"], entry["zone"]) == (5, 9, "hypo")


@pytest.mark.parametrize(
    "args",
    [
        ["log", "--arousal", "11"],
        ["log", "--arousal", "-1"],
        ["log", "--arousal", "x"],
        ["log", "--arousal", "5.5"],
        ["log", "--arousal", ""],
        ["log", "--arousal", "5", "--suds", "11"],
        ["log", "--arousal", "5", "--mood", "0"],
        ["log", "--arousal", "5", "--mood", "6"],
        ["log", "--arousal", "5", "--at", "yesterday"],
        ["log", "--arousal", "5", "--at", "2026-02-30T10:00:00+01:00"],
        ["log"],
        ["log", "--suds", "3"],
        ["log", "--arousal", "5", "--colour", "blue"],
        ["frobnicate"],
        ["export"],
        ["export", "--format", "xml"],
        ["import"],
    ],
    ids=lambda args: " ".join(args) or "nothing",
)
def test_a_usage_mistake_exits_2_with_one_line_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: list[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), *args)
    assert code == 2
    assert out == ""
    assert_one_line_refusal(err)
    assert json.loads(export_json(capsys, data_dir))["checkins"] == []


def test_an_arousal_off_the_scale_is_explained_in_words(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _, _, err = run(capsys, "--data-dir", str(data_dir), "log", "--arousal", "11")
    assert "arousal" in err
    assert "0 to 10" in err


# -- import refusals ------------------------------------------------------------------------


def _bad_import_files(tmp_path: Path, good_export: str) -> dict[str, Path]:
    folder = tmp_path / "a folder"
    folder.mkdir()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    truncated = tmp_path / "truncated.json"
    truncated.write_text(good_export[: len(good_export) // 2], encoding="utf-8")
    wrong_column = tmp_path / "wrong.csv"
    wrong_column.write_text("record,uid,at,arousl\r\ncheckin,a,2026-01-01T00:00:00Z,5\r\n")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "regulate-journal", "version": 99}))
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    return {
        "missing": tmp_path / "does-not-exist.json",
        "folder": folder,
        "junk": junk,
        "truncated": truncated,
        "wrong-column": wrong_column,
        "newer": newer,
        "empty": empty,
    }


@pytest.mark.parametrize(
    "case", ["missing", "folder", "junk", "truncated", "wrong-column", "newer", "empty"]
)
def test_a_bad_import_exits_1_in_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, case: str
) -> None:
    log(capsys, data_dir, "--arousal", "6", "--note", NOTE, "--at", "2026-11-25T17:05:00+01:00")
    before = export_json(capsys, data_dir)
    other = tmp_path / "other-data"
    log(capsys, other, "--arousal", "2", "--at", "2026-11-26T09:00:00+00:00")
    source = _bad_import_files(tmp_path, export_json(capsys, other))[case]
    code, out, err = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 1
    assert out == ""
    assert_one_line_refusal(err)
    assert BUG_MESSAGE not in err
    assert source.name in err
    assert export_json(capsys, data_dir) == before


def test_an_import_with_text_that_cannot_be_stored_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "surrogate.json"
    document = {
        "format": "regulate-journal",
        "version": 1,
        "checkins": [
            {
                "uid": "x",
                "at": "2026-01-01T10:00:00+01:00",
                "arousal": 5,
                "window_low": 3,
                "window_high": 7,
                "source": "app",
                "note": "lone \ud800 half",
            }
        ],
    }
    source.write_text(json.dumps(document, ensure_ascii=True), encoding="ascii")
    log(capsys, data_dir, "--arousal", "6")
    before = export_json(capsys, data_dir)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code == 1
    assert_one_line_refusal(err)
    assert BUG_MESSAGE not in err
    assert export_json(capsys, data_dir) == before


def test_after_any_accepted_import_export_and_doctor_still_work(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "far-future.json"
    document = {
        "format": "regulate-journal",
        "version": 1,
        "checkins": [
            {
                "uid": "far",
                "at": "9999-12-31T23:30:00-01:00",
                "arousal": 5,
                "window_low": 3,
                "window_high": 7,
                "source": "app",
            }
        ],
    }
    source.write_text(json.dumps(document), encoding="utf-8")
    code, _, _ = run(capsys, "--data-dir", str(data_dir), "import", str(source))
    assert code in (0, 1)  # refusing the entry is fine; accepting it and then breaking is not
    export_code, _, export_err = run(
        capsys, "--data-dir", str(data_dir), "export", "--format", "json"
    )
    assert (export_code, export_err) == (0, "")
    doctor_code, _, doctor_err = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert (doctor_code, doctor_err) == (0, "")


def test_import_with_a_mood_map_but_not_from_daylio_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "x.json"
    source.write_text("{}")
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "import", str(source), "--mood-map", "rad=5"
    )
    assert code == 2
    assert_one_line_refusal(err)


# -- the whole journey -----------------------------------------------------------------------


def _log_a_day(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    log(
        capsys,
        data_dir,
        "--arousal",
        "9",
        "--suds",
        "8",
        "--note",
        NOTE,
        "--at",
        "2026-11-25T08:15:00+01:00",
    )
    log(capsys, data_dir, "--arousal", "2", "--mood", "2", "--at", "2026-11-25T14:00:00-05:00")
    log(
        capsys,
        data_dir,
        "--arousal",
        "5",
        "--mood",
        "4",
        "--note",
        "🌿 better",
        "--at",
        "2026-11-25T21:30:00+05:30",
    )


def test_export_import_export_gives_identical_entries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _log_a_day(capsys, first)
    exported = tmp_path / "journal.json"
    code, _, _ = run(
        capsys, "--data-dir", str(first), "export", "--format", "json", "--out", str(exported)
    )
    assert code == 0
    code, out, err = run(capsys, "--data-dir", str(second), "import", str(exported))
    assert (code, err) == (0, "")
    assert "Imported 3 check-ins" in out
    again = export_json(capsys, second)
    assert again == exported.read_text(encoding="utf-8")
    document = json.loads(again)
    # In UTC order: 07:15Z, 16:00Z, 19:00Z.
    assert [entry["note"] for entry in document["checkins"]] == [NOTE, "🌿 better", ""]
    assert [entry["zone"] for entry in document["checkins"]] == ["hyper", "window", "hypo"]


def test_the_journey_also_works_through_csv(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _log_a_day(capsys, first)
    exported = tmp_path / "journal.csv"
    run(capsys, "--data-dir", str(first), "export", "--format", "csv", "--out", str(exported))
    code, _, err = run(capsys, "--data-dir", str(second), "import", str(exported))
    assert (code, err) == (0, "")
    assert export_json(capsys, second) == export_json(capsys, first)


def test_importing_the_same_file_twice_adds_nothing_the_second_time(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _log_a_day(capsys, first)
    exported = tmp_path / "journal.json"
    exported.write_text(export_json(capsys, first), encoding="utf-8")
    run(capsys, "--data-dir", str(second), "import", str(exported))
    after_first = export_json(capsys, second)
    code, out, err = run(capsys, "--data-dir", str(second), "import", str(exported))
    assert (code, err) == (0, "")
    assert "Imported 0 check-ins and 0 sessions" in out
    assert "skipped 3" in out
    assert export_json(capsys, second) == after_first


def test_export_to_standard_output_matches_export_to_a_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _log_a_day(capsys, data_dir)
    out_file = tmp_path / "out.csv"
    run(capsys, "--data-dir", str(data_dir), "export", "--format", "csv", "--out", str(out_file))
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "export", "--format", "csv")
    assert code == 0
    assert out == out_file.read_bytes().decode("utf-8")


def test_export_out_writes_a_private_file_and_reports_on_stderr(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    log(capsys, data_dir, "--arousal", "5")
    out_file = tmp_path / "export.json"
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "export", "--format", "json", "--out", str(out_file)
    )
    assert code == 0
    assert out == ""
    assert "Exported 1 check-in and" in err
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600


def test_export_out_to_a_folder_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data_dir), "export", "--format", "json", "--out", str(tmp_path)
    )
    assert code == 2
    assert_one_line_refusal(err)


# -- doctor ------------------------------------------------------------------------------


def _doctor_lines(out: str) -> dict[str, str]:
    lines: dict[str, str] = {}
    for line in out.splitlines():
        label, _, value = line.strip().partition("  ")
        lines.setdefault(label, value.strip())
    return lines


def test_doctor_reports_integrity_schema_and_counts(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    _log_a_day(capsys, data_dir)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert (code, err) == (0, "")
    lines = _doctor_lines(out)
    assert lines["integrity"] == "ok"
    assert lines["schema version"] == str(LATEST_VERSION)
    assert lines["check-ins"].startswith("3 ")
    assert lines["sessions"] == "0"
    assert str(data_dir.absolute()) in lines["data folder"]
    assert "mode 700" in lines["data folder"]


def test_doctor_on_a_fresh_data_folder_creates_it_privately(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 0
    assert _doctor_lines(out)["check-ins"].startswith("0 ")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "journal.db").stat().st_mode) == 0o600


def test_doctor_on_a_damaged_journal_exits_1_in_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    (data_dir / "journal.db").write_bytes(bytes(range(256)) * 16)
    code, out, err = run(capsys, "--data-dir", str(data_dir), "doctor")
    assert code == 1
    assert out == ""
    assert_one_line_refusal(err)
    assert "damaged" in err
