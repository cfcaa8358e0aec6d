"""The audit trail: every login and every read or change of an alumnus's record."""
from __future__ import annotations

from collections.abc import Iterable

from flask import has_request_context, request
from flask_login import current_user

from alumni.extensions import db
from alumni.models.audit import AuditEvent
from alumni.models.base import utcnow


def _who(user, actor: str | None) -> dict:
    if user is None and has_request_context() and current_user and current_user.is_authenticated:
        user = current_user
    return {"user_id": user.id if user is not None else None,
            "actor": actor or (user.email if user is not None else "system"),
            "ip": request.remote_addr if has_request_context() else None}


def audit(action: str, *, alumnus_id: int | None = None, detail: dict | None = None,
          user=None, actor: str | None = None) -> AuditEvent:
    """Add an audit row to the current transaction (the caller's commit keeps it with the
    change it describes). Outside a request, ``actor`` names the system part acting."""
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
