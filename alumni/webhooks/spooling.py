"""Keeping the request a webhook could not store (the database is unavailable) in the
inbound spool, for the replay job. Logs which request went where, never its contents."""
from __future__ import annotations

import logging

from flask import request

from alumni.extensions import db
from alumni.replies.inbound_spool import new_request, spool

log = logging.getLogger(__name__)


def keep_for_replay(kind: str, error: Exception, file_types: list[str] | None = None) -> None:
    """Spool the current request's form as posted. Never raises: the sender is answered
    either way, and when neither Redis nor the spool file takes it that is logged loudly."""
    _discard_session()
    # The route, not the path: the deprecated email route carries its secret in the path.
    route = request.url_rule.rule if request.url_rule else request.path
    entry = new_request(kind, route, request.form.to_dict(flat=True), file_types)
    reason = type(error).__name__
    try:
        where = spool(entry)
    except OSError as spool_error:
        log.critical("inbound %s request %s was NOT kept: the database (%s), Redis and the spool "
                     "file (%s) all failed", kind, entry.spool_id, reason, type(spool_error).__name__)
        return
    log.warning("inbound %s request %s spooled to %s for replay: the database is unavailable (%s)",
                kind, entry.spool_id, where, reason)


def _discard_session() -> None:
    try:
        db.session.rollback()
    except Exception:   # noqa: BLE001  (the connection is gone; the pool replaces it)
        db.session.remove()
