from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.domain.vocabulary import AlumnusStatus, Channel
from alumni.extensions import db
from alumni.models.base import one_of, utcnow


class ConsentSource(StrEnum):
    FORM = "form"
    PAPER = "paper"
    KEYWORD = "keyword"
    API = "api"
    CSV = "csv"
    CARRIER = "carrier"


LANGUAGES = ("en", "hi", "mr")
REACHABLE_SQL = "status IN ('active', 'paused')"


class Cohort(db.Model):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    programme: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Alumnus(db.Model):
    __tablename__ = "alumni"
    __table_args__ = (
        Index("ix_alumni_status_discharge", "status", "discharge_date"),
        # One phone number belongs to at most one alumnus we still write to; withdrawn and
        # erased records may share it (a number is recycled, a person re-enrols).
        Index("uq_alumni_phone_reachable", "phone", unique=True,
              sqlite_where=text(REACHABLE_SQL), postgresql_where=text(REACHABLE_SQL)),
        one_of("status", AlumnusStatus),
        one_of("preferred_channel", Channel),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Kolkata")
    preferred_hour: Mapped[int] = mapped_column(default=10)
    programme: Mapped[str | None] = mapped_column(String(120))
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohorts.id"), index=True)
    discharge_date: Mapped[date]
    sobriety_date: Mapped[date | None]
    preferred_channel: Mapped[str] = mapped_column(String(16), default=Channel.SMS)
    status: Mapped[str] = mapped_column(String(16), default=AlumnusStatus.ACTIVE)
    assigned_staff_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plans.id"))
    # On a shared phone, messages must not name the centre, treatment or recovery.
    discreet: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    erased_at: Mapped[datetime | None]

    cohort: Mapped[Cohort | None] = relationship()
    assigned_staff = relationship("User")
    consents: Mapped[list["Consent"]] = relationship(
        back_populates="alumnus", order_by="Consent.id", cascade="all, delete-orphan")
    supporters: Mapped[list["Supporter"]] = relationship(
        back_populates="alumnus", order_by="Supporter.id", cascade="all, delete-orphan")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def current_consent(self, channel: str) -> bool:
        """The newest row per channel is the state; no row means no consent."""
        latest = None
        for consent in self.consents:
            if consent.channel == channel and (latest is None or consent.id > latest.id):
                latest = consent
        return bool(latest and latest.granted)


class Consent(db.Model):
    """Append-only; a change of mind is a new row, never an update."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_alumnus_channel", "alumnus_id", "channel", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"))
    channel: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool]
    source: Mapped[str] = mapped_column(String(16))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    alumnus: Mapped[Alumnus] = relationship(back_populates="consents")
    recorded_by = relationship("User")


class Supporter(db.Model):
    """Family or others the alumnus names; contacted only with the alumnus's consent."""

    __tablename__ = "supporters"
    # An inbound text is matched to its supporter by number or address.
    __table_args__ = (Index("ix_supporters_phone", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    may_contact: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    alumnus: Mapped[Alumnus] = relationship(back_populates="supporters")
