"""Numbers in query strings on the web pages: a page number too big for the database's
OFFSET is a 400 with the plain error page, before any view runs (every paginated list takes
`?page=`; a view reads it with `type=int`, which turns anything malformed into page 1).

The API validates its own query arguments (a 422 naming each one: its documented answer)."""
from __future__ import annotations

from flask import abort, request

from alumni.domain.whole_numbers import PAGE_MAX


def _beyond_any_page(raw: str) -> bool:
    digits = raw.lstrip("0")
    return raw.isascii() and raw.isdigit() and (len(digits) > len(str(PAGE_MAX)) or int(digits or 0) > PAGE_MAX)


def reject_impossible_pages() -> None:
    # By path, not blueprint: an /api/ address that matches no route has no blueprint, and
    # must still get the API's 404 rather than the web pages' 400.
    if request.path.startswith("/api/"):
        return
    if any(_beyond_any_page(raw) for raw in request.args.getlist("page")):
        abort(400)


def init_page_guard(app) -> None:
    app.before_request(reject_impossible_pages)
