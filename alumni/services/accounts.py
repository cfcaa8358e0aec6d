"""Staff accounts: creation, passwords (Argon2id) and sign-in checks."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email

from alumni.extensions import db
from alumni.models.user import Role, User

_hasher = PasswordHasher()  # argon2-cffi defaults to Argon2id with RFC 9106 parameters
MIN_PASSWORD_LENGTH = 10


class AccountError(ValueError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(user: User, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return True


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Use at least {MIN_PASSWORD_LENGTH} characters.")


def normalise_email(email: str) -> str:
    try:
        return validate_email(email.strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError as error:
        raise AccountError(str(error)) from None


def create_user(email: str, role: str, password: str, name: str = "", phone: str | None = None,
                on_call: bool = False) -> User:
    email = normalise_email(email)
    if role not in tuple(Role):
        raise AccountError(f"Role must be one of {', '.join(Role)}.")
    check_password_strength(password)
    if db.session.scalar(db.select(User).filter_by(email=email)):
        raise AccountError(f"A user with email {email} already exists.")
    user = User(email=email, role=role, name=name, phone=phone, on_call=on_call,
                password_hash=hash_password(password))
    db.session.add(user)
    db.session.commit()
    return user


def change_password(user: User, current: str, new: str) -> None:
    if not password_matches(user, current):
        raise AccountError("Your current password is not right.")
    check_password_strength(new)
    user.password_hash = hash_password(new)
    user.session_version += 1
    db.session.commit()


def reset_password(email: str, new: str) -> User:
    """An admin sets a new password for someone who forgot theirs; their sessions end."""
    user = find_user_by_email(email)
    if user is None:
        raise AccountError(f"No user with email {email.strip().lower()}.")
    check_password_strength(new)
    user.password_hash = hash_password(new)
    user.session_version += 1
    db.session.commit()
    return user


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(db.select(User).filter_by(email=email.strip().lower()))
