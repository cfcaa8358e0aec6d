"""Putting work on RQ queues, by the job's dotted name (so nothing here imports workers/).

Queues are named by purpose. Deterministic job ids (letters, digits, _ and -) keep one
job per piece of work: enqueuing an id that is already waiting does nothing."""
from __future__ import annotations

from flask import current_app
from rq import Queue
from rq.job import Job, JobStatus

from alumni.redis_conn import get_redis

OUTREACH = "outreach"    # sending messages
DEFAULT = "default"      # alerts and other short work
PERIODIC = "periodic"    # dispatcher, sweepers
ALL_QUEUES = (OUTREACH, DEFAULT, PERIODIC)

_LIVE = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}


def get_queue(name: str) -> Queue:
    return Queue(name, connection=get_redis(), default_timeout=300)


def job_is_live(job_id: str) -> bool:
    """Is a job with this id still waiting or running? False when Redis lost it."""
    return job_id in live_job_ids([job_id])


def enqueue(func_path: str, *args, queue: str = DEFAULT, job_id: str | None = None, **options) -> Job | None:
    """Enqueue unless a live job with the same id exists. Arguments are ids, never phone
    numbers or message bodies (RQ keeps them in Redis)."""
    if job_id is not None and job_is_live(job_id):
        return None
    config = current_app.config
    return get_queue(queue).enqueue(
        func_path, *args, job_id=job_id,
        result_ttl=config["RQ_RESULT_TTL"], failure_ttl=config["RQ_FAILURE_TTL"], **options)


def live_job_ids(job_ids: list[str]) -> set[str]:
    """Which of these ids have a live job (waiting or running), in one round trip."""
    if not job_ids:
        return set()
    # Only each job's status field, one pipeline: cheap enough for 100,000 ids at a time.
    with get_redis().pipeline(transaction=False) as pipe:
        for job_id in job_ids:
            pipe.hget(Job.key_for(job_id), "status")
        statuses = pipe.execute()
    live = {status.value for status in _LIVE}
    return {job_id for job_id, status in zip(job_ids, statuses)
            if status is not None and status.decode() in live}


def enqueue_many(func_path: str, calls: list[tuple[str, tuple]], queue: str = DEFAULT) -> int:
    """enqueue() for many (job_id, args) at once, through one Redis pipeline: same function,
    same queue options, and ids that already have a live job are skipped. Returns how many
    were enqueued."""
    live = live_job_ids([job_id for job_id, _ in calls])
    config = current_app.config
    datas = [Queue.prepare_data(func_path, args=args, job_id=job_id, result_ttl=config["RQ_RESULT_TTL"],
                                failure_ttl=config["RQ_FAILURE_TTL"])
             for job_id, args in calls if job_id not in live]
    if not datas:
        return 0
    target = get_queue(queue)
    # No MULTI/EXEC: each job's keys are written whole either way, and a half-sent batch is
    # recovered like a lost one (the database still says `queued`).
    with target.connection.pipeline(transaction=False) as pipe:
        target.enqueue_many(datas, pipeline=pipe)
        pipe.execute()
    return len(datas)
