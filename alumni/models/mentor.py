"""Peer mentors: an alumnus who agreed and was trained, and the matches to new graduates."""
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class MentorProfile(db.Model):
    __tablename__ = "mentor_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), unique=True)
    consent: Mapped[bool] = mapped_column(default=False)
    consent_recorded_at: Mapped[datetime | None]
    trained_on: Mapped[date | None]
    capacity: Mapped[int] = mapped_column(default=2)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    area: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    alumnus = relationship("Alumnus")


class MentorMatch(db.Model):
    __tablename__ = "mentor_matches"
    __table_args__ = (
        # A mentee has at most one current mentor, enforced by the database.
        Index("uq_mentor_matches_current_mentee", "mentee_id", unique=True,
              sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(300))
    # Day offsets (from the mentee's discharge) at which the mentor is nudged.
    nudge_days: Mapped[list] = mapped_column(JSON, default=list)
    reasons: Mapped[list] = mapped_column(JSON, default=list)  # why it was suggested
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    mentor = relationship("Alumnus", foreign_keys=[mentor_id])
    mentee = relationship("Alumnus", foreign_keys=[mentee_id])
    messages: Mapped[list["MentorMessage"]] = relationship(
        back_populates="match", order_by="MentorMessage.id", cascade="all, delete-orphan")


class MentorMessagePurpose(StrEnum):
    INTRO_MENTEE = "intro_mentee"
    INTRO_MENTOR = "intro_mentor"
    NUDGE = "nudge"
    REQUEST = "request"


class MentorMessage(db.Model):
    """A text owed because of a match (introductions, nudges, a mentee's MENTOR request),
    sent as a CheckIn row; this row says which match and why, so the text can name the
    other person."""

    __tablename__ = "mentor_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("mentor_matches.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(16))
    day_offset: Mapped[int | None]  # nudges: days after the mentee's discharge
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkins.id"), unique=True)

    match: Mapped[MentorMatch] = relationship(back_populates="messages")
    checkin = relationship("CheckIn")
