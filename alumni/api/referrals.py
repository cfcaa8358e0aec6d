"""Referrals back to treatment in the API: list them, read one alumnus's, make one, and
record a step (an appointment, how it ended). Reading or changing a referral is a read or
change of its alumnus's record, so each is audited."""
from __future__ import annotations

from datetime import date

from flask import request
from flask_login import current_user

from alumni.api import bp
from alumni.api.conventions import (
    ID_SCHEMA,
    PAGE_PARAM,
    QUERY_NOT_VALID,
    find,
    id_arg,
    invalid,
    iso_day,
    json_body,
    not_found,
    page_number,
    page_of,
    paged,
    parse_day,
)
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit, audit_read
from alumni.core.centre_day import centre_today
from alumni.domain.referrals import ReferralStatus
from alumni.extensions import db
from alumni.models import Alumnus, Referral
from alumni.recovery.referral_reminders import late_step
from alumni.recovery.referrals import (
    REFERRED_TO_MAX,
    TEXT_MAX,
    ReferralError,
    record_step,
    refer,
    referrals_of,
)

STEPS = [str(s) for s in ReferralStatus if s != ReferralStatus.REFERRED]


def referral_json(referral: Referral, today: date) -> dict:
    late = late_step(referral, today)
    return {
        "id": referral.id, "alumnus_id": referral.alumnus_id, "followup_id": referral.followup_id,
        "relapse_event_id": referral.relapse_event_id, "referred_to": referral.referred_to,
        "reason": referral.reason, "referred_by": referral.referred_by.email if referral.referred_by else None,
        "referred_on": referral.referred_on.isoformat(), "status": referral.status,
        "appointment_on": iso_day(referral.appointment_on), "treated_on": iso_day(referral.treated_on),
        "readmitted_on": iso_day(referral.readmitted_on), "closed_on": iso_day(referral.closed_on),
        "cohort_month": referral.cohort_month,
        "overdue": None if late is None else {"step": late.step, "since": late.since.isoformat(), "words": late.words},
        "steps": [{"step": s.step, "day": s.day.isoformat(), "note": s.note,
                   "recorded_by": s.recorded_by.email if s.recorded_by else None,
                   "recorded_at": s.recorded_at.isoformat() + "Z"} for s in referral.steps],
    }


@bp.route("/referrals", methods=["GET"])
def list_referrals():
    errors: dict[str, str] = {}
    query = db.select(Referral)
    alumnus_id = id_arg("alumnus", errors)
    if alumnus_id is not None:
        query = query.where(Referral.alumnus_id == alumnus_id)
    status = request.args.get("status", "")
    if status:
        if status not in set(ReferralStatus):
            errors["status"] = "Use one of: " + ", ".join(ReferralStatus) + "."
        query = query.where(Referral.status == status)
    page = page_number(errors)
    if errors:
        return invalid(errors, QUERY_NOT_VALID)
    items, paging = paged(query.order_by(Referral.referred_on.desc(), Referral.id.desc()), page)
    today = centre_today()
    body = {"items": [referral_json(r, today) for r in items], **paging}
    for alumnus_id in sorted({r.alumnus_id for r in items}):
        audit("alumnus.read", alumnus_id=alumnus_id, detail={"what": "api referrals"})
    db.session.commit()
    return body


@bp.route("/alumni/<int:alumnus_id>/referrals", methods=["GET"])
def alumnus_referrals(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    today = centre_today()
    body = {"alumnus_id": alumnus.id, "items": [referral_json(r, today) for r in referrals_of(alumnus.id)]}
    audit_read(alumnus.id, "api referrals")
    return body


@bp.route("/referrals/<int:referral_id>", methods=["GET"])
def get_referral(referral_id: int):
    referral = find(Referral, referral_id)
    if referral is None:
        return not_found("referral")
    body = referral_json(referral, centre_today())
    audit_read(referral.alumnus_id, "api referral")
    return body


def _date(data: dict, name: str, errors: dict) -> date | None:
    """A body's date field; left alone when its type was already refused."""
    return None if name in errors else parse_day(data.get(name), name, errors)


@bp.route("/alumni/<int:alumnus_id>/referrals", methods=["POST"])
def create_referral(alumnus_id: int):
    alumnus = find(Alumnus, alumnus_id)
    if alumnus is None:
        return not_found("alumnus")
    data, errors, bad = json_body({"referred_to": (str,), "reason": (str,), "referred_on": (str, type(None)),
                                   "note": (str, type(None))}, required=("referred_to", "reason"))
    if bad:
        return bad
    on = _date(data, "referred_on", errors)
    if errors:
        return invalid(errors)
    try:
        referral = refer(alumnus.id, referred_to=data["referred_to"], reason=data["reason"], on=on,
                         note=data.get("note"), by=current_user)
    except ReferralError as error:
        db.session.rollback()
        return invalid({"referral": str(error)})
    return referral_json(referral, centre_today()), 201


@bp.route("/referrals/<int:referral_id>/steps", methods=["POST"])
def create_referral_step(referral_id: int):
    referral = find(Referral, referral_id)
    if referral is None:
        return not_found("referral")
    data, errors, bad = json_body({"step": (str,), "day": (str, type(None)), "note": (str, type(None))})
    if bad:
        return bad
    day = _date(data, "day", errors)
    if "step" not in errors and data.get("step") not in STEPS:
        errors["step"] = "Use one of: " + ", ".join(STEPS) + "."
    if errors:
        return invalid(errors)
    try:
        referral = record_step(referral.id, data["step"], day=day, note=data.get("note"), by=current_user)
    except ReferralError as error:
        db.session.rollback()
        return invalid({"step": str(error)})
    return referral_json(referral, centre_today())


# --- the OpenAPI description of the above ----------------------------------------------

_day_or_null = {"type": ["string", "null"], "format": "date"}
_text_or_null = {"type": ["string", "null"]}
add_schema("Referral", {
    "type": "object",
    "required": ["id", "alumnus_id", "referred_to", "reason", "referred_on", "status", "cohort_month", "overdue",
                 "steps"],
    "properties": {
        "id": {"type": "integer"}, "alumnus_id": {"type": "integer"},
        "followup_id": {"type": ["integer", "null"], "description": "The case it was made from."},
        "relapse_event_id": {"type": ["integer", "null"], "description": "The relapse it follows, when known."},
        "referred_to": {"type": "string", "description": "Empty until named (a referral made by a case's outcome)."},
        "reason": {"type": "string"}, "referred_by": _text_or_null,
        "referred_on": {"type": "string", "format": "date"},
        "status": {"enum": [str(s) for s in ReferralStatus]},
        "appointment_on": _day_or_null,
        "treated_on": {**_day_or_null, "description": "First day attended or re-admitted."},
        "readmitted_on": _day_or_null, "closed_on": _day_or_null,
        "cohort_month": {"type": "string", "description": "Discharge month when referred, YYYY-MM."},
        "overdue": {"oneOf": [{"type": "null"}, {
            "type": "object", "required": ["step", "since", "words"],
            "description": "Staff's next step is late: the appointment, or the outcome of one whose day passed.",
            "properties": {"step": {"enum": ["appointment", "outcome"]},
                           "since": {"type": "string", "format": "date"}, "words": {"type": "string"}}}]},
        "steps": {"type": "array", "items": {
            "type": "object", "required": ["step", "day", "recorded_at"],
            "properties": {"step": {"enum": [str(s) for s in ReferralStatus]},
                           "day": {"type": "string", "format": "date"}, "note": _text_or_null,
                           "recorded_by": _text_or_null,
                           "recorded_at": {"type": "string", "format": "date-time"}}}},
    },
})
_referral_id = {"name": "referral_id", "in": "path", "required": True,
                "schema": ID_SCHEMA}
_alumnus_id = {"name": "alumnus_id", "in": "path", "required": True,
               "schema": ID_SCHEMA}
add_path("/api/v1/referrals", {"get": {
    "operationId": "listReferrals", "summary": "Referrals back to treatment, newest first",
    "parameters": [
        {"name": "alumnus", "in": "query", "schema": ID_SCHEMA},
        {"name": "status", "in": "query", "schema": {"enum": [str(s) for s in ReferralStatus]}},
        PAGE_PARAM,
    ],
    "responses": page_of("Referral"),
}})
add_path("/api/v1/referrals/{referral_id}", {"get": {
    "operationId": "getReferral", "summary": "One referral with its steps", "parameters": [_referral_id],
    "responses": {"200": {"description": "The referral.", "content": json_content(ref("Referral"))},
                  **error_responses(401, 403, 404)},
}})
add_path("/api/v1/alumni/{alumnus_id}/referrals", {
    "get": {
        "operationId": "getAlumnusReferrals", "summary": "One alumnus's referrals, newest first",
        "parameters": [_alumnus_id],
        "responses": {"200": {"description": "Their referrals.", "content": json_content({
            "type": "object", "required": ["alumnus_id", "items"],
            "properties": {"alumnus_id": {"type": "integer"}, "items": {"type": "array", "items": ref("Referral")}}})},
                      **error_responses(401, 403, 404)},
    },
    "post": {
        "operationId": "createReferral", "summary": "Refer an alumnus back to treatment",
        "parameters": [_alumnus_id],
        "requestBody": {"required": True, "content": json_content({
            "type": "object", "required": ["referred_to", "reason"], "additionalProperties": False,
            "properties": {"referred_to": {"type": "string", "maxLength": REFERRED_TO_MAX},
                           "reason": {"type": "string", "maxLength": TEXT_MAX},
                           "referred_on": {**_day_or_null, "description": "Default today; not in the future."},
                           "note": {**_text_or_null, "maxLength": TEXT_MAX}}})},
        "responses": {"201": {"description": "Recorded.", "content": json_content(ref("Referral"))},
                      **error_responses(400, 401, 403, 404, 413, 422)},
    },
})
add_path("/api/v1/referrals/{referral_id}/steps", {"post": {
    "operationId": "recordReferralStep", "summary": "Record a referral's next step",
    "description": "booked (day = the appointment's day), attended, readmitted (pauses the alumnus's follow-up), "
                   "declined, no_show, or discharged after a re-admission (day = the new discharge date: the "
                   "plan's steps still to come are planned from it and follow-up resumes). Which step may "
                   "follow which: referred -> booked | attended | readmitted | declined; booked -> booked | "
                   "attended | readmitted | declined | no_show; no_show -> booked | declined; attended -> "
                   "readmitted; readmitted -> discharged.",
    "parameters": [_referral_id],
    "requestBody": {"required": True, "content": json_content({
        "type": "object", "required": ["step"], "additionalProperties": False,
        "properties": {"step": {"enum": STEPS},
                       "day": {**_day_or_null, "description": "Default today. Not in the future, except a booking's."},
                       "note": {**_text_or_null, "maxLength": TEXT_MAX}}})},
    "responses": {"200": {"description": "The referral after the step.", "content": json_content(ref("Referral"))},
                  **error_responses(400, 401, 403, 404, 413, 422)},
}})
