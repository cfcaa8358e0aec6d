"""Ids in URLs: a number too long to be a database id is no record.

Ids are 32-bit integers in both databases. PostgreSQL refuses a longer number mid-query,
which would reach the visitor as a 500; this answers 404 instead, after the role check
(so an anonymous visitor is still sent to sign in). Routing itself is left alone, so a
method a route does not take is still a 405 and the API's documented answers hold."""
from __future__ import annotations

from flask import abort, request

DATABASE_ID_MAX = 2**31 - 1


def reject_impossible_ids() -> None:
    for value in (request.view_args or {}).values():
        if isinstance(value, int) and not isinstance(value, bool) and value > DATABASE_ID_MAX:
            abort(404)


def init_id_guard(app) -> None:
    app.before_request(reject_impossible_ids)
