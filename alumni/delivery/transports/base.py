"""The transport interface every channel implements (Twilio SMS, Twilio WhatsApp, SMTP
email, console)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutboundMessage:
    channel: str                 # "sms" | "whatsapp" | "email"
    to: str                      # E.164 for sms/whatsapp (no "whatsapp:" prefix), address for email
    body: str                    # plain text
    subject: str = ""            # email only
    html: str | None = None      # email only
    status_callback: str | None = None
    # Stable across attempts at the same message. Email uses it as the Message-ID, so a
    # resend after a crash (SMTP has no "did this go out?" look-up) is the same message
    # to the mailbox, which shows it once.
    message_key: str | None = None


@dataclass(frozen=True)
class SendResult:
    provider_id: str             # Twilio MessageSid, email Message-ID, console id
    status: str = "sent"         # the provider's status at acceptance (queued/accepted/sent)


class TransportError(Exception):
    """A send that did not go. `permanent` failures must not be retried."""

    def __init__(self, message: str, *, code: str | None = None, permanent: bool = False,
                 retry_after: float | None = None):
        super().__init__(message)
        self.code = code
        self.permanent = permanent
        self.retry_after = retry_after


class Transport(Protocol):
    channel: str

    def send(self, message: OutboundMessage) -> SendResult: ...
