"""Which transport sends on which channel, following OUTBOUND_TRANSPORT:
`twilio` -> Twilio SMS / WhatsApp, and SMTP email when SMTP_URL is set (console otherwise);
`console` -> the console transport for every channel.

Transports are built once per app and shared by its threads (each keeps per-thread
connections where it needs them)."""
from __future__ import annotations

from flask import current_app

from alumni.outreach.transports.base import OutboundMessage, SendResult, Transport


def _build(app, channel: str) -> Transport:
    from alumni.outreach.transports.console import ConsoleTransport
    from alumni.redis_conn import get_redis
    config = app.config
    if config["OUTBOUND_TRANSPORT"] == "twilio":
        if channel in ("sms", "whatsapp"):
            from alumni.outreach.rate_limit import twilio_rate_limiter
            from alumni.outreach.transports.twilio_sms import TwilioSmsTransport
            from alumni.outreach.transports.twilio_whatsapp import TwilioWhatsAppTransport
            cls = TwilioSmsTransport if channel == "sms" else TwilioWhatsAppTransport
            return cls.from_config(config, twilio_rate_limiter(app))
        if channel == "email" and config.get("SMTP_URL"):
            from alumni.outreach.transports.email_smtp import SmtpEmailTransport
            return SmtpEmailTransport.from_config(config)
    if channel not in ("sms", "whatsapp", "email"):
        raise ValueError(f"no transport for channel {channel!r}")
    return ConsoleTransport(channel, get_redis())


def transport_for(channel: str) -> Transport:
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
    callback = status_callback_url() if channel in ("sms", "whatsapp") else None
    message = OutboundMessage(channel=channel, to=to, body=body, subject=subject or "",
                              status_callback=callback)
    return transport_for(channel).send(message)
