"""Twilio's delivery reports: POST /webhooks/twilio/status."""
from __future__ import annotations

import pytest

from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, FollowUp, FollowUpReason, Message
from tests.support.delivery import build_sending_app, queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import twilio_double  # noqa: F401  (fixture)


@pytest.fixture
def sent(app, make_app, twilio_double):  # noqa: F811
    """(app, checkin id, sid): one check-in sent through the double."""
    sending_app = build_sending_app(make_app, twilio_double)
    with sending_app.app_context():
        checkin_id = queued_checkin(make_alumnus(consent=(Channel.SMS,))).id
    run_jobs_in(sending_app)
    return sending_app, checkin_id, twilio_double.created[0].sid


def _post(app, double, sid, status, error_code=None, signed=True):
    url, form, headers = double.status_callback(sid, status, error_code)
    assert url == "http://localhost/webhooks/twilio/status"
    return app.test_client().post("/webhooks/twilio/status", data=form, headers=headers if signed else {})


def _state(app, checkin_id):
    with app.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        return checkin.status, message.provider_status, checkin.delivered_at


def test_a_report_without_a_valid_signature_is_refused_and_changes_nothing(sent, twilio_double):  # noqa: F811
    app, checkin_id, sid = sent
    assert _post(app, twilio_double, sid, "delivered", signed=False).status_code == 403
    url, form, headers = twilio_double.status_callback(sid, "delivered")
    form["MessageStatus"] = "failed"  # tampered after signing
    assert app.test_client().post("/webhooks/twilio/status", data=form, headers=headers).status_code == 403
    assert _state(app, checkin_id)[:2] == (CheckInStatus.SENT, "queued")


def test_delivered_marks_the_checkin_and_a_late_sent_changes_nothing(sent, twilio_double):  # noqa: F811
    app, checkin_id, sid = sent
    assert _post(app, twilio_double, sid, "delivered").status_code == 204
    status, provider_status, delivered_at = _state(app, checkin_id)
    assert (status, provider_status) == (CheckInStatus.DELIVERED, "delivered") and delivered_at is not None

    assert _post(app, twilio_double, sid, "sent").status_code == 204
    assert _post(app, twilio_double, sid, "undelivered", 30003).status_code == 204
    assert _state(app, checkin_id) == (CheckInStatus.DELIVERED, "delivered", delivered_at)


def test_undelivered_opens_an_unreachable_case_in_plain_words(sent, twilio_double):  # noqa: F811
    app, checkin_id, sid = sent
    assert _post(app, twilio_double, sid, "sent").status_code == 204
    assert _post(app, twilio_double, sid, "undelivered", 30003).status_code == 204
    with app.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        assert checkin.status == CheckInStatus.FAILED
        assert "handset is unreachable" in checkin.last_error
        case = db.session.scalar(db.select(FollowUp).where(FollowUp.alumnus_id == checkin.alumnus_id))
        assert case.reason == FollowUpReason.UNREACHABLE
        message = db.session.scalar(db.select(Message).where(Message.provider_id == sid))
        assert message.error_code == "30003"


def test_a_report_for_an_unknown_message_is_accepted_and_ignored(sent, twilio_double):  # noqa: F811
    app, _, sid = sent
    url, form, headers = twilio_double.status_callback(sid, "delivered")
    with app.app_context():
        db.session.execute(db.update(Message).values(provider_id="SMother"))
        db.session.commit()
    assert app.test_client().post("/webhooks/twilio/status", data=form, headers=headers).status_code == 204
