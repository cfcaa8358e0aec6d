"""What every API module answers the same way: times as UTC with a Z, a record found by an
id that fits the database's columns, the 404 and 422 bodies, a page of results and its
OpenAPI description, true/false and id query arguments, dates, and a JSON body's fields
checked against their types before a module's own rules. One place, so a client reads one
shape of error and paging whichever endpoint it calls."""
from __future__ import annotations

from datetime import date, datetime

from flask import request

from alumni.access import json_error
from alumni.api.openapi import error_responses, json_content, ref
from alumni.domain.whole_numbers import DATABASE_ID_MAX, PAGE_MAX, positive_int
from alumni.extensions import db

PER_PAGE = 50
TRUE_FALSE = {"true": True, "false": False}
FIELDS_NOT_VALID = "Some fields are not valid."
QUERY_NOT_VALID = "Some query parameters are not valid."
# What a field of the wrong JSON type is told, by the first type it may be.
TYPE_WORDS: dict[type, str] = {bool: "Must be true or false.", int: "Must be a whole number (an id).",
                               str: "Must be text (a JSON string).", list: "Must be a list."}

ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": DATABASE_ID_MAX}
PAGE_PARAM = {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": PAGE_MAX}}
TIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}


def iso_time(value: datetime | None) -> str | None:
    """A stored (naive UTC) moment as ISO 8601 with its Z."""
    return value.isoformat() + "Z" if value else None


def iso_day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def find(model, record_id: int):
    """The row, or None; an id beyond the column's range is nobody (PostgreSQL would refuse
    the query)."""
    return db.session.get(model, record_id) if 0 < record_id <= DATABASE_ID_MAX else None


def not_found(what: str):
    return json_error(404, "not_found", f"No {what} with this id.")


def invalid(fields: dict, message: str = FIELDS_NOT_VALID):
    return json_error(422, "invalid", message, fields)


def page_number(errors: dict) -> int:
    """The `page` query argument (default 1); a bad one is noted in errors."""
    page = positive_int(request.args.get("page", "1"), PAGE_MAX)
    if page is None:
        errors["page"] = f"Must be a whole number from 1 to {PAGE_MAX}."
    return page or 1


def paged(query, number: int) -> tuple[list, dict]:
    """One page of the query's rows and the paging fields every list answers with."""
    page = db.paginate(query, page=number, per_page=PER_PAGE, error_out=False)
    return list(page.items), {"page": page.page, "pages": page.pages, "total": page.total}


def true_false_arg(name: str, errors: dict) -> bool | None:
    """A true/false query argument; None when absent (or wrong, which is noted in errors)."""
    value = request.args.get(name, "")
    if value and value not in TRUE_FALSE:
        errors[name] = "Use true or false."
    return TRUE_FALSE.get(value)


def id_arg(name: str, errors: dict, what: str = "alumnus") -> int | None:
    """An id query argument; None when absent, 0 (matches nothing) when it is not a whole
    number, which is noted in errors."""
    value = request.args.get(name, "")
    if not value:
        return None
    found = positive_int(value)
    if found is None:
        errors[name] = f"Must be an {what} id (a whole number)."
    return found or 0


def parse_day(value: str | None, name: str, errors: dict) -> date | None:
    """A YYYY-MM-DD day, None when absent (None); anything else that is not a day, the
    empty string too, is noted in errors."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors[name] = "Must be a date, YYYY-MM-DD."
        return None


def json_body(allowed: dict[str, tuple[type, ...]], required: tuple[str, ...] = (),
              type_words: dict[type, str] | None = None) -> tuple[dict, dict, tuple | None]:
    """The JSON object sent, its fields type-checked: (values, field errors, a 400). A field
    not in `allowed` is an error, as is one missing from `required`; true is not a number."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {}, {}, json_error(400, "bad_request", "Send a JSON object with Content-Type: application/json.")
    words = {**TYPE_WORDS, **(type_words or {})}
    errors = {name: "Not a field of this request." for name in data if name not in allowed}
    for name, types in allowed.items():
        value = data.get(name)
        if name not in data:
            if name in required:
                errors[name] = "Required."
        elif isinstance(value, bool) and bool not in types or not isinstance(value, types):
            errors[name] = words[types[0]]
    return data, errors, None


def page_of(schema_name: str) -> dict:
    """The OpenAPI responses of a paged list of `schema_name`."""
    return {"200": {"description": f"A page of up to {PER_PAGE}.", "content": json_content({
        "type": "object", "required": ["items", "page", "pages", "total"],
        "properties": {"items": {"type": "array", "items": ref(schema_name)}, "page": {"type": "integer"},
                       "pages": {"type": "integer"}, "total": {"type": "integer"}}})},
            **error_responses(401, 403, 422)}
