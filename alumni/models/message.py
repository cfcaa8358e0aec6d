from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Message(db.Model):
    """Every text in or out. Unique provider ids make a webhook replay a no-op."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_alumnus_created", "alumnus_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16))
    alumnus_id: Mapped[int | None] = mapped_column(ForeignKey("alumni.id"))
    # An inbound text from one of the alumnus's supporters (family, a friend), stored
    # against the alumnus: who wrote it. Kept (as NULL) when the supporter is removed.
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id", ondelete="SET NULL"))
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), index=True)
    to_addr: Mapped[str] = mapped_column(String(254), default="")
    from_addr: Mapped[str] = mapped_column(String(254), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # Content types of the media an inbound message carried, space-separated (not the media).
    attachments: Mapped[str] = mapped_column(String(400), default="", server_default="")
    provider_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    provider_status: Mapped[str | None] = mapped_column(String(20))
    error_code: Mapped[str | None] = mapped_column(String(20))
    # What the system did with an inbound message, in plain words, for the timeline.
    handling: Mapped[str | None] = mapped_column(String(200))
    # The answer we gave an inbound message (TwiML body), repeated verbatim on a replay.
    reply_body: Mapped[str | None] = mapped_column(Text)
    dismissed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    status_updated_at: Mapped[datetime | None]

    alumnus = relationship("Alumnus")
    checkin = relationship("CheckIn")
    supporter = relationship("Supporter")
