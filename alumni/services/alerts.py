"""Urgent alerts: a crisis case reaches every on-call staff member at once, by SMS and
by email, each send its own job (one slow or failing channel never holds up another).

Job arguments are ids only: the worker looks up the phone number and address itself, so
no contact details sit in Redis."""
from __future__ import annotations

from alumni.extensions import db
from alumni.jobs import DEFAULT, enqueue
from alumni.models import User

ALERT_JOB = "workers.alerts.send_staff_alert"


def on_call_staff() -> list[User]:
    return list(db.session.scalars(db.select(User).where(User.on_call.is_(True), User.active.is_(True))
                                   .order_by(User.id)))


def alert_on_call(followup_id: int) -> int:
    """Enqueue one alert per on-call user and channel (SMS when they have a phone, email
    always). Returns how many were enqueued. Call after the case is committed."""
    enqueued = 0
    for user in on_call_staff():
        channels = (["sms"] if user.phone else []) + (["email"] if user.email else [])
        for channel in channels:
            job = enqueue(ALERT_JOB, user.id, followup_id, channel, queue=DEFAULT,
                          job_id=f"alert-{followup_id}-{user.id}-{channel}")
            enqueued += job is not None
    return enqueued
