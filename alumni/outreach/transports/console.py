"""The development transport: records what would have been sent, for the Outbox page.

Kept in a short Redis list (newest first, capped) rather than the database: it is a
developer's view, it must not join or commit the caller's transaction (staff alerts are
sent from inside one), and losing it loses nothing."""
from __future__ import annotations

import json
import logging
import uuid

from alumni.models.base import utcnow
from alumni.outreach.transports.base import OutboundMessage, SendResult

KEY = "alumni:console-outbox"
KEEP = 500
log = logging.getLogger(__name__)


class ConsoleTransport:
    def __init__(self, channel: str, redis):
        self.channel = channel
        self.redis = redis

    def send(self, message: OutboundMessage) -> SendResult:
        provider_id = f"console-{uuid.uuid4().hex[:24]}"
        entry = {"id": provider_id, "channel": message.channel, "to": message.to,
                 "subject": message.subject, "body": message.body,
                 "status_callback": message.status_callback, "at": utcnow().isoformat(timespec="seconds")}
        with self.redis.pipeline() as pipe:
            pipe.lpush(KEY, json.dumps(entry))
            pipe.ltrim(KEY, 0, KEEP - 1)
            pipe.execute()
        log.info("console transport: %s message recorded as %s", message.channel, provider_id)
        return SendResult(provider_id=provider_id, status="sent")


def recorded_messages(redis, limit: int = 100) -> list[dict]:
    return [json.loads(raw) for raw in redis.lrange(KEY, 0, limit - 1)]
