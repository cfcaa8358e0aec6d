"""Nothing is given up in silence: passing provider failures are retried for hours, never
into quiet hours; a provider that is down pauses sending instead of spending every
check-in's attempts; the sender asks may_send again before calling the provider; a
check-in that finally fails opens the case staff work; production never pretends to send.
Real `twilio` client against the in-process double, real RQ worker, real Redis."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from alumni.extensions import db
from alumni.models import AlumnusStatus, Channel, CheckIn, CheckInStatus, FollowUp, FollowUpReason, utcnow
from tests.conftest import PRODUCTION
from tests.support.delivery import build_sending_app, queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.twilio_double import twilio_double  # noqa: F401  (fixture)


def _zone_at_local_hour(hour: int) -> str:
    """An Etc/GMT zone whose local hour is `hour` right now (Etc signs are inverted)."""
    offset = (hour - datetime.utcnow().hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def _reload(app, checkin_id) -> CheckIn:
    with app.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        db.session.expunge(checkin)
        return checkin


def _cases(app, alumnus_id) -> list[FollowUp]:
    with app.app_context():
        cases = db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id)).all()
        for case in cases:
            db.session.expunge(case)
        return cases


def test_a_provider_failing_for_a_while_is_retried_past_the_old_five_attempts(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, SEND_BREAKER_FAILURES=0)
    twilio_double.fail_next(*[500] * 7)
    with sending_app.app_context():
        checkin_id = queued_checkin(make_alumnus()).id
    run_jobs_in(sending_app, rounds=20)

    assert [r.answered for r in twilio_double.creates()] == [500] * 7 + [201]
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.SENT and checkin.attempts == 8


def test_a_checkin_still_failing_after_the_retry_window_fails_and_opens_an_unreachable_case(
        make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, SEND_BREAKER_FAILURES=0, SEND_RETRY_FOR=3600)
    twilio_double.fail_next(500)
    with sending_app.app_context():
        alumnus = make_alumnus()
        checkin = queued_checkin(alumnus, enqueue=False)
        checkin.queued_at = utcnow() - timedelta(hours=2)  # queued, retried, and still failing since
        db.session.commit()
        from alumni.delivery.dispatcher import enqueue_send_jobs
        enqueue_send_jobs([checkin.id])
        checkin_id, alumnus_id = checkin.id, alumnus.id
    run_jobs_in(sending_app)

    assert len(twilio_double.creates()) == 1
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.FAILED
    assert "gave up after 1 attempts over 2.0 h" in checkin.last_error and "internal error" in checkin.last_error
    [case] = _cases(sending_app, alumnus_id)
    assert case.reason == FollowUpReason.UNREACHABLE and "internal error" in case.note


def test_a_checkin_that_cannot_be_prepared_opens_an_unreachable_case_too(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double)
    with sending_app.app_context():
        alumnus = make_alumnus()
        checkin_id, alumnus_id = queued_checkin(alumnus, template_key="no-such-template").id, alumnus.id
    run_jobs_in(sending_app)

    assert twilio_double.creates() == []
    assert _reload(sending_app, checkin_id).status == CheckInStatus.FAILED
    assert [c.reason for c in _cases(sending_app, alumnus_id)] == [FollowUpReason.UNREACHABLE]


def test_a_retry_due_inside_quiet_hours_waits_for_them_to_end(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, QUIET_HOURS="21:00-09:00")
    with sending_app.app_context():
        # Queued in the evening; its turn (a retry, a slow queue) comes at 23:00 local.
        alumnus = make_alumnus(timezone=_zone_at_local_hour(23))
        checkin_id = queued_checkin(alumnus).id
    run_jobs_in(sending_app)

    assert twilio_double.creates() == []
    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.QUEUED and checkin.attempts == 0
    wait = checkin.next_attempt_at - utcnow()
    assert timedelta(hours=9) < wait <= timedelta(hours=10)  # 09:00 local
    assert "quiet hours" in checkin.last_error


def test_a_retry_after_a_failure_at_nightfall_is_held_until_morning(make_app, app, twilio_double):  # noqa: F811
    """The backoff of a failure a little before 21:00 local lands inside quiet hours."""
    sending_app = build_sending_app(make_app, twilio_double, QUIET_HOURS="21:00-09:00", SEND_BREAKER_FAILURES=0,
                                    SEND_RETRY_BASE_SECONDS=3 * 3600, SEND_RETRY_MAX_DELAY=3 * 3600)
    twilio_double.fail_next(503)
    with sending_app.app_context():
        checkin_id = queued_checkin(make_alumnus(timezone=_zone_at_local_hour(20))).id
    run_jobs_in(sending_app)

    checkin = _reload(sending_app, checkin_id)
    assert checkin.status == CheckInStatus.QUEUED and checkin.attempts == 1
    with sending_app.app_context():
        from alumni.domain.schedule import utc_to_local, zone
        local = utc_to_local(checkin.next_attempt_at, zone(_zone_at_local_hour(20)))
    assert (local.hour, local.minute) == (9, 0)


def test_an_alumnus_paused_after_dispatch_is_not_texted(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double)
    with sending_app.app_context():
        alumnus = make_alumnus()
        checkin_id = queued_checkin(alumnus).id
        alumnus.status = AlumnusStatus.PAUSED
        db.session.commit()
    run_jobs_in(sending_app)

    assert twilio_double.creates() == []
    checkin = _reload(sending_app, checkin_id)
    assert (checkin.status, checkin.skip_reason) == (CheckInStatus.SKIPPED, "paused")


def test_a_provider_that_is_down_pauses_sending_instead_of_spending_every_attempt(make_app, app, twilio_double):  # noqa: F811
    sending_app = build_sending_app(make_app, twilio_double, SEND_BREAKER_FAILURES=3, SEND_BREAKER_PROBE_SECONDS=30)
    twilio_double.fail_next(*[500] * 100)
    with sending_app.app_context():
        ids = [queued_checkin(make_alumnus()).id for _ in range(8)]
    run_jobs_in(sending_app)

    assert len(twilio_double.creates()) == 3  # then the breaker opened: nobody else called Twilio
    rows = [_reload(sending_app, i) for i in ids]
    assert all(r.status == CheckInStatus.QUEUED for r in rows)
    assert sum(r.attempts for r in rows) == 3
    paused = [r for r in rows if r.last_error and "sending is paused" in r.last_error]
    assert len(paused) >= 5 and all(r.next_attempt_at > utcnow() + timedelta(seconds=20) for r in paused)


@pytest.fixture
def production_app(base_settings, migrated):
    """Production with no Twilio credentials and no SMTP_URL, OUTBOUND_TRANSPORT unset."""
    from alumni import create_app
    from config import Config
    env = {k: v for k, v in base_settings.items() if k != "OUTBOUND_TRANSPORT"}
    config = Config.from_env({**env, **PRODUCTION, "QUIET_HOURS": "none"})
    config.TESTING = True
    return create_app(config)


@pytest.mark.parametrize("channel, words", [("sms", "no SMS provider configured"),
                                             ("email", "no email provider configured")])
def test_production_without_a_provider_fails_the_checkin_instead_of_pretending(production_app, app, channel, words):
    with production_app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS, Channel.EMAIL))
        checkin_id, alumnus_id = queued_checkin(alumnus, channel=channel).id, alumnus.id
    run_jobs_in(production_app)

    checkin = _reload(production_app, checkin_id)
    assert checkin.status == CheckInStatus.FAILED and words in checkin.last_error
    assert [c.reason for c in _cases(production_app, alumnus_id)] == [FollowUpReason.UNREACHABLE]
    with production_app.app_context():
        from alumni.delivery.transports.console import recorded_messages
        from alumni.redis_conn import get_redis
        assert recorded_messages(get_redis()) == []  # nothing "sent" to the developer outbox


def test_healthz_names_the_channels_without_a_provider(production_app, app):
    response = production_app.test_client().get("/healthz")
    transports = response.get_json()["transports"]
    assert transports == {"ok": False, "sms": "missing", "whatsapp": "missing", "email": "missing",
                          "warning": "no provider configured for sms, whatsapp, email"}


def test_console_in_production_only_when_asked_for(base_settings):
    from config import Config
    env = {k: v for k, v in base_settings.items() if k != "OUTBOUND_TRANSPORT"}
    assert Config.from_env({**env, **PRODUCTION}).OUTBOUND_TRANSPORT == "twilio"
    chosen = Config.from_env({**env, **PRODUCTION, "OUTBOUND_TRANSPORT": "console"})
    assert chosen.OUTBOUND_TRANSPORT == "console"
