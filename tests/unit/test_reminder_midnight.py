"""The reminder's grace period crosses midnight: a reminder at 23:50 missed because the
computer slept until 00:10 still shows, once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from regulate.core.reminder import LATE_GRACE, is_due, next_due, shown_for

LATE = time(23, 50)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


def test_a_reminder_missed_across_midnight_is_due_within_the_grace() -> None:
    woke = at(26, 0, 10)
    assert is_due(woke, LATE, date(2026, 11, 24))
    assert is_due(woke, LATE, None)
    assert shown_for(woke, LATE) == date(2026, 11, 25)  # it was the 25th's reminder


def test_once_shown_after_midnight_it_waits_for_that_evening() -> None:
    woke = at(26, 0, 10)
    shown = shown_for(woke, LATE)
    assert not is_due(woke, LATE, shown)
    assert not is_due(at(26, 1, 30), LATE, shown)
    assert next_due(woke, LATE, shown) == at(26, 23, 50)
    assert is_due(at(26, 23, 50), LATE, shown)  # and that evening's shows as usual


def test_past_the_grace_it_waits_for_the_next_time() -> None:
    late = at(25, 23, 50) + LATE_GRACE + timedelta(minutes=1)  # 01:51 on the 26th
    assert not is_due(late, LATE, date(2026, 11, 24))
    assert next_due(late, LATE, date(2026, 11, 24)) == at(26, 23, 50)


def test_an_early_reminder_is_not_taken_for_yesterday_s() -> None:
    assert next_due(at(26, 0, 10), time(0, 30), date(2026, 11, 25)) == at(26, 0, 30)
    assert not is_due(at(26, 0, 10), time(0, 30), None)  # yesterday's was a day ago


def test_aware_times_work_the_same() -> None:
    zone = timezone(timedelta(hours=1))
    woke = datetime(2026, 11, 26, 0, 10, tzinfo=zone)
    assert is_due(woke, LATE, date(2026, 11, 24))
    assert shown_for(woke, LATE) == date(2026, 11, 25)
