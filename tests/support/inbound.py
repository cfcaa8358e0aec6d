"""Signed inbound webhooks, as Twilio and SendGrid Inbound Parse send them."""
from __future__ import annotations

import uuid
from datetime import timedelta

from twilio.request_validator import RequestValidator

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, utcnow

TWILIO_TOKEN = "test-twilio-auth-token"
EMAIL_TOKEN = "test-inbound-email-token-0123456789"
PUBLIC_BASE_URL = "http://localhost"
SMS_PATH = "/webhooks/twilio/sms"


def new_sid() -> str:
    return "SM" + uuid.uuid4().hex


def sign(params: dict, path: str = SMS_PATH, token: str = TWILIO_TOKEN, base: str = PUBLIC_BASE_URL) -> str:
    return RequestValidator(token).compute_signature(base + path, params)


def post_sms(client, body: str, sender: str, *, sid: str | None = None, token: str = TWILIO_TOKEN,
             signature: str | None = None, **extra):
    params = {"MessageSid": sid or new_sid(), "AccountSid": "AC" + "0" * 32, "From": sender,
              "To": "+15005550006", "Body": body, "NumMedia": "0", **extra}
    headers = {"X-Twilio-Signature": signature if signature is not None else sign(params, token=token)}
    return client.post(SMS_PATH, data=params, headers=headers)


def open_checkin(alumnus, *, hours_ago: float = 1, window: int = 48, status=CheckInStatus.SENT,
                 kind: str = "checkin") -> CheckIn:
    sent = utcnow() - timedelta(hours=hours_ago)
    checkin = CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=sent, status=status,
                      sent_at=sent, reply_window_hours=window, kind=kind)
    db.session.add(checkin)
    db.session.commit()
    return checkin
