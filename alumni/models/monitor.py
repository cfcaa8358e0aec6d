"""The recovery monitor: one answer set per questionnaire sent (a round), its answers one
item at a time, and the sub-scores kept with it (alumni/domain/monitor.py)."""
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class RoundStatus(StrEnum):
    OPEN = "open"            # a question is out or on its way
    COMPLETE = "complete"    # every item answered
    EXPIRED = "expired"      # 48 hours passed: what was answered is kept


class MonitorRound(db.Model):
    """One questionnaire: the check-in that asked its first question (a plan step, a nudge
    or "send now" with the `monitor` template), the question of the moment and the
    check-in carrying it, and the sub-scores of the answers so far."""

    __tablename__ = "monitor_rounds"
    __table_args__ = (Index("ix_monitor_rounds_alumnus", "alumnus_id", "started_at"),
                      Index("ix_monitor_rounds_status_expires", "status", "expires_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    # Unique: two answers arriving at once cannot open two rounds for one questionnaire.
    opening_checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id"), unique=True)
    question_checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), index=True)
    item_index: Mapped[int] = mapped_column(default=0)     # the question of the moment, 0-based
    reasked: Mapped[bool] = mapped_column(default=False)   # that question was asked again already
    status: Mapped[str] = mapped_column(String(12), default=RoundStatus.OPEN)
    started_at: Mapped[datetime]                           # the first question was sent
    expires_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    use_days: Mapped[int | None]
    risk: Mapped[int | None]                               # 0-100
    protection: Mapped[int | None]                         # 0-100
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    answers: Mapped[list["MonitorAnswer"]] = relationship(
        back_populates="round", order_by="MonitorAnswer.id", cascade="all, delete-orphan")


class MonitorAnswer(db.Model):
    """One item answered: its value on the item's scale and the text that carried it."""

    __tablename__ = "monitor_answers"
    __table_args__ = (UniqueConstraint("round_id", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("monitor_rounds.id"))
    item_key: Mapped[str] = mapped_column(String(20))
    value: Mapped[int]
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)

    round: Mapped[MonitorRound] = relationship(back_populates="answers")
