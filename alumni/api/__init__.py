"""JSON API v1 at /api/v1: bearer-token auth (the token acts with its user's role), JSON
errors only ({"error": {"code", "message", "fields"}}), and an OpenAPI 3.1 document.

Every module in this package is imported when the blueprint is created, so another area
adds its endpoints by adding a module here (e.g. alumni/api/followups.py) that registers
routes on `bp` and its path items with alumni.api.openapi.add_path -- no edit to this file."""
from __future__ import annotations

import importlib
import pkgutil

from flask import Blueprint

from alumni.access import ALL_STAFF, allow_blueprint
from alumni.extensions import csrf

bp = Blueprint("api", __name__)
# Tokens, not cookies, authenticate integrators; a cross-site form cannot send the JSON
# content type these endpoints require, so exempting CSRF opens nothing.
csrf.exempt(bp)
allow_blueprint(bp, *ALL_STAFF)


def _load_endpoint_modules() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_load_endpoint_modules()
