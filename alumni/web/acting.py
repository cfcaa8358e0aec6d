"""Tells the audit trail who is acting for the length of each request: the signed-in
person (a page's session or an API token) and the address the request came from."""
from __future__ import annotations

from flask import Flask, current_app, g, request
from flask_login import current_user

from alumni.access import PUBLIC, roles_for_endpoint
from alumni.core.audit import Acting, acting_as, stop_acting


def _signed_in_user():
    # A public route (webhooks, health, sign-in) names its actor itself; not asking who is
    # signed in keeps it off the database, which may be the thing that is down.
    if request.endpoint is None or PUBLIC in roles_for_endpoint(current_app, request.endpoint):
        return None
    return current_user._get_current_object() if current_user.is_authenticated else None


def _start_acting() -> None:
    g.audit_acting = acting_as(Acting(user=_signed_in_user(), ip=request.remote_addr))


def _stop_acting(_error: BaseException | None) -> None:
    token = g.pop("audit_acting", None)
    if token is not None:
        stop_acting(token)


def init_acting(app: Flask) -> None:
    app.before_request(_start_acting)
    app.teardown_request(_stop_acting)
