"""Who was asked to a meeting, what they answered and whether they came: read a meeting's
invitations or an alumnus's, write down an RSVP given by phone or in person (managers, as on
the meeting's page) and mark someone present or not (any staff, as on the sign-in sheet).
An invitation is part of its alumnus's record: every read is audited, and the writes call
the same services as the pages (alumni/peer/events.py, event_attendance.py), which audit."""
from __future__ import annotations

from flask import request
from flask_login import current_user

from alumni.access import MANAGERS, allow
from alumni.api import bp
from alumni.api.conventions import (
    ID_SCHEMA,
    QUERY_NOT_VALID,
    TIME_OR_NULL,
    TRUE_FALSE,
    find,
    invalid,
    iso_time,
    json_body,
    not_found,
)
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read, audit_shown
from alumni.domain.whole_numbers import DATABASE_ID_MAX
from alumni.extensions import db
from alumni.models import Alumnus, EventOccurrence, Invitation, Rsvp, User
from alumni.peer.event_attendance import set_attendance
from alumni.peer.events import record_rsvp_by_staff

STAFF_ANSWERS = [str(Rsvp.YES), str(Rsvp.NO)]


def invitation_json(invitation: Invitation) -> dict:
    marker = db.session.get(User, invitation.marked_by_id) if invitation.marked_by_id else None
    return {
        "id": invitation.id, "occurrence_id": invitation.occurrence_id,
        "event_id": invitation.occurrence.event_id, "starts_at": iso_time(invitation.occurrence.starts_at),
        "alumnus_id": invitation.alumnus_id, "checkin_id": invitation.checkin_id,
        "rsvp": invitation.rsvp, "rsvp_at": iso_time(invitation.rsvp_at),
        "rsvp_message_id": invitation.rsvp_message_id,
        "attended": invitation.attended, "attended_at": iso_time(invitation.attended_at),
        "marked_by": marker.email if marker else None,
    }


@bp.route("/occurrences/<int:occurrence_id>/invitations", methods=["GET"])
def occurrence_invitations(occurrence_id: int):
    occurrence = find(EventOccurrence, occurrence_id)
    if occurrence is None:
        return not_found("meeting")
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
        return invalid(errors, QUERY_NOT_VALID)
    # Like the meeting's page, every invitation at once: a meeting's audience, not a register.
    items = db.session.scalars(query.order_by(Invitation.id)).all()
    body = {"occurrence_id": occurrence.id, "items": [invitation_json(i) for i in items]}
    audit_shown([i.alumnus_id for i in items], "api meeting invitations", occurrence_id=occurrence.id)
    return body


@bp.route("/alumni/<int:alumnus_id>/invitations", methods=["GET"])
def alumnus_invitations(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    rows = db.session.scalars(
        db.select(Invitation).join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
        .where(Invitation.alumnus_id == alumnus.id).order_by(EventOccurrence.starts_at.desc(), Invitation.id)).all()
    body = {"alumnus_id": alumnus.id, "items": [invitation_json(i) for i in rows]}
    audit_read(alumnus.id, "api meeting invitations")
    return body


@bp.route("/invitations/<int:invitation_id>", methods=["GET"])
def get_invitation(invitation_id: int):
    invitation = find(Invitation, invitation_id)
    if invitation is None:
        return not_found("invitation")
    body = invitation_json(invitation)
    audit_read(invitation.alumnus_id, "api meeting invitation")
    return body


@bp.route("/invitations/<int:invitation_id>/rsvp", methods=["POST"])
@allow(*MANAGERS)
def set_invitation_rsvp(invitation_id: int):
    invitation = find(Invitation, invitation_id)
    if invitation is None:
        return not_found("invitation")
    data, errors, bad = json_body({"rsvp": (str,)}, required=("rsvp",))
    if bad:
        return bad
    if "rsvp" not in errors and data["rsvp"] not in STAFF_ANSWERS:
        errors["rsvp"] = "Use yes or no."
    if errors:
        return invalid(errors)
    return invitation_json(record_rsvp_by_staff(invitation.id, data["rsvp"]))


@bp.route("/occurrences/<int:occurrence_id>/attendance", methods=["POST"])
def record_attendance(occurrence_id: int):
    occurrence = find(EventOccurrence, occurrence_id)
    if occurrence is None:
        return not_found("meeting")
    data, errors, bad = json_body({"alumnus_id": (int,), "present": (bool,)}, required=("alumnus_id", "present"))
    if bad:
        return bad
    if errors:
        return invalid(errors)
    alumnus_id = data["alumnus_id"]
    if not 0 < alumnus_id <= DATABASE_ID_MAX:
        return invalid({"alumnus_id": "No alumnus with this id."})
    try:
        invitation = set_attendance(occurrence.id, alumnus_id, data["present"], by_id=current_user.id)
    except LookupError:
        return invalid({"alumnus_id": "No alumnus with this id (or their record is erased)."})
    return invitation_json(invitation)


# --- the OpenAPI description of the above ----------------------------------------------

add_schema("Invitation", {
    "type": "object",
    "required": ["id", "occurrence_id", "event_id", "starts_at", "alumnus_id", "rsvp", "attended"],
    "properties": {
        "id": {"type": "integer"}, "occurrence_id": {"type": "integer"}, "event_id": {"type": "integer"},
        "starts_at": {"type": "string", "format": "date-time", "description": "The meeting's start (UTC)."},
        "alumnus_id": {"type": "integer"},
        "checkin_id": {"type": ["integer", "null"],
                       "description": "The invitation text (a check-in); null for a walk-in signed in at the door."},
        "rsvp": {"enum": [str(r) for r in Rsvp]}, "rsvp_at": TIME_OR_NULL,
        "rsvp_message_id": {"type": ["integer", "null"],
                            "description": "The text that answered; null when staff wrote the answer down."},
        "attended": {"type": "boolean"}, "attended_at": TIME_OR_NULL,
        "marked_by": {"type": ["string", "null"], "description": "Who last marked attendance."},
    },
})
_occurrence_id = {"name": "occurrence_id", "in": "path", "required": True, "schema": ID_SCHEMA}
_invitation_id = {"name": "invitation_id", "in": "path", "required": True, "schema": ID_SCHEMA}
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
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True, "schema": ID_SCHEMA}],
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
        "properties": {"alumnus_id": ID_SCHEMA, "present": {"type": "boolean"}}})},
    "responses": {"200": {"description": "Their invitation after the mark.",
                          "content": json_content(ref("Invitation"))},
                  **error_responses(400, 401, 403, 404, 413, 422)},
}})
