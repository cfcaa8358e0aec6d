"""The send path for one check-in: guard -> render -> claim (`sending`, committed) ->
transport, with the database session closed during the network call -> record.

No double text: the claim is a conditional UPDATE (only a `queued` row whose retry time
has come), so two jobs for the same check-in cannot both send. An attempt that may have
reached the provider (a crash, a read timeout, a 5xx) leaves an outbound Message row
without a provider id; before any resend the provider is asked whether that exact text
already went to that number since the attempt began.

No lost text: transient failures go back to `queued` with a backoff and a retry job;
permanent ones fail the check-in with the reason in plain words and, where the number
itself is at fault, open an `unreachable` case.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from flask import current_app
from sqlalchemy.orm import joinedload

from alumni.domain.provider_errors import FailureKind, ProviderFailure, backoff_seconds
from alumni.extensions import db
from alumni.models import (AlumnusStatus, CheckIn, CheckInStatus, ConsentSource, Direction,
                           FollowUpReason, Message, utcnow)
from alumni.outreach.transports.base import OutboundMessage, SendResult, TransportError
from alumni.outreach.transports.registry import status_callback_url, transport_for
from alumni.services.audit import audit
from alumni.services.cases import open_case
from alumni.services.consent import has_consent, record_consent

log = logging.getLogger(__name__)

PENDING = "pending"          # handed to the transport, no answer yet (or the worker died)
UNCONFIRMED = "unconfirmed"  # an error that does not prove the provider refused it
TWILIO_CHANNELS = ("sms", "whatsapp")
OPTED_OUT_AT_CARRIER = "21610"
# RQ's scheduler works in whole seconds: a retry job may start up to a second before the
# row's next_attempt_at. Within this it proceeds, so it is never stranded as "not yet".
EARLY_TOLERANCE = timedelta(seconds=2)


class Outcome(StrEnum):
    SENT = "sent"
    FOUND = "found"            # an earlier attempt had gone out: recorded, not resent
    RETRY = "retry"
    FAILED = "failed"
    SKIPPED = "skipped"
    NOTHING = "nothing"        # not queued, not due yet, or another job claimed it


@dataclass
class Attempt:
    checkin_id: int
    alumnus_id: int
    message_id: int
    channel: str
    to: str
    subject: str
    body: str
    html: str | None
    attempt: int
    since: datetime            # when the first attempt that may have gone out began
    ask_provider_first: bool
    known_ids: set[str]


class DeliveryError(RuntimeError):
    """What RQ sees when a check-in fails: ids and plain words only, never an address or body."""


def send_checkin_now(checkin_id: int, now: datetime | None = None) -> Outcome:
    prepared = prepare_attempt(checkin_id, now or utcnow())
    if isinstance(prepared, Outcome):
        return prepared
    # The session goes back to the pool before the slow call: a slow provider must not
    # hold database connections (or SQLite's write lock).
    db.session.close()
    return perform_attempt(prepared)


def prepare_attempt(checkin_id: int, now: datetime) -> Attempt | Outcome:
    checkin = db.session.get(CheckIn, checkin_id, options=[joinedload(CheckIn.alumnus)])
    if checkin is None or checkin.status != CheckInStatus.QUEUED:
        return Outcome.NOTHING  # already handled: running twice is harmless
    if checkin.next_attempt_at is not None and checkin.next_attempt_at > now + EARLY_TOLERANCE:
        return Outcome.NOTHING  # a retry waiting for its backoff; its own job will come
    alumnus = checkin.alumnus
    if alumnus.status in (AlumnusStatus.WITHDRAWN, AlumnusStatus.ERASED):
        return _skip(checkin, f"not sent: the alumnus is {alumnus.status}")
    # Only an earlier attempt leaves a pending row: the first attempt skips the query.
    pending = _pending_message(checkin.id) if checkin.attempts else None
    ask_first = bool(pending and pending.channel in TWILIO_CHANNELS
                     and pending.provider_status in (PENDING, UNCONFIRMED))
    if ask_first:
        # Resend exactly what may already have gone, so the provider lookup can match it.
        channel, to, subject, body = pending.channel, pending.to_addr, "", pending.body
        since = pending.created_at
    else:
        from alumni.outreach.render import CannotRender, render_checkin
        try:
            rendered = render_checkin(checkin)
        except CannotRender as exc:
            return _fail_before_sending(checkin, f"could not prepare the message: {exc}")
        channel, to, subject, body = rendered.channel, rendered.to, rendered.subject, rendered.body
        since = now
    if not has_consent(alumnus.id, channel):
        return _skip(checkin, f"not sent: no current consent for {channel}")
    html = None
    if channel == "email":
        from alumni.outreach.transports.email_smtp import render_email_parts
        body_text, html = render_email_parts(body, subject, show_centre=not alumnus.discreet)
    claimed = db.session.execute(
        db.update(CheckIn)
        .where(CheckIn.id == checkin.id, CheckIn.status == CheckInStatus.QUEUED)
        .values(status=CheckInStatus.SENDING, attempts=CheckIn.attempts + 1,
                sending_started_at=now, next_attempt_at=None, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if claimed != 1:
        db.session.rollback()
        return Outcome.NOTHING  # another worker took it between our read and our claim
    if pending is None:
        pending = Message(direction=Direction.OUTBOUND, checkin_id=checkin.id, alumnus_id=alumnus.id,
                          created_at=now)
        db.session.add(pending)
    pending.channel, pending.to_addr, pending.body = channel, to, body
    pending.provider_status = PENDING
    known: set[str] = set()
    if ask_first:  # sids already recorded for this number cannot be the lost attempt
        known = set(db.session.scalars(db.select(Message.provider_id).where(
            Message.to_addr == to, Message.provider_id.is_not(None),
            Message.created_at >= since - timedelta(minutes=5))))
    db.session.commit()
    return Attempt(checkin_id=checkin.id, alumnus_id=alumnus.id, message_id=pending.id, channel=channel,
                   to=to, subject=subject, body=body_text if channel == "email" else body, html=html,
                   attempt=checkin.attempts, since=since, ask_provider_first=ask_first, known_ids=known)


def perform_attempt(attempt: Attempt) -> Outcome:
    transport = transport_for(attempt.channel)
    try:
        if attempt.ask_provider_first and hasattr(transport, "find_sent"):
            found = transport.find_sent(attempt.to, attempt.body, attempt.since, attempt.known_ids)
            if found is not None:
                return record_sent(attempt.checkin_id, attempt.message_id, found, found_earlier=True)
        callback = status_callback_url() if attempt.channel in TWILIO_CHANNELS else None
        result = transport.send(OutboundMessage(channel=attempt.channel, to=attempt.to, body=attempt.body,
                                                subject=attempt.subject, html=attempt.html,
                                                status_callback=callback,
                                                message_key=message_key(attempt.checkin_id)))
    except TransportError as error:
        return record_failure(attempt.checkin_id, attempt.message_id, failure_of(error))
    return record_sent(attempt.checkin_id, attempt.message_id, result)


def message_key(checkin_id: int) -> str:
    """The same for every attempt at one check-in, unguessable, and unique to this
    installation (two centres' check-in 42 differ)."""
    digest = hmac.new(current_app.config["SECRET_KEY"].encode(), f"checkin-{checkin_id}".encode(),
                      hashlib.sha256).hexdigest()
    return f"checkin-{checkin_id}.{digest[:20]}"


def failure_of(error: TransportError) -> ProviderFailure:
    failure = getattr(error, "failure", None)
    if failure is not None:
        return failure
    kind = FailureKind.ACCOUNT if error.permanent else FailureKind.TRANSIENT
    return ProviderFailure(kind, str(error), error.code, ambiguous=not error.permanent,
                           retry_after=error.retry_after)


def record_sent(checkin_id: int, message_id: int, result: SendResult, found_earlier: bool = False) -> Outcome:
    """The text is out: keep its provider id. A check-in the sweeper already put back in
    the queue is marked sent too, so it is not sent again. Two UPDATEs, no reads: this
    runs once per message at the account's full rate."""
    now = utcnow()
    db.session.execute(db.update(Message).where(Message.id == message_id).values(
        provider_id=result.provider_id, provider_status=result.status, status_updated_at=now))
    db.session.execute(db.update(CheckIn).where(
        CheckIn.id == checkin_id, CheckIn.status.in_([CheckInStatus.SENDING, CheckInStatus.QUEUED]))
        .values(status=CheckInStatus.SENT, sent_at=now, last_error=None, next_attempt_at=None, updated_at=now))
    db.session.commit()
    return Outcome.FOUND if found_earlier else Outcome.SENT


def record_failure(checkin_id: int, message_id: int, failure: ProviderFailure,
                   now: datetime | None = None) -> Outcome:
    now = now or utcnow()
    checkin = db.session.get(CheckIn, checkin_id)
    message = db.session.get(Message, message_id)
    if checkin.status != CheckInStatus.SENDING:
        db.session.rollback()
        return Outcome.NOTHING  # the sweeper already decided; its decision stands
    max_attempts = int(current_app.config["SEND_MAX_ATTEMPTS"])
    if message is not None:
        if failure.ambiguous:
            message.provider_status = UNCONFIRMED
        else:
            db.session.delete(message)  # the provider refused it: nothing went out
    if failure.permanent or checkin.attempts >= max_attempts:
        reason = failure.reason if failure.permanent else (
            f"gave up after {checkin.attempts} attempts: {failure.reason}")
        mark_failed(checkin, reason, failure)
        db.session.commit()
        return Outcome.FAILED
    delay = backoff_seconds(checkin.attempts, base=float(current_app.config.get("SEND_RETRY_BASE_SECONDS", 5.0)),
                            jitter=random.random(), retry_after=failure.retry_after)
    checkin.status = CheckInStatus.QUEUED
    checkin.next_attempt_at = now + timedelta(seconds=delay)
    checkin.last_error = f"attempt {checkin.attempts} of {max_attempts} failed ({failure.reason}); will retry"
    attempts = checkin.attempts
    db.session.commit()
    schedule_retry(checkin_id, attempts, delay)
    return Outcome.RETRY


def mark_failed(checkin: CheckIn, reason: str, failure: ProviderFailure | None) -> None:
    checkin.status = CheckInStatus.FAILED
    checkin.last_error = reason
    checkin.next_attempt_at = None
    audit("checkin.failed", alumnus_id=checkin.alumnus_id, actor="delivery",
          detail={"checkin_id": checkin.id, "reason": reason, "code": failure.code if failure else None})
    if failure is not None and failure.kind == FailureKind.RECIPIENT:
        open_case(checkin.alumnus_id, FollowUpReason.UNREACHABLE, checkin_id=checkin.id,
                  note=f"Check-in could not be sent: {reason}")
        if failure.code == OPTED_OUT_AT_CARRIER and has_consent(checkin.alumnus_id, "sms"):
            record_consent(checkin.alumnus_id, "sms", False, ConsentSource.CARRIER, actor="delivery")


def _fail_before_sending(checkin: CheckIn, reason: str) -> Outcome:
    mark_failed(checkin, reason, None)
    db.session.commit()
    return Outcome.FAILED


def _skip(checkin: CheckIn, reason: str) -> Outcome:
    checkin.status = CheckInStatus.SKIPPED
    checkin.skip_reason = reason
    db.session.commit()
    return Outcome.SKIPPED


def _pending_message(checkin_id: int) -> Message | None:
    return db.session.scalar(db.select(Message).where(
        Message.checkin_id == checkin_id, Message.direction == Direction.OUTBOUND,
        Message.provider_id.is_(None)).order_by(Message.id.desc()).limit(1))


def retry_job_id(checkin_id: int, next_attempt: int) -> str:
    return f"checkin-{checkin_id}-attempt-{next_attempt}"


def schedule_retry(checkin_id: int, attempts_so_far: int, delay: float) -> None:
    """A job of its own (a new id: the current job's id is still live while it runs)."""
    from alumni.jobs import OUTREACH, enqueue, get_queue, job_is_live
    job_id = retry_job_id(checkin_id, attempts_so_far + 1)
    if delay < 1:
        enqueue("workers.delivery.send_checkin", checkin_id, queue=OUTREACH, job_id=job_id)
        return
    if job_is_live(job_id):
        return
    config = current_app.config
    get_queue(OUTREACH).enqueue_in(timedelta(seconds=math.ceil(delay)), "workers.delivery.send_checkin", checkin_id,
                                   job_id=job_id, result_ttl=config["RQ_RESULT_TTL"],
                                   failure_ttl=config["RQ_FAILURE_TTL"])
