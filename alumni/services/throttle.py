"""Login throttling kept in Redis, so the count holds across processes and hosts."""
from __future__ import annotations

from flask import current_app

from alumni.redis_conn import get_redis

# An address may try more accounts than one account may be tried (shared NAT at a centre).
ADDRESS_FACTOR = 4


def _keys(email: str, address: str) -> tuple[str, str]:
    return f"login-fail:account:{email.lower()}", f"login-fail:address:{address}"


def is_locked(email: str, address: str) -> bool:
    account_key, address_key = _keys(email, address)
    limit = current_app.config["LOGIN_MAX_FAILURES"]
    account, by_address = get_redis().mget(account_key, address_key)
    return int(account or 0) >= limit or int(by_address or 0) >= limit * ADDRESS_FACTOR


def record_failure(email: str, address: str) -> None:
    lock_seconds = current_app.config["LOGIN_LOCK_SECONDS"]
    pipe = get_redis().pipeline()
    for key in _keys(email, address):
        pipe.incr(key)
        pipe.expire(key, lock_seconds)
    pipe.execute()


def clear_account(email: str) -> None:
    get_redis().delete(_keys(email, "")[0])
