from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE, STAFF_LANGUAGES
from alumni.domain.vocabulary import Role
from alumni.extensions import db
from alumni.models.base import one_of, utcnow


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (one_of("role", Role), one_of("language", STAFF_LANGUAGES))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(20))
    on_call: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    # Bumped on password change so other sessions of this user stop being valid.
    session_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[datetime | None]
    # The language of this person's screens (alumni/domain/staff_languages.py).
    language: Mapped[str] = mapped_column(String(5), default=DEFAULT_STAFF_LANGUAGE,
                                          server_default=DEFAULT_STAFF_LANGUAGE)

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive accounts
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"

    @property
    def display_name(self) -> str:
        return self.name or self.email

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"
