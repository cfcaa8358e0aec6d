"""The Twilio double answers like Twilio where the crash drills depend on it: a request
cut off by a killed client creates nothing, and a create without To or Body is refused."""
from __future__ import annotations

import socket
import time

import requests

from tests.support.twilio_double import ACCOUNT_SID, AUTH_TOKEN, TwilioDouble

PATH = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def test_a_request_whose_body_never_arrives_creates_no_message():
    with TwilioDouble() as double:
        host, port = double.server.server_address
        with socket.create_connection((host, port)) as raw:
            # Headers promise 120 bytes; the client dies after sending a few of them.
            raw.sendall(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        f"Content-Length: 120\r\n\r\nTo=%2B9190".encode())
        deadline = time.monotonic() + 10
        while not double.creates() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert double.wait_until_answered(timeout=10)
        assert double.created == []
        assert [r.answered for r in double.creates()] == [0]


def test_a_create_without_to_or_body_is_refused_with_twilios_codes():
    with TwilioDouble() as double:
        url = double.url + PATH
        auth = (ACCOUNT_SID, AUTH_TOKEN)
        no_to = requests.post(url, data={"From": "+15005550006", "Body": "hi"}, auth=auth, timeout=10)
        no_body = requests.post(url, data={"From": "+15005550006", "To": "+919000000001"}, auth=auth, timeout=10)
        assert (no_to.status_code, no_to.json()["code"]) == (400, 21604)
        assert (no_body.status_code, no_body.json()["code"]) == (400, 21602)
        assert double.created == []
