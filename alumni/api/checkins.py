"""/api/v1/alumni/<id>/checkins: the alumnus's check-ins, and "check in now"."""
from __future__ import annotations

from datetime import datetime

from flask import request, url_for
from flask_login import current_user

from alumni.access import MANAGERS, allow, json_error
from alumni.api import bp
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read
from alumni.delivery.checkin_now import CheckInRefused, check_in_now
from alumni.domain.vocabulary import PREFERRED_CHANNEL, Channel
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, PlanStep

MAX_ID = 2**31 - 1
CHANNELS = (PREFERRED_CHANNEL, *Channel)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def checkin_json(checkin: CheckIn, day_offset: int | None = None) -> dict:
    return {
        "id": checkin.id, "kind": checkin.kind, "template": checkin.template_key, "channel": checkin.channel,
        "due_at": _iso(checkin.due_at), "status": checkin.status, "skip_reason": checkin.skip_reason,
        "score": checkin.score, "plan_day": day_offset, "sent_at": _iso(checkin.sent_at),
        "replied_at": _iso(checkin.replied_at),
    }


def _find(alumnus_id: int) -> Alumnus | None:
    return db.session.get(Alumnus, alumnus_id) if 0 < alumnus_id <= MAX_ID else None


@bp.route("/alumni/<int:alumnus_id>/checkins", methods=["GET"])
def list_checkins(alumnus_id: int):
    alumnus = _find(alumnus_id)
    if alumnus is None:
        return json_error(404, "not_found", "No alumnus with this id.")
    rows = db.session.execute(
        db.select(CheckIn, PlanStep.day_offset).outerjoin(PlanStep, PlanStep.id == CheckIn.plan_step_id)
        .where(CheckIn.alumnus_id == alumnus.id).order_by(CheckIn.due_at, CheckIn.id)).all()
    body = {"alumnus_id": alumnus.id, "items": [checkin_json(c, day) for c, day in rows]}
    audit_read(alumnus.id, "api check-ins")
    return body


@bp.route("/alumni/<int:alumnus_id>/checkins", methods=["POST"])
@allow(*MANAGERS)
def create_checkin(alumnus_id: int):
    alumnus = _find(alumnus_id)
    if alumnus is None:
        return json_error(404, "not_found", "No alumnus with this id.")
    data: dict = {}
    if request.get_data():
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            return json_error(400, "bad_request", "Send a JSON object with Content-Type: application/json, or no body.")
    fields = {}
    template, channel = data.get("template"), data.get("channel")
    if template is not None and (not isinstance(template, str) or not template.strip()):
        fields["template"] = "Must be a template key (text), e.g. \"checkin\"."
    if channel is not None and channel not in CHANNELS:
        fields["channel"] = f"Must be one of {', '.join(CHANNELS)}."
    unknown = set(data) - {"template", "channel"}
    for name in sorted(unknown):
        fields[name] = "Unknown field."
    if fields:
        return json_error(422, "invalid", "Some fields are not valid.", fields)
    try:
        checkin = check_in_now(alumnus, template_key=template, channel=channel, actor=current_user.email)
    except CheckInRefused as refused:
        return json_error(refused.http_status, refused.code, refused.message)
    response = checkin_json(checkin)
    return response, 202, {"Location": url_for("api.list_checkins", alumnus_id=alumnus.id)}


_ISO = {"type": ["string", "null"], "format": "date-time"}
add_schema("CheckIn", {
    "type": "object",
    "required": ["id", "kind", "template", "channel", "due_at", "status", "skip_reason", "score"],
    "properties": {
        "id": {"type": "integer"},
        "kind": {"type": "string", "enum": ["checkin", "nudge", "invitation", "reminder", "notice"]},
        "template": {"type": "string"},
        "channel": {"type": "string", "description": "sms, whatsapp, email, or preferred until dispatched."},
        "due_at": {"type": "string", "format": "date-time", "description": "When it goes out (UTC)."},
        "status": {"type": "string", "enum": ["scheduled", "queued", "sending", "sent", "delivered", "replied",
                                              "missed", "failed", "skipped", "cancelled"]},
        "skip_reason": {"type": ["string", "null"], "description": "Why it was skipped or cancelled, in plain words."},
        "score": {"type": ["integer", "null"], "description": "The 1-5 answer, once replied."},
        "plan_day": {"type": ["integer", "null"], "description": "The plan step's day offset from discharge."},
        "sent_at": _ISO, "replied_at": _ISO,
    },
})
_id_param = {"name": "alumnus_id", "in": "path", "required": True,
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}}
add_path("/api/v1/alumni/{alumnus_id}/checkins", {
    "get": {
        "operationId": "listCheckIns", "summary": "The alumnus's check-ins, past and upcoming, by due time",
        "parameters": [_id_param],
        "responses": {"200": {"description": "Every check-in with its status, score and skip reason.",
                              "content": json_content({
                                  "type": "object", "required": ["alumnus_id", "items"],
                                  "properties": {"alumnus_id": {"type": "integer"},
                                                 "items": {"type": "array", "items": ref("CheckIn")}}})},
                      **error_responses(401, 403, 404)},
    },
    "post": {
        "operationId": "checkInNow",
        "summary": "Send one check-in now (same dispatcher and delivery path as planned ones)",
        "parameters": [_id_param],
        "requestBody": {"required": False, "content": json_content({
            "type": "object", "additionalProperties": False,
            "properties": {"template": {"type": "string", "minLength": 1,
                                        "description": "Template key (default checkin)."},
                           "channel": {"type": "string", "enum": list(CHANNELS)}}})},
        "responses": {
            "202": {"description": "Accepted: the check-in, queued for sending.",
                    "content": json_content(ref("CheckIn"))},
            **error_responses(400, 401, 403, 404),
            "409": {"description": "Cannot go now: the alumnus is paused/withdrawn/erased (code = the status), "
                                   "it is inside their quiet hours (quiet_hours), "
                                   "or one is already on its way (in_flight).",
                    "content": json_content(ref("Error"))},
            "422": {"description": "Cannot go at all as asked: no current consent for the channel (no_consent), "
                                   "no address (no_address), unknown template (unknown_template), or invalid fields.",
                    "content": json_content(ref("Error"))},
        },
    },
})
