"""Which transport sends on which channel, following OUTBOUND_TRANSPORT:
`twilio` -> Twilio SMS / WhatsApp, and SMTP email when SMTP_URL is set;
`console` -> the console transport for every channel.

In development a channel with no provider falls back to the console (the Outbox page).
In production it has none: sending on it fails with the reason ("no SMS provider
configured"), the check-in fails and opens an `unreachable` case, and /healthz lists the
channel as missing. Production never records a message as sent that went nowhere; the
console runs there only when OUTBOUND_TRANSPORT=console is set on purpose.

Transports are built once per app and shared by its threads (each keeps per-thread
connections where it needs them)."""
from __future__ import annotations

from flask import current_app

from alumni.delivery.transports.base import OutboundMessage, SendResult, Transport, TransportError
from alumni.domain.provider_errors import FailureKind, ProviderFailure
from alumni.domain.vocabulary import CHANNEL_WORDS, PHONE_CHANNELS, Channel

CHANNELS = tuple(Channel)
MISSING = "missing"


class NoTransport(TransportError):
    """This channel has no provider configured: nothing can be sent on it."""

    def __init__(self, channel: str):
        words = f"no {CHANNEL_WORDS.get(channel, channel)} provider configured"
        super().__init__(words, code="no-transport", permanent=True)
        self.failure = ProviderFailure(FailureKind.ACCOUNT, words, "no-transport")


def provider_of(channel: str) -> str:
    """The provider a channel's sends share a circuit breaker with."""
    return "smtp" if channel == Channel.EMAIL else "twilio"


def transport_kind(config, channel: str) -> str:
    """twilio | smtp | console | missing: what sends on this channel under this config."""
    if channel not in CHANNELS:
        raise ValueError(f"no transport for channel {channel!r}")
    production = config["ALUMNI_ENV"] == "production"
    if config["OUTBOUND_TRANSPORT"] == "twilio":
        if channel in PHONE_CHANNELS:
            if config["TWILIO_ACCOUNT_SID"] and config["TWILIO_AUTH_TOKEN"]:
                return "twilio"
            return MISSING if production else "console"
        if config.get("SMTP_URL"):
            return "smtp"
        return MISSING if production else "console"
    return "console"


def transport_kinds(config) -> dict[str, str]:
    return {channel: transport_kind(config, channel) for channel in CHANNELS}


def _build(app, channel: str) -> Transport:
    kind = transport_kind(app.config, channel)
    config = app.config
    if kind == MISSING:
        raise NoTransport(channel)
    if kind == "twilio":
        from alumni.delivery.rate_limit import twilio_rate_limiter
        from alumni.delivery.transports.twilio_sms import TwilioSmsTransport
        from alumni.delivery.transports.twilio_whatsapp import TwilioWhatsAppTransport
        cls = TwilioSmsTransport if channel == Channel.SMS else TwilioWhatsAppTransport
        return cls.from_config(config, twilio_rate_limiter(app))
    if kind == "smtp":
        from alumni.delivery.transports.email_smtp import SmtpEmailTransport
        return SmtpEmailTransport.from_config(config)
    from alumni.delivery.transports.console import ConsoleTransport
    from alumni.redis_conn import get_redis
    return ConsoleTransport(channel, get_redis(), show_messages=config["ALUMNI_ENV"] != "production")


def transport_for(channel: str) -> Transport:
    """The channel's transport; NoTransport (a permanent TransportError) when it has none."""
    app = current_app._get_current_object()
    cache = app.extensions.setdefault("transports", {})
    if channel not in cache:
        cache[channel] = _build(app, channel)
    return cache[channel]


def status_callback_url() -> str:
    return current_app.config["PUBLIC_BASE_URL"].rstrip("/") + "/webhooks/twilio/status"


def send_direct(channel: str, to: str, body: str, subject: str | None = None) -> SendResult:
    """Send one message that is not a check-in (an urgent alert to on-call staff). Raises
    TransportError; the caller decides whether to retry. No Message row is written."""
    callback = status_callback_url() if channel in PHONE_CHANNELS else None
    message = OutboundMessage(channel=channel, to=to, body=body, subject=subject or "",
                              status_callback=callback)
    return transport_for(channel).send(message)
