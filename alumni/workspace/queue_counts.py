"""The counts a signed-in person sees first: how much waits in "Needs follow-up"."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func

from alumni.extensions import db
from alumni.models import REASON_PRIORITY, FollowUp, FollowUpReason, FollowUpStatus


@dataclass(frozen=True)
class QueueCounts:
    open: int = 0
    unclaimed: int = 0
    # reason -> open cases, most urgent reason first; only reasons with a case
    by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def crisis(self) -> int:
        return self.by_reason.get(FollowUpReason.CRISIS, 0)


def queue_counts() -> QueueCounts:
    """Open cases (not snoozed: those are out of the queue until they wake), in one query."""
    rows = db.session.execute(
        db.select(FollowUp.reason, FollowUp.assignee_id.is_(None), func.count())
        .where(FollowUp.status == FollowUpStatus.OPEN)
        .group_by(FollowUp.reason, FollowUp.assignee_id.is_(None))).all()
    by_reason: dict[str, int] = {}
    unclaimed = 0
    for reason, nobody_holds_it, count in rows:
        by_reason[reason] = by_reason.get(reason, 0) + count
        if nobody_holds_it:
            unclaimed += count
    ordered = dict(sorted(by_reason.items(), key=lambda item: (REASON_PRIORITY.get(item[0], 99), item[0])))
    return QueueCounts(open=sum(by_reason.values()), unclaimed=unclaimed, by_reason=ordered)
