"""Recurring meeting dates and reminder timing (pure functions)."""
from datetime import date, datetime, time, timedelta

import pytest

from alumni.domain.recurrence import (
    is_no_show,
    local_to_utc,
    needs_reminder,
    nth_occurrence,
    occurrences_between,
    utc_to_local,
)

IST = "Asia/Kolkata"


def test_weekly_meetings_keep_their_local_time():
    first = local_to_utc(date(2026, 1, 6), time(18, 30), IST)
    dates = occurrences_between(first, "weekly", IST, first, first + timedelta(days=29))
    assert [utc_to_local(d, IST) for d in dates] == [
        datetime(2026, 1, 6, 18, 30), datetime(2026, 1, 13, 18, 30),
        datetime(2026, 1, 20, 18, 30), datetime(2026, 1, 27, 18, 30), datetime(2026, 2, 3, 18, 30)]


def test_weekly_meetings_keep_local_time_across_daylight_saving():
    tz = "Europe/London"
    first = local_to_utc(date(2026, 3, 22), time(19, 0), tz)
    second = nth_occurrence(first, "weekly", 1, tz)  # clocks went forward on 29 March
    assert utc_to_local(second, tz) == datetime(2026, 3, 29, 19, 0)
    assert second - first == timedelta(days=7) - timedelta(hours=1)


def test_monthly_on_the_31st_falls_on_the_last_day_of_shorter_months():
    first = local_to_utc(date(2026, 1, 31), time(10, 0), IST)
    days = [utc_to_local(nth_occurrence(first, "monthly", n, IST), IST).date() for n in range(4)]
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_one_off_meeting_has_one_date():
    first = datetime(2026, 5, 1, 12)
    assert occurrences_between(first, "none", IST, datetime(2026, 1, 1), datetime(2027, 1, 1)) == [first]
    with pytest.raises(ValueError):
        nth_occurrence(first, "none", 1, IST)


MEETING = datetime(2026, 5, 10, 13, 0)


def test_reminder_goes_to_a_yes_in_the_day_before():
    said_yes = MEETING - timedelta(days=3)
    assert needs_reminder(MEETING, "yes", said_yes, False, MEETING - timedelta(hours=23))
    assert not needs_reminder(MEETING, "yes", said_yes, False, MEETING - timedelta(hours=25))
    assert not needs_reminder(MEETING, "yes", said_yes, True, MEETING - timedelta(hours=23))
    assert not needs_reminder(MEETING, "no", said_yes, False, MEETING - timedelta(hours=23))
    assert not needs_reminder(MEETING, "yes", said_yes, False, MEETING - timedelta(hours=1))


def test_a_fresh_yes_gets_no_reminder():
    assert not needs_reminder(MEETING, "yes", MEETING - timedelta(hours=6), False, MEETING - timedelta(hours=5))


def test_no_show_is_a_yes_without_attendance_after_the_meeting():
    after = MEETING + timedelta(hours=2)
    assert is_no_show("yes", False, MEETING, 90, after)
    assert not is_no_show("yes", True, MEETING, 90, after)
    assert not is_no_show("no", False, MEETING, 90, after)
    assert not is_no_show("yes", False, MEETING, 90, MEETING + timedelta(minutes=30))
