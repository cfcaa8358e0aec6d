"""Replaying the inbound spool: each request kept while the database was unavailable goes
through the pipeline the webhook uses (the same InboundMessage, handle_inbound), then
leaves the spool. Once per provider id: the messages table stores a MessageSid once, and a
request replayed twice (a crash between commit and removal) is answered as a duplicate.

One replay at a time (a Redis lock): the cron runs it every minute and a webhook that
stored its own text asks for it when something waits. The file spool first: it is written
only while Redis is down, so it holds the oldest texts."""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from redis.exceptions import LockError, RedisError

from alumni.core.database_outage import database_unavailable
from alumni.extensions import db
from alumni.jobs import DEFAULT, enqueue
from alumni.redis_conn import get_redis
from alumni.replies import inbound_spool
from alumni.replies.inbound import InboundMessage, InboundResult, handle_inbound
from alumni.replies.inbound_forms import email_message, twilio_message
from alumni.replies.inbound_spool import EMAIL, TWILIO, SpooledRequest

log = logging.getLogger(__name__)

REPLAY_JOB = "workers.inbound_spool.replay_inbound_spool"
REPLAY_JOB_ID = "replay-inbound-spool"
LOCK_NAME = "alumni:inbound-spool:replay-lock"
LOCK_SECONDS = 300
BATCH = 100
ACTORS = {TWILIO: "twilio", EMAIL: "email"}   # as each webhook calls handle_inbound


class DatabaseStillUnavailable(RuntimeError):
    """The replay stopped: the database is not back yet. Everything waits for the next run."""


class SpooledRequestsKept(RuntimeError):
    """Some requests failed for another reason (a bug): they stay in the spool."""


@dataclass
class ReplayReport:
    replayed: int = 0      # stored now
    duplicates: int = 0    # already stored (by a delivery or an earlier replay)
    kept: int = 0          # failed for a reason other than the database: still waiting
    unreadable: int = 0    # torn lines, moved to the unreadable file for a person
    busy: bool = False     # another replay was running


def replay_spool() -> ReplayReport:
    """Replay everything waiting. Raises DatabaseStillUnavailable when the database fails
    again (the rest waits), SpooledRequestsKept when some could not be replayed."""
    lock = get_redis().lock(LOCK_NAME, timeout=LOCK_SECONDS, blocking=False)
    if not lock.acquire():
        return ReplayReport(busy=True)
    report = ReplayReport()
    try:
        for path in inbound_spool.files_to_replay():
            _replay_file(path, report)
        _replay_redis(report, lock)
    finally:
        try:
            lock.release()
        except LockError:
            pass   # it expired: the work is idempotent, nothing to undo
    if report.kept:
        raise SpooledRequestsKept(f"{report.kept} spooled inbound requests could not be replayed "
                                  f"and wait in the spool")
    return report


def replay_soon() -> None:
    """After a webhook stored its text: if texts wait in the spool, have a worker replay
    them now rather than at the next minute. Never fails the webhook."""
    try:
        if inbound_spool.anything_waiting():
            enqueue(REPLAY_JOB, queue=DEFAULT, job_id=REPLAY_JOB_ID)
    except (RedisError, OSError) as error:
        log.warning("could not check the inbound spool (%s)", type(error).__name__)


def inbound_message(request: SpooledRequest, region: str) -> InboundMessage:
    """The InboundMessage the webhook built from this request."""
    if request.kind == TWILIO:
        message = twilio_message(request.form, region)
    elif request.kind == EMAIL:
        message = email_message(request.form, request.file_types)
    else:
        raise ValueError(f"unknown spooled request kind {request.kind!r}")
    if message is None:
        raise ValueError("spooled request is not a message")   # the webhook spools only messages
    return message


def replay_request(request: SpooledRequest) -> InboundResult:
    from flask import current_app
    inbound = inbound_message(request, current_app.config["DEFAULT_REGION"])
    received = request.received.astimezone(UTC).replace(tzinfo=None)
    return handle_inbound(replace(inbound, received_at=received), actor=ACTORS[request.kind])


def _replay_one(request: SpooledRequest, report: ReplayReport) -> bool:
    """True once the request is committed (or found already stored): it may leave the spool."""
    try:
        result = replay_request(request)
    except Exception as error:   # noqa: BLE001  (any failure keeps the request; RQ hears of it below)
        _rollback()
        # Type names only: a database error's text carries the statement's parameters.
        if database_unavailable(error):
            raise DatabaseStillUnavailable(f"database unavailable ({type(error).__name__}); "
                                           f"the inbound spool waits for the next replay") from None
        log.error("spooled inbound request %s could not be replayed (%s); it stays in the spool",
                  request.spool_id, type(error).__name__)
        report.kept += 1
        return False
    waited = datetime.now(UTC) - request.received
    if result.duplicate:
        report.duplicates += 1
        log.info("spooled inbound request %s was already stored as message %s", request.spool_id,
                 result.message_id)
    else:
        report.replayed += 1
        log.info("spooled inbound request %s replayed as message %s, %d s after it arrived",
                 request.spool_id, result.message_id, waited.total_seconds())
    return True


def _rollback() -> None:
    try:
        db.session.rollback()
    except Exception:   # noqa: BLE001  (a dead connection: the pool replaces it next time)
        db.session.remove()


def _replay_file(aside, report: ReplayReport) -> None:
    lines = inbound_spool.read_file_lines(aside)
    undone: list[str] = []
    read_up_to = 0
    try:
        for index, line in enumerate(lines):
            try:
                request = SpooledRequest.from_json(line)
            except ValueError:
                inbound_spool.keep_unreadable(line)
                report.unreadable += 1
                log.error("an unreadable line of the inbound spool file was moved to %s",
                          inbound_spool.UNREADABLE_NAME)
            else:
                if not _replay_one(request, report):
                    undone.append(line)
            read_up_to = index + 1
    finally:
        # What was not replayed (failed, or not reached when the database failed again)
        # goes back to the spool file before the file read is deleted: a crash in between
        # replays some twice (answered as duplicates), never none.
        inbound_spool.respool_to_file(undone + lines[read_up_to:])
        inbound_spool.delete_aside(aside)


def _replay_redis(report: ReplayReport, lock) -> None:
    kept_in_front = 0   # requests that failed stay at the head of the list; read past them
    while True:
        lock.reacquire()
        entries = inbound_spool.redis_entries(kept_in_front, BATCH)
        if not entries:
            return
        for raw in entries:
            try:
                request = SpooledRequest.from_json(raw)
            except ValueError:
                inbound_spool.keep_unreadable(raw.decode("utf-8", "replace"))
                inbound_spool.remove_from_redis(raw)
                report.unreadable += 1
                continue
            if _replay_one(request, report):
                inbound_spool.remove_from_redis(raw)
            else:
                kept_in_front += 1
