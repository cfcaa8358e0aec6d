from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alumni.extensions import db
from alumni.models.base import utcnow
from alumni.models.user import User


class UserSession(db.Model):
    """One sign-in in one browser. The cookie carries a random key; only its SHA-256 is
    stored, so a copy of this table opens no session. A session is live until it is ended
    (sign-out, password change, deactivation) or expires (idle or absolute lifetime)."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The user's session_version at sign-in: a password change or (de)activation bumps
    # it, which ends this session even where nobody ended it by name.
    session_version: Mapped[int]
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()
