"""The dispatcher: due `scheduled` check-ins -> skipped (with a reason), deferred out of
quiet hours, or `queued` and handed to the send job.

Principles it keeps:
- The database is the truth. A row moves scheduled -> queued only through a conditional
  UPDATE (... WHERE status = 'scheduled': the QUEUE move of alumni/domain/checkin_lifecycle.py),
  so two dispatchers running at once never queue the same check-in twice: the second UPDATE
  finds the row no longer scheduled.
- Commit, then enqueue. A crash between the two leaves a `queued` row with no job; the next
  run's `requeue_lost` (alumni/delivery/send_jobs.py) finds it, as it finds everything Redis
  forgot, and enqueues it again.
- Work goes in batches (bulk UPDATEs, then RQ's enqueue_many a thousand jobs per Redis
  pipeline) so 100,000 due check-ins take seconds, not minutes.
"""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from flask import current_app

from alumni.delivery.send_jobs import enqueue_send_jobs, requeue_lost
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.send_rules import DEFER, QUEUE, SKIP, may_send
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import PREFERRED_CHANNEL, Alumnus, CheckIn, Consent, Supporter, utcnow
from alumni.models.checkin import may_move
from alumni.plans.plans import among, quiet_hours

log = logging.getLogger(__name__)

DEFAULT_BATCH = 2000


@dataclass
class DispatchReport:
    queued: int = 0
    deferred: int = 0
    skipped: Counter = field(default_factory=Counter)   # reason -> count
    enqueued: int = 0
    requeued_lost: int = 0
    batches: int = 0
    queued_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skipped.items())) or "none"
        return (f"queued {self.queued}, deferred {self.deferred} (quiet hours), skipped: {skipped}; "
                f"re-enqueued {self.requeued_lost} lost job(s)")


def dispatch_due(now: datetime | None = None, batch_size: int = DEFAULT_BATCH,
                 recover_lost: bool = True) -> DispatchReport:
    """Dispatch every scheduled check-in due at or before `now` (naive UTC)."""
    now = now or utcnow()
    report = DispatchReport()
    if recover_lost:
        report.requeued_lost = requeue_lost(now, batch_size=batch_size)
    previous: list[int] = []
    with _BackgroundEnqueue() as enqueuer:
        while True:
            # On PostgreSQL a second dispatcher skips the rows this one holds and takes the next
            # batch; SQLite has no row locks and relies on the conditional UPDATEs alone.
            # Ordered by due_at alone, the order the (status, due_at) index hands rows over in,
            # so the scan stops after batch_size rows; a tie-breaker on id made PostgreSQL sort
            # the whole backlog of due rows for every batch. The batch is loaded by id after.
            ids = list(db.session.execute(
                db.select(CheckIn.id).where(may_move(Move.QUEUE), CheckIn.due_at <= now)
                .order_by(CheckIn.due_at).limit(batch_size).with_for_update(skip_locked=True)).scalars())
            if not ids or set(ids) == set(previous):  # nothing left (or nothing this run can change)
                db.session.commit()
                break
            previous = ids
            claimed = _dispatch_batch(_load(ids), now, report)
            if claimed:
                enqueuer.submit(claimed)
    report.enqueued += enqueuer.enqueued
    return report


def dispatch_checkins(checkin_ids: list[int], now: datetime | None = None) -> DispatchReport:
    """Dispatch exactly these check-ins if they are scheduled and due (check-in now)."""
    now = now or utcnow()
    report = DispatchReport()
    ids = list(db.session.scalars(db.select(CheckIn.id).where(
        CheckIn.id.in_(checkin_ids), may_move(Move.QUEUE), CheckIn.due_at <= now)))
    claimed = _dispatch_batch(_load(ids), now, report) if ids else []
    if claimed:
        report.enqueued += enqueue_send_jobs(claimed, claimed=True, now=now)
    return report


class _Due(NamedTuple):
    """A due check-in with the alumnus facts the decision needs."""
    id: int
    alumnus_id: int
    channel: str
    status: str
    timezone: str
    preferred_channel: str
    phone: str | None
    email: str | None
    # A text to one of the alumnus's supporters: their address, and their may_contact in
    # place of the alumnus's channel consent (None: the text is the alumnus's own).
    supporter_id: int | None = None
    supporter: tuple[str | None, str | None, bool] | None = None


def _load(ids: list[int]) -> list[_Due]:
    """The check-ins, then their alumni by key. Two lookups rather than a join: given a few
    thousand ids PostgreSQL hash-joined against a scan of every alumnus, per batch."""
    if not ids:
        return []
    checkins = db.session.execute(
        db.select(CheckIn.id, CheckIn.alumnus_id, CheckIn.channel, CheckIn.supporter_id)
        .where(among(CheckIn.id, ids)).order_by(CheckIn.due_at, CheckIn.id)).all()
    facts = {row[0]: row[1:] for row in db.session.execute(
        db.select(Alumnus.id, Alumnus.status, Alumnus.timezone, Alumnus.preferred_channel, Alumnus.phone,
                  Alumnus.email).where(among(Alumnus.id, {c.alumnus_id for c in checkins})))}
    wanted = {c.supporter_id for c in checkins if c.supporter_id}
    supporters = {row[0]: (row[1], row[2], bool(row[3])) for row in db.session.execute(
        db.select(Supporter.id, Supporter.phone, Supporter.email, Supporter.may_contact)
        .where(among(Supporter.id, wanted)))} if wanted else {}
    return [_Due(*checkin[:3], *facts[checkin.alumnus_id], checkin.supporter_id, supporters.get(checkin.supporter_id))
            for checkin in checkins]


def _consents(alumnus_ids: set[int]) -> set[tuple[int, str]]:
    """(alumnus, channel) pairs whose newest consent row grants consent. The rows are read
    by alumnus and the newest picked here: a max(id) subquery made PostgreSQL scan and
    aggregate the whole consents table for every batch."""
    newest: dict[tuple[int, str], tuple[int, bool]] = {}
    for alumnus_id, channel, consent_id, granted in db.session.execute(
            db.select(Consent.alumnus_id, Consent.channel, Consent.id, Consent.granted)
            .where(among(Consent.alumnus_id, alumnus_ids))):
        known = newest.get((alumnus_id, channel))
        if known is None or consent_id > known[0]:
            newest[(alumnus_id, channel)] = (consent_id, bool(granted))
    return {pair for pair, (_, granted) in newest.items() if granted}


def _dispatch_batch(rows, now: datetime, report: DispatchReport) -> list[int]:
    """Skips, defers or queues each row and commits; returns the ids queued, in id order,
    whose send jobs the caller enqueues."""
    quiet = quiet_hours()
    consented = _consents({row.alumnus_id for row in rows})
    skip: dict[str, list[int]] = defaultdict(list)
    defer: dict[datetime, list[int]] = defaultdict(list)
    queue: dict[str, list[int]] = defaultdict(list)  # resolved channel -> ids
    for row in rows:
        channel = row.preferred_channel if row.channel == PREFERRED_CHANNEL else row.channel
        phone, email, consent = (row.phone, row.email, (row.alumnus_id, channel) in consented)
        if row.supporter_id is not None:
            phone, email, consent = row.supporter or (None, None, False)
        address = email if channel == Channel.EMAIL else phone
        decision = may_send(alumnus_status=row.status, channel=channel,
                          has_consent=consent, has_address=bool(address),
                          now=now, tz=row.timezone, quiet=quiet)
        if decision.action == SKIP:
            skip[decision.reason].append(row.id)
        elif decision.action == DEFER:
            defer[decision.until].append(row.id)
        else:
            assert decision.action == QUEUE
            queue[channel].append(row.id)
    # `status || ''`: the same test, but not one an index can answer. SQLite keeps no
    # statistics, so for `id IN (...) AND status = 'scheduled'` it would walk the whole
    # (status, due_at) index (millions of future rows) instead of finding the batch by key.
    unindexed = CheckIn.status.concat("")
    for reason, ids in skip.items():
        result = db.session.execute(
            db.update(CheckIn).where(among(CheckIn.id, ids), may_move(Move.SKIP, unindexed))
            .values(status=target(Move.SKIP), skip_reason=reason, updated_at=now),
            execution_options={"synchronize_session": False})
        report.skipped[reason] += result.rowcount or 0
    for until, ids in defer.items():
        result = db.session.execute(
            db.update(CheckIn).where(among(CheckIn.id, ids), may_move(Move.DEFER, unindexed))
            .values(due_at=until, updated_at=now),
            execution_options={"synchronize_session": False})
        report.deferred += result.rowcount or 0
    claimed: list[int] = []
    for channel, ids in queue.items():
        # The channel is recorded as resolved, so the row says where it actually went.
        result = db.session.execute(
            db.update(CheckIn).where(among(CheckIn.id, ids), may_move(Move.QUEUE, unindexed))
            .values(status=target(Move.QUEUE), channel=channel, queued_at=now, updated_at=now)
            .returning(CheckIn.id),
            execution_options={"synchronize_session": False})
        claimed.extend(result.scalars())
    db.session.commit()
    db.session.expire_all()
    report.batches += 1
    report.queued += len(claimed)
    report.queued_ids.extend(claimed)
    return sorted(claimed)


class _BackgroundEnqueue:
    """Enqueues each committed batch's send jobs on one helper thread while the next batch
    is read and updated, so the database's and Redis's round trips overlap (a third of a
    100,000-row dispatch was waiting on one or the other). Still commit, then enqueue; jobs
    go out in batch order. A failed enqueue stops the dispatch at the next batch and is
    raised; the rows it left `queued` are found by requeue_lost, like any lost job."""

    def __init__(self):
        self.app = current_app._get_current_object()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dispatch-enqueue")
        self.pending: list[Future] = []
        self.enqueued = 0

    def submit(self, checkin_ids: list[int]) -> None:
        self._collect(block=False)
        self.pending.append(self.pool.submit(self._enqueue, checkin_ids))

    def _enqueue(self, checkin_ids: list[int]) -> int:
        with self.app.app_context():
            return enqueue_send_jobs(checkin_ids, claimed=True)

    def _collect(self, block: bool) -> None:
        while self.pending and (block or self.pending[0].done()):
            self.enqueued += self.pending.pop(0).result()   # raises the thread's error here

    def __enter__(self) -> _BackgroundEnqueue:
        return self

    def __exit__(self, *failure) -> None:
        try:
            if failure[0] is None:
                self._collect(block=True)
        finally:
            self.pool.shutdown(wait=True)   # never leave a thread writing behind the caller
