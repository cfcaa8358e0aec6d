"""The audit trail: every login and every read or change of an alumnus's record."""
from __future__ import annotations

from flask import has_request_context, request
from flask_login import current_user

from alumni.extensions import db
from alumni.models.audit import AuditEvent


def audit(action: str, *, alumnus_id: int | None = None, detail: dict | None = None,
          user=None, actor: str | None = None) -> AuditEvent:
    """Add an audit row to the current transaction (the caller's commit keeps it with the
    change it describes). Outside a request, ``actor`` names the system part acting."""
    if user is None and has_request_context() and current_user and current_user.is_authenticated:
        user = current_user
    ip = request.remote_addr if has_request_context() else None
    event = AuditEvent(
        user_id=user.id if user is not None else None,
        actor=actor or (user.email if user is not None else "system"),
        action=action,
        alumnus_id=alumnus_id,
        ip=ip,
        detail=detail,
    )
    db.session.add(event)
    return event


def audit_read(alumnus_id: int, what: str = "record") -> None:
    """Reads change nothing else, so they commit their own audit row."""
    audit("alumnus.read", alumnus_id=alumnus_id, detail={"what": what})
    db.session.commit()
