"""Server-side sign-in sessions: the cookie names a session row, and the row decides.

A copied cookie is only as good as its row: sign-out ends the row, a password change or
deactivation ends all of the user's rows (and bumps the user's session_version, which
ends any row that was missed), and a row expires after SESSION_IDLE_MINUTES without a
request or SESSION_MAX_HOURS after sign-in, whichever comes first."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy.orm import joinedload

from alumni.domain.credentials import session_expiry
from alumni.extensions import db
from alumni.models.base import utcnow
from alumni.models.session import UserSession
from alumni.models.user import User

# last_seen_at is written at most this often, so a busy page costs no write per request;
# the idle timeout is therefore exact to within this much.
TOUCH_EVERY = timedelta(seconds=60)


def _hash(key: str) -> str:
    # The key is 32 random bytes: a plain SHA-256 is enough.
    return hashlib.sha256(key.encode()).hexdigest()


def start_session(user: User) -> str:
    """A new session for a user who just proved who they are; returns the key the cookie
    carries (the row keeps only its hash). The caller commits."""
    key = secrets.token_urlsafe(32)
    db.session.add(UserSession(user_id=user.id, key_hash=_hash(key), session_version=user.session_version))
    return key


def live_session(key: str) -> UserSession | None:
    """The session this key names, if it may still be used; an expired one is ended."""
    if not key or len(key) > 100:
        return None
    # One query for the session and its user: this runs on every signed-in request.
    row = db.session.scalar(db.select(UserSession).options(joinedload(UserSession.user))
                            .filter_by(key_hash=_hash(key)))
    if row is None or row.ended_at is not None:
        return None
    user = row.user
    now = utcnow()
    config = current_app.config
    expired = session_expiry(row.started_at, row.last_seen_at, now,
                             idle=timedelta(minutes=config["SESSION_IDLE_MINUTES"]),
                             lifetime=timedelta(hours=config["SESSION_MAX_HOURS"]))
    if expired or not user.active or user.session_version != row.session_version:
        row.ended_at = now
        db.session.commit()
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
        db.session.commit()
    return row


def end_session(key: str) -> None:
    """Sign-out: this session only. The caller commits."""
    if key:
        db.session.execute(db.update(UserSession).where(
            UserSession.key_hash == _hash(key), UserSession.ended_at.is_(None)).values(ended_at=utcnow()))
