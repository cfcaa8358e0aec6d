"""Signed inbound webhooks, as Twilio and SendGrid Inbound Parse send them."""
from __future__ import annotations

import base64
import uuid
from datetime import timedelta
from email.utils import parseaddr

from twilio.request_validator import RequestValidator

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, utcnow

TWILIO_TOKEN = "test-twilio-auth-token"
EMAIL_TOKEN = "test-inbound-email-token-0123456789"
PUBLIC_BASE_URL = "http://localhost"
SMS_PATH = "/webhooks/twilio/sms"
EMAIL_PATH = "/webhooks/email/inbound"


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


def email_auth(password: str = EMAIL_TOKEN, user: str = "sendgrid") -> dict:
    """The Authorization header SendGrid sends for https://user:password@host/path."""
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def signed_by_sender(form: dict) -> dict:
    """The form with the relay's verdict that DKIM passed for the From address's domain (as
    for mail from any large provider), unless the form carries its own DKIM verdict."""
    if "dkim" in form:
        return form
    _, sender = parseaddr(form.get("from", ""))
    return {**form, "dkim": f"{{@{sender.rpartition('@')[2]} : pass}}"}


def post_email(client, form: dict, *, password: str | None = EMAIL_TOKEN, signed: bool = True,
               path: str = EMAIL_PATH):
    """POST an Inbound Parse form with Basic auth (password None: no Authorization header).
    signed: add a passing DKIM verdict for the sender's domain (signed_by_sender)."""
    headers = email_auth(password) if password is not None else {}
    data = signed_by_sender(form) if signed else form
    return client.post(path, data=data, headers=headers, content_type="multipart/form-data")


def open_checkin(alumnus, *, hours_ago: float = 1, window: int = 48, status=CheckInStatus.SENT,
                 kind: str = "checkin") -> CheckIn:
    sent = utcnow() - timedelta(hours=hours_ago)
    checkin = CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=sent, status=status,
                      sent_at=sent, reply_window_hours=window, kind=kind)
    db.session.add(checkin)
    db.session.commit()
    return checkin
