"""One clock for people: a moment shown in the centre's zone with the zone's label, and the
alumnus's own time beside it when their clock reads differently.

Staff compare times across panels, the timeline and the queue; an unlabelled time or a
different zone on each page makes "was that before or after the call?" a guess."""
from __future__ import annotations

from datetime import UTC, datetime
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


def clock_text(at_utc: datetime, centre_zone: ZoneInfo | str, alumnus_zone: ZoneInfo | str | None = None,
               fmt: str = DEFAULT_FORMAT) -> str:
    """A UTC moment (naive values are UTC, as the database stores them) as the centre reads it,
    labelled, e.g. "Tue 01 Dec 2026, 14:30 IST · 09:00 in London".

    The alumnus's time is added only when their clock shows a different time at that moment;
    its date is added too when it falls on another day. An unknown alumnus zone is left out
    rather than guessed."""
    moment = at_utc if at_utc.tzinfo else at_utc.replace(tzinfo=UTC)
    centre = moment.astimezone(_as_zone(centre_zone))
    text = f"{centre.strftime(fmt)} {zone_label(centre)}"
    if not alumnus_zone:
        return text
    try:
        theirs_zone = _as_zone(alumnus_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return text
    theirs = moment.astimezone(theirs_zone)
    if theirs.utcoffset() == centre.utcoffset():
        return text
    their_time = theirs.strftime("%H:%M")
    if theirs.date() != centre.date():
        their_time += theirs.strftime(" on %a %d %b")
    return f"{text} · {their_time} in {place_name(theirs_zone)}"
