"""Dates of a recurring meeting, and when its reminder is due.

Meetings recur at the same LOCAL wall-clock time (a 7 pm meeting stays at 7 pm across a
daylight-saving change where there is one). Monthly meetings fall on the same day of the
month, moved to the month's last day when the month is shorter (31 Jan -> 28/29 Feb)."""
from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

NONE, WEEKLY, MONTHLY = "none", "weekly", "monthly"
RECURRENCES = (NONE, WEEKLY, MONTHLY)
REMIND_BEFORE = timedelta(hours=24)
# A yes given this close to the meeting needs no reminder: they have just answered.
FRESH_YES = timedelta(hours=12)
# Too close to the meeting for a reminder to be useful.
LAST_USEFUL_REMINDER = timedelta(hours=2)


def _to_local(utc_naive: datetime, tz: ZoneInfo) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone(tz)


def _to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    return local.replace(tzinfo=tz).astimezone(UTC).replace(tzinfo=None)


def local_to_utc(day: date, clock: time, tz_name: str) -> datetime:
    """A local date and time (from a form) as naive UTC."""
    return _to_utc(datetime.combine(day, clock), ZoneInfo(tz_name))


def utc_to_local(utc_naive: datetime, tz_name: str) -> datetime:
    return _to_local(utc_naive, ZoneInfo(tz_name)).replace(tzinfo=None)


def _add_months(day: date, months: int, anchor_day: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(anchor_day, calendar.monthrange(year, month)[1]))


def nth_occurrence(first_utc: datetime, recurrence: str, n: int, tz_name: str) -> datetime:
    """The n-th meeting (0 = the first) as naive UTC."""
    if recurrence not in RECURRENCES:
        raise ValueError(f"unknown recurrence {recurrence!r}")
    if n == 0 or recurrence == NONE:
        if n and recurrence == NONE:
            raise ValueError("a one-off meeting has only one date")
        return first_utc
    tz = ZoneInfo(tz_name)
    local = _to_local(first_utc, tz).replace(tzinfo=None)
    if recurrence == WEEKLY:
        day = local.date() + timedelta(weeks=n)
    else:
        day = _add_months(local.date(), n, local.day)
    return _to_utc(datetime.combine(day, local.time()), tz)


def occurrences_between(first_utc: datetime, recurrence: str, tz_name: str,
                        start: datetime, end: datetime, limit: int = 60) -> list[datetime]:
    """Meetings with start <= time < end (naive UTC), at most `limit` of them."""
    found: list[datetime] = []
    if recurrence == NONE:
        return [first_utc] if start <= first_utc < end else []
    n = 0
    while len(found) < limit:
        at = nth_occurrence(first_utc, recurrence, n, tz_name)
        if at >= end:
            break
        if at >= start:
            found.append(at)
        n += 1
        if n > 10_000:  # guards a wildly distant `start`
            break
    return found


def reminder_due_at(meeting_utc: datetime) -> datetime:
    """The reminder goes the day before: 24 hours ahead (quiet hours may defer it)."""
    return meeting_utc - REMIND_BEFORE


def needs_reminder(meeting_utc: datetime, rsvp: str, rsvp_at: datetime | None,
                   already_reminded: bool, now: datetime) -> bool:
    """Remind a YES once, in the day before the meeting, unless the yes is fresh."""
    if rsvp != "yes" or already_reminded or rsvp_at is None:
        return False
    if not (reminder_due_at(meeting_utc) <= now < meeting_utc - LAST_USEFUL_REMINDER):
        return False
    return rsvp_at <= meeting_utc - FRESH_YES


def is_no_show(rsvp: str, attended: bool, meeting_utc: datetime, duration_minutes: int,
               now: datetime) -> bool:
    """Said yes, the meeting is over, and nobody marked them present."""
    return rsvp == "yes" and not attended and now >= meeting_utc + timedelta(minutes=duration_minutes)
