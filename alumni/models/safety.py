"""Records the safety net keeps beside the cases: relapse events on an alumnus's timeline
and the on-call rota that decides who is woken for a crisis."""
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class PlanOffer(StrEnum):
    OFFERED = "offered"     # a closer plan is offered to the coordinator
    APPLIED = "applied"     # a person confirmed it
    DECLINED = "declined"   # a person said no


class RelapseEvent(db.Model):
    """Using again, as an alumnus told us (or staff recorded): the day, the substance when
    named, the words that said so, and whether a closer plan was offered and taken."""

    __tablename__ = "relapse_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"))
    occurred_on: Mapped[date]
    substance: Mapped[str | None] = mapped_column(String(40))
    trigger: Mapped[str | None] = mapped_column(String(200))
    plan_offer: Mapped[str] = mapped_column(String(12), default=PlanOffer.OFFERED)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    alumnus = relationship("Alumnus")


Index("ix_relapse_events_alumnus", RelapseEvent.alumnus_id, RelapseEvent.occurred_on)


class OnCallShift(db.Model):
    """One weekly slot of the on-call rota: this user is on call on this weekday (0 Monday)
    from start_hour to end_hour (end exclusive), in the centre's time zone. A night shift
    is two rows, one each side of midnight."""

    __tablename__ = "on_call_shifts"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("start_hour >= 0 AND start_hour < end_hour AND end_hour <= 24",
                        name="hours"),
        Index("ix_on_call_shifts_weekday", "weekday", "start_hour"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    weekday: Mapped[int]
    start_hour: Mapped[int]
    end_hour: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user = relationship("User")
