"""Opening follow-up cases. At most one unresolved case per alumnus and reason (a partial
unique index), so opening twice returns the case that is already open.

A crisis case is also opened for a sender we have no record of (alumnus_id NULL, its
message says who wrote; NULLs never conflict in that index); a new crisis text puts a
crisis case that was acknowledged, claimed or snoozed back at the top of the queue; and
when staff say who an unknown sender is, their case moves to that alumnus."""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from sqlalchemy.dialects import postgresql, sqlite

from alumni.core.audit import audit
from alumni.domain.queue_order import queue_rank
from alumni.extensions import db
from alumni.models import REASON_PRIORITY, FollowUp, FollowUpReason, FollowUpStatus, Message, utcnow

_OPEN_CASE = db.select(FollowUp).where(
    FollowUp.alumnus_id == db.bindparam("alumnus_id"), FollowUp.reason == db.bindparam("reason"),
    FollowUp.status != FollowUpStatus.RESOLVED)   # built once, bound per call


def insert_once(model, values: dict, *, index_elements: tuple[str, ...], index_where=None):
    """INSERT one row ... ON CONFLICT DO NOTHING RETURNING it as an entity; None when the
    unique index already holds one. ON CONFLICT (this database's dialect of INSERT, on
    PostgreSQL and SQLite both): losing a uniqueness race is no error and needs no
    savepoint. The values go as parameters to a statement built once per model, conflict
    target and database (the ORM's bulk INSERT, with one row), not into a values() clause
    built and keyed for the statement cache anew on every call. None is sent as NULL, as
    values() would (render_nulls); a column left out takes its default."""
    statement = _insert_once_statement(model, db.session.get_bind().dialect.name, index_elements, index_where)
    return db.session.scalar(statement, values, execution_options={"render_nulls": True})


@lru_cache(maxsize=16)
def _insert_once_statement(model, dialect_name: str, index_elements: tuple[str, ...], index_where):
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return (dialect.insert(model)
            .on_conflict_do_nothing(index_elements=list(index_elements), index_where=index_where)
            .returning(model))


# The one-open-case index's own predicate, as a literal: PostgreSQL matches ON CONFLICT to
# a partial index only when it can prove the predicate, and a bound parameter defeats that
# once the statement is prepared (a generic plan), failing on the sixth execution or so.
OPEN_INDEX_PREDICATE = db.text(f"status != '{FollowUpStatus.RESOLVED}'")


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


def insert_case(alumnus_id: int | None, reason: str, *, message_id: int | None = None,
                checkin_id: int | None = None, note: str | None = None, trigger: str | None = None,
                actor: str = "system", opened_at: datetime | None = None) -> tuple[FollowUp, bool]:
    """Open the case for a caller that has already seen none open: one INSERT, and only if
    a concurrent opener got there first, a look-up of the case it opened. alumnus_id None
    (a crisis from an unknown sender) always inserts."""
    priority = REASON_PRIORITY[reason]
    values = dict(alumnus_id=alumnus_id, reason=reason, priority=priority, status=FollowUpStatus.OPEN,
                  message_id=message_id, checkin_id=checkin_id, note=note,
                  trigger=trigger[:200] if trigger else None,
                  # An INSERT statement runs no mapper events, so the model's before_insert
                  # listener does not set the rank: the same rule, asked here.
                  queue_rank=queue_rank(reason, priority, acknowledged=False))
    if opened_at is not None:
        values["opened_at"] = opened_at
    case = insert_once(FollowUp, values, index_elements=("alumnus_id", "reason"), index_where=OPEN_INDEX_PREDICATE)
    if case is None and alumnus_id is not None:
        return find_open_case(alumnus_id, reason), False
    audit("followup.opened", alumnus_id=alumnus_id, actor=actor,
          detail={"reason": reason, "followup_id": case.id})
    return case, True


_TOP_OF_QUEUE = queue_rank(FollowUpReason.CRISIS, REASON_PRIORITY[FollowUpReason.CRISIS], acknowledged=False)


def crisis_again(case_id: int, trigger: str | None, *, alumnus_id: int | None, message_id: int,
                 actor: str | None = "system") -> None:
    """A new crisis message on a crisis case already open, acknowledged, claimed or snoozed:
    it is open again, unsnoozed and unacknowledged, so back at the top of the queue (its
    assignee and who acknowledged it stay: they are alerted too). The first trigger stays;
    a case without one takes this message's. A plain UPDATE (the webhook path), so the
    queue rank is written here as the model's listener would."""
    table = FollowUp.__table__
    db.session.execute(
        db.update(table).where(table.c.id == case_id)
        .values(status=FollowUpStatus.OPEN, snooze_until=None, acknowledged_at=None,
                queue_rank=_TOP_OF_QUEUE,
                trigger=db.func.coalesce(table.c.trigger, trigger[:200] if trigger else None)))
    audit("followup.crisis_again", alumnus_id=alumnus_id, actor=actor,
          detail={"followup_id": case_id, "message_id": message_id})


def open_unknown_crisis_case(from_addr: str) -> FollowUp | None:
    """The open crisis case of a sender with no record, found by the address its first
    message came from."""
    if not from_addr:
        return None
    return db.session.scalar(
        db.select(FollowUp).join(Message, Message.id == FollowUp.message_id)
        .where(FollowUp.alumnus_id.is_(None), FollowUp.reason == FollowUpReason.CRISIS,
               FollowUp.status != FollowUpStatus.RESOLVED, Message.from_addr == from_addr)
        .order_by(FollowUp.id).limit(1))


def move_unknown_case(case: FollowUp, alumnus_id: int) -> FollowUp:
    """Staff said who the unknown sender is: their crisis case becomes the alumnus's, or,
    when the alumnus already has an open crisis case, merges into it (the unknown case is
    resolved as merged; the open case keeps its trigger, or takes this one's, and goes back
    to the top when the unknown case was still unacknowledged). Returns the alumnus's case."""
    existing = find_open_case(alumnus_id, FollowUpReason.CRISIS)
    if existing is None:
        case.alumnus_id = alumnus_id
        audit("followup.linked", alumnus_id=alumnus_id, detail={"followup_id": case.id})
        return case
    existing.trigger = existing.trigger or case.trigger
    if case.acknowledged_at is None:
        existing.status, existing.snooze_until, existing.acknowledged_at = FollowUpStatus.OPEN, None, None
    case.status, case.resolved_at = FollowUpStatus.RESOLVED, utcnow()
    case.outcome = f"merged into case #{existing.id}"[:40]
    audit("followup.merged", alumnus_id=alumnus_id,
          detail={"followup_id": case.id, "into_followup_id": existing.id})
    return existing
