"""The daily reminder's timing: when it is due next. Pure: the caller passes "now" in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

#: A reminder missed by more than this (the computer was off) waits for tomorrow instead.
LATE_GRACE = timedelta(hours=2)


class ReminderError(ValueError):
    """A reminder time that can't be used."""


def parse_time(text: str) -> time:
    """ "HH:MM", 24-hour."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ReminderError(f"'{text}' is not a time like 09:30 or 20:00") from None


def latest_time(now: datetime, at: time) -> datetime:
    """The most recent moment at ``at`` that is not after ``now``: today's, or yesterday's
    when today's is still to come (a reminder at 23:50 seen at 00:10 belongs to yesterday)."""
    today = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return today if today <= now else today - timedelta(days=1)


def shown_for(now: datetime, at: time) -> date:
    """The day a reminder shown at ``now`` is for: what to keep as ``last_shown``."""
    return latest_time(now, at).date()


def next_due(now: datetime, at: time, last_shown: date | None) -> datetime:
    """The next moment the reminder should show. ``now`` is local, aware or naive;
    ``last_shown`` is the day of the last reminder shown (see ``shown_for``).

    A reminder whose time passed less than LATE_GRACE ago and that was not shown yet is due
    now, also across midnight (the computer slept from 23:40 to 00:10 over a reminder at
    23:50); otherwise the next time at ``at`` whose day has not had its reminder."""
    latest = latest_time(now, at)
    if now < latest + LATE_GRACE and last_shown != latest.date():
        return now  # due now: it just arrived, or the app started or woke a little after it
    upcoming = latest + timedelta(days=1)
    if last_shown == upcoming.date():
        upcoming += timedelta(days=1)  # that day's was already shown
    return upcoming


def is_due(now: datetime, at: time, last_shown: date | None) -> bool:
    return next_due(now, at, last_shown) <= now
