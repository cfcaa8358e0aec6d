"""/api/v1/alumni/<id>/trajectory: the points of the profile's trajectory panel as JSON,
each with its days since discharge, its date, its kind, its value (scores and counts;
null for events) and its words. Gathered by alumni/recovery/trajectory.py; reading it is
a read of the alumnus's record, so it is audited. Read only."""
from __future__ import annotations

from alumni.access import json_error
from alumni.api import bp
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read
from alumni.domain.trajectory import Point, PointKind
from alumni.domain.whole_numbers import DATABASE_ID_MAX
from alumni.extensions import db
from alumni.models import Alumnus
from alumni.recovery.trajectory import trajectory_of


def point_json(point: Point) -> dict:
    return {"day": point.day, "date": point.on.isoformat(), "kind": str(point.kind), "value": point.value,
            "label": point.label, "out_of": point.count or None}


@bp.route("/alumni/<int:alumnus_id>/trajectory", methods=["GET"])
def alumnus_trajectory(alumnus_id: int):
    alumnus = db.session.get(Alumnus, alumnus_id) if 0 < alumnus_id <= DATABASE_ID_MAX else None
    if alumnus is None:
        return json_error(404, "not_found", "No alumnus with this id.")
    found = trajectory_of(alumnus)
    body = {"alumnus_id": alumnus.id, "discharge_date": found.discharge_date.isoformat(),
            "today": found.today.isoformat(), "today_day": found.today_day,
            "points": [point_json(point) for point in found.points]}
    audit_read(alumnus.id, "api trajectory")
    return body


# --- the OpenAPI description of the above ----------------------------------------------

_KIND_WORDS = {
    PointKind.CHECKIN_SCORE: "a check-in answered with a score (value 1-5)",
    PointKind.MONITOR_USE: "the recovery monitor's days of drinking or drug use in the last 30 (value 0-30)",
    PointKind.MONITOR_RISK: "the monitor's risk sub-score (value 0-100)",
    PointKind.MONITOR_PROTECTION: "the monitor's protection sub-score (value 0-100)",
    PointKind.RELAPSE: "a relapse event, on the day it happened",
    PointKind.CASE_OPENED: "a follow-up case opened (the label names the reason)",
    PointKind.CASE_CLOSED: "a case closed (the label names the outcome)",
    PointKind.REFERRAL: "a step of a referral back to treatment (a booking on the appointment's day)",
    PointKind.MEETING: "a peer meeting attended, on the meeting's day",
    PointKind.MENTOR: "a mentor match begun or ended, or a text of the match sent",
}
add_schema("TrajectoryPoint", {
    "type": "object",
    "required": ["day", "date", "kind", "value", "label", "out_of"],
    "properties": {
        "day": {"type": "integer", "description": "Days since the discharge date (negative: an earlier stay)."},
        "date": {"type": "string", "format": "date", "description": "The alumnus's own calendar day."},
        "kind": {"enum": [str(kind) for kind in PointKind],
                 "description": "; ".join(f"{kind}: {words}" for kind, words in _KIND_WORDS.items())},
        "value": {"type": ["integer", "null"], "description": "The score or count; null for an event."},
        "label": {"type": "string"},
        "out_of": {"type": ["string", "null"],
                   "description": "What a monitor value rests on, e.g. '5 of 7 answered'."},
    },
})
add_path("/api/v1/alumni/{alumnus_id}/trajectory", {"get": {
    "operationId": "getAlumnusTrajectory",
    "summary": "One alumnus's scores and events on one axis in days since discharge, by day",
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": DATABASE_ID_MAX}}],
    "responses": {"200": {"description": "Their trajectory.", "content": json_content({
        "type": "object", "required": ["alumnus_id", "discharge_date", "today", "today_day", "points"],
        "properties": {"alumnus_id": {"type": "integer"},
                       "discharge_date": {"type": "string", "format": "date"},
                       "today": {"type": "string", "format": "date"},
                       "today_day": {"type": "integer"},
                       "points": {"type": "array", "items": ref("TrajectoryPoint")}}})},
                  **error_responses(401, 403, 404)},
}})
