"""Who was asked to a meeting, what they answered and whether they came: read a meeting's
invitations or an alumnus's, write down an RSVP given by phone or in person (managers, as on
the meeting's page) and mark someone present or not (any staff, as on the sign-in sheet).
An invitation is part of its alumnus's record: every read is audited, and the writes call
the same services as the pages (alumni/peer/events.py, event_attendance.py), which audit."""
from __future__ import annotations

from datetime import datetime

from flask import request
from flask_login import current_user

from alumni.access import MANAGERS, allow, json_error
from alumni.api import bp
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read, audit_shown
from alumni.domain.whole_numbers import DATABASE_ID_MAX
from alumni.extensions import db
from alumni.models import Alumnus, EventOccurrence, Invitation, Rsvp, User
from alumni.peer.event_attendance import set_attendance
from alumni.peer.events import record_rsvp_by_staff

STAFF_ANSWERS = [str(Rsvp.YES), str(Rsvp.NO)]
TRUE_FALSE = {"true": True, "false": False}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def invitation_json(invitation: Invitation) -> dict:
    marker = db.session.get(User, invitation.marked_by_id) if invitation.marked_by_id else None
    return {
        "id": invitation.id, "occurrence_id": invitation.occurrence_id,
        "event_id": invitation.occurrence.event_id, "starts_at": _iso(invitation.occurrence.starts_at),
        "alumnus_id": invitation.alumnus_id, "checkin_id": invitation.checkin_id,
        "rsvp": invitation.rsvp, "rsvp_at": _iso(invitation.rsvp_at),
        "rsvp_message_id": invitation.rsvp_message_id,
        "attended": invitation.attended, "attended_at": _iso(invitation.attended_at),
        "marked_by": marker.email if marker else None,
    }


def _find(model, record_id: int):
    return db.session.get(model, record_id) if 0 < record_id <= DATABASE_ID_MAX else None


def _not_found(what: str):
    return json_error(404, "not_found", f"No {what} with this id.")


def _invalid(fields: dict, message: str = "Some fields are not valid."):
    return json_error(422, "invalid", message, fields)


@bp.route("/occurrences/<int:occurrence_id>/invitations", methods=["GET"])
def occurrence_invitations(occurrence_id: int):
    occurrence = _find(EventOccurrence, occurrence_id)
    if occurrence is None:
        return _not_found("meeting")
    args, errors = request.args, {}
    query = db.select(Invitation).where(Invitation.occurrence_id == occurrence.id)
    rsvp = args.get("rsvp", "")
    if rsvp:
        if rsvp not in set(Rsvp):
            errors["rsvp"] = "Use yes, no or none."
        query = query.where(Invitation.rsvp == rsvp)
    attended = args.get("attended", "")
    if attended:
        if attended not in TRUE_FALSE:
            errors["attended"] = "Use true or false."
        query = query.where(Invitation.attended.is_(TRUE_FALSE.get(attended, False)))
    if errors:
        return _invalid(errors, "Some query parameters are not valid.")
    # Like the meeting's page, every invitation at once: a meeting's audience, not a register.
    items = db.session.scalars(query.order_by(Invitation.id)).all()
    body = {"occurrence_id": occurrence.id, "items": [invitation_json(i) for i in items]}
    audit_shown([i.alumnus_id for i in items], "api meeting invitations", occurrence_id=occurrence.id)
    return body


@bp.route("/alumni/<int:alumnus_id>/invitations", methods=["GET"])
def alumnus_invitations(alumnus_id: int):
    alumnus = _find(Alumnus, alumnus_id)
    if alumnus is None:
        return _not_found("alumnus")
    rows = db.session.scalars(
        db.select(Invitation).join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
        .where(Invitation.alumnus_id == alumnus.id).order_by(EventOccurrence.starts_at.desc(), Invitation.id)).all()
    body = {"alumnus_id": alumnus.id, "items": [invitation_json(i) for i in rows]}
    audit_read(alumnus.id, "api meeting invitations")
    return body


@bp.route("/invitations/<int:invitation_id>", methods=["GET"])
def get_invitation(invitation_id: int):
    invitation = _find(Invitation, invitation_id)
    if invitation is None:
        return _not_found("invitation")
    body = invitation_json(invitation)
    audit_read(invitation.alumnus_id, "api meeting invitation")
    return body


def _body(allowed: dict[str, tuple[type, ...]], required: tuple[str, ...]) -> tuple[dict, dict, tuple | None]:
    """The JSON object sent, its fields type-checked: (values, field errors, a 400)."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {}, {}, json_error(400, "bad_request", "Send a JSON object with Content-Type: application/json.")
    errors = {name: "Not a field of this request." for name in data if name not in allowed}
    for name, types in allowed.items():
        value = data.get(name)
        if name not in data:
            if name in required:
                errors[name] = "Required."
        elif isinstance(value, bool) and bool not in types or not isinstance(value, types):
            errors[name] = {bool: "Must be true or false.", int: "Must be a whole number (an id).",
                            str: "Must be text (a JSON string)."}[types[0]]
    return data, errors, None


@bp.route("/invitations/<int:invitation_id>/rsvp", methods=["POST"])
@allow(*MANAGERS)
def set_invitation_rsvp(invitation_id: int):
    invitation = _find(Invitation, invitation_id)
    if invitation is None:
        return _not_found("invitation")
    data, errors, bad = _body({"rsvp": (str,)}, required=("rsvp",))
    if bad:
        return bad
    if "rsvp" not in errors and data["rsvp"] not in STAFF_ANSWERS:
        errors["rsvp"] = "Use yes or no."
    if errors:
        return _invalid(errors)
    return invitation_json(record_rsvp_by_staff(invitation.id, data["rsvp"]))


@bp.route("/occurrences/<int:occurrence_id>/attendance", methods=["POST"])
def record_attendance(occurrence_id: int):
    occurrence = _find(EventOccurrence, occurrence_id)
    if occurrence is None:
        return _not_found("meeting")
    data, errors, bad = _body({"alumnus_id": (int,), "present": (bool,)}, required=("alumnus_id", "present"))
    if bad:
        return bad
    if errors:
        return _invalid(errors)
    alumnus_id = data["alumnus_id"]
    if not 0 < alumnus_id <= DATABASE_ID_MAX:
        return _invalid({"alumnus_id": "No alumnus with this id."})
    try:
        invitation = set_attendance(occurrence.id, alumnus_id, data["present"], by_id=current_user.id)
    except LookupError:
        return _invalid({"alumnus_id": "No alumnus with this id (or their record is erased)."})
    return invitation_json(invitation)


# --- the OpenAPI description of the above ----------------------------------------------

_time_or_null = {"type": ["string", "null"], "format": "date-time"}
_id_schema = {"type": "integer", "minimum": 1, "maximum": DATABASE_ID_MAX}
add_schema("Invitation", {
    "type": "object",
    "required": ["id", "occurrence_id", "event_id", "starts_at", "alumnus_id", "rsvp", "attended"],
    "properties": {
        "id": {"type": "integer"}, "occurrence_id": {"type": "integer"}, "event_id": {"type": "integer"},
        "starts_at": {"type": "string", "format": "date-time", "description": "The meeting's start (UTC)."},
        "alumnus_id": {"type": "integer"},
        "checkin_id": {"type": ["integer", "null"],
                       "description": "The invitation text (a check-in); null for a walk-in signed in at the door."},
        "rsvp": {"enum": [str(r) for r in Rsvp]}, "rsvp_at": _time_or_null,
        "rsvp_message_id": {"type": ["integer", "null"],
                            "description": "The text that answered; null when staff wrote the answer down."},
        "attended": {"type": "boolean"}, "attended_at": _time_or_null,
        "marked_by": {"type": ["string", "null"], "description": "Who last marked attendance."},
    },
})
_occurrence_id = {"name": "occurrence_id", "in": "path", "required": True, "schema": _id_schema}
_invitation_id = {"name": "invitation_id", "in": "path", "required": True, "schema": _id_schema}
add_path("/api/v1/occurrences/{occurrence_id}/invitations", {"get": {
    "operationId": "listOccurrenceInvitations", "summary": "Who was invited to a meeting (or came), their answers",
    "parameters": [_occurrence_id,
                   {"name": "rsvp", "in": "query", "schema": {"enum": [str(r) for r in Rsvp]}},
                   {"name": "attended", "in": "query", "schema": {"enum": list(TRUE_FALSE)}}],
    "responses": {"200": {"description": "Every invitation (walk-ins too), in the order they were made.",
                          "content": json_content({
                              "type": "object", "required": ["occurrence_id", "items"],
                              "properties": {"occurrence_id": {"type": "integer"},
                                             "items": {"type": "array", "items": ref("Invitation")}}})},
                  **error_responses(401, 403, 404, 422)},
}})
add_path("/api/v1/alumni/{alumnus_id}/invitations", {"get": {
    "operationId": "getAlumnusInvitations", "summary": "One alumnus's meetings: invited, answered, came",
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True, "schema": _id_schema}],
    "responses": {"200": {"description": "Their invitations, the latest meeting first.", "content": json_content({
        "type": "object", "required": ["alumnus_id", "items"],
        "properties": {"alumnus_id": {"type": "integer"}, "items": {"type": "array", "items": ref("Invitation")}}})},
                  **error_responses(401, 403, 404)},
}})
add_path("/api/v1/invitations/{invitation_id}", {"get": {
    "operationId": "getInvitation", "summary": "One invitation", "parameters": [_invitation_id],
    "responses": {"200": {"description": "The invitation.", "content": json_content(ref("Invitation"))},
                  **error_responses(401, 403, 404)},
}})
add_path("/api/v1/invitations/{invitation_id}/rsvp", {"post": {
    "operationId": "setInvitationRsvp",
    "summary": "Write down an RSVP given by phone or in person (coordinators and admins)",
    "description": "The same as on the meeting's page: a no after a reminder stops the reminder if it has not "
                   "gone; the text invitation counts as answered.",
    "parameters": [_invitation_id],
    "requestBody": {"required": True, "content": json_content({
        "type": "object", "required": ["rsvp"], "additionalProperties": False,
        "properties": {"rsvp": {"enum": STAFF_ANSWERS}}})},
    "responses": {"200": {"description": "The invitation after the answer.",
                          "content": json_content(ref("Invitation"))},
                  **error_responses(400, 401, 403, 404, 413, 422)},
}})
add_path("/api/v1/occurrences/{occurrence_id}/attendance", {"post": {
    "operationId": "recordAttendance", "summary": "Mark someone present at a meeting, or undo it",
    "description": "The sign-in sheet: someone not invited (a walk-in) gets an invitation row with no text.",
    "parameters": [_occurrence_id],
    "requestBody": {"required": True, "content": json_content({
        "type": "object", "required": ["alumnus_id", "present"], "additionalProperties": False,
        "properties": {"alumnus_id": _id_schema, "present": {"type": "boolean"}}})},
    "responses": {"200": {"description": "Their invitation after the mark.",
                          "content": json_content(ref("Invitation"))},
                  **error_responses(400, 401, 403, 404, 413, 422)},
}})
