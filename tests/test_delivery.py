"""Sending check-ins through the real `twilio` client to the in-process Twilio double."""
from __future__ import annotations

import pytest
from rq.job import Job
from rq.registry import FailedJobRegistry

from alumni.core.consent import has_consent, record_consent
from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, ConsentSource, FollowUp, FollowUpReason, Message
from tests.support.delivery import build_sending_app, queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import twilio_double  # noqa: F401  (fixture)


@pytest.fixture
def sending_app(app, make_app, twilio_double):  # noqa: F811
    return build_sending_app(make_app, twilio_double, SEND_MAX_ATTEMPTS=3)


def _checkin(app, **kwargs):
    with app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS, Channel.WHATSAPP, Channel.EMAIL))
        checkin = queued_checkin(alumnus, **kwargs)
        return checkin.id, alumnus.id, alumnus.phone


def _reload(app, checkin_id):
    with app.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        db.session.expunge(checkin)
        return checkin


def test_a_queued_checkin_goes_out_once_with_a_status_callback(sending_app, twilio_double):  # noqa: F811
    checkin_id, _, phone = _checkin(sending_app)
    run_jobs_in(sending_app)

    [create] = twilio_double.creates()
    assert create.form["To"] == phone
    assert create.form["From"] == "+15005550006"
    assert create.form["StatusCallback"] == "http://localhost/webhooks/twilio/status"
    assert "Test" in create.form["Body"]
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.SENT and checkin.attempts == 1
    with sending_app.app_context():
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        assert message.provider_id == twilio_double.created[0].sid
        assert message.body == create.form["Body"]

    # The same job again (a redelivered job, a second dispatcher) sends nothing.
    with sending_app.app_context():
        from alumni.jobs import OUTREACH, enqueue
        enqueue("workers.delivery.send_checkin", checkin_id, queue=OUTREACH, job_id="checkin-again")
    run_jobs_in(sending_app)
    assert len(twilio_double.creates()) == 1


def test_whatsapp_goes_to_a_whatsapp_address_from_the_whatsapp_sender(sending_app, twilio_double):  # noqa: F811
    checkin_id, _, phone = _checkin(sending_app, channel="whatsapp")
    run_jobs_in(sending_app)
    [create] = twilio_double.creates()
    assert create.form["To"] == f"whatsapp:{phone}"
    assert create.form["From"] == "whatsapp:+14155238886"
    assert _reload(sending_app, checkin_id).status == CheckInStatus.SENT


def test_busy_and_failing_provider_is_retried_until_the_text_goes(sending_app, twilio_double):  # noqa: F811
    twilio_double.fail_next(429, 503)
    checkin_id, _, _ = _checkin(sending_app)
    run_jobs_in(sending_app)

    assert [r.answered for r in twilio_double.creates()] == [429, 503, 201]
    assert len(twilio_double.created) == 1
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.SENT and checkin.attempts == 3


def test_a_provider_that_keeps_failing_makes_the_checkin_fail_visibly(sending_app, twilio_double):  # noqa: F811
    twilio_double.fail_next(500, 500, 500, 500)
    checkin_id, alumnus_id, _ = _checkin(sending_app)
    run_jobs_in(sending_app)

    assert len(twilio_double.creates()) == 3  # SEND_MAX_ATTEMPTS, then no more
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.FAILED
    assert "gave up after 3 attempts" in checkin.last_error
    with sending_app.app_context():
        from alumni.core.timeline import build_timeline
        from alumni.models import Alumnus
        entries = build_timeline(db.session.get(Alumnus, alumnus_id))
        assert any(e.title == "Check-in could not be sent" and "internal error" in e.detail for e in entries)


@pytest.mark.parametrize("code, words", [(21211, "not a valid number"), (21614, "not a mobile number")])
def test_an_invalid_number_fails_at_once_and_opens_an_unreachable_case(sending_app, twilio_double, code, words):  # noqa: F811
    with sending_app.app_context():
        alumnus = make_alumnus()
        twilio_double.reject_number(alumnus.phone, code)
        checkin_id = queued_checkin(alumnus).id
    run_jobs_in(sending_app)

    assert len(twilio_double.creates()) == 1  # no retry
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.FAILED and words in checkin.last_error
    with sending_app.app_context():
        case = db.session.scalar(db.select(FollowUp).where(FollowUp.alumnus_id == checkin.alumnus_id))
        assert case.reason == FollowUpReason.UNREACHABLE and words in case.note
        assert db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id)) is None


def test_carrier_opt_out_revokes_sms_consent_with_source_carrier(sending_app, twilio_double):  # noqa: F811
    with sending_app.app_context():
        alumnus = make_alumnus()
        twilio_double.reject_number(alumnus.phone, 21610)
        queued_checkin(alumnus)
        alumnus_id = alumnus.id
    run_jobs_in(sending_app)
    with sending_app.app_context():
        from alumni.models import Consent
        assert not has_consent(alumnus_id, "sms")
        latest = db.session.scalar(db.select(Consent).where(Consent.alumnus_id == alumnus_id,
                                                            Consent.channel == "sms").order_by(Consent.id.desc()))
        assert latest.source == ConsentSource.CARRIER


def test_a_timed_out_send_is_looked_up_not_sent_twice(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, TWILIO_TIMEOUT_SECONDS=1)
    twilio_double.hold_requests(accept_before_hold=True)  # accepted, then no answer in time
    checkin_id, _, _ = _checkin(sending_app)
    with sending_app.app_context():
        from alumni.delivery.sender import Outcome, send_checkin_now
        assert send_checkin_now(checkin_id) == Outcome.RETRY
    twilio_double.release()
    run_jobs_in(sending_app)

    assert len(twilio_double.creates()) == 1 and len(twilio_double.created) == 1
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.SENT
    with sending_app.app_context():
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        assert message.provider_id == twilio_double.created[0].sid


def test_withdrawn_consent_between_dispatch_and_send_skips_the_checkin(sending_app, twilio_double):  # noqa: F811
    with sending_app.app_context():
        alumnus = make_alumnus()
        checkin_id = queued_checkin(alumnus).id
        record_consent(alumnus.id, "sms", False, ConsentSource.KEYWORD)
        db.session.commit()
    run_jobs_in(sending_app)
    assert twilio_double.creates() == []
    assert _reload(sending_app, checkin_id).status == CheckInStatus.SKIPPED


def test_rq_keeps_no_phone_number_or_body_and_only_briefly(sending_app, twilio_double):  # noqa: F811
    with sending_app.app_context():
        alumnus = make_alumnus()
        twilio_double.reject_number(alumnus.phone, 21211)
        checkin_id = queued_checkin(alumnus).id
        phone = alumnus.phone
    run_jobs_in(sending_app)
    body = twilio_double.creates()[0].form["Body"]
    with sending_app.app_context():
        from alumni.redis_conn import get_redis
        redis = get_redis()
        registry = FailedJobRegistry("outreach", connection=redis)
        [job_id] = registry.get_job_ids()
        job = Job.fetch(job_id, connection=redis)
        assert job.args == (checkin_id,)
        assert 0 < redis.ttl(job.key) <= 600  # RQ_FAILURE_TTL, not a year
        stored = b"".join(redis.dump(key) or b"" for key in redis.keys("*"))
        assert phone.encode() not in stored and phone[3:].encode() not in stored
        assert body.encode() not in stored
        assert "not a valid number" in job.latest_result().exc_string
