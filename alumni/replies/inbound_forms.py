"""A provider's inbound form post -> the InboundMessage the pipeline takes.

The webhooks build it from the live request; the spool replay builds it from the same
fields kept while the database was unavailable. One function per provider, so a replayed
text is handled exactly as it would have been on arrival."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from email.utils import parseaddr
from functools import lru_cache

from alumni.domain.email_authenticity import judge_email
from alumni.domain.email_quotes import reply_body
from alumni.domain.phones import parse_phone
from alumni.domain.vocabulary import Channel
from alumni.replies.inbound import InboundMessage

MESSAGE_SID = re.compile(r"^[A-Za-z0-9]{10,64}$")
WHATSAPP = "whatsapp:"


def clean(value: str, limit: int) -> str:
    """PostgreSQL refuses NUL characters in text; nothing else is altered."""
    return value.replace("\x00", "")[:limit]


# --- Twilio SMS and WhatsApp ------------------------------------------------------------------

def twilio_message(form: Mapping[str, str], region: str) -> InboundMessage | None:
    """The message Twilio posted; None when the form is not a Twilio message (no valid
    MessageSid or no sender)."""
    sid = form.get("MessageSid") or form.get("SmsMessageSid") or form.get("SmsSid") or ""
    raw_from = clean(form.get("From", ""), 254).strip()
    if not MESSAGE_SID.match(sid) or not raw_from:
        return None
    channel = Channel.WHATSAPP if raw_from.lower().startswith(WHATSAPP) else Channel.SMS
    if channel == Channel.WHATSAPP:
        raw_from = raw_from[len(WHATSAPP):]
    raw_to = clean(form.get("To", ""), 254)
    return InboundMessage(
        channel=channel, provider_id=sid, from_addr=sender_number(raw_from, region),
        to_addr=raw_to[len(WHATSAPP):] if raw_to.lower().startswith(WHATSAPP) else raw_to,
        body=clean(form.get("Body", ""), 5000), attachments=media_types(form))


def sender_number(raw: str, region: str) -> str:
    """E.164 when it parses; otherwise the raw sender (a short code or alphanumeric id),
    which matches nobody and lands in the unknown-senders inbox."""
    return _e164_or_raw(raw, region)


@lru_cache(maxsize=4096)
def _e164_or_raw(raw: str, region: str) -> str:
    # Parsing a number costs more than the rest of the request's Python; the same
    # alumni write again and again.
    try:
        return parse_phone(raw, region)
    except ValueError:
        return raw


def media_types(form: Mapping[str, str]) -> tuple[str, ...]:
    """Content types of the pictures, voice notes or files sent with the message. The
    media stay at Twilio (fetching them needs the account's credentials); the timeline
    says they exist and a person is asked to look."""
    try:
        count = min(max(int(form.get("NumMedia") or 0), 0), 10)
    except ValueError:
        return ()
    return tuple(clean(form.get(f"MediaContentType{i}") or "application/octet-stream", 100)
                 for i in range(count) if form.get(f"MediaUrl{i}") or form.get(f"MediaContentType{i}"))


# --- email (SendGrid Inbound Parse) -----------------------------------------------------------

def email_message(form: Mapping[str, str], file_types: list[str]) -> InboundMessage | None:
    """The email relayed to us; None when it has no usable sender. file_types: the content
    types of the attached files (the files themselves are not kept). Unverified (it acts
    as nobody) unless the relay's SPF or DKIM verdict vouches for the sender's domain."""
    sender = sender_address(form)
    if not sender:
        return None
    _, to_addr = parseaddr(form.get("to", ""))
    body = reply_body(form.get("text", ""), form.get("html", ""), form.get("subject", ""))
    authenticity = judge_email(sender, form.get("SPF"), form.get("dkim"), envelope_sender(form))
    return InboundMessage(
        channel=Channel.EMAIL, provider_id=email_provider_id(form, sender), from_addr=clean(sender, 254),
        to_addr=clean(to_addr, 254), body=clean(body, 5000),
        attachments=tuple(clean(kind or "application/octet-stream", 100) for kind in file_types[:10]),
        verified=authenticity.verified, unverified_reason="" if authenticity.verified else authenticity.reason)


def _header(headers: str, name: str) -> str:
    prefix = name.lower() + ":"
    for line in (headers or "").splitlines():
        if line.lower().startswith(prefix):
            return line[len(prefix):].strip()
    return ""


def sender_address(form: Mapping[str, str]) -> str:
    _, addr = parseaddr(form.get("from", ""))
    addr = (addr or envelope_sender(form)).strip().lower()
    return addr if "@" in addr else ""


def envelope_sender(form: Mapping[str, str]) -> str:
    """The SMTP envelope's sender (MAIL FROM, which SPF checks); "" when there is none."""
    try:
        addr = json.loads(form.get("envelope", "") or "{}").get("from") or ""
    except (ValueError, AttributeError):
        addr = ""
    return addr if isinstance(addr, str) else ""


def email_provider_id(form: Mapping[str, str], sender: str) -> str:
    """A stable id per email: its Message-ID when it has one, so a relay retry is one row."""
    headers = form.get("headers", "")
    key = _header(headers, "Message-ID") or "\n".join(
        [sender, _header(headers, "Date"), form.get("subject", ""), form.get("text", "")])
    return "email-" + hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:58]
