"""POST /webhooks/twilio/sms: an inbound SMS or WhatsApp message from Twilio.

Forged or unsigned -> 403 and nothing stored; a body that is not a Twilio message -> 400;
otherwise TwiML with our answer (an empty <Response/> when there is nothing to say)."""
from __future__ import annotations

import re
from functools import lru_cache

from flask import Response, abort, current_app, request
from twilio.twiml.messaging_response import MessagingResponse

from alumni.domain.phones import parse_phone
from alumni.services.inbound import InboundMessage, handle_inbound
from alumni.webhooks import bp
from alumni.webhooks.signature import require_twilio_signature

MESSAGE_SID = re.compile(r"^[A-Za-z0-9]{10,64}$")
WHATSAPP = "whatsapp:"


def clean(value: str, limit: int) -> str:
    """PostgreSQL refuses NUL characters in text; nothing else is altered."""
    return value.replace("\x00", "")[:limit]


def sender_number(raw: str) -> str:
    """E.164 when it parses; otherwise the raw sender (a short code or alphanumeric id),
    which matches nobody and lands in the unknown-senders inbox."""
    return _e164_or_raw(raw, current_app.config["DEFAULT_REGION"])


@lru_cache(maxsize=4096)
def _e164_or_raw(raw: str, region: str) -> str:
    # Parsing a number costs more than the rest of the request's Python; the same
    # alumni write again and again.
    try:
        return parse_phone(raw, region)
    except ValueError:
        return raw


@lru_cache(maxsize=512)
def twiml_text(answer: str | None) -> str:
    """The TwiML for an answer. Answers come from a small set of fixed texts, so each is
    built (through ElementTree) once per worker, not once per message."""
    response = MessagingResponse()
    if answer:
        response.message(answer)
    return str(response)


def twiml(answer: str | None) -> Response:
    return Response(twiml_text(answer), status=200, mimetype="application/xml")


@bp.route("/twilio/sms", methods=["POST"])
@require_twilio_signature
def twilio_sms():
    form = request.form
    sid = form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid") or ""
    raw_from = clean(form.get("From", ""), 254).strip()
    if not MESSAGE_SID.match(sid) or not raw_from:
        abort(400)
    channel = "whatsapp" if raw_from.lower().startswith(WHATSAPP) else "sms"
    if channel == "whatsapp":
        raw_from = raw_from[len(WHATSAPP):]
    raw_to = clean(form.get("To", ""), 254)
    result = handle_inbound(InboundMessage(
        channel=channel, provider_id=sid, from_addr=sender_number(raw_from),
        to_addr=raw_to[len(WHATSAPP):] if raw_to.lower().startswith(WHATSAPP) else raw_to,
        body=clean(form.get("Body", ""), 5000), attachments=media_types(form)))
    return twiml(result.reply)


def media_types(form) -> tuple[str, ...]:
    """Content types of the pictures, voice notes or files sent with the message. The
    media stay at Twilio (fetching them needs the account's credentials); the timeline
    says they exist and a person is asked to look."""
    try:
        count = min(max(int(form.get("NumMedia") or 0), 0), 10)
    except ValueError:
        return ()
    return tuple(clean(form.get(f"MediaContentType{i}") or "application/octet-stream", 100)
                 for i in range(count) if form.get(f"MediaUrl{i}") or form.get(f"MediaContentType{i}"))
