"""The one clock (alumni/domain/clock.py) in the reader's language: every time a person reads
is in the centre's zone (DEFAULT_TIMEZONE), labelled, with the alumnus's own time beside it
when it differs. The pages use it as the `clock` filter (alumni/web/clock_filter.py); a
timeline source that puts a time into its words calls it directly.

    clock(checkin.due_at, "Europe/London")  ->  "Tue 01 Dec 2026, 14:30 IST · 09:00 in London"
    clock(occurrence.starts_at)             ->  "मंगळ 1 डिसें 2026, 14:30 IST" (Marathi)

A date (or a moment already in its zone) without the clock's label is `said_in_words`:

    said_in_words(date(2026, 12, 1), "%d %b %Y", "dd MMM y")  ->  "01 डिसें 2026" (Marathi)
"""
from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from flask import current_app
from flask_babel import gettext

from alumni.core.reader_language import current_language
from alumni.domain.clock import DEFAULT_FORMAT, clock_text
from alumni.domain.clock_locale import LOCALE_PATTERN, localised_clock_text
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE

# The strftime formats pages pass, as CLDR patterns for the weekday and month in words.
LOCALE_PATTERNS = {DEFAULT_FORMAT: LOCALE_PATTERN, "%a %d %b %Y, %H:%M:%S": "EEE d MMM y, HH:mm:ss"}


def clock(value: datetime | str | None, alumnus_zone: str | None = None, fmt: str = DEFAULT_FORMAT) -> str:
    """`value`: a naive UTC datetime from the database, or the ISO text the console outbox keeps."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    language = current_language()
    if language != DEFAULT_STAFF_LANGUAGE and fmt in LOCALE_PATTERNS:
        return localised_clock_text(value, current_app.config["DEFAULT_TIMEZONE"], alumnus_zone, language,
                                    elsewhere=gettext("{time} in {place}"), pattern=LOCALE_PATTERNS[fmt])
    return clock_text(value, current_app.config["DEFAULT_TIMEZONE"], alumnus_zone, fmt)


def said_in_words(value: date | datetime, english: str, pattern: str) -> str:
    """English readers read `english` (strftime, as the pages always wrote it); others read
    `pattern` (CLDR), the weekday and month in their own language."""
    language = current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        return value.strftime(english)
    if isinstance(value, datetime):
        return format_datetime(value, pattern, locale=language)
    return format_date(value, pattern, locale=language)
