"""Job functions. Each takes ids, loads its rows, checks their state first, and lets
exceptions reach RQ so a failure is retried or recorded, never swallowed."""
from __future__ import annotations

from alumni.models.base import utcnow
from alumni.redis_conn import get_redis


def heartbeat() -> None:
    """Proves the worker and the cron process both run: /healthz reads this key."""
    get_redis().set("alumni:last-periodic-run", utcnow().isoformat(), ex=600)
