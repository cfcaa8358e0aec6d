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
    job = Job.fetch_many([job_id], connection=get_redis())[0]
    return job is not None and job.get_status(refresh=False) in _LIVE


def enqueue(func_path: str, *args, queue: str = DEFAULT, job_id: str | None = None, **options) -> Job | None:
    """Enqueue unless a live job with the same id exists. Arguments are ids, never phone
    numbers or message bodies (RQ keeps them in Redis)."""
    if job_id is not None and job_is_live(job_id):
        return None
    config = current_app.config
    return get_queue(queue).enqueue(
        func_path, *args, job_id=job_id,
        result_ttl=config["RQ_RESULT_TTL"], failure_ttl=config["RQ_FAILURE_TTL"], **options)
