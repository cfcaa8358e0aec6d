"""API tokens: issued once, stored only as a SHA-256 hash."""
from __future__ import annotations

import hashlib
import secrets

from alumni.extensions import db
from alumni.models.api_token import ApiToken
from alumni.services.accounts import find_user_by_email


def hash_token(token: str) -> str:
    # A token is 32 random bytes, so a plain SHA-256 is enough (no slow hash needed).
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(email: str, name: str) -> str:
    user = find_user_by_email(email)
    if user is None:
        raise LookupError(f"No user with email {email}.")
    token = "alm_" + secrets.token_urlsafe(32)
    db.session.add(ApiToken(user_id=user.id, name=name, token_hash=hash_token(token)))
    db.session.commit()
    return token
