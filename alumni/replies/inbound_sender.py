"""Who wrote an inbound message, and which check-in it answers: the sender's record, the
open check-in still inside its reply window, and the cases already open, read in one
statement (round trips are the cost of the inbound path)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy.orm import aliased, load_only

from alumni.domain.checkin_lifecycle import Move, sources
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
)
from alumni.models.base import in_fixed
from alumni.recovery.monitor import question_may_be_open, question_since

OPEN_CHECKIN_STATES = tuple(sorted(sources(Move.REPLY)))   # the check-ins a reply may answer
QUESTION_KINDS = (CheckInKind.CHECKIN, CheckInKind.NUDGE)
REACHABLE = (AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)
# The cases an inbound message may open that the sender look-up says are already open
# (urgent and declining cases are rarer: their INSERT finds an open one by its conflict).
INBOUND_CASES = (FollowUpReason.CRISIS, FollowUpReason.LOW_SCORE, FollowUpReason.CALLBACK,
                 FollowUpReason.UNREAD_TEXT)


@dataclass(frozen=True)
class Sender:
    """What the pipeline needs to know about who wrote, read in one statement."""

    alumnus: Alumnus | None
    checkin: CheckIn | None = None                  # the open check-in this may answer
    open_cases: dict[str, int] = field(default_factory=dict)   # reason -> unresolved case id
    # A recovery-monitor question may await this reply (alumni/recovery/monitor.py): without
    # one, its reply handler has nothing to look up.
    monitor_question: bool = False


@lru_cache(maxsize=4)
def _sender_statement(by: str):
    """The sender (reachable records first, then the newest: as find_alumnus_by_phone),
    up to five candidate open check-ins, the id of each inbound case already open, and
    whether a recovery-monitor question awaits an answer. Built once per kind of key, bound
    per call. Only the columns this path reads are loaded (any other loads on first use):
    every column fetched costs CPU per row."""
    key = {"phone": Alumnus.phone, "email": db.func.lower(Alumnus.email), "id": Alumnus.id}[by]
    record = (db.select(Alumnus).where(key == db.bindparam("key"))
              .order_by(db.case((in_fixed(Alumnus.status, REACHABLE), 0), else_=1), Alumnus.id.desc())
              .limit(1).subquery())
    person = aliased(Alumnus, record)
    open_case_ids = [db.select(FollowUp.id)
                     .where(FollowUp.alumnus_id == person.id, FollowUp.reason == reason,
                            FollowUp.status != FollowUpStatus.RESOLVED)
                     .scalar_subquery().label(f"open_{reason}") for reason in INBOUND_CASES]
    monitor = question_may_be_open(person.id).label("monitor_question")
    return (db.select(person, CheckIn, *open_case_ids, monitor).select_from(person)
            .outerjoin(CheckIn, db.and_(CheckIn.alumnus_id == person.id,
                                        in_fixed(CheckIn.status, OPEN_CHECKIN_STATES),
                                        in_fixed(CheckIn.kind, QUESTION_KINDS)))
            .options(load_only(person.id, person.language, person.discreet, person.status, person.timezone),
                     load_only(CheckIn.id, CheckIn.status, CheckIn.sent_at, CheckIn.due_at,
                               CheckIn.reply_window_hours))
            .order_by(CheckIn.sent_at.desc().nulls_last(), CheckIn.id.desc()).limit(5))


def find_sender(channel: str, from_addr: str, now: datetime) -> Sender:
    if not from_addr:
        return Sender(None)
    if channel == Channel.EMAIL:
        return _read_sender(_sender_statement("email"), from_addr.strip().lower(), now)
    return _read_sender(_sender_statement("phone"), from_addr, now)


def known_sender(alumnus: Alumnus, now: datetime) -> Sender:
    """The sender when the record is already known (a message linked from the unknown-senders inbox)."""
    return _read_sender(_sender_statement("id"), alumnus.id, now)


def _read_sender(statement, key, now: datetime) -> Sender:
    rows = db.session.execute(statement, {"key": key, "monitor_since": question_since(now)}).all()
    if not rows:
        return Sender(None)
    first = rows[0]
    open_cases = {reason: case_id for reason, case_id in zip(INBOUND_CASES, first[2:-1], strict=True)
                  if case_id is not None}
    checkin = answerable_checkin([row[1] for row in rows if row[1] is not None], now)
    return Sender(first[0], checkin, open_cases, monitor_question=bool(first[-1]))


def answerable_checkin(candidates, now: datetime) -> CheckIn | None:
    """The most recent check-in that asked a question and is still inside its reply window."""
    for checkin in candidates:
        sent = checkin.sent_at or checkin.due_at
        if sent + timedelta(hours=checkin.reply_window_hours) >= now:
            return checkin
    return None


# Built once (bound per call): constructing it cost more CPU than running it.
_OPEN_CHECKINS = (db.select(CheckIn)
                  .where(CheckIn.alumnus_id == db.bindparam("alumnus_id"),
                         CheckIn.status.in_(OPEN_CHECKIN_STATES), CheckIn.kind.in_(QUESTION_KINDS))
                  .order_by(CheckIn.sent_at.desc().nulls_last(), CheckIn.id.desc()).limit(5))


def open_checkin_for(alumnus_id: int, now) -> CheckIn | None:
    """The open check-in on its own (reply handlers ask for it)."""
    return answerable_checkin(db.session.scalars(_OPEN_CHECKINS, {"alumnus_id": alumnus_id}), now)
