"""The journal's latest weeks, read by the time index, with what the whole journal holds."""

from __future__ import annotations

from pathlib import Path

from regulate.core.entries import CheckIn, Moment
from regulate.core.scales import Window
from regulate.storage.journal import Journal
from regulate.storage.series import LATEST_SECONDS, read_latest, read_series

NOW = 1_790_000_000
DAY = 86_400


def test_measures_seen_only_long_ago_still_count_for_the_whole(tmp_path: Path) -> None:
    old = [CheckIn(f"o{n}", Moment(NOW - (300 - n) * DAY), Window(3, 7), mood=3) for n in range(5)]
    new = [CheckIn(f"n{n}", Moment(NOW - n * DAY), Window(3, 7), arousal=5) for n in range(10)]
    with Journal.open(tmp_path / "journal.db") as journal:
        journal.import_records(old + new, [])
        assert journal.ends("checkins") == (NOW - 300 * DAY, NOW)
        assert journal.ends("sessions") == (None, None)
        assert journal.has_values("checkins", "mood")
        assert not journal.has_values("checkins", "suds")
        part = read_latest(journal)
        whole = read_series(journal)
    assert part.whole is not None
    assert part.whole.read_from == NOW - LATEST_SECONDS
    assert part.whole.first == NOW - 300 * DAY
    assert (part.whole.arousal, part.whole.mood, part.whole.suds, part.whole.sessions) == (
        True,
        True,
        False,
        False,
    )
    assert part.checkins.epoch == whole.checkins.epoch[5:]
    assert all(m is None for m in part.checkins.mood)


def test_an_empty_journal_is_read_whole(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.db") as journal:
        part = read_latest(journal)
    assert part.whole is None
    assert part.checkins.epoch == []
