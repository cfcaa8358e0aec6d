"""The demo centre `make run` seeds once, so a new install has something to look at."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, timedelta

from flask import current_app

from alumni.extensions import db
from alumni.models import Channel, ConsentSource, Role, User
from alumni.services.accounts import create_user

DEMO_ADMIN = "admin@example.org"
# email, role, name: the admin first (the login `make run` names first)
DEMO_USERS = [
    (DEMO_ADMIN, Role.ADMIN, "Demo Admin"),
    ("coordinator@example.org", Role.COORDINATOR, "Demo Coordinator"),
    ("staff@example.org", Role.STAFF, "Demo Staff"),
]

DEMO_ALUMNI = [
    # first, last, phone, email, language, days since discharge, channel
    ("Asha", "Kulkarni", "+919812345601", "asha@example.org", "mr", 2, Channel.SMS),
    ("Ravi", "Sharma", "+919812345602", None, "hi", 20, Channel.WHATSAPP),
    ("Meera", "Iyer", "+919812345603", "meera@example.org", "en", 45, Channel.EMAIL),
    ("Sunil", "Patil", "+919812345604", None, "mr", 200, Channel.SMS),
    ("राहुल", "वर्मा", "+919812345605", None, "hi", 400, Channel.SMS),
]


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: str
    password: str


def seed_demo() -> list[DemoLogin] | None:
    """Seed once; returns the demo logins when it seeded, None when data already exists.

    The passwords are random and kept nowhere but in their hashes: the caller shows them
    once, now. A login shown later could have been changed since, and would be refused."""
    if db.session.scalar(db.select(User).limit(1)) is not None:
        return None
    logins = [DemoLogin(email, role, secrets.token_urlsafe(12)) for email, role, _ in DEMO_USERS]
    users = {login.email: create_user(login.email, login.role, login.password, name=name,
                                      on_call=login.role == Role.ADMIN)
             for login, (_, _, name) in zip(logins, DEMO_USERS)}
    admin = users[DEMO_ADMIN]
    db.session.commit()
    today = date.today()
    # Through the enrolment service, as a coordinator would: consents, audit rows, plan.
    from alumni.services.alumni import enrol_alumnus
    for first, last, phone, email, language, days, channel in DEMO_ALUMNI:
        enrol_alumnus({
            "first_name": first, "last_name": last, "phone": phone, "email": email,
            "language": language, "timezone": current_app.config["DEFAULT_TIMEZONE"],
            "programme": "Residential 90-day", "cohort": "Demo cohort", "preferred_channel": channel,
            "discharge_date": (today - timedelta(days=days)).isoformat(),
            "consent_sms": bool(phone), "consent_whatsapp": channel == Channel.WHATSAPP,
            "consent_email": channel == Channel.EMAIL,
        }, recorded_by_id=admin.id, source=ConsentSource.FORM)
    db.session.commit()
    return logins
