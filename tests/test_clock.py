"""One clock: a moment as the centre reads it, labelled, with the alumnus's time beside it."""
from __future__ import annotations

from datetime import UTC, datetime

from alumni.domain.clock import clock_text

KOLKATA = "Asia/Kolkata"


def test_the_centre_time_carries_its_zone_abbreviation():
    assert clock_text(datetime(2026, 12, 1, 9, 0), KOLKATA) == "Tue 01 Dec 2026, 14:30 IST"


def test_aware_and_naive_utc_read_the_same():
    aware, naive = datetime(2026, 12, 1, 9, 0, tzinfo=UTC), datetime(2026, 12, 1, 9, 0)
    assert clock_text(aware, KOLKATA) == clock_text(naive, KOLKATA)


def test_an_alumnus_in_london_sees_their_own_time_beside_it():
    assert clock_text(datetime(2026, 12, 1, 9, 0), KOLKATA, "Europe/London") == \
        "Tue 01 Dec 2026, 14:30 IST · 09:00 in London"


def test_london_in_summer_is_an_hour_later_for_the_same_centre_time():
    assert clock_text(datetime(2026, 7, 1, 9, 0), KOLKATA, "Europe/London").endswith("14:30 IST · 10:00 in London")


def test_an_alumnus_in_the_centre_zone_gets_no_second_time():
    assert clock_text(datetime(2026, 12, 1, 9, 0), KOLKATA, KOLKATA) == "Tue 01 Dec 2026, 14:30 IST"
    assert clock_text(datetime(2026, 12, 1, 9, 0), KOLKATA, "Asia/Calcutta") == "Tue 01 Dec 2026, 14:30 IST"


def test_their_date_is_named_when_it_is_another_day_for_them():
    assert clock_text(datetime(2026, 12, 1, 20, 0), KOLKATA, "America/Los_Angeles") == \
        "Wed 02 Dec 2026, 01:30 IST · 12:00 on Tue 01 Dec in Los Angeles"


def test_a_zone_without_an_abbreviation_is_labelled_by_its_offset():
    assert clock_text(datetime(2026, 12, 1, 9, 0), "Asia/Dubai") == "Tue 01 Dec 2026, 13:00 UTC+04:00"
    assert clock_text(datetime(2026, 12, 1, 9, 0), "America/Sao_Paulo") == "Tue 01 Dec 2026, 06:00 UTC-03:00"


def test_an_unknown_alumnus_zone_is_left_out_not_guessed():
    assert clock_text(datetime(2026, 12, 1, 9, 0), KOLKATA, "Mars/Olympus") == "Tue 01 Dec 2026, 14:30 IST"


def test_the_date_format_can_be_chosen():
    assert clock_text(datetime(2026, 12, 1, 9, 0, 5), KOLKATA, fmt="%Y-%m-%d %H:%M:%S") == "2026-12-01 14:30:05 IST"
