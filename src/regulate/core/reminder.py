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


def next_due(now: datetime, at: time, last_shown: date | None) -> datetime:
    """The next moment the reminder should show: today at ``at`` unless that has passed or it
    was already shown today, else tomorrow at ``at``. ``now`` is local, aware or naive."""
    today = now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if now < today and last_shown != now.date():
        return today
    if today <= now < today + LATE_GRACE and last_shown != now.date():
        return now  # due now: it just arrived, or the app started a little after it
    return today + timedelta(days=1)


def is_due(now: datetime, at: time, last_shown: date | None) -> bool:
    return next_due(now, at, last_shown) <= now
