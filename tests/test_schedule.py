"""Send times: preferred local hour, quiet hours at their edges, and daylight saving."""
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alumni.domain.schedule import QuietHours, local_to_utc, next_allowed_time, planned_send_time, utc_to_local

KOLKATA = ZoneInfo("Asia/Kolkata")
NEW_YORK = ZoneInfo("America/New_York")
DEFAULT_QUIET = QuietHours.parse("21:00-09:00")


def is_quiet(at_utc: datetime, tz: ZoneInfo, quiet: QuietHours) -> bool:
    """Inside quiet hours by the alumnus's own clock."""
    return quiet.contains(utc_to_local(at_utc, tz).time())


def kolkata(y, m, d, hh, mm=0):
    return local_to_utc(datetime(y, m, d, hh, mm), KOLKATA)


@pytest.mark.parametrize("clock, quiet", [
    (time(20, 59), False), (time(21, 0), True), (time(23, 59), True), (time(0, 0), True),
    (time(8, 59), True), (time(9, 0), False), (time(12, 0), False),
])
def test_default_quiet_hours_edges(clock, quiet):
    assert DEFAULT_QUIET.contains(clock) is quiet


def test_quiet_hours_that_do_not_wrap_midnight():
    lunch = QuietHours.parse("13:00-14:00")
    assert lunch.contains(time(13, 0)) and lunch.contains(time(13, 59))
    assert not lunch.contains(time(14, 0)) and not lunch.contains(time(12, 59))


def test_no_quiet_hours():
    assert not QuietHours.parse("none").contains(time(3, 0))
    assert str(QuietHours.parse("21:00-09:00")) == "21:00-09:00"


@pytest.mark.parametrize("raw", ["21-09", "25:00-09:00", "nine to five", "21:00-09:00-10:00"])
def test_bad_quiet_hours_are_refused_in_plain_words(raw):
    with pytest.raises(ValueError, match="21:00-09:00"):
        QuietHours.parse(raw)


def test_a_checkin_due_one_minute_before_quiet_hours_goes_then():
    due = kolkata(2025, 1, 10, 20, 59)
    assert next_allowed_time(due, KOLKATA, DEFAULT_QUIET) == due


def test_a_checkin_due_at_the_start_of_quiet_hours_waits_until_nine_next_morning():
    assert next_allowed_time(kolkata(2025, 1, 10, 21, 0), KOLKATA, DEFAULT_QUIET) == kolkata(2025, 1, 11, 9, 0)


def test_a_checkin_due_in_the_small_hours_waits_until_nine_the_same_morning():
    assert next_allowed_time(kolkata(2025, 1, 11, 3, 15), KOLKATA, DEFAULT_QUIET) == kolkata(2025, 1, 11, 9, 0)


def test_a_checkin_due_at_the_end_of_quiet_hours_goes_then():
    due = kolkata(2025, 1, 11, 9, 0)
    assert next_allowed_time(due, KOLKATA, DEFAULT_QUIET) == due


def test_preferred_hour_inside_quiet_hours_moves_to_the_next_morning():
    assert planned_send_time(date(2025, 1, 10), 1, 22, "Asia/Kolkata", DEFAULT_QUIET) == kolkata(2025, 1, 12, 9, 0)


def test_new_york_keeps_ten_local_across_the_march_change():
    # DST starts Sunday 9 March 2025: 10:00 is 15:00 UTC before, 14:00 UTC after.
    assert planned_send_time(date(2025, 3, 7), 1, 10, "America/New_York", DEFAULT_QUIET) == datetime(2025, 3, 8, 15, 0)
    assert planned_send_time(date(2025, 3, 7), 3, 10, "America/New_York", DEFAULT_QUIET) == datetime(2025, 3, 10, 14, 0)


def test_new_york_keeps_ten_local_across_the_november_change():
    # DST ends Sunday 2 November 2025: 10:00 is 14:00 UTC before, 15:00 UTC after.
    new_york = "America/New_York"
    assert planned_send_time(date(2025, 10, 31), 1, 10, new_york, DEFAULT_QUIET) == datetime(2025, 11, 1, 14, 0)
    assert planned_send_time(date(2025, 10, 31), 3, 10, new_york, DEFAULT_QUIET) == datetime(2025, 11, 3, 15, 0)


def test_a_preferred_hour_that_does_not_exist_on_the_spring_day_moves_to_the_first_real_minute():
    none = QuietHours.parse("none")
    # 02:00 does not exist in New York on 9 March 2025; 03:00 EDT = 07:00 UTC.
    assert planned_send_time(date(2025, 3, 8), 1, 2, "America/New_York", none) == datetime(2025, 3, 9, 7, 0)


def test_quiet_hours_ending_inside_the_spring_gap_release_at_the_first_real_minute():
    quiet = QuietHours.parse("22:00-02:30")
    due = local_to_utc(datetime(2025, 3, 9, 1, 0), NEW_YORK)  # 01:00 EST, quiet
    assert next_allowed_time(due, NEW_YORK, quiet) == datetime(2025, 3, 9, 7, 0)  # 03:00 EDT


def test_the_repeated_autumn_hour_is_quiet_both_times():
    quiet = QuietHours.parse("01:00-02:00")
    first = datetime(2025, 11, 2, 5, 30)    # 01:30 EDT
    second = datetime(2025, 11, 2, 6, 30)   # 01:30 EST
    assert is_quiet(first, NEW_YORK, quiet) and is_quiet(second, NEW_YORK, quiet)
    assert next_allowed_time(first, NEW_YORK, quiet) == datetime(2025, 11, 2, 7, 0)  # 02:00 EST


ZONES = st.sampled_from(["Asia/Kolkata", "America/New_York", "Europe/London", "Australia/Lord_Howe",
                         "America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "UTC"])
CLOCK = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))
QUIETS = st.one_of(st.just(QuietHours.parse("none")), st.builds(QuietHours, CLOCK, CLOCK))
INSTANTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0))


@settings(max_examples=400, deadline=None)
@given(due=INSTANTS, tz_name=ZONES, quiet=QUIETS)
def test_next_allowed_time_is_the_first_allowed_minute_at_or_after_due(due, tz_name, quiet):
    tz = ZoneInfo(tz_name)
    result = next_allowed_time(due, tz, quiet)
    assert result >= due
    assert not is_quiet(result, tz, quiet)
    if not is_quiet(due, tz, quiet):
        assert result == due
    else:
        assert result - due <= timedelta(hours=26)
        before = result - timedelta(minutes=1)
        assert before < due or is_quiet(before, tz, quiet), "no earlier allowed minute was passed over"


@settings(max_examples=300, deadline=None)
@given(discharge=st.dates(date(2020, 1, 1), date(2030, 1, 1)), offset=st.integers(0, 800),
       hour=st.integers(0, 23), tz_name=ZONES)
def test_planned_time_is_the_preferred_local_hour_on_the_right_day_when_allowed(discharge, offset, hour, tz_name):
    tz = ZoneInfo(tz_name)
    result = planned_send_time(discharge, offset, hour, tz_name, DEFAULT_QUIET)
    local = utc_to_local(result, tz)
    assert not DEFAULT_QUIET.contains(local.time())
    target = discharge + timedelta(days=offset)
    if not DEFAULT_QUIET.contains(time(hour)) and local_to_utc(datetime.combine(target, time(hour)), tz) == result:
        assert local == datetime.combine(target, time(hour))
    assert target <= local.date() <= target + timedelta(days=1)
