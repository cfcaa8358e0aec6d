"""Tells the audit trail who is acting for the length of each request: the signed-in
person (a page's session or an API token) and the address the request came from."""
from __future__ import annotations

from flask import Flask, g, request
from flask_login import current_user

from alumni.services.audit import Acting, acting_as, stop_acting


def _start_acting() -> None:
    user = current_user._get_current_object() if current_user.is_authenticated else None
    g.audit_acting = acting_as(Acting(user=user, ip=request.remote_addr))


def _stop_acting(_error: BaseException | None) -> None:
    token = g.pop("audit_acting", None)
    if token is not None:
        stop_acting(token)


def init_acting(app: Flask) -> None:
    app.before_request(_start_acting)
    app.teardown_request(_stop_acting)
