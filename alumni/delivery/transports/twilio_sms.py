"""Twilio SMS through the official `twilio` client, with a request timeout, the
account-wide rate cap, and errors turned into plain-words TransportErrors.

TWILIO_API_BASE_URL points the client at another base URL (a regional edge, Prism, the
test double). One client per thread: requests' Session is not promised to be thread-safe.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta

import requests
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from alumni.delivery.rate_limit import RateLimitBusy
from alumni.delivery.transports.base import OutboundMessage, SendResult, TransportError
from alumni.domain.provider_errors import (
    FailureKind,
    ProviderFailure,
    classify_network_error,
    classify_twilio_error,
)
from alumni.domain.smart_encoding import same_text
from alumni.domain.vocabulary import Channel


def transport_error(failure: ProviderFailure) -> TransportError:
    error = TransportError(failure.reason, code=failure.code, permanent=failure.permanent,
                           retry_after=failure.retry_after)
    error.failure = failure
    return error


def _network_failure(exc: requests.exceptions.RequestException) -> ProviderFailure:
    """Refused / unreachable / connect timeout: nothing was sent. Anything after the
    connection was made (read timeout, connection dropped) may have been accepted."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return classify_network_error("connect")
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = getattr(exc.args[0], "reason", None) if exc.args else None
        if isinstance(reason, (NewConnectionError, ConnectTimeoutError)):
            return classify_network_error("connect")
    return classify_network_error("read")


class TwilioTransport:
    """Shared by SMS and WhatsApp; subclasses say how addresses are written."""

    channel = Channel.SMS

    def __init__(self, *, account_sid: str, auth_token: str, from_number: str = "",
                 messaging_service_sid: str = "", api_base_url: str = "", timeout: float = 10.0,
                 rate_limiter=None):
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.from_number = from_number
        self.messaging_service_sid = messaging_service_sid
        self.api_base_url = api_base_url.rstrip("/")
        self.timeout = timeout
        self.rate_limiter = rate_limiter
        self._local = threading.local()

    @classmethod
    def from_config(cls, config, rate_limiter=None) -> TwilioTransport:
        return cls(account_sid=config["TWILIO_ACCOUNT_SID"], auth_token=config["TWILIO_AUTH_TOKEN"],
                   from_number=config["TWILIO_FROM_NUMBER"],
                   messaging_service_sid=config["TWILIO_MESSAGING_SERVICE_SID"],
                   api_base_url=config["TWILIO_API_BASE_URL"],
                   timeout=float(config["TWILIO_TIMEOUT_SECONDS"]), rate_limiter=rate_limiter)

    @property
    def client(self) -> Client:
        client = getattr(self._local, "client", None)
        if client is None:
            client = Client(self.account_sid, self.auth_token,
                            http_client=TwilioHttpClient(timeout=self.timeout))
            if self.api_base_url:
                client.api.base_url = self.api_base_url
            self._local.client = client
        return client

    def address(self, to: str) -> str:
        return to

    def sender(self) -> dict:
        if self.messaging_service_sid:
            return {"messaging_service_sid": self.messaging_service_sid}
        if not self.from_number:
            raise transport_error(classify_twilio_error(400, 21603))
        return {"from_": self.from_number}

    def send(self, message: OutboundMessage) -> SendResult:
        params = {"to": self.address(message.to), "body": message.body, **self.sender()}
        if message.status_callback:
            params["status_callback"] = message.status_callback
        if self.rate_limiter is not None:
            try:
                self.rate_limiter.acquire()
            except RateLimitBusy:
                raise transport_error(ProviderFailure(FailureKind.TRANSIENT, "our own sending rate cap is booked "
                                                      "far ahead (TWILIO_MAX_MPS)", "rate-cap")) from None
        try:
            created = self.client.messages.create(**params)
        except TwilioRestException as exc:
            raise transport_error(classify_twilio_error(exc.status, exc.code)) from None
        except requests.exceptions.RequestException as exc:
            raise transport_error(_network_failure(exc)) from None
        return SendResult(provider_id=created.sid, status=created.status or "queued")

    def find_sent(self, to: str, body: str, since: datetime, known_ids: set[str]) -> SendResult | None:
        """Ask Twilio whether a message with this body went to `to` since `since` (naive
        UTC): the Messages list filtered by To and DateSent, plus the newest messages to
        that number (a message still queued at Twilio has no DateSent yet)."""
        address = self.address(to)
        floor = since - timedelta(minutes=1)  # clock skew between us and Twilio
        try:
            found = list(self.client.messages.list(to=address, date_sent_after=floor, limit=100))
            found += list(self.client.messages.list(to=address, limit=20))
        except TwilioRestException as exc:
            raise transport_error(classify_twilio_error(exc.status, exc.code)) from None
        except requests.exceptions.RequestException as exc:
            raise transport_error(_network_failure(exc)) from None
        for item in found:
            created = item.date_created.replace(tzinfo=None) if item.date_created else None
            if item.sid in known_ids or (created is not None and created < floor):
                continue
            if not (item.direction or "").startswith("outbound") or not self.sent_by_us(item):
                continue
            # Twilio returns the body as it stored it: a messaging service's Smart Encoding
            # has replaced curly quotes, long dashes and the like. Compared after the same fold.
            if same_text(body, item.body or ""):
                return SendResult(provider_id=item.sid, status=item.status or "sent")
        return None

    def sent_by_us(self, item) -> bool:
        """From our sender: the messaging service (which picks a number from its pool) or our
        own number. Another system's message to the same person is not our attempt."""
        if self.messaging_service_sid:
            return getattr(item, "messaging_service_sid", None) == self.messaging_service_sid
        return (item.from_ or "") == self.address(self.from_number)


class TwilioSmsTransport(TwilioTransport):
    channel = Channel.SMS
