"""JSON API v1 at /api/v1: bearer-token auth (the token acts with its user's role), JSON
errors only ({"error": {"code", "message", "fields"}}), and an OpenAPI 3.1 document.

Every module in this package is imported when the blueprint is created, so another area
adds its endpoints by adding a module here (e.g. alumni/api/followups.py) that registers
routes on `bp` and its path items with alumni.api.openapi.add_path -- no edit to this file."""
from __future__ import annotations

import importlib
import pkgutil

from flask import Blueprint, g, request

from alumni.access import ALL_STAFF, allow_blueprint, json_error
from alumni.domain.credentials import scope_needed
from alumni.extensions import csrf

bp = Blueprint("api", __name__)
# Only bearer tokens authenticate here; a session cookie is ignored under /api/
# (alumni/web/auth/session.py), so a cross-site request carries no credentials and
# exempting CSRF opens nothing.
csrf.exempt(bp)
allow_blueprint(bp, *ALL_STAFF)


@bp.before_request
def require_token_scope():
    """Runs after the role check: a token reads with "read" and changes with "write"."""
    token = g.get("api_token")
    needed = scope_needed(request.method)
    if token is not None and needed not in token.scope_set:
        return json_error(403, "insufficient_scope", f"This token may not {needed}: it has {token.scopes!r}.")
    return None


def _load_endpoint_modules() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_load_endpoint_modules()
