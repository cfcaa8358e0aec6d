"""Bulk enqueue goes through RQ's own Queue.enqueue_many: the jobs are live, in queue order,
not enqueued twice while waiting, and run by a real RQ worker; the dispatcher's jobs are
exactly what RQ's single-job enqueue writes."""
from datetime import datetime, timedelta

from rq import Queue
from rq.job import Job

from alumni.delivery.dispatcher import dispatch_due
from alumni.delivery.send_jobs import SEND_JOB
from alumni.extensions import db
from alumni.jobs import OUTREACH, enqueue_many, job_is_live, live_job_ids
from alumni.models import CheckIn
from alumni.plans.plans import ensure_default_plan
from alumni.redis_conn import get_redis
from tests.support.delivery import assert_each_sent_once, daytime_zone
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)  # 11:30 in Kolkata


def test_a_dispatched_job_is_the_job_rq_enqueues_for_one_call(db_session, app_context):
    checkin = CheckIn(alumnus_id=make_alumnus().id, channel="preferred", template_key="checkin",
                      due_at=NOW - timedelta(minutes=1))
    db.session.add(checkin)
    db.session.commit()
    assert dispatch_due(NOW).enqueued == 1
    job = Job.fetch(f"checkin-{checkin.id}", connection=get_redis())
    config = app_context.config
    assert (job.func_name, job.args, job.kwargs, job.origin, job.result_ttl, job.failure_ttl) == (
        SEND_JOB, (checkin.id,), {}, OUTREACH, config["RQ_RESULT_TTL"], config["RQ_FAILURE_TTL"])
    assert job.get_status() == "queued"


def test_bulk_jobs_are_live_in_queue_order_and_not_enqueued_twice(app_context):
    calls = [(f"checkin-{i}", (i,)) for i in range(1, 8)]
    assert enqueue_many(SEND_JOB, calls, queue=OUTREACH) == 7
    ids = [job_id for job_id, _ in calls]
    assert Queue(OUTREACH, connection=get_redis()).get_job_ids() == ids
    assert live_job_ids(ids) == set(ids) and job_is_live("checkin-3")
    assert enqueue_many(SEND_JOB, calls + [("checkin-99", (99,))], queue=OUTREACH) == 1


def test_a_real_worker_sends_bulk_enqueued_checkins_once(db_session, run_jobs):
    ensure_default_plan()
    # Sent now, by alumni for whom now is daytime: the sender asks about quiet hours again.
    now, zone = datetime.utcnow(), daytime_zone()
    checkins = []
    for i in range(5):
        alumnus = make_alumnus(first_name=f"Bulk{i}", timezone=zone)
        checkin = CheckIn(alumnus_id=alumnus.id, channel="preferred", template_key="checkin",
                          due_at=now - timedelta(minutes=1))
        db.session.add(checkin)
        checkins.append(checkin)
    db.session.commit()
    assert dispatch_due(now).enqueued == 5
    run_jobs()
    assert_each_sent_once(checkins)
    assert live_job_ids([f"checkin-{c.id}" for c in checkins]) == set()


def test_a_finished_or_failed_job_is_enqueued_again_a_waiting_one_is_not(app_context):
    calls = [(f"checkin-{i}", (i,)) for i in range(1, 5)]
    assert enqueue_many(SEND_JOB, calls, queue=OUTREACH) == 4
    redis = get_redis()
    redis.delete(Queue(OUTREACH, connection=redis).key)
    redis.hset(Job.key_for("checkin-1"), "status", "finished")
    redis.hset(Job.key_for("checkin-2"), "status", "failed")
    assert enqueue_many(SEND_JOB, calls, queue=OUTREACH) == 2
    assert Queue(OUTREACH, connection=redis).get_job_ids() == ["checkin-1", "checkin-2"]
    assert Job.fetch("checkin-1", connection=redis).get_status() == "queued"
