"""The send job: its name, its id, the one way it is enqueued, and the one sweep that finds
`queued` check-ins whose job will not come.

One id scheme, read off the row: `checkin-<id>` for a check-in the dispatcher has just
queued (it goes as soon as a worker is free), `checkin-<id>-at-<unix microseconds>` for
one whose row says it may not go before then (next_attempt_at: a retry's backoff, quiet
hours, a paused provider, a resend after an interrupted attempt). A running job's own id
is still live while it enqueues the next one; the next one's time differs, to the
microsecond the row stores, so its id does too (whole seconds collided for retries less
than a second apart).
Because the id follows from the row, the sweep can name the job each `queued` row needs.
"""
from __future__ import annotations

import logging
from calendar import timegm
from collections import defaultdict
from datetime import datetime, timedelta

from rq.job import JobStatus

from alumni.domain.checkin_lifecycle import Move
from alumni.extensions import db
from alumni.jobs import LIVE, OUTREACH, enqueue_at, enqueue_many, fetch_jobs, get_queue
from alumni.models import CheckIn, utcnow
from alumni.models.checkin import may_move

log = logging.getLogger(__name__)

SEND_JOB = "workers.delivery.send_checkin"
# A `queued` row whose send time is younger than this may belong to a dispatcher that has
# committed but not yet enqueued, or to a retry RQ's scheduler is about to release.
LOST_AFTER = timedelta(seconds=60)
SWEEP_BATCH = 2000


def send_job_id(checkin_id: int, not_before: datetime | None = None) -> str:
    if not_before is None:
        return f"checkin-{checkin_id}"
    return f"checkin-{checkin_id}-at-{timegm(not_before.utctimetuple()) * 1_000_000 + not_before.microsecond}"


def enqueue_send_jobs(checkin_ids: list[int], not_before: datetime | None = None, *, claimed: bool = False,
                      now: datetime | None = None) -> int:
    """The one way a send job is enqueued (dispatcher, check-in now, retries, deferrals, the
    sweep). not_before (naive UTC): the row's next_attempt_at; RQ's scheduler releases the
    job then. Ids whose job is still live are left alone, unless claimed=True: the caller
    has just committed these rows' move from `scheduled` to `queued`, which happens once in
    a check-in's life, so no job for them can exist and Redis is not asked first (the
    database is the truth; this saves fetching 100,000 jobs back per dispatch).
    Returns how many were enqueued."""
    now = now or utcnow()
    calls = [(send_job_id(checkin_id, not_before), (checkin_id,)) for checkin_id in checkin_ids]
    if not_before is None or not_before - now < timedelta(seconds=1):
        return enqueue_many(SEND_JOB, calls, queue=OUTREACH, skip_live=not claimed)
    return sum(enqueue_at(not_before, SEND_JOB, *args, queue=OUTREACH, job_id=job_id) is not None
               for job_id, args in calls)


def requeue_lost(now: datetime | None = None, batch_size: int = SWEEP_BATCH) -> int:
    """The one sweep for `queued` check-ins whose job will not come. A row is looked at once
    its send time (next_attempt_at, else queued_at) passed more than LOST_AFTER ago; the job
    its row names is then
    - gone (Redis flushed or lost it, a dispatcher died between commit and enqueue) or
      ended (finished, failed, stopped) while the row still waits: enqueued again, same id;
    - still `scheduled` though its time passed (RQ's scheduler did not release it: a worker
      killed holding the scheduler lock holds it for minutes), `queued` but no longer in
      the queue (a worker took it and was killed before it started it), or `started` more
      than LOST_AFTER ago (a running job claims its row within moments, so its worker died
      first, and RQ calls it started until its timeout): the row is made due now, which
      names a new job, and that job is enqueued;
    - waiting in the queue (a backlog behind the rate cap) or just started: left alone, so
      a long queue gets no duplicates.
    A duplicate would be harmless anyway: only one job can claim the row. Returns how many
    jobs were enqueued."""
    now = now or utcnow()
    due_now = min(now, utcnow())   # by the clock the sender reads
    send_time = db.func.coalesce(CheckIn.next_attempt_at, CheckIn.queued_at, CheckIn.updated_at)
    total, after = 0, 0
    waiting: set[str] | None = None   # the queue's job ids, read once, when first needed
    while True:
        rows = db.session.execute(
            db.select(CheckIn.id, CheckIn.next_attempt_at)
            .where(may_move(Move.REQUEUE), CheckIn.id > after, send_time <= now - LOST_AFTER)
            .order_by(CheckIn.id).limit(batch_size)).all()
        db.session.commit()  # no read transaction held while talking to Redis
        if not rows:
            break
        after = rows[-1].id
        named = {send_job_id(row.id, row.next_attempt_at): row for row in rows}
        gone: dict[datetime | None, list[int]] = defaultdict(list)
        stuck: list = []
        for job_id, job in fetch_jobs(list(named)).items():
            status = job.get_status(refresh=False) if job is not None else None
            if status not in LIVE:
                gone[named[job_id].next_attempt_at].append(named[job_id].id)
                continue
            if status == JobStatus.QUEUED and waiting is None:
                waiting = set(get_queue(OUTREACH).get_job_ids())
            if status == JobStatus.SCHEDULED or (status == JobStatus.QUEUED and job_id not in waiting) or (
                    status == JobStatus.STARTED and job.started_at is not None
                    and job.started_at.replace(tzinfo=None) <= now - LOST_AFTER):
                stuck.append(named[job_id])
        for not_before, ids in gone.items():
            total += enqueue_send_jobs(ids, not_before, now=now)
        total += _due_again(stuck, due_now)
    if total:
        log.warning("re-enqueued %d queued check-in(s) whose job was gone or stuck", total)
    return total


def _due_again(rows, due: datetime) -> int:
    """Make these still-`queued` rows due at `due` (each only if nothing moved it since it
    was read: the REQUEUE move) and enqueue the job that time names."""
    moved = []
    for row in rows:
        if db.session.execute(
                db.update(CheckIn).where(CheckIn.id == row.id, may_move(Move.REQUEUE),
                                         CheckIn.next_attempt_at.is_(None) if row.next_attempt_at is None
                                         else CheckIn.next_attempt_at == row.next_attempt_at)
                .values(next_attempt_at=due, updated_at=due)
                .execution_options(synchronize_session=False)).rowcount == 1:
            moved.append(row.id)
    db.session.commit()
    return enqueue_send_jobs(moved, due, now=due) if moved else 0
