"""Contract test: what the project sends through the real `twilio` client is what Twilio's
own OpenAPI description (tests/contract/twilio/twilio_api_v2010.json, kept in the repository:
see the README beside it) accepts, checked by Prism (which answers 422 to a request that breaks
the spec). Prism is installed from npm into .cache/prism on first use; the test is skipped only
where npm is unavailable, and fails when the description is missing."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from datetime import datetime
from pathlib import Path

import pytest
import requests

from alumni.delivery.transports.base import OutboundMessage
from alumni.delivery.transports.twilio_sms import TwilioSmsTransport
from alumni.delivery.transports.twilio_whatsapp import TwilioWhatsAppTransport

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "contract" / "twilio" / "twilio_api_v2010.json"
CACHE = ROOT / ".cache" / "prism"
PRISM = CACHE / "node_modules" / ".bin" / "prism"
ACCOUNT = "AC" + "1" * 32


def _install_prism() -> Path:
    if PRISM.exists():
        return PRISM
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed here, so Prism (the Twilio contract mock) cannot be run")
    CACHE.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(CACHE),
                           "@stoplight/prism-cli@5"], capture_output=True, text=True, timeout=600)
    if done.returncode != 0 or not PRISM.exists():
        pytest.fail(f"npm could not install Prism: {done.stderr[-2000:]}")
    return PRISM


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def prism_url():
    # A missing description must not turn the contract check into a silent skip.
    if not SPEC.exists():
        pytest.fail(f"Twilio's API description is not at {SPEC}: restore it (tests/contract/twilio/README.md)")
    prism = _install_prism()
    port = _free_port()
    process = subprocess.Popen([str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism stopped: {process.stdout.read()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("Prism did not start listening within 120 s")
    yield url
    process.terminate()
    process.wait(timeout=30)


def _transport(cls, url, **kwargs):
    values = dict(account_sid=ACCOUNT, auth_token="token", from_number="+15005550006", api_base_url=url, timeout=30)
    values.update(kwargs)
    return cls(**values)


def test_an_sms_send_with_status_callback_matches_twilios_contract(prism_url):
    result = _transport(TwilioSmsTransport, prism_url).send(OutboundMessage(
        channel="sms", to="+919800000001", body="How are you doing today? Reply 1-5.",
        status_callback="https://alumni.example.org/webhooks/twilio/status"))
    assert result.provider_id.startswith("SM") or result.provider_id.startswith("MM")


def test_a_send_through_a_messaging_service_matches_the_contract(prism_url):
    transport = _transport(TwilioSmsTransport, prism_url, from_number="", messaging_service_sid="MG" + "2" * 32)
    assert transport.send(OutboundMessage(channel="sms", to="+919800000002", body="Hello")).provider_id


def test_a_whatsapp_send_matches_the_contract(prism_url):
    transport = _transport(TwilioWhatsAppTransport, prism_url, from_number="+14155238886")
    assert transport.send(OutboundMessage(channel="whatsapp", to="+919800000003", body="Hello")).provider_id


def test_the_reconcile_lookup_matches_the_contract(prism_url):
    transport = _transport(TwilioSmsTransport, prism_url)
    # Prism's example message will not match our body: the point is that the request is valid.
    assert transport.find_sent("+919800000004", "a body Prism does not have", datetime(2025, 1, 1), set()) is None


def test_prism_does_refuse_a_request_that_breaks_the_contract(prism_url):
    response = requests.post(f"{prism_url}/2010-04-01/Accounts/{ACCOUNT}/Messages.json",
                             data={"Body": "no To"}, auth=(ACCOUNT, "token"), timeout=30)
    assert response.status_code == 422
