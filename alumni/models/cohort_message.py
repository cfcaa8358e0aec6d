"""A message to a group: the texts a coordinator wrote once (en/hi/mr), the audience it was
for, and one row per person in that audience, with the check-in that carries their text or
the reason they were skipped."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow


class CohortMessage(db.Model):
    """The unique token comes from the preview form, so a confirm posted twice (a double
    click, a resubmitted page) finds the message it already made instead of a second one."""

    __tablename__ = "cohort_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    audience_kind: Mapped[str] = mapped_column(String(20))
    audience_value: Mapped[str] = mapped_column(String(120))
    audience_words: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(Text)
    text_hi: Mapped[str] = mapped_column(Text, default="")
    text_mr: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    created_by = relationship("User")

    def texts(self) -> dict[str, str]:
        return {"en": self.text_en, "hi": self.text_hi, "mr": self.text_mr}


class CohortMessageRecipient(db.Model):
    __tablename__ = "cohort_message_recipients"
    __table_args__ = (UniqueConstraint("cohort_message_id", "alumnus_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_message_id: Mapped[int] = mapped_column(ForeignKey("cohort_messages.id"))
    alumnus_id: Mapped[int] = mapped_column(ForeignKey("alumni.id"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(ForeignKey("checkins.id"), unique=True)
    language: Mapped[str] = mapped_column(String(8))      # the version of the text they get
    skip_reason: Mapped[str | None] = mapped_column(String(20))

    message: Mapped[CohortMessage] = relationship()
    checkin = relationship("CheckIn")
