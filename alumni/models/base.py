"""Shared column helpers. Times are stored as naive UTC everywhere, so SQLite and
PostgreSQL compare them the same way; local time is a presentation concern."""
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, literal


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def one_of(column: str, values: Iterable[str]) -> CheckConstraint:
    """CHECK (column = 'a' OR column = 'b' ...): the database refuses a value outside the
    vocabulary. Named ck_<table>_<column> by the naming convention (alumni/extensions.py).
    An OR chain, not an IN list: SQLite evaluates an IN list slowly on every inserted row
    (migration 0021)."""
    return CheckConstraint(" OR ".join(f"{column} = '{value}'" for value in values), name=column)


def in_fixed(column, values: Iterable):
    """column IN (...) over one fixed bound value each, not one "expanding" parameter, which
    SQLAlchemy renders into the SQL again on every execution of a statement it has cached."""
    return column.in_([literal(value, column.type) for value in values])
