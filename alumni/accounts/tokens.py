"""API tokens: issued once, stored only as a SHA-256 hash, expiring, scoped (read, write)."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from alumni.accounts.accounts import find_user_by_email
from alumni.domain.credentials import SCOPES, parse_scopes
from alumni.extensions import db
from alumni.models.api_token import ApiToken
from alumni.models.base import utcnow

DEFAULT_DAYS = 90
MAX_DAYS = 3650
# last_used_at is written at most this often: a busy integration costs no write per call.
LAST_USED_EVERY = timedelta(seconds=60)


def hash_token(token: str) -> str:
    # A token is 32 random bytes, so a plain SHA-256 is enough (no slow hash needed).
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(email: str, name: str, days: int = DEFAULT_DAYS, scopes=SCOPES) -> str:
    """A new token for a user, valid for `days`; returns the token (shown once). Commits."""
    user = find_user_by_email(email)
    if user is None:
        raise LookupError(f"No user with email {email}.")
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"A token lasts from 1 to {MAX_DAYS} days.")
    token = "alm_" + secrets.token_urlsafe(32)
    db.session.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token),
                            expires_at=utcnow() + timedelta(days=days), scopes=parse_scopes(scopes),
                            session_version=user.session_version))
    db.session.commit()
    return token


def token_for_request(presented: str) -> ApiToken | None:
    """The token a request presents, if it may be used now (not revoked or expired, its
    user active and unchanged since it was issued)."""
    if not presented or len(presented) > 200:
        return None
    token = db.session.scalar(db.select(ApiToken).filter_by(token_hash=hash_token(presented)))
    if token is None or token_state(token) != "active":
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_EVERY:
        token.last_used_at = now
        db.session.commit()
    return token


def token_state(token: ApiToken, now=None) -> str:
    """"active", "revoked" or "expired", as a person listing tokens should read it."""
    if token.revoked_at is not None or not token.user.active or token.session_version != token.user.session_version:
        return "revoked"
    if token.expires_at <= (now or utcnow()):
        return "expired"
    return "active"


def all_tokens() -> list[ApiToken]:
    return list(db.session.scalars(db.select(ApiToken).order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def revoke_token(token_id: int) -> ApiToken:
    """Revoke one token (idempotent). The caller audits and commits."""
    token = db.session.get(ApiToken, token_id)
    if token is None:
        raise LookupError(f"No API token #{token_id}.")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    return token
