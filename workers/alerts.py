"""Sending one urgent alert to one staff member on one channel."""
from __future__ import annotations

from flask import current_app

from alumni.extensions import db
from alumni.models import FollowUp, FollowUpStatus, User, utcnow


def alert_text(case: FollowUp) -> tuple[str, str]:
    """(subject, body). Names the alumnus by first name and record number only and never
    quotes their words: the alert travels over SMS and email."""
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    who = f"{case.alumnus.first_name} (#{case.alumnus_id})" if case.alumnus else f"#{case.alumnus_id}"
    subject = f"URGENT: crisis reply from {who}"
    body = (f"URGENT: {who} sent a reply that may mean they are in danger. "
            f"Call them now and acknowledge the case: {base}/alumni/{case.alumnus_id}")
    return subject, body


def send_staff_alert(user_id: int, followup_id: int, channel: str) -> str:
    from alumni.outreach.transports.registry import send_direct

    user = db.session.get(User, user_id)
    case = db.session.get(FollowUp, followup_id)
    if user is None or case is None or not user.active:
        return "skipped: user or case gone"
    if case.status == FollowUpStatus.RESOLVED:
        return "skipped: case already resolved"
    if case.acknowledged_at is not None:
        return "skipped: someone has already acknowledged the case"
    to = user.phone if channel in ("sms", "whatsapp") else user.email
    if not to:
        return f"skipped: no {channel} address"
    subject, body = alert_text(case)
    db.session.close()  # no transaction held open across the network call
    send_direct(channel, to, body, subject=subject)
    case = db.session.get(FollowUp, followup_id)
    case.last_alert_at = utcnow()
    db.session.commit()
    return "sent"
