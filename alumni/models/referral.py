"""Referrals back to treatment and the steps each one took (alumni/domain/referrals.py
holds the states and which step may follow which)."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.domain.referrals import ReferralStatus
from alumni.extensions import db
from alumni.models.base import utcnow


class Referral(db.Model):
    """One referral back to treatment: made by staff (to whom, why), then an appointment,
    then how it ended. The current state is kept here; each step is a ReferralStep row."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    # The case it was made from (a "referred back to treatment" contact or resolution).
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"))
    # The relapse that led to it, when there was one: the dashboard times linkage from it.
    relapse_event_id: Mapped[int | None] = mapped_column(ForeignKey("relapse_events.id"))
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    referred_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default=ReferralStatus.REFERRED)
    appointment_on: Mapped[date | None]
    treated_on: Mapped[date | None]        # first day attended or re-admitted
    readmitted_on: Mapped[date | None]
    closed_on: Mapped[date | None]         # declined, attended, discharged
    # The re-admission paused their follow-up (it was active): the discharge resumes it.
    # A pause someone made for another reason is left for a person to lift.
    paused_plan: Mapped[bool] = mapped_column(default=False)
    # The discharge month when the referral was made, "YYYY-MM": the dashboard's cohort.
    # Kept, because a discharge after re-admission moves the alumnus's own date.
    cohort_month: Mapped[str] = mapped_column(String(7))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    alumnus = relationship("Alumnus")
    referred_by = relationship("User", foreign_keys=[referred_by_id])
    steps: Mapped[list["ReferralStep"]] = relationship(
        back_populates="referral", order_by="ReferralStep.id", cascade="all, delete-orphan")


class ReferralStep(db.Model):
    """Append-only: what was recorded, for which day, by whom and when."""

    __tablename__ = "referral_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referrals.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(12))
    day: Mapped[date]                     # the day it happened; for a booking, the appointment's day
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    referral: Mapped[Referral] = relationship(back_populates="steps")
    recorded_by = relationship("User")


Index("ix_referrals_alumnus", Referral.alumnus_id, Referral.referred_on)
Index("ix_referrals_status", Referral.status)
