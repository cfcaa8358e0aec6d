"""Opening follow-up cases. At most one unresolved case per alumnus and reason (a partial
unique index), so opening twice returns the case that is already open."""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from alumni.extensions import db
from alumni.models import REASON_PRIORITY, FollowUp, FollowUpStatus
from alumni.services.audit import audit


_OPEN_CASE = db.select(FollowUp).where(
    FollowUp.alumnus_id == db.bindparam("alumnus_id"), FollowUp.reason == db.bindparam("reason"),
    FollowUp.status != FollowUpStatus.RESOLVED)   # built once, bound per call


def find_open_case(alumnus_id: int, reason: str) -> FollowUp | None:
    return db.session.scalar(_OPEN_CASE, {"alumnus_id": alumnus_id, "reason": reason})


def open_case(alumnus_id: int, reason: str, *, message_id: int | None = None,
              checkin_id: int | None = None, note: str | None = None,
              actor: str = "system") -> tuple[FollowUp, bool]:
    """Open (or find) the case; returns (case, created). Runs in the caller's transaction,
    inside a savepoint so a concurrent opener's win is not an error."""
    existing = find_open_case(alumnus_id, reason)
    if existing is not None:
        return existing, False
    case = FollowUp(alumnus_id=alumnus_id, reason=reason, priority=REASON_PRIORITY[reason],
                    status=FollowUpStatus.OPEN, message_id=message_id, checkin_id=checkin_id, note=note)
    try:
        with db.session.begin_nested():
            db.session.add(case)
    except IntegrityError:
        return find_open_case(alumnus_id, reason), False
    audit("followup.opened", alumnus_id=alumnus_id, actor=actor,
          detail={"reason": reason, "followup_id": case.id})
    return case, True
