"""The centre's day: "today" as the service counts it, in the centre's zone (DEFAULT_TIMEZONE),
whatever zone the machine keeps. Between 18:30 and midnight UTC Kolkata is already on the next
day, so enrolment checks, referrals, searches and the workspace's daily figures all ask here."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from flask import current_app

from alumni.models import utcnow


def centre_zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])


def centre_today(now: datetime | None = None) -> date:
    """The centre's date at `now` (naive UTC, as the models keep it), or at this moment."""
    return (now or utcnow()).replace(tzinfo=UTC).astimezone(centre_zone()).date()
