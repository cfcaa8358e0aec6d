"""Twilio WhatsApp: the same API as SMS, with `whatsapp:` addresses and its own sender
(TWILIO_WHATSAPP_FROM). It shares the account's rate cap with SMS."""
from __future__ import annotations

from alumni.delivery.transports.twilio_sms import TwilioTransport, transport_error
from alumni.domain.provider_errors import classify_twilio_error
from alumni.domain.vocabulary import Channel

PREFIX = "whatsapp:"


def whatsapp_address(number: str) -> str:
    return number if number.startswith(PREFIX) else f"{PREFIX}{number}"


class TwilioWhatsAppTransport(TwilioTransport):
    channel = Channel.WHATSAPP

    @classmethod
    def from_config(cls, config, rate_limiter=None) -> TwilioWhatsAppTransport:
        transport = super().from_config(config, rate_limiter)
        transport.from_number = config["TWILIO_WHATSAPP_FROM"]
        transport.messaging_service_sid = ""
        return transport

    def address(self, to: str) -> str:
        return whatsapp_address(to)

    def sender(self) -> dict:
        if not self.from_number:
            raise transport_error(classify_twilio_error(400, 63007))
        return {"from_": whatsapp_address(self.from_number)}
