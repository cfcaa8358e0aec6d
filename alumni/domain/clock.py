"""One clock for people: a moment shown in the centre's zone with the zone's label, and the
alumnus's own time beside it when their clock reads differently.

Staff compare times across panels, the timeline and the queue; an unlabelled time or a
different zone on each page makes "was that before or after the call?" a guess."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_FORMAT = "%a %d %b %Y, %H:%M"


def _as_zone(value: ZoneInfo | str) -> ZoneInfo:
    return value if isinstance(value, ZoneInfo) else ZoneInfo(value)


def zone_label(moment: datetime) -> str:
    """The zone's abbreviation ("IST", "GMT", "BST"), or the UTC offset ("UTC+04:00") for
    zones whose database entry has only a number."""
    name = moment.tzname() or ""
    if name and name[0] not in "+-":
        return name
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def place_name(zone: ZoneInfo) -> str:
    """"Europe/London" -> "London"; "America/Argentina/Buenos_Aires" -> "Buenos Aires"."""
    return str(zone.key).rsplit("/", 1)[-1].replace("_", " ")


class Clocks(NamedTuple):
    """One moment on the centre's clock and, when it reads differently, the alumnus's."""
    centre: datetime
    theirs: datetime | None
    their_place: str

    @property
    def their_day_differs(self) -> bool:
        return self.theirs is not None and self.theirs.date() != self.centre.date()


def read_clocks(at_utc: datetime, centre_zone: ZoneInfo | str, alumnus_zone: ZoneInfo | str | None = None) -> Clocks:
    """A UTC moment (naive values are UTC, as the database stores them) on the centre's clock,
    and on the alumnus's only when theirs shows a different time then. An unknown alumnus
    zone is left out rather than guessed. Every language's clock text is written from this."""
    moment = at_utc if at_utc.tzinfo else at_utc.replace(tzinfo=UTC)
    centre = moment.astimezone(_as_zone(centre_zone))
    if not alumnus_zone:
        return Clocks(centre, None, "")
    try:
        theirs_zone = _as_zone(alumnus_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return Clocks(centre, None, "")
    theirs = moment.astimezone(theirs_zone)
    if theirs.utcoffset() == centre.utcoffset():
        return Clocks(centre, None, "")
    return Clocks(centre, theirs, place_name(theirs_zone))


def clock_text(at_utc: datetime, centre_zone: ZoneInfo | str, alumnus_zone: ZoneInfo | str | None = None,
               fmt: str = DEFAULT_FORMAT) -> str:
    """The moment as the centre reads it, labelled, e.g. "Tue 01 Dec 2026, 14:30 IST · 09:00 in
    London"; the alumnus's date is added too when it falls on another day (read_clocks)."""
    clocks = read_clocks(at_utc, centre_zone, alumnus_zone)
    text = f"{clocks.centre.strftime(fmt)} {zone_label(clocks.centre)}"
    if clocks.theirs is None:
        return text
    their_time = clocks.theirs.strftime("%H:%M")
    if clocks.their_day_differs:
        their_time += clocks.theirs.strftime(" on %a %d %b")
    return f"{text} · {their_time} in {clocks.their_place}"
