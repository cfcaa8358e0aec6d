"""Which days are sobriety milestones, and when the text for one goes out."""
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from alumni.domain.milestones import (
    Milestone,
    anniversary,
    milestone_send_time,
    milestone_words,
    milestones_between,
    next_milestone,
    week_of,
)
from alumni.domain.schedule import QuietHours

QUIET = QuietHours.parse("21:00-09:00")
NONE = QuietHours.parse("none")


def test_the_first_year_holds_30_60_90_180_days_and_the_anniversary():
    sober = date(2023, 3, 10)
    found = milestones_between(sober, sober, date(2024, 3, 31))
    assert [(m.on, m.key) for m in found] == [
        (date(2023, 4, 9), "30d"), (date(2023, 5, 9), "60d"), (date(2023, 6, 8), "90d"),
        (date(2023, 9, 6), "180d"), (date(2024, 3, 10), "1y")]


def test_after_the_first_year_each_anniversary_is_a_milestone():
    sober = date(2015, 7, 1)
    found = milestones_between(sober, date(2020, 1, 1), date(2022, 12, 31))
    assert [(m.on, m.years) for m in found] == [(date(2020, 7, 1), 5), (date(2021, 7, 1), 6), (date(2022, 7, 1), 7)]


def test_a_29_february_sobriety_date_is_celebrated_on_28_february_in_common_years():
    sober = date(2024, 2, 29)
    assert anniversary(sober, 1) == date(2025, 2, 28)
    assert anniversary(sober, 4) == date(2028, 2, 29)
    found = milestones_between(sober, date(2025, 2, 1), date(2025, 3, 31))
    assert found == [Milestone(date(2025, 2, 28), 365, 1)]


def test_day_counts_cross_a_leap_day_as_real_days():
    # 30 days after 10 February 2024 is 11 March (2024 has a 29 February).
    assert next_milestone(date(2024, 2, 10), date(2024, 2, 11)) == Milestone(date(2024, 3, 11), 30)
    # One year from 1 January 2024 is 366 days: the anniversary counts the leap day.
    assert next_milestone(date(2024, 1, 1), date(2024, 12, 1)) == Milestone(date(2025, 1, 1), 366, 1)


def test_the_next_milestone_is_today_when_today_is_one():
    sober = date(2020, 5, 5)
    assert next_milestone(sober, date(2023, 5, 5)) == Milestone(date(2023, 5, 5), (date(2023, 5, 5) - sober).days, 3)
    assert next_milestone(sober, date(2023, 5, 6)).on == date(2024, 5, 5)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 40 * 366))
def test_the_next_milestone_is_the_first_one_listed_from_that_day(sober, days_later):
    today = sober + timedelta(days=days_later)
    upcoming = milestones_between(sober, today, today + timedelta(days=400))
    assert next_milestone(sober, today) == upcoming[0]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)))
def test_every_year_has_exactly_one_anniversary(sober):
    for years in range(1, 9):
        year = sober.year + years
        found = [m for m in milestones_between(sober, date(year, 1, 1), date(year, 12, 31)) if m.years]
        assert [m.years for m in found] == [years]


def test_a_week_runs_monday_to_sunday():
    assert week_of(date(2024, 5, 15)) == (date(2024, 5, 13), date(2024, 5, 19))
    assert week_of(date(2024, 5, 13)) == (date(2024, 5, 13), date(2024, 5, 19))


def test_the_text_goes_at_the_preferred_hour_where_they_live():
    at = milestone_send_time(date(2024, 6, 1), 10, "Asia/Kolkata", QUIET, now=datetime(2024, 5, 31, 12))
    assert at == datetime(2024, 6, 1, 4, 30)  # 10:00 in Pune


def test_an_evening_hour_inside_quiet_hours_moves_to_that_mornings_first_allowed_minute():
    at = milestone_send_time(date(2024, 6, 1), 22, "Asia/Kolkata", QUIET, now=datetime(2024, 5, 31, 12))
    assert at == datetime(2024, 6, 1, 3, 30)  # 09:00 in Pune, still the day itself


def test_a_text_owed_late_in_the_day_goes_now_and_not_at_all_once_the_day_is_over():
    day = date(2024, 6, 1)
    afternoon = datetime(2024, 6, 1, 10)  # 15:30 in Pune
    assert milestone_send_time(day, 10, "Asia/Kolkata", QUIET, now=afternoon) == afternoon
    late_evening = datetime(2024, 6, 1, 16)  # 21:30 in Pune: quiet until the next day
    assert milestone_send_time(day, 10, "Asia/Kolkata", QUIET, now=late_evening) is None
    assert milestone_send_time(day, 10, "Asia/Kolkata", NONE, now=late_evening) == late_evening


def test_milestones_are_named_naturally_in_each_language():
    days, year, years = Milestone(date(2024, 1, 1), 90), Milestone(date(2024, 1, 1), 365, 1), \
        Milestone(date(2024, 1, 1), 1096, 3)
    assert [milestone_words(m, "en") for m in (days, year, years)] == ["90 days", "one year", "3 years"]
    assert [milestone_words(m, "hi") for m in (days, year, years)] == ["90 दिन", "एक साल", "3 साल"]
    assert [milestone_words(m, "mr") for m in (days, year, years)] == ["90 दिवस", "एक वर्ष", "3 वर्षे"]
    assert milestone_words(days, "ta") == "90 days"
