"""Putting work on RQ queues, by the job's dotted name (so nothing here imports workers/),
through RQ's public API only.

Queues are named by purpose. Deterministic job ids (letters, digits, _ and -) keep one
job per piece of work: enqueuing an id that is already waiting does nothing."""
from __future__ import annotations

from datetime import UTC, datetime

from flask import current_app
from rq import Queue
from rq.job import Job, JobStatus

from alumni.redis_conn import get_redis

ALERTS = "alerts"        # crisis alerts to staff: never behind a check-in backlog
OUTREACH = "outreach"    # sending messages
DEFAULT = "default"      # other short work
PERIODIC = "periodic"    # dispatcher, sweepers
# A worker takes jobs from its queues in this order: alerts first.
ALL_QUEUES = (ALERTS, OUTREACH, DEFAULT, PERIODIC)

LIVE = frozenset({JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED})
# Jobs per Redis pipeline when enqueuing many: a few hundred kilobytes per round trip.
ENQUEUE_CHUNK = 1000


def get_queue(name: str) -> Queue:
    return Queue(name, connection=get_redis(), default_timeout=300)


def _ttls() -> dict:
    config = current_app.config
    return {"result_ttl": config["RQ_RESULT_TTL"], "failure_ttl": config["RQ_FAILURE_TTL"]}


def fetch_jobs(job_ids: list[str]) -> dict[str, Job | None]:
    """Each id's job, None where Redis has no such job (one round trip per call)."""
    if not job_ids:
        return {}
    return dict(zip(job_ids, Job.fetch_many(job_ids, connection=get_redis()), strict=True))


def job_statuses(job_ids: list[str]) -> dict[str, JobStatus | None]:
    """Each id's RQ status, None where Redis has no such job."""
    return {job_id: job.get_status(refresh=False) if job is not None else None
            for job_id, job in fetch_jobs(job_ids).items()}


def live_job_ids(job_ids: list[str]) -> set[str]:
    """Which of these ids have a live job (waiting, scheduled or running)."""
    return {job_id for job_id, status in job_statuses(job_ids).items() if status in LIVE}


def job_is_live(job_id: str) -> bool:
    """Is a job with this id still waiting or running? False when Redis lost it."""
    return job_id in live_job_ids([job_id])


def enqueue(func_path: str, *args, queue: str = DEFAULT, job_id: str | None = None, **options) -> Job | None:
    """Enqueue unless a live job with the same id exists. Arguments are ids, never phone
    numbers or message bodies (RQ keeps them in Redis)."""
    if job_id is not None and job_is_live(job_id):
        return None
    return get_queue(queue).enqueue(func_path, *args, job_id=job_id, **_ttls(), **options)


def enqueue_at(when: datetime, func_path: str, *args, queue: str = DEFAULT, job_id: str | None = None) -> Job | None:
    """enqueue(), run no earlier than `when` (naive UTC) by RQ's scheduler."""
    if job_id is not None and job_is_live(job_id):
        return None
    return get_queue(queue).enqueue_at(when.replace(tzinfo=UTC), func_path, *args, job_id=job_id, **_ttls())


def enqueue_many(func_path: str, calls: list[tuple[str, tuple]], queue: str = DEFAULT,
                 skip_live: bool = True) -> int:
    """enqueue() for many (job_id, args) at once, in order, with RQ's Queue.enqueue_many in
    a pipeline per chunk. skip_live=False is for callers that know no job can exist for
    these ids yet (it saves fetching every id back first). Returns how many were enqueued."""
    if skip_live:
        live = live_job_ids([job_id for job_id, _ in calls])
        calls = [(job_id, args) for job_id, args in calls if job_id not in live]
    target, ttls = get_queue(queue), _ttls()
    for start in range(0, len(calls), ENQUEUE_CHUNK):
        chunk = [Queue.prepare_data(func_path, args=args, job_id=job_id, **ttls)
                 for job_id, args in calls[start:start + ENQUEUE_CHUNK]]
        with target.connection.pipeline() as pipe:
            target.enqueue_many(chunk, pipeline=pipe)
            pipe.execute()
    return len(calls)
