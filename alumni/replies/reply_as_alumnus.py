"""A text written as an alumnus, outside production: the loop can be tried without a
phone and without signing a webhook by hand.

It goes through the real inbound pipeline (handle_inbound), with a provider id of its own,
so it is stored, matched, interpreted and opens cases exactly as a real text would. The
answer Twilio would have sent from our TwiML is recorded in the console outbox, where the
developer is looking."""
from __future__ import annotations

import uuid
from datetime import datetime

from flask import current_app

from alumni.delivery.transports.base import OutboundMessage
from alumni.models import Alumnus, Channel
from alumni.replies.inbound import InboundMessage, InboundResult, handle_inbound
from alumni.replies.inbound_decision import ANSWERED_CHANNELS

ACTOR = "outbox"
PROVIDER_PREFIX = "outbox-"
MAX_BODY = 1600   # Twilio's own limit for one inbound text


class ReplyRefused(ValueError):
    """Why this reply was not sent, in plain words: one of REFUSALS with its parts filled."""


# Each refusal once, in English with its {parts}; the outbox says it in the reader's
# language (alumni/web/outbox/views.py REFUSAL_WORDS; a test checks the two agree).
NOT_IN_PRODUCTION = "Replying as an alumnus is not available in production."
NO_EMAIL_ADDRESS = "{name} has no email address."
NO_PHONE = "{name} has no phone."
NOTHING_WRITTEN = "Write the text the alumnus sends."
TOO_LONG = "Keep it under {limit} characters, as a text would be."
UNKNOWN_CHANNEL = "Channel must be one of {channels}."
REFUSALS = (NOT_IN_PRODUCTION, NO_EMAIL_ADDRESS, NO_PHONE, NOTHING_WRITTEN, TOO_LONG, UNKNOWN_CHANNEL)


def replies_allowed() -> bool:
    """Never in production: there, only a real alumnus writes as an alumnus."""
    return current_app.config["ALUMNI_ENV"] != "production"


def reply_address(alumnus: Alumnus, channel: str) -> str:
    address = alumnus.email if channel == Channel.EMAIL else alumnus.phone
    if not address:
        raise ReplyRefused((NO_EMAIL_ADDRESS if channel == Channel.EMAIL else NO_PHONE).format(name=alumnus.full_name))
    return address.lower() if channel == Channel.EMAIL else address


def reply_as_alumnus(alumnus: Alumnus, channel: str, body: str, *,
                     received_at: datetime | None = None) -> InboundResult:
    """Handle `body` as if `alumnus` had sent it on `channel`; commits (handle_inbound does)."""
    if not replies_allowed():
        raise ReplyRefused(NOT_IN_PRODUCTION)
    body = body.strip()
    if not body:
        raise ReplyRefused(NOTHING_WRITTEN)
    if len(body) > MAX_BODY:
        raise ReplyRefused(TOO_LONG.format(limit=MAX_BODY))
    if channel not in tuple(Channel):
        raise ReplyRefused(UNKNOWN_CHANNEL.format(channels=", ".join(Channel)))
    config = current_app.config
    centre = (config.get("MAIL_FROM") if channel == Channel.EMAIL else config.get("TWILIO_FROM_NUMBER")) or "console"
    inbound = InboundMessage(channel=channel, provider_id=PROVIDER_PREFIX + uuid.uuid4().hex,
                             from_addr=reply_address(alumnus, channel), to_addr=centre, body=body,
                             received_at=received_at)
    result = handle_inbound(inbound, actor=ACTOR)
    if result.reply and channel in ANSWERED_CHANNELS:
        record_answer(channel, inbound.from_addr, result.reply)
    return result


def record_answer(channel: str, to: str, answer: str) -> None:
    """Twilio sends a TwiML answer itself; here the console outbox records it instead, so
    the developer sees what the alumnus would have got back (never a real send)."""
    from alumni.delivery.transports.console import ConsoleTransport
    from alumni.redis_conn import get_redis
    ConsoleTransport(channel, get_redis(), show_messages=True).send(
        OutboundMessage(channel=channel, to=to, body=answer, subject="", status_callback=None))
