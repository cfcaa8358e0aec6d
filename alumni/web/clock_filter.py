"""The `clock` and `day` template filters: every time a person reads is in the centre's zone
(DEFAULT_TIMEZONE), labelled, with the alumnus's own time beside it when it differs; every
date reads one way.

    {{ checkin.due_at|clock(alumnus.timezone) }}  ->  "Tue 01 Dec 2026, 14:30 IST · 09:00 in London"
    {{ event.at|clock }}                          ->  "Tue 01 Dec 2026, 14:30 IST"
    {{ alumnus.discharge_date|day }}              ->  "01 Dec 2026"
    {{ match.started_at|day }}                    ->  "01 Dec 2026" (the centre's day of that moment)

`clock` itself is alumni/core/reader_clock.py's. Registered by create_app through
register_clock_filter."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import Flask, current_app

from alumni.core.reader_clock import clock, said_in_words

DAY_FORMAT = "%d %b %Y"


def day(value: date | datetime | None) -> str:
    """A date as "01 Dec 2026". A datetime is a moment (naive values are UTC, as the
    database keeps them): its day is the one the centre's calendar showed then, so a
    match started at 23:00 UTC reads as the next morning's date in India."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        value = moment.astimezone(ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])).date()
    return said_in_words(value, DAY_FORMAT, "dd MMM y")


def weekday(value: date, with_year: bool = False) -> str:
    """A day with its weekday, "Tue 22 Dec" (or "Tue 22 Dec 2026"), in the reader's language."""
    if with_year:
        return said_in_words(value, "%a %d %b %Y", "EEE d MMM y")
    return said_in_words(value, "%a %d %b", "EEE d MMM")


def register_clock_filter(app: Flask) -> None:
    app.add_template_filter(clock, "clock")
    app.add_template_filter(weekday, "weekday")
    app.add_template_filter(day, "day")
