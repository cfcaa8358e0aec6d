"""Bulk enqueue writes each job's Redis hash itself (the shape learnt from RQ): the jobs
must be the ones RQ would have written, seen as live, and run by a real RQ worker."""
import zlib
from datetime import datetime, timedelta

from rq import Queue
from rq.job import Job

from alumni.extensions import db
from alumni.jobs import OUTREACH, enqueue_many, get_queue, job_is_live, learn_job_shape, live_job_ids
from alumni.models import CheckIn
from alumni.outreach.dispatcher import SEND_JOB, dispatch_due
from alumni.redis_conn import get_redis
from alumni.services.plans import ensure_default_plan
from tests.support.delivery import assert_each_sent_once, daytime_zone
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)  # 11:30 in Kolkata
CLOCK_FIELDS = {b"created_at", b"enqueued_at"}


def _stored(job_id: str) -> dict:
    raw = get_redis().hgetall(Job.key_for(job_id))
    raw[b"data"] = zlib.decompress(raw[b"data"])
    return {name: value for name, value in raw.items() if name not in CLOCK_FIELDS}


def test_bulk_jobs_are_stored_exactly_as_rq_stores_them(app_context):
    calls = [(f"checkin-{i}", (i,)) for i in (7, 8, 9, 10)]
    assert learn_job_shape(get_queue(OUTREACH), [Queue.prepare_data(SEND_JOB, args=a, job_id=j)
                                                 for j, a in calls[:2]]) is not None, "the fast path is taken"
    assert enqueue_many(SEND_JOB, calls, queue=OUTREACH) == 4
    bulk = {job_id: _stored(job_id) for job_id, _ in calls}
    get_redis().flushdb()
    config = app_context.config
    for job_id, args in calls:  # RQ's own single-job enqueue, same options
        get_queue(OUTREACH).enqueue(SEND_JOB, *args, job_id=job_id, result_ttl=config["RQ_RESULT_TTL"],
                                    failure_ttl=config["RQ_FAILURE_TTL"])
    for job_id, _ in calls:
        assert bulk[job_id] == _stored(job_id), job_id
    job = Job.fetch("checkin-9", connection=get_redis())
    assert (job.func_name, job.args, job.kwargs, job.origin) == (SEND_JOB, (9,), {}, OUTREACH)


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
