"""Opening follow-up cases. At most one unresolved case per alumnus and reason (a partial
unique index), so opening twice returns the case that is already open."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy.dialects import postgresql, sqlite

from alumni.domain.queue_order import queue_rank
from alumni.extensions import db
from alumni.models import REASON_PRIORITY, FollowUp, FollowUpStatus
from alumni.services.audit import audit


_OPEN_CASE = db.select(FollowUp).where(
    FollowUp.alumnus_id == db.bindparam("alumnus_id"), FollowUp.reason == db.bindparam("reason"),
    FollowUp.status != FollowUpStatus.RESOLVED)   # built once, bound per call


def insert_unless_conflict(model, dialect: str):
    """An INSERT that can say ON CONFLICT DO NOTHING (PostgreSQL and SQLite both can):
    losing a uniqueness race is then no error, so no savepoint is needed around it."""
    return (postgresql if dialect == "postgresql" else sqlite).insert(model)


# The one-open-case index's own predicate, as a literal: PostgreSQL matches ON CONFLICT to
# a partial index only when it can prove the predicate, and a bound parameter defeats that
# once the statement is prepared (a generic plan), failing on the sixth execution or so.
OPEN_INDEX_PREDICATE = db.text(f"status != '{FollowUpStatus.RESOLVED}'")


@lru_cache(maxsize=4)
def _insert_open_case(dialect: str):
    # Built once per dialect (bound per call). The queue rank is set here because the
    # model's before_insert listener does not run for an INSERT statement.
    columns = ("alumnus_id", "reason", "priority", "status", "message_id", "checkin_id", "note",
               "queue_rank")
    return (insert_unless_conflict(FollowUp, dialect)
            .values({name: db.bindparam(name) for name in columns})
            .on_conflict_do_nothing(index_elements=[FollowUp.alumnus_id, FollowUp.reason],
                                    index_where=OPEN_INDEX_PREDICATE)
            .returning(FollowUp))


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
    statement = _insert_open_case(db.session.get_bind().dialect.name)
    case = db.session.scalar(statement, {
        "alumnus_id": alumnus_id, "reason": reason, "priority": priority, "status": FollowUpStatus.OPEN,
        "message_id": message_id, "checkin_id": checkin_id, "note": note,
        "queue_rank": queue_rank(reason, priority, acknowledged=False)})
    if case is None:
        return find_open_case(alumnus_id, reason), False
    audit("followup.opened", alumnus_id=alumnus_id, actor=actor,
          detail={"reason": reason, "followup_id": case.id})
    return case, True
