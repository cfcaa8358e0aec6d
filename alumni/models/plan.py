from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.domain.vocabulary import PREFERRED_CHANNEL, Channel
from alumni.extensions import db
from alumni.models.base import one_of, utcnow


class Plan(db.Model):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    is_default: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Non-response ladder (alumni/domain/ladder.py): channels tried in this order
    # for nudges after an unanswered check-in (empty = no nudges), and how many nudges
    # before a call task opens in the queue.
    ladder_channels: Mapped[str] = mapped_column(String(60), default="sms,whatsapp,email",
                                                 server_default="sms,whatsapp,email")
    ladder_max_nudges: Mapped[int] = mapped_column(default=1, server_default="1")

    steps: Mapped[list["PlanStep"]] = relationship(
        back_populates="plan", order_by="PlanStep.day_offset", cascade="all, delete-orphan")


class PlanStep(db.Model):
    __tablename__ = "plan_steps"
    __table_args__ = (one_of("channel", [*Channel, PREFERRED_CHANNEL]),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    day_offset: Mapped[int]
    channel: Mapped[str] = mapped_column(String(16), default=PREFERRED_CHANNEL)
    template_key: Mapped[str] = mapped_column(String(60), default="checkin")
    reply_window_hours: Mapped[int] = mapped_column(default=48)
    misses_before_case: Mapped[int] = mapped_column(default=2)

    plan: Mapped[Plan] = relationship(back_populates="steps")


class MessageTemplate(db.Model):
    __tablename__ = "message_templates"
    __table_args__ = (UniqueConstraint("key", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
