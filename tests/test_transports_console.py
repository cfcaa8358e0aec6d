"""The console transport records instead of sending; the Outbox page shows it to managers."""
from __future__ import annotations

from alumni.models import Channel
from alumni.outreach.transports.registry import send_direct, transport_for
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
