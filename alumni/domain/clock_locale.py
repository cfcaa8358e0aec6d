"""The one clock (alumni/domain/clock.py) in a staff member's own language: the weekday and
month in Marathi or Hindi, the zone's label and the alumnus's own time beside it as in
English, e.g. "मंगळ 1 डिसें 2026, 14:30 IST · लंडनमध्ये 09:00".

Digits stay 0-9 in every language: the times sit beside phone numbers, record numbers and
the English screens a colleague reads, and one set of digits keeps "14:30" the same
everywhere (Hindi's CLDR default, and how Marathi office software writes times)."""
from __future__ import annotations

from datetime import datetime

from babel.dates import format_datetime

from alumni.domain.clock import read_clocks, zone_label

# CLDR pattern: weekday, day, month, year and 24-hour time, each in the locale's words.
LOCALE_PATTERN = "EEE d MMM y, HH:mm"
ON_DAY_PATTERN = "EEE d MMM"


def localised_clock_text(at_utc: datetime, centre_zone: str, alumnus_zone: str | None, locale: str,
                         elsewhere: str = "{time} in {place}", pattern: str = LOCALE_PATTERN) -> str:
    """As clock_text, in `locale`. `elsewhere` is the translated "{time} in {place}" that
    joins the alumnus's own time (the caller translates it; this module knows no catalogue)."""
    clocks = read_clocks(at_utc, centre_zone, alumnus_zone)
    text = f"{format_datetime(clocks.centre, pattern, locale=locale)} {zone_label(clocks.centre)}"
    if clocks.theirs is None:
        return text
    their_time = clocks.theirs.strftime("%H:%M")
    if clocks.their_day_differs:
        their_time += " " + format_datetime(clocks.theirs, ON_DAY_PATTERN, locale=locale)
    return f"{text} · {elsewhere.format(time=their_time, place=clocks.their_place)}"
