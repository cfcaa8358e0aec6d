"""The sweeper for sends that never finished.

A worker killed in the middle of a send leaves its check-in `sending`. Past a grace time
longer than any live attempt can take, we ask the provider (Twilio's message list
filtered by To since the attempt began) whether that text went out: found -> `sent` with
that sid; not found -> back to `queued` for another attempt. Email has no such list, so a
stale email is sent again (at least once beats never), under the same Message-ID as the
attempt that may have gone, so the mailbox treats the two as one message. Then queued
check-ins whose job will not come get one (requeue_lost in alumni/delivery/send_jobs.py, the
same sweep the dispatcher runs).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app

from alumni.delivery.send_jobs import enqueue_send_jobs, requeue_lost
from alumni.delivery.sender import UNCONFIRMED, record_sent, report_failed
from alumni.delivery.transports.base import TransportError
from alumni.delivery.transports.registry import transport_for
from alumni.domain.checkin_lifecycle import Move, may, target
from alumni.domain.send_rules import retries_exhausted
from alumni.extensions import db
from alumni.models import CheckIn, Direction, Message, utcnow
from alumni.models.checkin import may_move

log = logging.getLogger(__name__)


@dataclass
class ReconcileReport:
    found_sent: int = 0
    requeued: int = 0
    failed: int = 0
    unresolved: int = 0
    reenqueued: int = 0
    ids: list[int] = field(default_factory=list)


def stale_after_seconds() -> float:
    """Longer than any live attempt: the rate-cap wait (30 s at most) plus the request timeout."""
    configured = current_app.config.get("SENDING_STALE_SECONDS")
    if configured:
        return float(configured)
    return max(120.0, 2 * (30 + float(current_app.config["TWILIO_TIMEOUT_SECONDS"])))


def reconcile_stale_sending(now: datetime | None = None, limit: int = 500) -> ReconcileReport:
    now = now or utcnow()
    report = ReconcileReport()
    cutoff = now - timedelta(seconds=stale_after_seconds())
    ids = list(db.session.scalars(db.select(CheckIn.id).where(
        may_move(Move.RESEND), CheckIn.sending_started_at < cutoff)
        .order_by(CheckIn.sending_started_at).limit(limit)))
    for checkin_id in ids:
        _reconcile_one(checkin_id, now, report)
    report.reenqueued = requeue_lost(now)
    return report


def _reconcile_one(checkin_id: int, now: datetime, report: ReconcileReport) -> None:
    checkin = db.session.get(CheckIn, checkin_id)
    started = checkin.sending_started_at
    message = db.session.scalar(db.select(Message).where(
        Message.checkin_id == checkin_id, Message.direction == Direction.OUTBOUND,
        Message.provider_id.is_(None)).order_by(Message.id.desc()).limit(1))
    found = None
    if message is not None:
        try:
            transport = transport_for(message.channel)
        except TransportError:
            transport = None  # the channel lost its provider: nothing to ask
        if hasattr(transport, "find_sent"):
            known = set(db.session.scalars(db.select(Message.provider_id).where(
                Message.to_addr == message.to_addr, Message.provider_id.is_not(None))))
            to, body, since = message.to_addr, message.body, message.created_at
            db.session.close()  # no connection held during the provider call
            try:
                found = transport.find_sent(to, body, since, known)
            except TransportError as error:
                log.warning("check-in %s: provider lookup failed (%s); will ask again", checkin_id, error)
                report.unresolved += 1
                return
            checkin = db.session.get(CheckIn, checkin_id)
            if not may(Move.RESEND, checkin.status) or checkin.sending_started_at != started:
                db.session.rollback()
                return  # the attempt finished after all, or a new one began
    report.ids.append(checkin_id)
    if found is not None:
        record_sent(checkin_id, message.id, found, found_earlier=True)
        report.found_sent += 1
        return
    if message is not None:
        message = db.session.get(Message, message.id)
        message.provider_status = UNCONFIRMED
    # Each move below (FAIL or RESEND) is a conditional UPDATE on the attempt we looked at
    # (still `sending`, same start time): a worker finishing that attempt late, or a second
    # sweeper, changes the row first and our write then touches nothing.
    def this_attempt(move: Move) -> tuple:
        return CheckIn.id == checkin_id, may_move(move), CheckIn.sending_started_at == started

    attempts, alumnus_id = checkin.attempts, checkin.alumnus_id
    config = current_app.config
    given_up = retries_exhausted(first_queued=checkin.queued_at or checkin.due_at, now=now,
                                 retry_for_seconds=float(config["SEND_RETRY_FOR"]), attempts=attempts,
                                 max_attempts=int(config["SEND_MAX_ATTEMPTS"]))
    if given_up:
        reason = (f"{given_up}: the sending worker stopped mid-send and the provider has no record "
                  "of the message")
        moved = db.session.execute(db.update(CheckIn).where(*this_attempt(Move.FAIL)).values(
            status=target(Move.FAIL), last_error=reason, next_attempt_at=None, updated_at=now)
            .execution_options(synchronize_session=False)).rowcount
        if moved != 1:
            db.session.rollback()
            return
        report_failed(checkin_id, alumnus_id, reason, None)
        db.session.commit()
        report.failed += 1
        return
    # Due now, by the clock the sender reads: the row then names a job of this time, never
    # the interrupted attempt's, which RQ may still call started for minutes.
    resend_at = min(now, utcnow())
    moved = db.session.execute(db.update(CheckIn).where(*this_attempt(Move.RESEND)).values(
        status=target(Move.RESEND), next_attempt_at=resend_at, updated_at=now,
        last_error=f"attempt {attempts} was interrupted; the provider has no record of it, so it will be sent again")
        .execution_options(synchronize_session=False)).rowcount
    if moved != 1:
        db.session.rollback()
        return  # the attempt finished after all, or another sweeper moved it
    db.session.commit()
    enqueue_send_jobs([checkin_id], resend_at, now=resend_at)
    report.requeued += 1
