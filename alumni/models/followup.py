from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class FollowUpReason(StrEnum):
    CRISIS = "crisis"
    LOW_SCORE = "low_score"
    CALLBACK = "callback"
    MISSED = "missed"
    UNREACHABLE = "unreachable"
    UNREAD_TEXT = "unread_text"
    MENTOR_REQUEST = "mentor_request"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    SNOOZED = "snoozed"
    RESOLVED = "resolved"


# Lower sorts first in the queue.
REASON_PRIORITY = {
    FollowUpReason.CRISIS: 0,
    FollowUpReason.LOW_SCORE: 1,
    FollowUpReason.CALLBACK: 1,
    FollowUpReason.MENTOR_REQUEST: 2,
    FollowUpReason.UNREACHABLE: 2,
    FollowUpReason.UNREAD_TEXT: 2,
    FollowUpReason.MISSED: 3,
}


class FollowUp(db.Model):
    __tablename__ = "followups"
    __table_args__ = (
        # At most one unresolved case per alumnus and reason, enforced by the database.
        Index("uq_followups_open_per_reason", "alumnus_id", "reason", unique=True,
              sqlite_where=text("status != 'resolved'"),
              postgresql_where=text("status != 'resolved'")),
        Index("ix_followups_status_priority", "status", "priority", "opened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    reason: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(default=2)
    status: Mapped[str] = mapped_column(String(12), default=FollowUpStatus.OPEN)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    snooze_until: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    last_alert_at: Mapped[datetime | None]
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
