"""Role-based access: the one mechanism that guards every route.

Each view (or its whole blueprint) declares who may use it with ``@allow(...)``,
``@public`` or ``allow_blueprint(bp, ...)``. One ``before_request`` hook enforces the
declaration; a route that declares nothing is refused to everyone (deny by default), so a
forgotten declaration fails closed and the route-by-role test notices it.
"""
from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Flask, abort, current_app, jsonify, redirect, request, url_for
from flask_login import current_user

from alumni.domain.vocabulary import Role

PUBLIC = "public"
ALL_STAFF = (Role.ADMIN, Role.COORDINATOR, Role.STAFF)
MANAGERS = (Role.ADMIN, Role.COORDINATOR)
ADMINS = (Role.ADMIN,)

_BLUEPRINT_ROLES: dict[str, frozenset[str]] = {}


def allow(*roles: str) -> Callable:
    """Let only these roles through to the decorated view."""
    allowed = frozenset(str(role) for role in roles)

    def mark(view: Callable) -> Callable:
        view.allowed_roles = allowed
        return view
    return mark


def public(view: Callable) -> Callable:
    """Open to anyone: login, health checks, webhooks that carry their own signature."""
    view.allowed_roles = frozenset({PUBLIC})
    return view


def allow_blueprint(blueprint: Blueprint, *roles: str) -> None:
    """The default for every view of a blueprint that does not declare its own."""
    _BLUEPRINT_ROLES[blueprint.name] = frozenset(str(role) for role in roles)


def roles_for_endpoint(app: Flask, endpoint: str) -> frozenset[str]:
    if endpoint == "static":
        return frozenset({PUBLIC})
    view = app.view_functions.get(endpoint)
    declared = getattr(view, "allowed_roles", None)
    if declared is not None:
        return declared
    blueprint = endpoint.rsplit(".", 1)[0] if "." in endpoint else ""
    return _BLUEPRINT_ROLES.get(blueprint, frozenset())


def wants_json() -> bool:
    return request.path.startswith(("/api/", "/healthz", "/webhooks/"))


def json_error(status: int, code: str, message: str, fields: dict | None = None):
    body = {"error": {"code": code, "message": message}}
    if fields:
        body["error"]["fields"] = fields
    return jsonify(body), status


def enforce_roles():
    if request.endpoint is None:  # 404 / 405: let Flask answer
        return None
    roles = roles_for_endpoint(current_app, request.endpoint)
    if PUBLIC in roles:
        return None
    if not current_user.is_authenticated:
        if wants_json():
            return json_error(401, "unauthorised", "Send a valid API token: Authorization: Bearer <token>.")
        return redirect(url_for("auth.login", next=request.full_path if request.query_string else request.path))
    if current_user.role not in roles:
        if wants_json():
            return json_error(403, "forbidden", "Your role may not do this.")
        abort(403)
    return None


def init_access(app: Flask) -> None:
    app.before_request(enforce_roles)
