"""When a staff sign-in stops being valid, and what an API token may do: plain rules."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

READ, WRITE = "read", "write"
SCOPES = (READ, WRITE)
# Methods that only look: everything else changes something and needs "write".
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def session_expiry(started_at: datetime, last_seen_at: datetime, now: datetime, *,
                   idle: timedelta, lifetime: timedelta) -> str | None:
    """Why a session has expired ("idle", "lifetime"), or None while it is still good."""
    if now - started_at >= lifetime:
        return "lifetime"
    if now - last_seen_at >= idle:
        return "idle"
    return None


def scope_needed(method: str) -> str:
    return READ if method.upper() in READ_METHODS else WRITE


def parse_scopes(values: Iterable[object]) -> str:
    """The scopes a token is issued with, as stored ("read write"); refuses unknown ones."""
    chosen = {v.strip().lower() for value in values for v in str(value).replace(",", " ").split()}
    unknown = chosen - set(SCOPES)
    if unknown or not chosen:
        raise ValueError(f"Scopes must be some of: {', '.join(SCOPES)}.")
    return " ".join(s for s in SCOPES if s in chosen)
