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
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from flask import current_app
from sqlalchemy.orm import joinedload

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.core.consent import has_consent, record_consent
from alumni.delivery.circuit_breaker import breaker_for
from alumni.delivery.send_jobs import enqueue_send_jobs
from alumni.delivery.transports.base import OutboundMessage, SendResult, TransportError
from alumni.delivery.transports.registry import provider_of, status_callback_url, transport_for
from alumni.domain.checkin_lifecycle import Move, may, target
from alumni.domain.provider_errors import FailureKind, ProviderFailure, backoff_seconds, provider_seems_down
from alumni.domain.send_rules import DEFER, SKIP, may_send, retries_exhausted, retry_time
from alumni.domain.vocabulary import PHONE_CHANNELS, Channel
from alumni.extensions import db
from alumni.models import CheckIn, ConsentSource, Direction, FollowUpReason, Message, Supporter, utcnow
from alumni.models.checkin import may_move

log = logging.getLogger(__name__)

PENDING = "pending"          # handed to the transport, no answer yet (or the worker died)
UNCONFIRMED = "unconfirmed"  # an error that does not prove the provider refused it
TWILIO_CHANNELS = PHONE_CHANNELS   # status callbacks and the provider lookup are Twilio's
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
    DEFERRED = "deferred"      # may not go yet (quiet hours, provider paused): a job waits for it
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
    if checkin is None or not may(Move.CLAIM, checkin.status):
        return Outcome.NOTHING  # already handled: running twice is harmless
    if checkin.next_attempt_at is not None and checkin.next_attempt_at > now + EARLY_TOLERANCE:
        return Outcome.NOTHING  # a retry waiting for its backoff; its own job will come
    alumnus = checkin.alumnus
    # Only an earlier attempt leaves a pending row: the first attempt skips the query.
    pending = _pending_message(checkin.id) if checkin.attempts else None
    ask_first = bool(pending and pending.channel in TWILIO_CHANNELS
                     and pending.provider_status in (PENDING, UNCONFIRMED))
    if ask_first:
        # Resend exactly what may already have gone, so the provider lookup can match it.
        channel, to, subject, body = pending.channel, pending.to_addr, "", pending.body
        since = pending.created_at
    else:
        from alumni.plans.render import CannotRender, render_checkin, resolve_channel
        # Asked first: a paused or withdrawn alumnus is skipped even where rendering fails.
        channel = resolve_channel(checkin.channel, alumnus)
        decision = _may_send_now(alumnus, channel, True, now, consent_known=True)
        if decision.action == SKIP:
            return _skip(checkin, decision.reason)
        try:
            rendered = render_checkin(checkin)
        except CannotRender as exc:
            return _fail_before_sending(checkin, f"could not prepare the message: {exc}")
        channel, to, subject, body = rendered.channel, rendered.to, rendered.subject, rendered.body
        since = now
    # The same rule the dispatcher applied, asked again: a retry's backoff, a slow queue or
    # a pause, STOP or nightfall may have come between queueing and now.
    decision = _may_send_now(alumnus, channel, bool(to), now, supporter_id=checkin.supporter_id)
    if decision.action == SKIP:
        return _skip(checkin, decision.reason)
    if decision.action == DEFER:
        return _defer(checkin, decision.until, "waiting for the end of quiet hours", now)
    paused_for = breaker_for(current_app, provider_of(channel)).wait_seconds()
    if paused_for > 0:
        return _defer(checkin, now + timedelta(seconds=paused_for),
                      "sending is paused: the provider could not be reached; it will be tried again", now)
    html = None
    if channel == Channel.EMAIL:
        from alumni.delivery.transports.email_smtp import render_email_parts
        body_text, html = render_email_parts(body, subject, show_centre=not alumnus.discreet)
    claimed = db.session.execute(
        db.update(CheckIn)
        .where(CheckIn.id == checkin.id, may_move(Move.CLAIM))
        .values(status=target(Move.CLAIM), attempts=CheckIn.attempts + 1,
                sending_started_at=now, next_attempt_at=None, updated_at=now)
        .execution_options(synchronize_session=False)).rowcount
    if claimed != 1:
        db.session.rollback()
        return Outcome.NOTHING  # another worker took it between our read and our claim
    if pending is None:
        pending = Message(direction=Direction.OUTBOUND, checkin_id=checkin.id, alumnus_id=alumnus.id,
                          supporter_id=checkin.supporter_id, created_at=now)
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
                   to=to, subject=subject, body=body_text if channel == Channel.EMAIL else body, html=html,
                   attempt=checkin.attempts, since=since, ask_provider_first=ask_first, known_ids=known)


def perform_attempt(attempt: Attempt) -> Outcome:
    breaker = breaker_for(current_app, provider_of(attempt.channel))
    try:
        transport = transport_for(attempt.channel)
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
        failure = failure_of(error)
        if provider_seems_down(failure):
            breaker.failed()
        return record_failure(attempt.checkin_id, attempt.message_id, failure)
    breaker.succeeded()
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
    db.session.execute(db.update(CheckIn).where(CheckIn.id == checkin_id, may_move(Move.RECORD_SENT))
        .values(status=target(Move.RECORD_SENT), sent_at=now, last_error=None, next_attempt_at=None, updated_at=now))
    db.session.commit()
    return Outcome.FOUND if found_earlier else Outcome.SENT


def record_failure(checkin_id: int, message_id: int, failure: ProviderFailure,
                   now: datetime | None = None) -> Outcome:
    now = now or utcnow()
    checkin = db.session.get(CheckIn, checkin_id)
    message = db.session.get(Message, message_id)
    if not may(Move.RETRY, checkin.status):   # FAIL starts from the same state, `sending`
        db.session.rollback()
        return Outcome.NOTHING  # the sweeper already decided; its decision stands
    config = current_app.config
    if message is not None:
        if failure.ambiguous:
            message.provider_status = UNCONFIRMED
        else:
            db.session.delete(message)  # the provider refused it: nothing went out
    given_up = None if failure.permanent else retries_exhausted(
        first_queued=checkin.queued_at or checkin.due_at, now=now, retry_for_seconds=float(config["SEND_RETRY_FOR"]),
        attempts=checkin.attempts, max_attempts=int(config["SEND_MAX_ATTEMPTS"]))
    if failure.permanent or given_up:
        mark_failed(checkin, Move.FAIL, failure.reason if failure.permanent else f"{given_up}: {failure.reason}",
                    failure)
        db.session.commit()
        return Outcome.FAILED
    delay = backoff_seconds(checkin.attempts, base=float(config["SEND_RETRY_BASE_SECONDS"]),
                            cap=float(config["SEND_RETRY_MAX_DELAY"]), jitter=random.random(),
                            retry_after=failure.retry_after)
    from alumni.plans.plans import quiet_hours
    retry_at = retry_time(now, delay, checkin.alumnus.timezone, quiet_hours())
    checkin.take(Move.RETRY)
    checkin.next_attempt_at = retry_at
    checkin.last_error = f"attempt {checkin.attempts} failed ({failure.reason}); will retry"
    db.session.commit()
    enqueue_send_jobs([checkin_id], retry_at, now=now)
    return Outcome.RETRY


def mark_failed(checkin: CheckIn, move: Move, reason: str, failure: ProviderFailure | None) -> None:
    """move: FAIL (an attempt failed) or FAIL_TO_PREPARE (none was made)."""
    checkin.take(move)
    checkin.last_error = reason
    checkin.next_attempt_at = None
    report_failed(checkin.id, checkin.alumnus_id, reason, failure)


def report_failed(checkin_id: int, alumnus_id: int, reason: str, failure: ProviderFailure | None) -> None:
    """What follows a check-in's move to `failed`, in the caller's transaction."""
    supporter_id = db.session.scalar(db.select(CheckIn.supporter_id).where(CheckIn.id == checkin_id))
    audit("checkin.failed", alumnus_id=alumnus_id, actor="delivery",
          detail={"checkin_id": checkin_id, "reason": reason, "code": failure.code if failure else None,
                  "supporter_id": supporter_id})
    if supporter_id is not None:
        # A text to a supporter (a family-session invitation): the alumnus is not out of
        # reach, nor did they opt out; the meeting's page shows the supporter's text failed.
        return
    # Whatever the reason (the number, our set-up, a provider down for hours), a check-in
    # that will not go is put before staff: nobody is left waiting on a text never sent.
    open_case(alumnus_id, FollowUpReason.UNREACHABLE, checkin_id=checkin_id,
              note=f"Check-in could not be sent: {reason}")
    if failure is not None and failure.kind == FailureKind.RECIPIENT:
        if failure.code == OPTED_OUT_AT_CARRIER and has_consent(alumnus_id, Channel.SMS):
            record_consent(alumnus_id, Channel.SMS, False, ConsentSource.CARRIER, actor="delivery")


def _fail_before_sending(checkin: CheckIn, reason: str) -> Outcome:
    mark_failed(checkin, Move.FAIL_TO_PREPARE, reason, None)
    db.session.commit()
    return Outcome.FAILED


def _may_send_now(alumnus, channel: str, has_address: bool, now: datetime, consent_known: bool = False,
                  supporter_id: int | None = None):
    """consent_known: only the alumnus's status is wanted yet (saves the consent query).
    supporter_id: the text goes to that supporter, whose consent is their may_contact."""
    from alumni.plans.plans import quiet_hours
    if consent_known:
        consent = True
    elif supporter_id is not None:
        consent = bool(db.session.scalar(db.select(Supporter.may_contact).where(Supporter.id == supporter_id)))
    else:
        consent = has_consent(alumnus.id, channel)
    return may_send(alumnus_status=str(alumnus.status), channel=channel, has_consent=consent,
                    has_address=has_address, now=now, tz=alumnus.timezone, quiet=quiet_hours())


def _defer(checkin: CheckIn, until: datetime, why: str, now: datetime) -> Outcome:
    """Not now, and no attempt spent: the row waits, queued, with a job of its own for then."""
    checkin.take(Move.REQUEUE)
    checkin.next_attempt_at = until
    checkin.last_error = why
    checkin.updated_at = now
    checkin_id = checkin.id
    db.session.commit()
    enqueue_send_jobs([checkin_id], until, now=now)
    return Outcome.DEFERRED


def _skip(checkin: CheckIn, reason: str) -> Outcome:
    checkin.take(Move.SKIP_AT_SEND)
    checkin.skip_reason = reason
    db.session.commit()
    return Outcome.SKIPPED


def _pending_message(checkin_id: int) -> Message | None:
    return db.session.scalar(db.select(Message).where(
        Message.checkin_id == checkin_id, Message.direction == Direction.OUTBOUND,
        Message.provider_id.is_(None)).order_by(Message.id.desc()).limit(1))
