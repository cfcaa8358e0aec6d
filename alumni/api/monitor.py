"""/api/v1/alumni/<id>/monitor: the recovery monitor's answer sets for one alumnus, newest
first, each with its answers and its use / risk / protection sub-scores. Reading them is a
read of the alumnus's record, so it is audited. Read only: answers come by text."""
from __future__ import annotations

from datetime import datetime

from alumni.access import json_error
from alumni.api import bp
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read
from alumni.domain.monitor import HIGH_RISK, LOW_PROTECTION, MAX_DAYS
from alumni.domain.monitor_items import ITEM_KEYS, ITEMS
from alumni.domain.whole_numbers import DATABASE_ID_MAX
from alumni.extensions import db
from alumni.models import Alumnus, MonitorRound, RoundStatus
from alumni.recovery.monitor import rounds_for


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() + "Z" if value else None


def round_json(round_: MonitorRound) -> dict:
    return {
        "id": round_.id, "status": round_.status, "started_at": _iso(round_.started_at),
        "expires_at": _iso(round_.expires_at), "finished_at": _iso(round_.finished_at),
        "answered": len(round_.answers), "of": len(ITEMS),
        "scores": {"use_days": round_.use_days, "risk": round_.risk, "protection": round_.protection},
        "answers": [{"item": a.item_key, "value": a.value, "answered_at": _iso(a.answered_at),
                     "message_id": a.message_id} for a in round_.answers],
    }


@bp.route("/alumni/<int:alumnus_id>/monitor", methods=["GET"])
def alumnus_monitor(alumnus_id: int):
    alumnus = db.session.get(Alumnus, alumnus_id) if 0 < alumnus_id <= DATABASE_ID_MAX else None
    if alumnus is None:
        return json_error(404, "not_found", "No alumnus with this id.")
    body = {"alumnus_id": alumnus.id, "items": [round_json(r) for r in rounds_for(alumnus.id)]}
    audit_read(alumnus.id, "api recovery monitor")
    return body


# --- the OpenAPI description of the above ----------------------------------------------

_time_or_null = {"type": ["string", "null"], "format": "date-time"}
_score = {"type": ["integer", "null"], "minimum": 0, "maximum": 100}
add_schema("MonitorAnswerSet", {
    "type": "object",
    "required": ["id", "status", "started_at", "expires_at", "finished_at", "answered", "of", "scores", "answers"],
    "properties": {
        "id": {"type": "integer"},
        "status": {"enum": [str(s) for s in RoundStatus],
                   "description": "open: a question is out; complete: all answered; expired: 48 hours passed, "
                                  "what was answered is kept."},
        "started_at": {"type": "string", "format": "date-time", "description": "The first question was sent."},
        "expires_at": {"type": "string", "format": "date-time"},
        "finished_at": _time_or_null,
        "answered": {"type": "integer", "minimum": 0}, "of": {"type": "integer"},
        "scores": {"type": "object", "required": ["use_days", "risk", "protection"], "properties": {
            "use_days": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_DAYS,
                         "description": "Days of drinking or drug use in the last 30; any is handled as a relapse."},
            "risk": {**_score, "description": f"Cravings, poor sleep, low mood: 0-100. At or above {HIGH_RISK} "
                                              f"with protection at or below {LOW_PROTECTION}: a declining case."},
            "protection": {**_score, "description": "Confidence, support contacts, a safe home: 0-100."}}},
        "answers": {"type": "array", "items": {
            "type": "object", "required": ["item", "value", "answered_at"],
            "properties": {"item": {"enum": list(ITEM_KEYS)}, "value": {"type": "integer"},
                           "answered_at": {"type": "string", "format": "date-time"},
                           "message_id": {"type": ["integer", "null"]}}}},
    },
})
add_path("/api/v1/alumni/{alumnus_id}/monitor", {"get": {
    "operationId": "getAlumnusMonitor", "summary": "One alumnus's recovery monitor answer sets, newest first",
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": DATABASE_ID_MAX}}],
    "responses": {"200": {"description": "Their answer sets.", "content": json_content({
        "type": "object", "required": ["alumnus_id", "items"],
        "properties": {"alumnus_id": {"type": "integer"},
                       "items": {"type": "array", "items": ref("MonitorAnswerSet")}}})},
                  **error_responses(401, 403, 404)},
}})
