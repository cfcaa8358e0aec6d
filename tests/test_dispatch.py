"""The dispatcher: due check-ins are queued once, skipped with a reason, or held out of quiet
hours; Redis losing its data loses no check-in."""
import socket
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from rq import Queue

from alumni.core.consent import record_consent
from alumni.delivery.dispatcher import dispatch_due
from alumni.extensions import db
from alumni.jobs import OUTREACH
from alumni.models import AlumnusStatus, Channel, CheckIn, CheckInStatus
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.redis_conn import get_redis
from tests.support.delivery import assert_each_sent_once
from tests.support.factories import make_alumnus

# 06:00 UTC = 11:30 in Kolkata: outside quiet hours
NOW = datetime(2025, 1, 10, 6, 0)


def _due_checkin(alumnus, due=NOW - timedelta(minutes=1), channel="preferred") -> CheckIn:
    checkin = CheckIn(alumnus_id=alumnus.id, channel=channel, due_at=due, template_key="checkin")
    db.session.add(checkin)
    db.session.commit()
    return checkin


def _reload(checkin) -> CheckIn:
    db.session.expire_all()
    return db.session.get(CheckIn, checkin.id)


def _queued_job_ids() -> list[str]:
    return Queue(OUTREACH, connection=get_redis()).get_job_ids()


def test_a_due_checkin_is_queued_and_its_send_job_enqueued(db_session):
    ensure_default_plan()
    checkin = _due_checkin(make_alumnus())
    report = dispatch_due(NOW)
    row = _reload(checkin)
    assert (row.status, row.channel, row.queued_at) == (CheckInStatus.QUEUED, "sms", NOW)
    assert report.queued == 1
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]


def test_a_checkin_not_yet_due_is_left_alone(db_session):
    checkin = _due_checkin(make_alumnus(), due=NOW + timedelta(minutes=1))
    dispatch_due(NOW)
    assert _reload(checkin).status == CheckInStatus.SCHEDULED
    assert _queued_job_ids() == []


def test_dispatching_twice_queues_nothing_twice(db_session):
    checkin = _due_checkin(make_alumnus())
    dispatch_due(NOW)
    second = dispatch_due(NOW + timedelta(minutes=1))
    assert second.queued == 0 and second.requeued_lost == 0
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]


def test_paused_withdrawn_and_erased_alumni_are_skipped_with_the_reason(db_session):
    rows = {status: _due_checkin(make_alumnus(status=status))
            for status in (AlumnusStatus.PAUSED, AlumnusStatus.WITHDRAWN, AlumnusStatus.ERASED)}
    report = dispatch_due(NOW)
    for status, checkin in rows.items():
        row = _reload(checkin)
        assert (row.status, row.skip_reason) == (CheckInStatus.SKIPPED, str(status))
    assert report.queued == 0 and _queued_job_ids() == []


def test_consent_withdrawn_after_scheduling_stops_the_checkin(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2025, 1, 9))
    attach_plan(alumnus, plan, now=NOW - timedelta(days=1))
    db.session.commit()
    first = db.session.scalars(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id)
                               .order_by(CheckIn.due_at)).first()
    assert first.status == CheckInStatus.SCHEDULED
    record_consent(alumnus.id, Channel.SMS, False, "keyword")  # they texted STOP
    db.session.commit()
    dispatch_due(first.due_at + timedelta(minutes=1))
    row = _reload(first)
    assert (row.status, row.skip_reason) == (CheckInStatus.SKIPPED, "no current consent for sms")
    assert _queued_job_ids() == []


def test_preferred_channel_is_resolved_when_dispatched(db_session):
    alumnus = make_alumnus(consent=(Channel.EMAIL,), preferred_channel=Channel.EMAIL)
    checkin = _due_checkin(alumnus)
    dispatch_due(NOW)
    row = _reload(checkin)
    assert (row.status, row.channel) == (CheckInStatus.QUEUED, "email")


def test_a_checkin_without_consent_on_its_fixed_channel_is_skipped(db_session):
    checkin = _due_checkin(make_alumnus(consent=(Channel.SMS,)), channel="whatsapp")
    dispatch_due(NOW)
    assert _reload(checkin).skip_reason == "no current consent for whatsapp"


def test_a_checkin_found_inside_quiet_hours_waits_for_nine_local(db_session):
    alumnus = make_alumnus()
    late_evening = datetime(2025, 1, 10, 16, 0)  # 21:30 in Kolkata
    checkin = _due_checkin(alumnus, due=late_evening - timedelta(minutes=5))
    report = dispatch_due(late_evening)
    row = _reload(checkin)
    assert report.deferred == 1
    assert (row.status, row.due_at) == (CheckInStatus.SCHEDULED, datetime(2025, 1, 11, 3, 30))  # 09:00 IST
    assert _queued_job_ids() == []
    dispatch_due(datetime(2025, 1, 11, 3, 30))
    assert _reload(checkin).status == CheckInStatus.QUEUED


def test_quiet_hours_follow_the_alumnus_time_zone(db_session):
    in_new_york = make_alumnus(timezone="America/New_York")
    checkin = _due_checkin(in_new_york)
    dispatch_due(NOW)  # 01:00 in New York
    row = _reload(checkin)
    assert row.status == CheckInStatus.SCHEDULED
    assert row.due_at == datetime(2025, 1, 10, 14, 0)  # 09:00 EST


def test_redis_flushed_after_dispatch_and_the_checkins_are_still_delivered(db_session, run_jobs):
    ensure_default_plan()
    # Sent now, in a zone where now is daytime: the sender asks about quiet hours again.
    zone, now = _zone_where_it_is_midday_now(), datetime.utcnow()
    checkins = [_due_checkin(make_alumnus(first_name=f"Person{i}", timezone=zone)) for i in range(3)]
    assert dispatch_due(now).queued == 3
    get_redis().flushdb()  # the Redis on many hosts keeps nothing on disk
    assert _queued_job_ids() == []
    report = dispatch_due(now + timedelta(minutes=2))
    assert report.requeued_lost == 3
    run_jobs()
    assert_each_sent_once(checkins)


def test_a_freshly_queued_checkin_is_not_enqueued_twice_by_recovery(db_session):
    checkin = _due_checkin(make_alumnus())
    dispatch_due(NOW)
    assert dispatch_due(NOW).requeued_lost == 0  # its job is live
    get_redis().flushdb()
    # within the grace period the dispatcher that queued it may still be enqueuing
    assert dispatch_due(NOW + timedelta(seconds=30)).requeued_lost == 0
    assert dispatch_due(NOW + timedelta(seconds=61)).requeued_lost == 1
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]


def _zone_where_it_is_midday_now() -> str:
    """An Etc/GMT zone whose local time is around noon right now (Etc signs are inverted)."""
    offset = 12 - datetime.utcnow().hour
    offset = offset - 24 if offset > 12 else offset
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def test_flask_outreach_dispatch_runs_the_dispatcher_once(db_session, flask_cli):
    alumnus = make_alumnus(timezone=_zone_where_it_is_midday_now())
    checkin = _due_checkin(alumnus, due=datetime.utcnow() - timedelta(minutes=1))
    result = flask_cli("outreach", "dispatch")
    assert result.returncode == 0, result.stderr
    assert "queued 1" in result.stdout
    assert _reload(checkin).status == CheckInStatus.QUEUED
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]


def test_a_send_job_that_is_still_waiting_is_not_enqueued_again(db_session):
    from alumni.delivery.dispatcher import enqueue_send_jobs
    checkin = _due_checkin(make_alumnus())
    assert enqueue_send_jobs([checkin.id]) == 1
    assert enqueue_send_jobs([checkin.id]) == 0
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]


def test_the_newest_consent_row_decides_per_alumnus_and_channel(db_session):
    regranted = make_alumnus(first_name="Regranted")
    record_consent(regranted.id, Channel.SMS, False, "keyword")
    record_consent(regranted.id, Channel.SMS, True, "form")
    revoked = make_alumnus(first_name="Revoked")
    record_consent(revoked.id, Channel.EMAIL, True, "form")   # another channel's grant does not count
    record_consent(revoked.id, Channel.SMS, False, "keyword")
    db.session.commit()
    yes, no = _due_checkin(regranted, channel="sms"), _due_checkin(revoked, channel="sms")
    dispatch_due(NOW)
    assert _reload(yes).status == CheckInStatus.QUEUED
    assert (_reload(no).status, _reload(no).skip_reason) == (CheckInStatus.SKIPPED, "no current consent for sms")


def test_redis_down_while_dispatching_loses_no_checkin(db_session, app):
    """Commit, then enqueue: when Redis refuses, the dispatch fails loudly, and every row it
    had committed as queued is enqueued by the next dispatch once Redis is back."""
    checkins = [_due_checkin(make_alumnus()) for _ in range(7)]
    with socket.socket() as probe:   # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    working = app.extensions["redis"]
    app.extensions["redis"] = Redis(host="127.0.0.1", port=closed_port, socket_connect_timeout=1)
    try:
        with pytest.raises(RedisConnectionError):
            dispatch_due(NOW, batch_size=3, recover_lost=False)
    finally:
        app.extensions["redis"] = working
    db.session.rollback()
    statuses = Counter(_reload(c).status for c in checkins)
    assert set(statuses) <= {CheckInStatus.QUEUED, CheckInStatus.SCHEDULED} and statuses[CheckInStatus.QUEUED] >= 3
    assert _queued_job_ids() == []

    report = dispatch_due(NOW + timedelta(minutes=2), batch_size=3)
    assert report.requeued_lost == statuses[CheckInStatus.QUEUED]
    assert report.queued == statuses[CheckInStatus.SCHEDULED]
    assert sorted(_queued_job_ids()) == sorted(f"checkin-{c.id}" for c in checkins)
    assert {_reload(c).status for c in checkins} == {CheckInStatus.QUEUED}


def _sent_in_a_daytime_zone(now) -> CheckIn:
    """A check-in dispatched now to someone for whom it is daytime (the sender asks again)."""
    ensure_default_plan()
    checkin = _due_checkin(make_alumnus(timezone=_zone_where_it_is_midday_now()), due=now - timedelta(minutes=1))
    assert dispatch_due(now).queued == 1
    return checkin


def test_a_send_job_a_killed_worker_took_from_the_queue_is_enqueued_again_and_sent_once(db_session, run_jobs):
    now = datetime.utcnow()
    checkin = _sent_in_a_daytime_zone(now)
    # The worker took the job off the queue and died before starting it: RQ still says queued.
    assert Queue(OUTREACH, connection=get_redis()).pop_job_id() == f"checkin-{checkin.id}"
    assert dispatch_due(now + timedelta(seconds=30)).requeued_lost == 0   # may still be starting
    assert dispatch_due(now + timedelta(minutes=2)).requeued_lost == 1
    run_jobs()
    assert_each_sent_once([checkin])


def test_a_retry_the_scheduler_never_released_is_sent_once_the_sweep_sees_it_overdue(db_session, run_jobs):
    from alumni.delivery.send_jobs import enqueue_send_jobs
    now = datetime.utcnow()
    checkin = _sent_in_a_daytime_zone(now)
    Queue(OUTREACH, connection=get_redis()).pop_job_id()
    retry_at = now + timedelta(seconds=5)
    row = _reload(checkin)
    row.next_attempt_at = retry_at
    db.session.commit()
    assert enqueue_send_jobs([checkin.id], retry_at, now=now) == 1   # held by RQ's scheduler
    assert _queued_job_ids() == []
    assert dispatch_due(retry_at + timedelta(minutes=2)).requeued_lost == 1
    run_jobs()
    assert_each_sent_once([checkin])


def test_a_send_job_waiting_behind_a_long_queue_is_not_enqueued_twice_by_either_sweep(db_session):
    from alumni.delivery.reconcile import reconcile_stale_sending
    checkin = _due_checkin(make_alumnus())
    dispatch_due(NOW)
    later = NOW + timedelta(minutes=30)   # the rate cap is slow, the job still waits its turn
    assert dispatch_due(later).requeued_lost == 0
    assert reconcile_stale_sending(later).reenqueued == 0
    assert _queued_job_ids() == [f"checkin-{checkin.id}"]
