"""Heartbeats in the JSON export, and back in with the sessions an import adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regulate.core.entries import Finished, ItemKind
from regulate.paths import data_paths
from regulate.services import ServiceError, Services
from regulate.storage.exchange import ExchangeError, parse_json, to_json


def test_the_export_holds_the_heartbeats_and_an_import_brings_them_back(
    tmp_path: Path,
) -> None:
    first = Services(data_paths(tmp_path / "one"))
    session = first.record(Finished(ItemKind.PATTERN, "resonance", 300.0, True))
    assert session is not None
    first.keep_heartbeats(session, [812.5, 830.0, 799.0])
    first.record(Finished(ItemKind.PATTERN, "box", 120.0, True))  # no heartbeats
    text, _, sessions = first.export_text("json")
    assert sessions == 2
    document = json.loads(text)
    assert document["heartbeats"] == {session.uid: [812.5, 830.0, 799.0]}
    assert "heartbeats" not in first.export_text("csv")[0]

    out = tmp_path / "export.json"
    out.write_text(text, encoding="utf-8")
    second = Services(data_paths(tmp_path / "two"))
    result = second.import_file(out)
    assert result.counts.sessions_added == 2
    assert second.heartbeats(session.uid) == [812.5, 830.0, 799.0]
    again = second.import_file(out)  # nothing new: nothing doubled, nothing replaced
    assert again.counts.sessions_added == 0
    assert second.heartbeats(session.uid) == [812.5, 830.0, 799.0]


def test_an_export_without_heartbeats_still_reads_and_bad_ones_are_refused() -> None:
    text = to_json([], [])
    assert "heartbeats" not in json.loads(text)
    assert parse_json(text, "old.json").heartbeats == {}
    document = json.loads(text)
    document["heartbeats"] = {"nobody": [800.0]}
    with pytest.raises(ExchangeError, match="not in the file"):
        parse_json(json.dumps(document), "x.json")
    document["heartbeats"] = [1, 2]
    with pytest.raises(ExchangeError, match="must map"):
        parse_json(json.dumps(document), "x.json")


def test_implausible_beats_are_refused_and_nothing_is_imported(tmp_path: Path) -> None:
    first = Services(data_paths(tmp_path / "one"))
    session = first.record(Finished(ItemKind.PATTERN, "resonance", 300.0, True))
    assert session is not None
    document = json.loads(first.export_text("json")[0])
    document["heartbeats"] = {session.uid: [800.0, -3]}
    out = tmp_path / "bad.json"
    out.write_text(json.dumps(document), encoding="utf-8")
    second = Services(data_paths(tmp_path / "two"))
    with pytest.raises(ServiceError, match="RR intervals between"):
        second.import_file(out)
    assert second.sessions() == []
