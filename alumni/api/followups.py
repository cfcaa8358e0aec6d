"""GET /api/v1/followups: follow-up cases for integrators, with the message that opened
each. Reading a case reads its alumnus's record, so each alumnus listed is audited."""
from __future__ import annotations

from flask import request

from alumni.access import json_error
from alumni.api import bp
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit
from alumni.domain.whole_numbers import DATABASE_ID_MAX, PAGE_MAX, positive_int
from alumni.extensions import db
from alumni.models import FollowUp, FollowUpReason, FollowUpStatus

PER_PAGE = 50
MAX_ID = DATABASE_ID_MAX


def _iso(value) -> str | None:
    return value.isoformat() + "Z" if value else None


def followup_json(case: FollowUp) -> dict:
    message = case.message
    return {
        "id": case.id, "alumnus_id": case.alumnus_id, "reason": case.reason, "priority": case.priority,
        "status": case.status, "assignee_id": case.assignee_id, "opened_at": _iso(case.opened_at),
        "snooze_until": _iso(case.snooze_until), "resolved_at": _iso(case.resolved_at),
        "outcome": case.outcome, "checkin_id": case.checkin_id,
        "message": None if message is None else {
            "id": message.id, "channel": message.channel, "body": message.body,
            "received_at": _iso(message.created_at), "handling": message.handling},
    }


def _invalid(fields: dict):
    return json_error(422, "invalid", "Some query parameters are not valid.", fields)


@bp.route("/followups", methods=["GET"])
def list_followups():
    args = request.args
    errors = {}
    query = db.select(FollowUp)
    alumnus = args.get("alumnus", "")
    if alumnus:
        alumnus_id = positive_int(alumnus, MAX_ID)
        if alumnus_id is None:
            errors["alumnus"] = "Must be an alumnus id (a whole number)."
        else:
            query = query.where(FollowUp.alumnus_id == alumnus_id)
    reason = args.get("reason", "")
    if reason:
        if reason not in set(FollowUpReason):
            errors["reason"] = "Use one of: " + ", ".join(FollowUpReason) + "."
        query = query.where(FollowUp.reason == reason)
    status = args.get("status", "")
    if status:
        if status not in set(FollowUpStatus):
            errors["status"] = "Use open, snoozed or resolved."
        query = query.where(FollowUp.status == status)
    page_number = positive_int(args.get("page", "1"), PAGE_MAX)
    if page_number is None:
        errors["page"] = f"Must be a whole number from 1 to {PAGE_MAX}."
    if errors:
        return _invalid(errors)
    page = db.paginate(query.order_by(FollowUp.priority, FollowUp.opened_at.desc(), FollowUp.id.desc()),
                       page=page_number, per_page=PER_PAGE, error_out=False)
    items = list(page.items)
    for alumnus_id in sorted({case.alumnus_id for case in items}):
        audit("alumnus.read", alumnus_id=alumnus_id, detail={"what": "api followups"})
    db.session.commit()
    return {"items": [followup_json(c) for c in items], "page": page.page, "pages": page.pages,
            "total": page.total}


_time = {"type": ["string", "null"], "format": "date-time"}
add_schema("FollowUp", {
    "type": "object",
    "required": ["id", "alumnus_id", "reason", "priority", "status", "opened_at", "message"],
    "properties": {
        "id": {"type": "integer"}, "alumnus_id": {"type": "integer"},
        "reason": {"enum": [str(r) for r in FollowUpReason]},
        "priority": {"type": "integer", "description": "0 is the most urgent (crisis)."},
        "status": {"enum": [str(s) for s in FollowUpStatus]},
        "assignee_id": {"type": ["integer", "null"]}, "opened_at": {"type": "string", "format": "date-time"},
        "snooze_until": _time, "resolved_at": _time, "outcome": {"type": ["string", "null"]},
        "checkin_id": {"type": ["integer", "null"]},
        "message": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["id", "channel", "body", "received_at"],
            "description": "The inbound message that opened the case.",
            "properties": {"id": {"type": "integer"}, "channel": {"type": "string"},
                           "body": {"type": "string"}, "received_at": {"type": "string", "format": "date-time"},
                           "handling": {"type": ["string", "null"]}}}]},
    },
})
add_path("/api/v1/followups", {
    "get": {
        "operationId": "listFollowUps", "summary": "Follow-up cases, most urgent first",
        "parameters": [
            {"name": "alumnus", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID}},
            {"name": "reason", "in": "query", "schema": {"enum": [str(r) for r in FollowUpReason]}},
            {"name": "status", "in": "query", "schema": {"enum": [str(s) for s in FollowUpStatus]}},
            {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100000}},
        ],
        "responses": {"200": {"description": f"A page of up to {PER_PAGE}.", "content": json_content({
            "type": "object", "required": ["items", "page", "pages", "total"],
            "properties": {"items": {"type": "array", "items": ref("FollowUp")}, "page": {"type": "integer"},
                           "pages": {"type": "integer"}, "total": {"type": "integer"}}})},
                      **error_responses(401, 403, 422)},
    },
})
