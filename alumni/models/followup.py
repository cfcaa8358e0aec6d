from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, event, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.domain.queue_order import queue_rank
from alumni.domain.vocabulary import FollowUpReason, FollowUpStatus
from alumni.extensions import db
from alumni.models.base import one_of, utcnow

# Lower sorts first in the queue.
REASON_PRIORITY = {
    FollowUpReason.CRISIS: 0,
    FollowUpReason.LOW_SCORE: 1,
    FollowUpReason.CALLBACK: 1,
    FollowUpReason.URGENT: 1,
    FollowUpReason.DECLINING: 1,
    FollowUpReason.MENTOR_REQUEST: 2,
    FollowUpReason.UNREACHABLE: 2,
    FollowUpReason.UNREAD_TEXT: 2,
    FollowUpReason.MISSED: 3,
    FollowUpReason.REFERRAL_DUE: 2,
}


class FollowUp(db.Model):
    __tablename__ = "followups"
    __table_args__ = (
        # At most one unresolved case per alumnus and reason, enforced by the database.
        Index("uq_followups_open_per_reason", "alumnus_id", "reason", unique=True,
              sqlite_where=text("status != 'resolved'"),
              postgresql_where=text("status != 'resolved'")),
        Index("ix_followups_status_priority", "status", "priority", "opened_at"),
        one_of("reason", FollowUpReason),
        one_of("status", FollowUpStatus),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # None only for a crisis from a number that matches no record: the case still reaches
    # the queue, and its message says who wrote.
    alumnus_id: Mapped[int | None] = mapped_column(ForeignKey("alumni.id"))
    reason: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(default=2)
    status: Mapped[str] = mapped_column(String(12), default=FollowUpStatus.OPEN)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    snooze_until: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    # Why the detector raised it, for staff: "suicide (matched: jeena + nahi)".
    trigger: Mapped[str | None] = mapped_column(String(200))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    last_alert_at: Mapped[datetime | None]
    queue_rank: Mapped[int] = mapped_column(default=3, server_default="3")
    resolved_at: Mapped[datetime | None]

    alumnus = relationship("Alumnus")
    assignee = relationship("User", foreign_keys=[assignee_id])
    message = relationship("Message")


class ContactKind(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"


class ContactOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    REFERRED = "referred"
    WRONG_NUMBER = "wrong_number"


class Contact(db.Model):
    """A human contact by staff: a call, a visit or a message, and how it went."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(12))
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)

    staff = relationship("User")


# The queue's sort key is stored (kept current by the listeners below) so the
# "Needs follow-up" page is one index scan in (status, queue_rank, opened_at) order,
# even for cases opened by code that knows nothing about the queue.
Index("ix_followups_status_rank_opened", FollowUp.status, FollowUp.queue_rank, FollowUp.opened_at)
Index("ix_followups_status_reason", FollowUp.status, FollowUp.reason)
Index("ix_contacts_alumnus_at", Contact.alumnus_id, Contact.at)


@event.listens_for(FollowUp, "before_insert")
@event.listens_for(FollowUp, "before_update")
def _keep_queue_rank(mapper, connection, case: FollowUp) -> None:
    case.queue_rank = queue_rank(case.reason, case.priority if case.priority is not None else 2,
                                 acknowledged=case.acknowledged_at is not None)


class LadderAction(StrEnum):
    NUDGE = "nudge"
    CALL_TASK = "call_task"


class LadderRung(db.Model):
    """One step up the non-response ladder after an unanswered check-in: a nudge on the
    next consented channel, or (at the top) a call task in the queue. Unique per origin
    and rung, so a sweep that runs twice climbs once."""

    __tablename__ = "ladder_rungs"
    __table_args__ = (UniqueConstraint("origin_checkin_id", "rung"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    origin_checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id"))
    rung: Mapped[int]
    action: Mapped[str] = mapped_column(String(12))
    channel: Mapped[str | None] = mapped_column(String(16))
    nudge_checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), unique=True)
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DailyFigure(db.Model):
    """Pre-aggregated dashboard figures per centre-local day, rebuilt by a periodic roll-up
    (workers.followups.rollup_figures) so charts never scan millions of rows.
    ``total`` / ``count`` (e.g. replied / concluded check-ins, score sum / scores)."""

    __tablename__ = "daily_figures"

    day: Mapped[date] = mapped_column(primary_key=True)
    metric: Mapped[str] = mapped_column(String(24), primary_key=True)
    key: Mapped[str] = mapped_column(String(40), primary_key=True, default="")
    total: Mapped[int] = mapped_column(default=0)
    count: Mapped[int] = mapped_column(default=0)

