"""Staff accounts: creation, passwords (Argon2id) and sign-in checks."""
from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from flask_babel import lazy_gettext as _l

from alumni.domain.staff_languages import STAFF_LANGUAGES
from alumni.domain.vocabulary import Role
from alumni.extensions import db
from alumni.models.api_token import ApiToken
from alumni.models.base import utcnow
from alumni.models.session import UserSession
from alumni.models.user import User

MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    """A refusal in plain words, naming the form field it is about (if any)."""

    # The message may be a lazy_gettext string: it is put into words in the language of
    # whoever reads it (English in a CLI command, the staff member's on a page).
    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


@cache
def _hasher_for(profile: str) -> PasswordHasher:
    return PasswordHasher.from_parameters(getattr(profiles, profile))


def _hasher() -> PasswordHasher:
    """Argon2id with the parameters of PASSWORD_HASH_PROFILE, one of argon2-cffi's own
    profiles (config.py allows RFC 9106's two, and the cheapest only outside production)."""
    return _hasher_for(current_app.config["PASSWORD_HASH_PROFILE"])


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def password_matches(user: User, password: str) -> bool:
    hasher = _hasher()
    try:
        # A hash names its own parameters: one made under another profile still verifies,
        # and is replaced below by one made with the profile now configured.
        hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    return True


def check_sign_in(email: str, password: str) -> User | None:
    """The active user these credentials belong to, or None. Every call costs one Argon2
    verification, also for an unknown or deactivated address: answering those at once
    would tell a stranger which staff addresses exist."""
    user = find_user_by_email(email)
    if user is None or not user.active:
        _verify_stand_in(password)
        return None
    return user if password_matches(user, password) else None


@cache
def _stand_in_hash(profile: str) -> str:
    """A hash of a random password, made with the profile's own parameters so that it costs the same."""
    return _hasher_for(profile).hash(secrets.token_urlsafe(24))


def _verify_stand_in(password: str) -> None:
    profile = current_app.config["PASSWORD_HASH_PROFILE"]
    try:
        _hasher_for(profile).verify(_stand_in_hash(profile), password)
    except (VerificationError, InvalidHashError):
        pass


def end_access(user: User) -> None:
    """End every session and revoke every API token of this user (password changed,
    account deactivated). Bumping session_version also ends what this misses. The caller
    commits."""
    now = utcnow()
    user.session_version += 1
    db.session.execute(db.update(UserSession).where(
        UserSession.user_id == user.id, UserSession.ended_at.is_(None)).values(ended_at=now))
    db.session.execute(db.update(ApiToken).where(
        ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)).values(revoked_at=now))


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(_l("Use at least %(count)d characters.", count=MIN_PASSWORD_LENGTH), field="password")


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise AccountError(str(error), field="email") from error  # the page says the library's reason again


def normalise_staff_phone(phone: str | None) -> str | None:
    """E.164, or None when left empty: crisis alerts are texted to this number."""
    from flask import current_app

    from alumni.domain.phones import parse_phone
    if not (phone or "").strip():
        return None
    try:
        return parse_phone(phone, current_app.config.get("DEFAULT_REGION", "IN"))
    except ValueError as error:
        raise AccountError(str(error), field="phone") from None


def check_role(role: str) -> None:
    if role not in tuple(Role):
        raise AccountError(_l("Role must be one of %(roles)s.", roles=", ".join(Role)), field="role")


def create_user(email: str, role: str, password: str, name: str = "", phone: str | None = None,
                on_call: bool = False) -> User:
    email = normalise_email(email)
    check_role(role)
    check_password_strength(password)
    phone = normalise_staff_phone(phone)
    if db.session.scalar(db.select(User).filter_by(email=email)):
        raise AccountError(_l("A user with email %(email)s already exists.", email=email), field="email")
    user = User(email=email, role=role, name=name, phone=phone, on_call=on_call,
                password_hash=hash_password(password))
    db.session.add(user)
    db.session.commit()
    return user


def change_password(user: User, current: str, new: str) -> None:
    if not password_matches(user, current):
        raise AccountError(_l("Your current password is not right."), field="current")
    check_password_strength(new)
    user.password_hash = hash_password(new)
    end_access(user)
    db.session.commit()


def reset_password(email: str, new: str) -> User:
    """An admin sets a new password for someone who forgot theirs; their sessions end."""
    user = find_user_by_email(email)
    if user is None:
        raise AccountError(_l("No user with email %(email)s.", email=email.strip().lower()))
    set_password(user, new)
    return user


def set_password(user: User, new: str) -> None:
    """A new password chosen by an admin: every open session and API token of that user
    ends, and a sign-in lock from repeated failures is lifted so they can use it at once.
    Commits."""
    from alumni.accounts.throttle import clear_account
    check_password_strength(new)
    user.password_hash = hash_password(new)
    end_access(user)
    db.session.commit()
    clear_account(user.email)


def update_user(user: User, *, name: str, role: str, phone: str | None, on_call: bool) -> dict:
    """Change a user's name, role, alert phone and on-call flag (the caller audits and
    commits). Returns what changed, old -> new. The last active admin keeps the role, so
    the centre is never left without anyone who can manage accounts."""
    check_role(role)
    phone = normalise_staff_phone(phone)
    if user.role == Role.ADMIN and role != Role.ADMIN and user.active and not _other_active_admin(user):
        raise AccountError(_l("This is the only active admin: make someone else an admin first."), field="role")
    changes = {}
    for field, value in (("name", name.strip()), ("role", role), ("phone", phone), ("on_call", on_call)):
        if getattr(user, field) != value:
            changes[field] = [getattr(user, field), value]
            setattr(user, field, value)
    return changes


def set_language(user: User, language: str) -> dict:
    """The language of this person's screens (the caller audits and commits). Returns what
    changed, old -> new, as update_user does."""
    if language not in STAFF_LANGUAGES:
        raise AccountError(_l("Choose one of the languages listed."), field="language")
    if user.language == language:
        return {}
    change = {"language": [user.language, language]}
    user.language = language
    return change


def _other_active_admin(user: User) -> bool:
    return db.session.scalar(db.select(db.func.count(User.id)).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)) > 0


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(db.select(User).filter_by(email=email.strip().lower()))
