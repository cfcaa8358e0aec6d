"""Sobriety milestones: the text owed for each milestone, and the decisions staff take on an
alumnus's sobriety date after a relapse."""
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class MilestoneText(db.Model):
    """One milestone of one sobriety date, and the check-in row that carries its text. The
    unique key is what makes the text go once however often (or however concurrently) the
    periodic job that owes it runs."""

    __tablename__ = "milestone_texts"
    __table_args__ = (UniqueConstraint("alumnus_id", "sobriety_date", "milestone_key"),
                      Index("ix_milestone_texts_on", "milestone_on"))

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    sobriety_date: Mapped[date]
    milestone_key: Mapped[str] = mapped_column(String(8))  # '30d', '180d', '1y', '2y'
    milestone_on: Mapped[date]
    days: Mapped[int]
    years: Mapped[int] = mapped_column(default=0)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    checkin = relationship("CheckIn")


class SobrietyDecision(StrEnum):
    APPLIED = "applied"   # a person set the new sobriety date
    KEPT = "kept"         # a person kept the date as it was


class SobrietyDateChange(db.Model):
    """What a person decided, after a relapse, about the sobriety date: at most one decision
    per relapse event (the unique key), with the dates before and after."""

    __tablename__ = "sobriety_date_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    relapse_event_id: Mapped[int] = mapped_column(ForeignKey("relapse_events.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(12))
    previous_date: Mapped[date | None]
    new_date: Mapped[date | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)

    decided_by = relationship("User")
