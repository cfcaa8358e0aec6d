"""Alumni meetings: an Event, its dated occurrences, and one Invitation per alumnus per
occurrence. Invitations and reminders are sent as CheckIn rows (one sending path); the
invitation only points at them."""
from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class EventMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"   # both: a place to come to and a link to join from


class Recurrence(StrEnum):
    NONE = "none"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class Audience(StrEnum):
    EVERYONE = "everyone"
    COHORTS = "cohorts"
    LANGUAGE = "language"
    PROGRAMME = "programme"
    # Family sessions: the supporters of every active alumnus whom the alumnus allowed us to
    # contact (may_contact), alone or with the alumni themselves.
    SUPPORTERS = "supporters"
    ALUMNI_AND_SUPPORTERS = "alumni_and_supporters"


INVITES_ALUMNI = frozenset(set(Audience) - {Audience.SUPPORTERS})
INVITES_SUPPORTERS = frozenset({Audience.SUPPORTERS, Audience.ALUMNI_AND_SUPPORTERS})


class Rsvp(StrEnum):
    NONE = "none"
    YES = "yes"
    NO = "no"


class Event(db.Model):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(16), default=EventMode.IN_PERSON)
    place: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    starts_at: Mapped[datetime]  # first meeting, naive UTC
    duration_minutes: Mapped[int] = mapped_column(default=90)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Kolkata")
    recurrence: Mapped[str] = mapped_column(String(16), default=Recurrence.NONE)
    # Invitations for each meeting go out this many days before it.
    invite_days_before: Mapped[int] = mapped_column(default=7)
    audience: Mapped[str] = mapped_column(String(32), default=Audience.EVERYONE)
    # cohort ids (as strings), language codes or programme names, by audience kind
    audience_values: Mapped[list] = mapped_column(JSON, default=list)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None]

    occurrences: Mapped[list["EventOccurrence"]] = relationship(
        back_populates="event", order_by="EventOccurrence.starts_at", cascade="all, delete-orphan")


class EventOccurrence(db.Model):
    """One dated meeting of an event; invitations and attendance belong to it."""

    __tablename__ = "event_occurrences"
    __table_args__ = (UniqueConstraint("event_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    invited_at: Mapped[datetime | None]
    reminders_sent_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]

    event: Mapped[Event] = relationship(back_populates="occurrences")
    invitations: Mapped[list["Invitation"]] = relationship(back_populates="occurrence")


class Invitation(db.Model):
    __tablename__ = "invitations"
    __table_args__ = (
        UniqueConstraint("occurrence_id", "alumnus_id"),
        Index("ix_invitations_alumnus_rsvp", "alumnus_id", "rsvp"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("event_occurrences.id"), index=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), index=True)
    rsvp: Mapped[str] = mapped_column(String(8), default=Rsvp.NONE)
    rsvp_at: Mapped[datetime | None]
    rsvp_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    reminder_checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"))
    attended: Mapped[bool] = mapped_column(default=False)
    attended_at: Mapped[datetime | None]
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    occurrence: Mapped[EventOccurrence] = relationship(back_populates="invitations")
    alumnus = relationship("Alumnus")
    checkin = relationship("CheckIn", foreign_keys=[checkin_id])


class SupporterInvitation(db.Model):
    """A supporter invited to one meeting (a family session). Kept apart from Invitation,
    whose every reader (attendance, no-shows, a meeting's invitees as a message audience,
    the alumnus's timeline) means the alumnus; the texts are CheckIn rows addressed to the
    supporter (checkins.supporter_id), sent by the one dispatcher."""

    __tablename__ = "supporter_invitations"
    __table_args__ = (UniqueConstraint("occurrence_id", "supporter_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurrence_id: Mapped[int] = mapped_column(ForeignKey("event_occurrences.id"), index=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id", ondelete="CASCADE"), index=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)  # whose supporter
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), index=True)
    reminder_checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"))
    rsvp: Mapped[str] = mapped_column(String(8), default=Rsvp.NONE)
    rsvp_at: Mapped[datetime | None]
    rsvp_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    occurrence: Mapped[EventOccurrence] = relationship()
    supporter = relationship("Supporter")
