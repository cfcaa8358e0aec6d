"""The development transport: records what would have been sent, for the Outbox page.

Kept in a short Redis list (newest first, capped) rather than the database: it is a
developer's view, it must not join or commit the caller's transaction (staff alerts are
sent from inside one), and losing it loses nothing.

Outside production it also writes one line per message to the terminal (channel, masked
address, the first words), so someone trying the loop after `make run` sees the check-in
go out. That line comes from its own logger (OUTBOX_LOGGER), which the log redaction lets
through only outside production; in production the line names the channel and the
provider id and nothing of the message."""
from __future__ import annotations

import json
import logging
import sys
import uuid
from datetime import datetime

from alumni.delivery.transports.base import OutboundMessage, SendResult
from alumni.models.base import utcnow

KEY = "alumni:console-outbox"
KEEP = 500
PREVIEW_CHARS = 40
OUTBOX_LOGGER = "alumni.console_outbox"
log = logging.getLogger(__name__)
outbox_log = logging.getLogger(OUTBOX_LOGGER)


def masked_address(address: str) -> str:
    """+919812345678 -> +91•••••45678; asha@example.org -> a•••@example.org: enough to tell
    two demo alumni apart, not enough to dial or write to."""
    if "@" in address:
        local, _, domain = address.rpartition("@")
        return f"{local[:1]}•••@{domain}"
    number = address.removeprefix("whatsapp:")
    if len(number) <= 8:
        return "•" * len(number)
    return f"{number[:3]}•••••{number[-5:]}"


def preview(body: str, limit: int = PREVIEW_CHARS) -> str:
    """The first words on one line, cut at a word where one ends near the limit."""
    text = " ".join(body.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut + "…"


def _terminal_line_handler() -> None:
    """Show the per-message line on the terminal `make run` runs in (RQ configures only its
    own loggers). Added once per process."""
    if not outbox_log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s outbox: %(message)s", "%H:%M:%S"))
        outbox_log.addHandler(handler)
        outbox_log.setLevel(logging.INFO)
        outbox_log.propagate = False


class ConsoleTransport:
    def __init__(self, channel: str, redis, *, show_messages: bool = False):
        """show_messages: write each message's line to the terminal (never in production)."""
        self.channel = channel
        self.redis = redis
        self.show_messages = show_messages
        if show_messages:
            _terminal_line_handler()

    def send(self, message: OutboundMessage) -> SendResult:
        provider_id = f"console-{uuid.uuid4().hex[:24]}"
        record_message(self.redis, message, provider_id)
        if self.show_messages:
            outbox_log.info("%s to %s: %s", message.channel, masked_address(message.to), preview(message.body))
        else:
            log.info("console transport: %s message recorded as %s", message.channel, provider_id)
        return SendResult(provider_id=provider_id, status="sent")


def record_message(redis, message: OutboundMessage, provider_id: str, at: datetime | None = None) -> None:
    """Add one message to the outbox (`at`: when it went, if not now, for seeded history)."""
    entry = {"id": provider_id, "channel": message.channel, "to": message.to,
             "subject": message.subject, "body": message.body,
             "status_callback": message.status_callback, "at": (at or utcnow()).isoformat(timespec="seconds")}
    with redis.pipeline() as pipe:
        pipe.lpush(KEY, json.dumps(entry))
        pipe.ltrim(KEY, 0, KEEP - 1)
        pipe.execute()


def recorded_messages(redis, limit: int = 100) -> list[dict]:
    return [json.loads(raw) for raw in redis.lrange(KEY, 0, limit - 1)]
