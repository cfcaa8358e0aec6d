"""Staff accounts for tests."""
from __future__ import annotations

import itertools

from alumni.accounts.accounts import hash_password
from alumni.extensions import db
from alumni.models.user import User

PASSWORD = "correct horse battery"
_counter = itertools.count(1)
_HASH = None


def make_user(role: str, email: str | None = None, **fields) -> User:
    """A user with the shared test password (hashed once per process: Argon2 is slow on purpose)."""
    global _HASH
    if _HASH is None:
        _HASH = hash_password(PASSWORD)
    user = User(email=email or f"{role}{next(_counter)}@example.org", role=role,
                password_hash=_HASH, name=fields.pop("name", role.title()), **fields)
    db.session.add(user)
    db.session.commit()
    return user
