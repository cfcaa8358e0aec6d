from datetime import datetime

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from alumni.extensions import db
from alumni.models.base import utcnow


class AuditEvent(db.Model):
    """Append-only: who did what to which record. Never updated or deleted, not even by
    erasure, so alumnus_id is a plain number rather than a foreign key."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_alumnus_at", "alumnus_id", "at"),
        Index("ix_audit_events_user_at", "user_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(254))
    action: Mapped[str] = mapped_column(String(60))
    alumnus_id: Mapped[int | None]
    ip: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict | None] = mapped_column(JSON)
