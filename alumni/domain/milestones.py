"""Sobriety milestones: which days count, when the text for one goes, and how it is named.

Counted from the sobriety date (the first sober day): 30, 60, 90 and 180 days after it,
then each anniversary. An anniversary of 29 February falls on 28 February in a year that
has none, so the day is never skipped and stays in the same month. Pure: the caller gives
dates, zones and quiet hours; nothing here reads a clock.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from alumni.domain.schedule import QuietHours, local_to_utc, next_allowed_time, planned_send_time, zone

MILESTONE_DAYS = (30, 60, 90, 180)
# Consent rows are kept per kind of contact; this kind says "text me on my milestones".
MILESTONE_CONSENT = "milestones"


@dataclass(frozen=True, order=True)
class Milestone:
    on: date          # the day it falls on
    days: int         # whole days since the sobriety date
    years: int = 0    # 1, 2, ... for an anniversary; 0 for a count of days

    @property
    def key(self) -> str:
        """Stable name for a milestone of one sobriety date: '30d', '1y'."""
        return f"{self.years}y" if self.years else f"{self.days}d"


def anniversary(sober_since: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return sober_since.replace(year=sober_since.year + years)
    except ValueError:
        return date(sober_since.year + years, 2, 28)


def milestones_between(sober_since: date, first: date, last: date) -> list[Milestone]:
    """Every milestone on a day from `first` to `last` (both included), in date order."""
    found = [Milestone(sober_since + timedelta(days=n), n) for n in MILESTONE_DAYS]
    for years in range(max(1, first.year - sober_since.year - 1), last.year - sober_since.year + 1):
        on = anniversary(sober_since, years)
        found.append(Milestone(on, (on - sober_since).days, years))
    return sorted(m for m in found if first <= m.on <= last)


def next_milestone(sober_since: date, today: date) -> Milestone:
    """The first milestone on or after today."""
    for milestone in (Milestone(sober_since + timedelta(days=n), n) for n in MILESTONE_DAYS):
        if milestone.on >= today:
            return milestone
    years = max(1, today.year - sober_since.year)
    while anniversary(sober_since, years) < today:
        years += 1
    on = anniversary(sober_since, years)
    return Milestone(on, (on - sober_since).days, years)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def milestone_send_time(milestone_day: date, preferred_hour: int | None, tz: ZoneInfo | str,
                        quiet: QuietHours, now: datetime) -> datetime | None:
    """When the text for a milestone goes (naive UTC): on the day where the alumnus lives, at
    their preferred hour, out of quiet hours. An hour that falls in the evening's quiet
    hours moves to the morning's first allowed minute that same day rather than to the next
    day; a text owed late goes now. None when no allowed minute is left on the day."""
    tz = zone(tz) if isinstance(tz, str) else tz
    day_starts = local_to_utc(datetime.combine(milestone_day, time(0)), tz)
    day_ends = local_to_utc(datetime.combine(milestone_day + timedelta(days=1), time(0)), tz)
    at = planned_send_time(milestone_day, 0, preferred_hour, tz, quiet)
    if at >= day_ends:
        at = next_allowed_time(day_starts, tz, quiet)
    if at < now:
        at = next_allowed_time(now, tz, quiet)
    return at if day_starts <= at < day_ends else None


# How a milestone is named inside a text, in each language: natural counting words.
_DAYS = {"en": "{n} days", "hi": "{n} दिन", "mr": "{n} दिवस"}
_ONE_YEAR = {"en": "one year", "hi": "एक साल", "mr": "एक वर्ष"}
_YEARS = {"en": "{n} years", "hi": "{n} साल", "mr": "{n} वर्षे"}


def milestone_words(milestone: Milestone, language: str) -> str:
    """'90 days', 'one year', '3 years' (or the Hindi or Marathi words); English otherwise."""
    language = language if language in _DAYS else "en"
    if not milestone.years:
        return _DAYS[language].format(n=milestone.days)
    if milestone.years == 1:
        return _ONE_YEAR[language]
    return _YEARS[language].format(n=milestone.years)
