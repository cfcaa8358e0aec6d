"""POST /webhooks/twilio/status: Twilio's delivery reports for messages we sent
(StatusCallback on every SMS and WhatsApp send). Signature checked (403 otherwise);
the status only moves forward; Twilio gets an empty 204 either way, so it stops retrying."""
from __future__ import annotations

from flask import request

from alumni.delivery.delivery_status import apply_status
from alumni.webhooks import bp
from alumni.webhooks.signature import require_twilio_signature


@bp.post("/twilio/status")
@require_twilio_signature
def twilio_status():
    sid = request.form.get("MessageSid") or request.form.get("SmsSid") or ""
    status = (request.form.get("MessageStatus") or request.form.get("SmsStatus") or "").lower()
    if sid and status:
        apply_status(sid, status, request.form.get("ErrorCode") or None)
    return "", 204
