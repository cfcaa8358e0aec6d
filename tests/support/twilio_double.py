"""An in-process Twilio double: a real HTTP server on a free port speaking the Messages
endpoints of Twilio's 2010-04-01 API, for tests and benchmarks.

    POST /2010-04-01/Accounts/{sid}/Messages.json   create (To, From | MessagingServiceSid, Body, StatusCallback)
    GET  /2010-04-01/Accounts/{sid}/Messages.json   list, filtered by To and
                                                    DateSent / DateSent> / DateSent>= / DateSent<

It records every request and every message it accepted (`created`), and can be told to
answer slowly, with 429 or 5xx (always, for the next n requests, or at a random rate),
with a Twilio error code for a number (21211, 21614, 21610...), or to hold requests until
released (accepting the message before holding it, or not). It can also produce the signed
status callback Twilio would send.

Use: `with TwilioDouble() as double: ...` or the `twilio_double` pytest fixture.
"""
from __future__ import annotations

import json
import random
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "double-auth-token"
_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<sid>AC\w+)/Messages\.json$")

ERROR_TEXT = {
    21211: "The 'To' number is not a valid phone number.",
    21614: "'To' number is not a valid mobile number",
    21610: "Attempt to send to unsubscribed recipient",
    21408: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number",
    21612: "The 'To' phone number is not currently reachable via SMS",
    63016: "Failed to send freeform message because you are outside the allowed window.",
    20429: "Too Many Requests",
    21604: "A 'To' phone number is required.",
    21602: "Message body is required.",
}


# A few of Twilio's Smart Encoding replacements, written out here rather than taken from
# the app, so the double checks the app's fold instead of echoing it.
SMART_ENCODING = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "})


@dataclass
class RecordedRequest:
    method: str
    path: str
    form: dict
    query: dict
    at: float
    answered: int | None = None


@dataclass
class DoubleMessage:
    sid: str
    to: str
    from_: str
    body: str
    status_callback: str | None
    messaging_service_sid: str | None
    created: datetime
    status: str = "queued"

    def as_json(self) -> dict:
        stamp = format_datetime(self.created.replace(tzinfo=UTC))
        return {
            "sid": self.sid, "account_sid": ACCOUNT_SID, "api_version": "2010-04-01",
            "to": self.to, "from": self.from_, "body": self.body, "status": self.status,
            "direction": "outbound-api", "num_segments": "1", "num_media": "0",
            "messaging_service_sid": self.messaging_service_sid,
            "date_created": stamp, "date_updated": stamp, "date_sent": stamp,
            "error_code": None, "error_message": None, "price": None, "price_unit": "USD",
            "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{self.sid}.json",
            "subresource_uris": {},
        }


@dataclass
class Behaviour:
    latency: float = 0.0                      # seconds before every answer
    fail_rate: float = 0.0                    # share of creates answered 500 or 429 at random
    fail_statuses: tuple[int, ...] = (500, 429)
    next_failures: list[int] = field(default_factory=list)   # HTTP statuses for the next creates
    error_for_number: dict[str, int] = field(default_factory=dict)  # To -> Twilio error code
    hold: bool = False                        # block creates until release()
    accept_before_hold: bool = True           # a held create has already made its message
    seed: int | None = None
    # Store (and list) bodies as a messaging service with Smart Encoding does: curly quotes
    # straight, long dashes as '-', the ellipsis as '...'.
    smart_encoding: bool = False


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client killed mid-request (the crash drills) resets its connection: expected.
        import sys
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class TwilioDouble:
    def __init__(self, behaviour: Behaviour | None = None, auth_token: str = AUTH_TOKEN):
        self.behaviour = behaviour or Behaviour()
        self.auth_token = auth_token
        self.requests: list[RecordedRequest] = []
        self.created: list[DoubleMessage] = []
        self._lock = threading.Lock()
        self._in_flight = 0  # requests parsed and not yet answered
        self._released = threading.Event()
        self._holding = threading.Semaphore(0)
        self._random = random.Random(self.behaviour.seed)
        self.server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self.thread = threading.Thread(target=self.server.serve_forever, name="twilio-double", daemon=True)

    # -- life -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> TwilioDouble:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.release()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- control --------------------------------------------------------------------
    def hold_requests(self, accept_before_hold: bool = True) -> None:
        self._released.clear()
        self.behaviour.hold = True
        self.behaviour.accept_before_hold = accept_before_hold

    def release(self) -> None:
        self.behaviour.hold = False
        self._released.set()

    def wait_for_held_request(self, timeout: float = 30) -> bool:
        return self._holding.acquire(timeout=timeout)

    def wait_until_answered(self, timeout: float = 30) -> bool:
        """Every request received so far has been answered. A client killed mid-request
        leaves the double still working on it (sleeping its latency, then accepting), as
        Twilio would; the test waits for that before it plays the sweeper's grace time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self._in_flight == 0:
                    return True
            time.sleep(0.01)
        return False

    def fail_next(self, *statuses: int) -> None:
        with self._lock:
            self.behaviour.next_failures.extend(statuses)

    def reject_number(self, number: str, code: int) -> None:
        self.behaviour.error_for_number[number] = code

    # -- what it saw ----------------------------------------------------------------
    def creates(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.method == "POST"]

    def messages_to(self, to: str) -> list[DoubleMessage]:
        return [m for m in self.created if m.to == to]

    def duplicates(self) -> dict[tuple[str, str], int]:
        """(To, Body) pairs accepted more than once."""
        counts: dict[tuple[str, str], int] = {}
        for m in self.created:
            counts[(m.to, m.body)] = counts.get((m.to, m.body), 0) + 1
        return {key: n for key, n in counts.items() if n > 1}

    # -- status callbacks -----------------------------------------------------------
    def status_callback(self, sid: str, status: str, error_code: int | None = None) -> tuple[str, dict, dict]:
        """(url, form, headers) of the signed callback Twilio would POST for this message."""
        message = next(m for m in self.created if m.sid == sid)
        form = {"MessageSid": sid, "SmsSid": sid, "AccountSid": ACCOUNT_SID, "MessageStatus": status,
                "SmsStatus": status, "To": message.to, "From": message.from_, "ApiVersion": "2010-04-01"}
        if error_code is not None:
            form["ErrorCode"] = str(error_code)
        url = message.status_callback or ""
        signature = RequestValidator(self.auth_token).compute_signature(url, form)
        return url, form, {"X-Twilio-Signature": signature}

    def send_status_callback(self, sid: str, status: str, error_code: int | None = None) -> int:
        url, form, headers = self.status_callback(sid, status, error_code)
        return requests.post(url, data=form, headers=headers, timeout=10).status_code

    # -- the server -----------------------------------------------------------------
    def _handler_class(self):
        double = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _reply(self, status: int, payload: dict) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def parse_request(self):
                parsed = super().parse_request()
                if parsed and self.command in ("GET", "POST"):
                    with double._lock:
                        double._in_flight += 1
                return parsed

            def do_GET(self):
                try:
                    double._list(self)
                finally:
                    double._answered()

            def do_POST(self):
                try:
                    double._create(self)
                finally:
                    double._answered()

        return Handler

    def _answered(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _record(self, handler, form: dict) -> RecordedRequest:
        parts = urlsplit(handler.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        record = RecordedRequest(handler.command, parts.path, form, query, time.time())
        with self._lock:
            self.requests.append(record)
        return record

    def _create(self, handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length)
        form = {k: v[-1] for k, v in parse_qs(raw.decode(errors="replace")).items()}
        record = self._record(handler, form)
        if len(raw) < length:
            # The client died between its headers and its body (urllib3 sends them apart):
            # the request never completed, so nothing is created, as at Twilio.
            record.answered = 0
            return
        if not _PATH.match(urlsplit(handler.path).path):
            record.answered = 404
            return handler._reply(404, {"code": 20404, "message": "The requested resource was not found",
                                        "status": 404})
        behaviour = self.behaviour
        if behaviour.latency:
            time.sleep(behaviour.latency)
        with self._lock:
            forced = behaviour.next_failures.pop(0) if behaviour.next_failures else None
            if forced is None and behaviour.fail_rate and self._random.random() < behaviour.fail_rate:
                forced = self._random.choice(behaviour.fail_statuses)
        if forced:
            record.answered = forced
            code = 20429 if forced == 429 else 20500
            return handler._reply(forced, {"code": code, "message": "double: forced failure",
                                           "more_info": "", "status": forced})
        to = form.get("To", "")
        code = behaviour.error_for_number.get(to.removeprefix("whatsapp:"))
        if not to:
            code = 21604
        elif not form.get("Body") and not form.get("MediaUrl"):
            code = 21602
        if code:
            record.answered = 400
            return handler._reply(400, {"code": code, "message": ERROR_TEXT.get(code, "error"),
                                        "more_info": f"https://www.twilio.com/docs/errors/{code}", "status": 400})
        message = None
        if not behaviour.hold or behaviour.accept_before_hold:
            message = self._accept(form)
        if behaviour.hold:
            self._holding.release()
            self._released.wait()
            if message is None:  # held before accepting: the client is gone, nothing was made
                record.answered = 503
                return handler._reply(503, {"code": 20503, "message": "double: dropped", "status": 503})
        record.answered = 201
        handler._reply(201, message.as_json())

    def _accept(self, form: dict) -> DoubleMessage:
        body = form.get("Body", "")
        if self.behaviour.smart_encoding:
            body = body.translate(SMART_ENCODING)
        message = DoubleMessage(sid="SM" + uuid.uuid4().hex, to=form.get("To", ""),
                                from_=form.get("From", ""), body=body,
                                status_callback=form.get("StatusCallback"),
                                messaging_service_sid=form.get("MessagingServiceSid"),
                                created=datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        with self._lock:
            self.created.append(message)
        return message

    def _list(self, handler) -> None:
        record = self._record(handler, {})
        if not _PATH.match(record.path):
            record.answered = 404
            return handler._reply(404, {"code": 20404, "message": "not found", "status": 404})
        q = record.query
        found = list(reversed(self.created))  # newest first, as Twilio lists
        if q.get("To"):
            found = [m for m in found if m.to == q["To"]]
        for key, test in (("DateSent>", lambda m, t: m.created >= t), ("DateSent>=", lambda m, t: m.created >= t),
                          ("DateSent<", lambda m, t: m.created <= t), ("DateSent<=", lambda m, t: m.created <= t)):
            if q.get(key):
                bound = _parse_when(q[key])
                found = [m for m in found if test(m, bound)]
        if q.get("DateSent"):
            day = _parse_when(q["DateSent"]).date()
            found = [m for m in found if m.created.date() == day]
        size = int(q.get("PageSize") or 50)
        page = found[:size]
        record.answered = 200
        handler._reply(200, {"messages": [m.as_json() for m in page], "page": 0, "page_size": size,
                             "first_page_uri": record.path, "next_page_uri": None,
                             "previous_page_uri": None, "uri": record.path, "start": 0, "end": len(page)})


def _parse_when(raw: str) -> datetime:
    raw = raw.strip().replace("Z", "+00:00")
    if len(raw) == 10:
        return datetime.fromisoformat(raw)
    parsed = datetime.fromisoformat(raw)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    # Twilio compares DateSent at whole seconds.
    return parsed.replace(microsecond=0)


@pytest.fixture
def twilio_double():
    """A running double for one test; stopped (and any held request released) afterwards."""
    double = TwilioDouble().start()
    yield double
    double.stop()


def twilio_settings(double: TwilioDouble, **extra) -> dict:
    """App settings that send through the real `twilio` client to this double."""
    settings = {"OUTBOUND_TRANSPORT": "twilio", "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
                "TWILIO_AUTH_TOKEN": double.auth_token, "TWILIO_FROM_NUMBER": "+15005550006",
                "TWILIO_WHATSAPP_FROM": "+14155238886", "TWILIO_API_BASE_URL": double.url,
                "TWILIO_MAX_MPS": "1000", "TWILIO_TIMEOUT_SECONDS": "5"}
    settings.update({k: str(v) for k, v in extra.items()})
    return settings
