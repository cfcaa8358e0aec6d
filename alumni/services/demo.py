"""The demo centre `make run` seeds once, so a new install has something to look at."""
from __future__ import annotations

import secrets
from datetime import date, timedelta
from pathlib import Path

from flask import current_app

from alumni.extensions import db
from alumni.models import Channel, ConsentSource, Role, User
from alumni.services.accounts import create_user

DEMO_ADMIN = "admin@example.org"

DEMO_ALUMNI = [
    # first, last, phone, email, language, days since discharge, channel
    ("Asha", "Kulkarni", "+919812345601", "asha@example.org", "mr", 2, Channel.SMS),
    ("Ravi", "Sharma", "+919812345602", None, "hi", 20, Channel.WHATSAPP),
    ("Meera", "Iyer", "+919812345603", "meera@example.org", "en", 45, Channel.EMAIL),
    ("Sunil", "Patil", "+919812345604", None, "mr", 200, Channel.SMS),
    ("राहुल", "वर्मा", "+919812345605", None, "hi", 400, Channel.SMS),
]


def login_file() -> Path:
    return Path(current_app.config["INSTANCE_PATH"]) / "demo-login.txt"


def seed_demo() -> tuple[str, str] | None:
    """Seed once; returns (email, password) when it seeded, None when data already exists."""
    if db.session.scalar(db.select(User).limit(1)) is not None:
        return None
    password = secrets.token_urlsafe(12)
    admin = create_user(DEMO_ADMIN, Role.ADMIN, password, name="Demo Admin", on_call=True)
    for email, role, name in (("coordinator@example.org", Role.COORDINATOR, "Demo Coordinator"),
                              ("staff@example.org", Role.STAFF, "Demo Staff")):
        create_user(email, role, secrets.token_urlsafe(16), name=name)
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
    path = login_file()
    path.write_text(f"{DEMO_ADMIN} {password}\n")
    path.chmod(0o600)
    return DEMO_ADMIN, password
