"""Shared column helpers. Times are stored as naive UTC everywhere, so SQLite and
PostgreSQL compare them the same way; local time is a presentation concern."""
from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
