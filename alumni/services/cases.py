"""Opening follow-up cases. At most one unresolved case per alumnus and reason (a partial
unique index), so opening twice returns the case that is already open."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import make_transient_to_detached

from alumni.domain.queue_order import queue_rank
from alumni.extensions import db
from alumni.models import REASON_PRIORITY, FollowUp, FollowUpStatus, utcnow
from alumni.services.audit import audit


_OPEN_CASE = db.select(FollowUp).where(
    FollowUp.alumnus_id == db.bindparam("alumnus_id"), FollowUp.reason == db.bindparam("reason"),
    FollowUp.status != FollowUpStatus.RESOLVED)   # built once, bound per call


def row_columns(table) -> tuple[str, ...]:
    """Every column but the id: what a plain INSERT of a whole row binds."""
    return tuple(column.key for column in table.columns if column.key != "id")


@lru_cache(maxsize=16)
def insert_row_unless_conflict(table, dialect: str, conflict_columns: tuple[str, ...], where=None):
    """INSERT one whole row (every column of row_columns bound by name) ON CONFLICT DO
    NOTHING RETURNING id: losing a uniqueness race is then no error and needs no savepoint
    (PostgreSQL and SQLite both can say it). Built once per table and dialect."""
    return ((postgresql if dialect == "postgresql" else sqlite).insert(table)
            .values({name: db.bindparam(name) for name in row_columns(table)})
            .on_conflict_do_nothing(index_elements=[table.c[name] for name in conflict_columns],
                                    index_where=where)
            .returning(table.c.id))


def inserted(model, values: dict):
    """The ORM object for a row just inserted by a plain INSERT statement, from the values
    written (every column), without reading it back. A plain INSERT skips the ORM's
    insert machinery, which cost more CPU than the round trip on the webhook path."""
    instance = model(**values)
    make_transient_to_detached(instance)
    db.session.add(instance)
    return instance


# The one-open-case index's own predicate, as a literal: PostgreSQL matches ON CONFLICT to
# a partial index only when it can prove the predicate, and a bound parameter defeats that
# once the statement is prepared (a generic plan), failing on the sixth execution or so.
OPEN_INDEX_PREDICATE = db.text(f"status != '{FollowUpStatus.RESOLVED}'")


_CASE_COLUMNS = row_columns(FollowUp.__table__)


def find_open_case(alumnus_id: int, reason: str) -> FollowUp | None:
    return db.session.scalar(_OPEN_CASE, {"alumnus_id": alumnus_id, "reason": reason})


def open_case(alumnus_id: int, reason: str, *, message_id: int | None = None,
              checkin_id: int | None = None, note: str | None = None,
              actor: str = "system") -> tuple[FollowUp, bool]:
    """Open (or find) the case; returns (case, created). Runs in the caller's transaction."""
    existing = find_open_case(alumnus_id, reason)
    if existing is not None:
        return existing, False
    return insert_case(alumnus_id, reason, message_id=message_id, checkin_id=checkin_id, note=note,
                       actor=actor)


def insert_case(alumnus_id: int, reason: str, *, message_id: int | None = None,
                checkin_id: int | None = None, note: str | None = None,
                actor: str = "system") -> tuple[FollowUp, bool]:
    """Open the case for a caller that has already seen none open: one INSERT, and only if
    a concurrent opener got there first, a look-up of the case it opened."""
    priority = REASON_PRIORITY[reason]
    values = dict.fromkeys(_CASE_COLUMNS)
    # The queue rank is set here: the model's before_insert listener does not run for an
    # INSERT statement.
    values.update(alumnus_id=alumnus_id, reason=reason, priority=priority, status=FollowUpStatus.OPEN,
                  message_id=message_id, checkin_id=checkin_id, note=note, opened_at=utcnow(),
                  queue_rank=queue_rank(reason, priority, acknowledged=False))
    statement = insert_row_unless_conflict(FollowUp.__table__, db.session.get_bind().dialect.name,
                                           ("alumnus_id", "reason"), OPEN_INDEX_PREDICATE)
    case_id = db.session.scalar(statement, values)
    if case_id is None:
        return find_open_case(alumnus_id, reason), False
    case = inserted(FollowUp, dict(values, id=case_id))
    audit("followup.opened", alumnus_id=alumnus_id, actor=actor,
          detail={"reason": reason, "followup_id": case.id})
    return case, True
