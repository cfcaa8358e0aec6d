"""The audit trail: every login and every read or change of an alumnus's record.

Who acted, and from which address, is handed in by the caller: the web layer says who is
acting for the length of a request (acting_as, from alumni/web/acting.py), so a service
deep in a page's work audits as that person without reading the request itself. A job, a
CLI command or a webhook acts as "system" unless it names itself with `actor=`."""
from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar, Token
from dataclasses import dataclass

from alumni.extensions import db
from alumni.models.audit import AuditEvent
from alumni.models.base import utcnow


@dataclass(frozen=True)
class Acting:
    """The person signed in (None when nobody is) and the address the request came from."""

    user: object | None = None
    ip: str | None = None


_ACTING: ContextVar[Acting | None] = ContextVar("audit_acting", default=None)


def acting_as(acting: Acting) -> Token:
    """Audit rows written until stop_acting(token) name this person and address."""
    return _ACTING.set(acting)


def stop_acting(token: Token) -> None:
    _ACTING.reset(token)


def _who(user, actor: str | None) -> dict:
    acting = _ACTING.get() or Acting()
    if user is None:
        user = acting.user
    return {"user_id": user.id if user is not None else None,
            "actor": actor or (user.email if user is not None else "system"),
            "ip": acting.ip}


def audit(action: str, *, alumnus_id: int | None = None, detail: dict | None = None,
          user=None, actor: str | None = None) -> AuditEvent:
    """Add an audit row to the current transaction (the caller's commit keeps it with the
    change it describes). ``user`` or ``actor`` name who acted when the caller knows better
    than the request (a sign-in, a webhook); otherwise the person acting_as names."""
    event = AuditEvent(action=action, alumnus_id=alumnus_id, detail=detail, **_who(user, actor))
    db.session.add(event)
    return event


def audit_read(alumnus_id: int, what: str = "record") -> None:
    """Reads change nothing else, so they commit their own audit row."""
    audit("alumnus.read", alumnus_id=alumnus_id, detail={"what": what})
    db.session.commit()


def audit_shown(alumnus_ids: Iterable[int], what: str, **detail) -> int:
    """These alumni were shown on this page (a list, a search, a sheet): one read row per
    person, so "who saw this person" is answered by the same filter as for a profile,
    written in one statement and committed. Returns how many people were recorded."""
    ids = list(dict.fromkeys(i for i in alumnus_ids if i is not None))
    if not ids:
        return 0
    who, at = _who(None, None), utcnow()
    db.session.execute(db.insert(AuditEvent), [
        {**who, "at": at, "action": "alumnus.read", "alumnus_id": alumnus_id, "detail": {"what": what, **detail}}
        for alumnus_id in ids])
    session = db.session()
    # The page is about to render the rows it just read; expiring them on commit would
    # reload each one by one while the template runs.
    keep, session.expire_on_commit = session.expire_on_commit, False
    try:
        session.commit()
    finally:
        session.expire_on_commit = keep
    return len(ids)
