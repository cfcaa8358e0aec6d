"""The console transport records instead of sending; the Outbox page shows it to managers."""
from __future__ import annotations

import io
import logging

from alumni.delivery.transports import console
from alumni.delivery.transports.console import OUTBOX_LOGGER
from alumni.delivery.transports.registry import send_direct, transport_for
from alumni.models import Channel
from alumni.redis_conn import get_redis
from tests.conftest import PRODUCTION
from tests.support.delivery import daytime_zone, queued_checkin
from tests.support.factories import make_alumnus


def test_a_console_checkin_appears_in_the_outbox(app, login_as, run_jobs):
    with app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS,), first_name="Ravi", timezone=daytime_zone())
        queued_checkin(alumnus)
        phone = alumnus.phone
    run_jobs()
    page = login_as("coordinator").get("/outbox")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert phone in text and "Ravi" in text


def test_staff_alerts_sent_directly_are_recorded_too(app, login_as):
    with app.app_context():
        result = send_direct("sms", "+919800000001", "Crisis reply from an alumnus: call now")
        assert result.provider_id.startswith("console-")
        assert transport_for("email").channel == "email"
    text = login_as("admin").get("/outbox").get_data(as_text=True)
    assert "+919800000001" in text and "call now" in text


def test_staff_may_not_open_the_outbox(login_as):
    assert login_as("staff").get("/outbox").status_code == 403


class _LinesOf:
    """What one logger writes, through a handler of our own (it does not propagate)."""

    def __init__(self, name: str):
        self.output = io.StringIO()
        self.handler = logging.StreamHandler(self.output)
        self.logger = logging.getLogger(name)

    def __enter__(self):
        self.was_disabled, self.logger.disabled = self.logger.disabled, False
        self.level = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self.handler)
        return self

    def __exit__(self, *exc):
        self.logger.removeHandler(self.handler)
        self.logger.setLevel(self.level)
        self.logger.disabled = self.was_disabled

    def text(self) -> str:
        return self.output.getvalue()


def test_in_development_each_message_prints_one_line_with_a_masked_number_and_its_first_words(app, run_jobs):
    with app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS,), first_name="Ravi", phone="+919812345678",
                               timezone=daytime_zone())
        queued_checkin(alumnus)
    with _LinesOf(OUTBOX_LOGGER) as lines:
        run_jobs()
    printed = lines.text().splitlines()
    assert len(printed) == 1, lines.text()
    assert printed[0].startswith("sms to +91•••••45678: ")
    assert "Ravi" in printed[0] and len(printed[0]) < len("sms to +91•••••45678: ") + 45
    assert "9812345678" not in lines.text()


def test_in_production_nothing_of_the_body_or_number_is_logged(make_app, migrated):
    production = make_app(**PRODUCTION, OUTBOUND_TRANSPORT="console")
    with _LinesOf(console.log.name) as transport_lines, _LinesOf(OUTBOX_LOGGER) as lines, \
            production.app_context():
        result = send_direct("sms", "+919812345678", "Crisis reply from Meera: I relapsed last night")
        # Even a line written on the development logger is masked in production.
        logging.getLogger(OUTBOX_LOGGER).info("sms to %s: %s", "+919812345678", "body='I relapsed'")
        get_redis().delete(console.KEY)
    logged = transport_lines.text() + lines.text()
    assert result.provider_id in logged   # the send itself is still logged
    for secret in ("relapsed", "Meera", "98123", "45678"):
        assert secret not in logged


def test_the_masked_address_keeps_the_country_code_and_last_five_digits_only():
    assert console.masked_address("+919812345678") == "+91•••••45678"
    assert console.masked_address("whatsapp:+919812345678") == "+91•••••45678"
    assert console.masked_address("meera@example.org") == "m•••@example.org"
    assert console.preview("Hello Ravi,   how are you feeling today? Reply 1 to 5 when you can.") == \
        "Hello Ravi, how are you feeling today?…"
