"""Liveness of the database, Redis, the RQ workers and the cron scheduler; and, as a
warning that never fails the check, whether anyone is on call now."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from alumni.extensions import db
from alumni.redis_conn import get_redis
from alumni.replies import inbound_spool

SCHEDULER_STALE_AFTER = timedelta(minutes=3)


def _database() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
        return {"ok": True}
    except SQLAlchemyError as error:
        db.session.rollback()
        return {"ok": False, "error": type(error).__name__}


def _redis() -> dict:
    try:
        get_redis().ping()
        return {"ok": True}
    except (RedisError, OSError) as error:
        return {"ok": False, "error": type(error).__name__}


def _workers() -> dict:
    from rq import Worker
    try:
        count = len(Worker.all(connection=get_redis()))
    except (RedisError, OSError) as error:
        return {"ok": False, "error": type(error).__name__}
    return {"ok": count > 0, "count": count}


def _scheduler() -> dict:
    from rq.cron import CronScheduler
    try:
        schedulers = CronScheduler.all(get_redis())
    except (RedisError, OSError) as error:
        return {"ok": False, "error": type(error).__name__}
    now = datetime.now(UTC)
    alive = [s for s in schedulers
             if s.last_heartbeat and now - s.last_heartbeat < SCHEDULER_STALE_AFTER]
    return {"ok": bool(alive), "count": len(alive)}


def _on_call() -> dict:
    """A warning, not a failure: with nobody on call every admin is alerted instead."""
    from alumni.workspace.on_call import NOBODY_ON_CALL, on_call_now
    try:
        if on_call_now():
            return {"ok": True}
    except SQLAlchemyError as error:
        db.session.rollback()
        return {"ok": False, "error": type(error).__name__}
    return {"ok": False, "warning": NOBODY_ON_CALL}


def _transports() -> dict:
    """What sends on each channel (twilio | smtp | console | missing). A warning, not a 503:
    taking the web app out of rotation or restarting it fixes no configuration, and staff
    still need it; each check-in on a missing channel fails saying so and opens a case."""
    from flask import current_app

    from alumni.delivery.transports.registry import MISSING, transport_kinds
    kinds = transport_kinds(current_app.config)
    missing = [channel for channel, kind in kinds.items() if kind == MISSING]
    report = {"ok": not missing, **kinds}
    if missing:
        report["warning"] = "no provider configured for " + ", ".join(missing)
    return report


def check_health() -> dict:
    parts = {"database": _database(), "redis": _redis()}
    if parts["redis"]["ok"]:
        parts["worker"] = _workers()
        parts["scheduler"] = _scheduler()
    else:
        parts["worker"] = parts["scheduler"] = {"ok": False, "error": "redis unavailable"}
    # Whether the service is up does not depend on the rota: on_call only warns.
    warnings = {"on_call": _on_call() if parts["database"]["ok"] else {"ok": False, "error": "database unavailable"}}
    warnings["transports"] = _transports()
    # Texts kept while the database was away: the replay runs every minute.
    warnings["inbound_spool"] = inbound_spool.health()
    return {"ok": all(part["ok"] for part in parts.values()), **parts, **warnings}
