"""When a check-in goes out: the alumnus's local preferred hour, never inside quiet hours.

All datetimes that cross this module's boundary are NAIVE UTC (the storage convention);
local time exists only inside these functions. Local arithmetic is done on wall-clock
dates and then converted with zoneinfo, so a step lands at the same local hour on either
side of a daylight-saving change (America/New_York, Europe/London...), and a local time
that does not exist (the spring-forward gap) is moved to the first real minute after it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_PREFERRED_HOUR = 10


@dataclass(frozen=True)
class QuietHours:
    """A daily local window [start, end) in which nothing is sent. start > end wraps past
    midnight (21:00-09:00); start == end means no quiet hours at all."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """'21:00-09:00' -> QuietHours; '' or 'none' -> no quiet hours. ValueError in
        plain words otherwise."""
        raw = (text or "").strip().lower()
        if raw in ("", "none", "off"):
            return cls(time(0, 0), time(0, 0))
        parts = raw.split("-")
        if len(parts) != 2:
            raise ValueError(f"quiet hours must look like 21:00-09:00, got {text!r}")
        return cls(_parse_clock(parts[0], text), _parse_clock(parts[1], text))

    @property
    def is_empty(self) -> bool:
        return self.start == self.end

    def contains(self, local: time) -> bool:
        """Is this local wall-clock time inside the quiet window?"""
        local = local.replace(tzinfo=None)
        if self.is_empty:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def __str__(self) -> str:
        if self.is_empty:
            return "none"
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


def _parse_clock(part: str, whole: str) -> time:
    try:
        hours, minutes = part.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"quiet hours must look like 21:00-09:00, got {whole!r}") from None


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone, or ValueError in plain words (callers validate user input with it)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r} (use an IANA name like Asia/Kolkata)") from None


def local_to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """A naive local wall-clock time -> naive UTC. An ambiguous time (the repeated hour in
    autumn) takes its first occurrence; a non-existent one (the skipped hour in spring)
    moves forward to the first real minute after the gap."""
    aware = local.replace(tzinfo=tz, fold=0)
    as_utc = aware.astimezone(UTC)
    round_trip = as_utc.astimezone(tz).replace(tzinfo=None)
    if round_trip != local:
        # In a gap: fold=0 maps with the pre-transition offset, which lands after the gap;
        # walk back to the transition instant, the first real local minute after the gap.
        while (as_utc - timedelta(minutes=1)).astimezone(tz).replace(tzinfo=None) >= local:
            as_utc -= timedelta(minutes=1)
    return as_utc.replace(tzinfo=None)


def local_midnight_utc(day: date, tz: ZoneInfo | str) -> datetime:
    """The first minute of `day` where the alumnus lives, as naive UTC."""
    return local_to_utc(datetime.combine(day, time.min), zone(tz) if isinstance(tz, str) else tz)


def utc_to_local(utc_naive: datetime, tz: ZoneInfo) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)


def next_allowed_time(due_utc: datetime, tz: ZoneInfo | str, quiet: QuietHours) -> datetime:
    """due_utc if it is outside quiet hours in the zone, else the first allowed minute after
    it (the local end of the quiet window). Never earlier than due_utc."""
    tz = zone(tz) if isinstance(tz, str) else tz
    if quiet.is_empty:
        return due_utc
    local = utc_to_local(due_utc, tz)
    if not quiet.contains(local.time()):
        return due_utc
    end_day = local.date()
    if local.time() >= quiet.end:  # wrapped window, evening part: the end is tomorrow
        end_day += timedelta(days=1)
    candidate = local_to_utc(datetime.combine(end_day, quiet.end), tz)
    # A DST gap can put the converted end still inside the window; step minute by minute
    # (bounded) until a genuinely allowed minute.
    for _ in range(24 * 60):
        if candidate > due_utc and not quiet.contains(utc_to_local(candidate, tz).time()):
            return candidate
        candidate += timedelta(minutes=1)
    return candidate


def planned_send_time(discharge: date, day_offset: int, preferred_hour: int | None,
                      tz: ZoneInfo | str, quiet: QuietHours) -> datetime:
    """Naive UTC send time of a plan step: `day_offset` local days after discharge, at the
    alumnus's preferred local hour, moved out of quiet hours if the hour falls inside."""
    tz = zone(tz) if isinstance(tz, str) else tz
    hour = DEFAULT_PREFERRED_HOUR if preferred_hour is None else preferred_hour
    local = datetime.combine(discharge + timedelta(days=day_offset), time(hour % 24))
    return next_allowed_time(local_to_utc(local, tz), tz, quiet)


class SendTimeCalculator:
    """planned_send_time with a cache, for materialising many plans at once: the answer
    depends only on (local date, hour, zone), and a cohort shares few of those."""

    def __init__(self, quiet: QuietHours):
        self.quiet = quiet
        self._cache: dict[tuple[date, int, str], datetime] = {}

    def __call__(self, discharge: date, day_offset: int, preferred_hour: int | None, tz_name: str) -> datetime:
        day = discharge + timedelta(days=day_offset)
        hour = DEFAULT_PREFERRED_HOUR if preferred_hour is None else preferred_hour
        key = (day, hour, tz_name)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = planned_send_time(day, 0, hour, tz_name, self.quiet)
        return found
