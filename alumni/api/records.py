"""/api/v1/alumni: enrol, list, read, change, and the timeline."""
from __future__ import annotations

from flask import request, url_for
from flask_login import current_user

from alumni.access import MANAGERS, allow, json_error
from alumni.api import bp
from alumni.api.conventions import ID_SCHEMA, PAGE_PARAM, PER_PAGE, find, invalid, not_found, page_of
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit, audit_read
from alumni.core.centre_day import centre_today
from alumni.core.timeline import build_timeline
from alumni.domain.alumni_validation import CHANNELS, CONSENT_FIELDS, LANGUAGE_NAMES
from alumni.domain.whole_numbers import PAGE_MAX, positive_int
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Plan
from alumni.records import alumni as records
from alumni.records import editing, enrolment
from alumni.records.alumni_search import AlumniFilter, search_alumni

TEXT_FIELDS = ("first_name", "last_name", "phone", "email", "language", "timezone", "programme",
               "cohort", "discharge_date", "sobriety_date", "preferred_channel", "assigned_staff",
               "plan", "notes")

# The keys of the consent object: each channel, and "milestones" (the milestone texts' opt-in).
CONSENT_KEYS = tuple(name.removeprefix("consent_") for name in CONSENT_FIELDS)


def alumnus_json(alumnus: Alumnus) -> dict:
    plan = db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None
    return {
        "id": alumnus.id, "first_name": alumnus.first_name, "last_name": alumnus.last_name,
        "phone": alumnus.phone, "email": alumnus.email, "language": alumnus.language,
        "timezone": alumnus.timezone, "preferred_hour": alumnus.preferred_hour,
        "programme": alumnus.programme, "cohort": alumnus.cohort.name if alumnus.cohort else None,
        "discharge_date": alumnus.discharge_date.isoformat(),
        "sobriety_date": alumnus.sobriety_date.isoformat() if alumnus.sobriety_date else None,
        "preferred_channel": alumnus.preferred_channel, "status": alumnus.status,
        "assigned_staff": alumnus.assigned_staff.email if alumnus.assigned_staff else None,
        "plan": plan.name if plan else None, "discreet": alumnus.discreet, "notes": alumnus.notes,
        "consent": {key: alumnus.current_consent(CONSENT_FIELDS[f"consent_{key}"]) for key in CONSENT_KEYS},
        "url": url_for("api.get_alumnus", alumnus_id=alumnus.id),
    }


def _body() -> tuple[dict | None, tuple | None]:
    """The JSON object sent, or a 400 in the shape every error takes."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return None, json_error(400, "bad_request", "Send a JSON object with Content-Type: application/json.")
    return data, None


def _typed_values(data: dict, *, partial: bool) -> tuple[dict, dict]:
    """JSON types checked before the shared rules (which take text): {"consent": {...}} is
    spread into consent_<channel> fields."""
    values, errors = {}, {}
    for name, value in data.items():
        if name in TEXT_FIELDS:
            if value is not None and not isinstance(value, str):
                errors[name] = "Must be text (a JSON string) or null."
            else:
                values[name] = value
        elif name == "preferred_hour":
            if isinstance(value, bool) or not isinstance(value, int):
                errors[name] = "Must be a whole number from 0 to 23."
            else:
                values[name] = str(value)
        elif name == "discreet":
            if not isinstance(value, bool):
                errors[name] = "Must be true or false."
            else:
                values[name] = value
        elif name == "consent":
            if not isinstance(value, dict):
                errors[name] = 'Must be an object such as {"sms": true, "email": false}.'
                continue
            for channel, granted in value.items():
                if channel not in CONSENT_KEYS:
                    errors[f"consent.{channel}"] = "Unknown consent; use sms, whatsapp, email or milestones."
                elif not isinstance(granted, bool):
                    errors[f"consent.{channel}"] = "Must be true or false."
                else:
                    values[f"consent_{channel}"] = granted
        elif name in ("id", "status", "url"):
            if not partial:
                continue  # echoing a record back is harmless; these are set by the service
            errors[name] = "This field cannot be changed here."
        else:
            errors[name] = "Unknown field."
    return values, errors


def _duplicate(error: records.DuplicatePhone):
    return json_error(409, "duplicate_phone",
                      f"This phone number already belongs to alumnus {error.existing_id} "
                      f"({url_for('api.get_alumnus', alumnus_id=error.existing_id)}).",
                      {"phone": "Already enrolled."})


def _conflicting(error: records.ConflictingWrite):
    return json_error(409, "conflict", f"{error} Nothing was saved; send the request again.")


@bp.route("/alumni", methods=["POST"])
@allow(*MANAGERS)
def create_alumnus():
    data, error = _body()
    if error:
        return error
    values, errors = _typed_values(data, partial=False)
    if errors:
        return invalid(errors)
    try:
        alumnus = enrolment.enrol_alumnus(values, by_id=current_user.id, source="api")
    except records.ValidationFailed as failed:
        return invalid(failed.fields)
    except records.DuplicatePhone as duplicate:
        return _duplicate(duplicate)
    except records.ConflictingWrite as conflict:
        return _conflicting(conflict)
    body = alumnus_json(alumnus)
    return body, 201, {"Location": body["url"]}


@bp.route("/alumni", methods=["GET"])
def list_alumni():
    page_number = positive_int(request.args.get("page", "1"), PAGE_MAX)
    if page_number is None:
        return invalid({"page": f"Must be a whole number from 1 to {PAGE_MAX}."})
    status = request.args.get("status", "")
    if status and status not in set(AlumnusStatus):
        return invalid({"status": "Use active, paused, withdrawn or erased."})
    filters = AlumniFilter.from_args({k: request.args.get(k, "") for k in ("phone", "cohort", "status")})
    page = search_alumni(filters, centre_today(), page=page_number, per_page=PER_PAGE)
    items = list(page.items)
    for alumnus in items:
        audit("alumnus.read", alumnus_id=alumnus.id, detail={"what": "api list"})
    db.session.commit()
    return {"items": [alumnus_json(a) for a in items], "page": page.page, "pages": page.pages,
            "total": page.total}


@bp.route("/alumni/<int:alumnus_id>", methods=["GET"])
def get_alumnus(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    body = alumnus_json(alumnus)
    audit_read(alumnus.id, "api record")
    return body


@bp.route("/alumni/<int:alumnus_id>", methods=["PATCH"])
@allow(*MANAGERS)
def update_alumnus(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    data, error = _body()
    if error:
        return error
    values, errors = _typed_values(data, partial=True)
    if errors:
        return invalid(errors)
    try:
        editing.update_alumnus(alumnus, values, by_id=current_user.id, source="api")
    except records.ValidationFailed as failed:
        return invalid(failed.fields)
    except records.DuplicatePhone as duplicate:
        return _duplicate(duplicate)
    except records.ConflictingWrite as conflict:
        return _conflicting(conflict)
    except records.RecordClosed as closed:
        return json_error(409, "record_closed", str(closed))
    return alumnus_json(alumnus)


@bp.route("/alumni/<int:alumnus_id>/timeline", methods=["GET"])
def alumnus_timeline(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    entries = [entry.as_json() for entry in build_timeline(alumnus)]
    audit_read(alumnus.id, "api timeline")
    return {"alumnus_id": alumnus.id, "entries": entries}


# --- the OpenAPI description of the above ----------------------------------------------

_nullable_text = {"type": ["string", "null"]}
_input_properties = {
    "first_name": {"type": "string", "maxLength": 120, "examples": ["Asha"]},
    "last_name": {**_nullable_text, "maxLength": 120},
    "phone": {**_nullable_text, "description": "Any format; stored as E.164. Required for sms/whatsapp.",
              "examples": ["+919812345678", "098123 45678"]},
    "email": {**_nullable_text, "examples": ["asha@example.org"]},
    "language": {"enum": list(LANGUAGE_NAMES) + [None]},
    "timezone": {**_nullable_text, "examples": ["Asia/Kolkata"]},
    "preferred_hour": {"type": "integer", "minimum": 0, "maximum": 23},
    "programme": {**_nullable_text, "maxLength": 120},
    "cohort": {**_nullable_text, "maxLength": 120, "description": "Created on first use."},
    "discharge_date": {"type": "string", "format": "date", "description": "Not in the future."},
    "sobriety_date": {"type": ["string", "null"], "format": "date"},
    "preferred_channel": {"enum": list(CHANNELS) + [None]},
    "assigned_staff": {**_nullable_text, "description": "A staff member's email."},
    "plan": {**_nullable_text, "description": "A plan name; blank or absent: the default plan."},
    "discreet": {"type": "boolean"},
    "notes": {**_nullable_text, "maxLength": 5000},
    "consent": {"type": "object", "additionalProperties": False,
                "description": "What the graduate agreed to. Nothing is assumed: a channel left out "
                               "(or no consent object at all) records no consent for it, and nothing "
                               "is sent on that channel until consent is given.",
                "properties": {**{c: {"type": "boolean", "description": "true only when the graduate "
                                      "agreed; there is no default."} for c in CHANNELS},
                               "milestones": {"type": "boolean", "description": "A text on each sobriety "
                                              "milestone (30, 60, 90, 180 days, then yearly); true only "
                                              "when the graduate agreed; there is no default."}}},
}
add_schema("AlumnusInput", {"type": "object", "required": ["first_name", "discharge_date"],
                            "properties": _input_properties, "additionalProperties": False})
add_schema("AlumnusPatch", {"type": "object", "properties": _input_properties,
                            "additionalProperties": False})
add_schema("Alumnus", {
    "type": "object",
    "required": ["id", "first_name", "last_name", "status", "discharge_date", "consent", "url"],
    "properties": {
        "id": {"type": "integer"}, "first_name": {"type": "string"}, "last_name": {"type": "string"},
        "phone": _nullable_text, "email": _nullable_text, "language": {"type": "string"},
        "timezone": {"type": "string"}, "preferred_hour": {"type": "integer"},
        "programme": _nullable_text, "cohort": _nullable_text,
        "discharge_date": {"type": "string", "format": "date"},
        "sobriety_date": {"type": ["string", "null"], "format": "date"},
        "preferred_channel": {"type": "string"}, "status": {"enum": [str(s) for s in AlumnusStatus]},
        "assigned_staff": _nullable_text, "plan": _nullable_text, "discreet": {"type": "boolean"},
        "notes": _nullable_text, "url": {"type": "string"},
        "consent": {"type": "object", "properties": {c: {"type": "boolean"} for c in CONSENT_KEYS}},
    },
})
add_schema("TimelineEntry", {"type": "object", "required": ["at", "kind", "title"], "properties": {
    "at": {"type": "string", "format": "date-time"}, "kind": {"type": "string"},
    "title": {"type": "string"}, "detail": {"type": "string"}, "badge": {"type": "string"}}})

_id_param = {"name": "alumnus_id", "in": "path", "required": True, "schema": ID_SCHEMA}
add_path("/api/v1/alumni", {
    "post": {
        "operationId": "createAlumnus", "summary": "Enrol an alumnus",
        "requestBody": {"required": True, "content": json_content(ref("AlumnusInput"))},
        "responses": {"201": {"description": "Enrolled.", "content": json_content(ref("Alumnus"))},
                      **error_responses(400, 401, 403, 409, 413, 422)},
    },
    "get": {
        "operationId": "listAlumni", "summary": "List alumni, newest discharge first",
        "parameters": [
            {"name": "phone", "in": "query", "schema": {"type": "string"},
             "description": "Any format, or a run of digits."},
            {"name": "cohort", "in": "query", "schema": {"type": "string"}, "description": "Cohort id or name."},
            {"name": "status", "in": "query", "schema": {"enum": [str(s) for s in AlumnusStatus]}},
            PAGE_PARAM,
        ],
        "responses": page_of("Alumnus"),
    },
})
add_path("/api/v1/alumni/{alumnus_id}", {
    "get": {
        "operationId": "getAlumnus", "summary": "One alumnus", "parameters": [_id_param],
        "responses": {"200": {"description": "The record.", "content": json_content(ref("Alumnus"))},
                      **error_responses(401, 403, 404)},
    },
    "patch": {
        "operationId": "updateAlumnus", "summary": "Change some fields", "parameters": [_id_param],
        "requestBody": {"required": True, "content": json_content(ref("AlumnusPatch"))},
        "responses": {"200": {"description": "The record after the change.", "content": json_content(ref("Alumnus"))},
                      **error_responses(400, 401, 403, 404, 409, 413, 422)},
    },
})
add_path("/api/v1/alumni/{alumnus_id}/timeline", {
    "get": {
        "operationId": "getAlumnusTimeline", "summary": "Everything that happened, newest first",
        "parameters": [_id_param],
        "responses": {"200": {"description": "The timeline.", "content": json_content({
            "type": "object", "required": ["alumnus_id", "entries"],
            "properties": {"alumnus_id": {"type": "integer"},
                           "entries": {"type": "array", "items": ref("TimelineEntry")}}})},
                      **error_responses(401, 403, 404)},
    },
})
