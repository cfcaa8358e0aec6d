"""Stopping and resuming contact: pause (nothing sent meanwhile), resume, withdraw (every
scheduled check-in cancelled). Each is recorded with why, for the next coordinator."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, CheckIn, CheckInStatus
from alumni.plans.plans import cancel_future, replan_future, resume_future
from alumni.records.alumni import REACHABLE, RecordClosed, commit_or_duplicate, reachable_with_phone


class ReasonNeeded(ValueError):
    """Stopping contact with someone is recorded with why: the next coordinator will ask."""


@dataclass(frozen=True)
class PlannedContact:
    """What stopping contact would stop: the check-ins still to be sent, and the next one."""
    scheduled: int
    next_due: datetime | None


def planned_contact(alumnus: Alumnus) -> PlannedContact:
    count, next_due = db.session.execute(
        db.select(db.func.count(CheckIn.id), db.func.min(CheckIn.due_at))
        .where(CheckIn.alumnus_id == alumnus.id, CheckIn.status == CheckInStatus.SCHEDULED)).one()
    return PlannedContact(scheduled=count or 0, next_due=next_due)


def _required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReasonNeeded("Say why, in a few words: it is kept on the record.")
    return reason[:200]


def _set_status(alumnus: Alumnus, allowed_from: tuple, status: str) -> str:
    if alumnus.status not in allowed_from:
        raise RecordClosed(f"An alumnus who is {alumnus.status} cannot be {status}.")
    before, alumnus.status = alumnus.status, status
    return before


def pause_outreach(alumnus: Alumnus, *, reason: str) -> Alumnus:
    """Nothing is sent while paused; check-ins that fall due meanwhile are skipped, not saved up."""
    reason = _required(reason)
    _set_status(alumnus, (AlumnusStatus.ACTIVE,), AlumnusStatus.PAUSED)
    waiting = planned_contact(alumnus).scheduled
    audit("alumnus.paused", alumnus_id=alumnus.id, detail={"reason": reason, "scheduled": waiting})
    replan_future(alumnus)
    db.session.commit()
    return alumnus


def resume_outreach(alumnus: Alumnus, *, reason: str = "") -> Alumnus:
    """Back to active from paused or withdrawn. Only the future is planned again: what was
    skipped or cancelled while contact was stopped stays as it was."""
    if alumnus.status == AlumnusStatus.WITHDRAWN:
        # Withdrawal frees the number for a new record; two reachable records must not share it.
        other = reachable_with_phone(alumnus.phone, other_than=alumnus.id)
        if other is not None:
            raise RecordClosed(f"This number now belongs to alumnus #{other.id}, who is followed up "
                               "instead. Change the number on this record first.")
    before = _set_status(alumnus, (AlumnusStatus.PAUSED, AlumnusStatus.WITHDRAWN), AlumnusStatus.ACTIVE)
    report = resume_future(alumnus)
    detail = {"from": str(before), "scheduled": planned_contact(alumnus).scheduled, "created": report.created}
    if reason.strip():
        detail["reason"] = reason.strip()[:200]
    audit("alumnus.resumed", alumnus_id=alumnus.id, detail=detail)
    commit_or_duplicate(alumnus.phone)
    return alumnus


WITHDRAWN_REASON = "withdrawn from the programme"


def withdraw(alumnus: Alumnus, *, reason: str) -> Alumnus:
    """Leaves the programme: every scheduled check-in is cancelled; the record stays and
    follow-up can be resumed later."""
    reason = _required(reason)
    _set_status(alumnus, REACHABLE, AlumnusStatus.WITHDRAWN)
    cancelled = cancel_future(alumnus.id, WITHDRAWN_REASON)
    audit("alumnus.withdrawn", alumnus_id=alumnus.id, detail={"reason": reason, "cancelled": cancelled})
    db.session.commit()
    return alumnus
