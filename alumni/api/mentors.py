"""Peer mentors in the API: mentor profiles, suggestions for a graduate, matches; confirm a
match (both introductions and the mentor's nudges are owed, as from the page) and end one.
Coordinators and admins only, as on the Mentors pages: matching is a clinical-programme
decision. A profile or a match is part of each person's record: every read is audited, and
the writes call alumni/peer/mentors.py, which audits them."""
from __future__ import annotations

from flask import request, url_for
from flask_login import current_user

from alumni.access import MANAGERS, allow, json_error
from alumni.api import bp
from alumni.api.conventions import (
    ID_SCHEMA,
    PAGE_PARAM,
    QUERY_NOT_VALID,
    TIME_OR_NULL,
    TRUE_FALSE,
    find,
    id_arg,
    invalid,
    iso_day,
    iso_time,
    json_body,
    not_found,
    page_number,
    page_of,
    paged,
    true_false_arg,
)
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.core.audit import audit_read, audit_shown
from alumni.domain.whole_numbers import DATABASE_ID_MAX
from alumni.extensions import db
from alumni.models import LANGUAGES, Alumnus, MentorMatch, MentorProfile, User
from alumni.peer.mentors import MentorProblem, confirm_match, current_mentee_counts, end_match, suggest_mentors

NUDGE_DAY_MAX = 3650   # a plan step's day offset is at most ten years after discharge
NUDGE_DAYS_MAX = 100
AREA_MAX = 120
END_REASON_MAX = 300   # the column's length


def profile_json(profile: MentorProfile, counts: dict[int, int]) -> dict:
    return {
        "alumnus_id": profile.alumnus_id, "consent": profile.consent,
        "consent_recorded_at": iso_time(profile.consent_recorded_at), "trained_on": iso_day(profile.trained_on),
        "capacity": profile.capacity, "current_mentees": counts.get(profile.alumnus_id, 0),
        "languages": [str(language) for language in profile.languages or []], "area": profile.area,
        "active": profile.active, "notes": profile.notes,
    }


def match_json(match: MentorMatch) -> dict:
    confirmer = db.session.get(User, match.confirmed_by_id) if match.confirmed_by_id else None
    return {
        "id": match.id, "mentor_id": match.mentor_id, "mentee_id": match.mentee_id,
        "started_at": iso_time(match.started_at), "ended_at": iso_time(match.ended_at), "end_reason": match.end_reason,
        "nudge_days": [int(d) for d in match.nudge_days or []],
        "reasons": [str(r) for r in match.reasons or []],
        "confirmed_by": confirmer.email if confirmer else None,
        "url": url_for("api.get_mentor_match", match_id=match.id),
    }


@bp.route("/mentors", methods=["GET"])
@allow(*MANAGERS)
def list_mentors():
    errors: dict[str, str] = {}
    active = true_false_arg("active", errors)
    page = page_number(errors)
    if errors:
        return invalid(errors, QUERY_NOT_VALID)
    query = db.select(MentorProfile)
    if active is not None:
        query = query.where(MentorProfile.active.is_(active))
    items, paging = paged(query.order_by(MentorProfile.active.desc(), MentorProfile.id), page)
    counts = current_mentee_counts()
    body = {"items": [profile_json(p, counts) for p in items], **paging}
    audit_shown([p.alumnus_id for p in items], "api mentors")
    return body


@bp.route("/mentors/<int:alumnus_id>", methods=["GET"])
@allow(*MANAGERS)
def get_mentor(alumnus_id: int):
    profile = None
    if 0 < alumnus_id <= DATABASE_ID_MAX:
        profile = db.session.scalar(db.select(MentorProfile).where(MentorProfile.alumnus_id == alumnus_id))
    if profile is None:
        return json_error(404, "not_found", "This alumnus has no mentor profile.")
    body = profile_json(profile, current_mentee_counts())
    audit_read(alumnus_id, "api mentor profile")
    return body


@bp.route("/alumni/<int:alumnus_id>/mentor-suggestions", methods=["GET"])
@allow(*MANAGERS)
def mentor_suggestions(alumnus_id: int):
    mentee = find(Alumnus, alumnus_id)
    if mentee is None:
        return not_found("alumnus")
    area = request.args.get("area", "").strip()
    if len(area) > AREA_MAX:
        return invalid({"area": f"At most {AREA_MAX} characters."}, QUERY_NOT_VALID)
    suggestions = suggest_mentors(mentee, area or None)
    body = {"alumnus_id": mentee.id, "items": [
        {"mentor_id": s.mentor_id, "score": s.score, "reasons": list(s.reasons)} for s in suggestions]}
    audit_shown([mentee.id] + [s.mentor_id for s in suggestions], "api mentor suggestions")
    return body


@bp.route("/mentor-matches", methods=["GET"])
@allow(*MANAGERS)
def list_mentor_matches():
    errors: dict[str, str] = {}
    query = db.select(MentorMatch)
    mentor_id, mentee_id = id_arg("mentor", errors), id_arg("mentee", errors)
    if mentor_id is not None:
        query = query.where(MentorMatch.mentor_id == mentor_id)
    if mentee_id is not None:
        query = query.where(MentorMatch.mentee_id == mentee_id)
    current = true_false_arg("current", errors)
    if current is not None:
        query = query.where(MentorMatch.ended_at.is_(None) if current else MentorMatch.ended_at.is_not(None))
    page = page_number(errors)
    if errors:
        return invalid(errors, QUERY_NOT_VALID)
    items, paging = paged(query.order_by(MentorMatch.started_at.desc(), MentorMatch.id.desc()), page)
    body = {"items": [match_json(m) for m in items], **paging}
    audit_shown([i for m in items for i in (m.mentee_id, m.mentor_id)], "api mentor matches")
    return body


@bp.route("/mentor-matches/<int:match_id>", methods=["GET"])
@allow(*MANAGERS)
def get_mentor_match(match_id: int):
    match = find(MentorMatch, match_id)
    if match is None:
        return not_found("mentor match")
    body = match_json(match)
    audit_shown([match.mentee_id, match.mentor_id], "api mentor match")
    return body


# A mentor match's ids are alumni, its days a list of day numbers.
_TYPE_WORDS = {int: "Must be a whole number (an alumnus id).", list: "Must be a list of day numbers."}


def _nudge_days(data: dict, errors: dict) -> list[int]:
    days = data.get("nudge_days") or []
    if "nudge_days" in errors:
        return []
    if len(days) > NUDGE_DAYS_MAX or not all(
            isinstance(d, int) and not isinstance(d, bool) and 0 <= d <= NUDGE_DAY_MAX for d in days):
        errors["nudge_days"] = (f"Must be up to {NUDGE_DAYS_MAX} days after discharge, each a whole number "
                                f"from 0 to {NUDGE_DAY_MAX} (the plan's step days).")
    return days


@bp.route("/mentor-matches", methods=["POST"])
@allow(*MANAGERS)
def create_mentor_match():
    data, errors, bad = json_body({"mentee_id": (int,), "mentor_id": (int,), "nudge_days": (list,),
                                   "area": (str, type(None)), "share_number": (bool, type(None))},
                                  required=("mentee_id", "mentor_id"), type_words=_TYPE_WORDS)
    if bad:
        return bad
    days = _nudge_days(data, errors)
    for name in ("mentee_id", "mentor_id"):
        if name not in errors and not 0 < data[name] <= DATABASE_ID_MAX:
            errors[name] = "No alumnus with this id."
    if "area" not in errors and len(data.get("area") or "") > AREA_MAX:
        errors["area"] = f"At most {AREA_MAX} characters."
    if errors:
        return invalid(errors)
    try:
        match = confirm_match(data["mentee_id"], data["mentor_id"], nudge_days=days,
                              area=(data.get("area") or "").strip() or None, by_id=current_user.id,
                              share_number=data.get("share_number"))
    except MentorProblem as problem:
        db.session.rollback()
        return invalid({"match": str(problem)}, f"Not matched: {problem}")
    body = match_json(match)
    return body, 201, {"Location": body["url"]}


@bp.route("/mentor-matches/<int:match_id>/end", methods=["POST"])
@allow(*MANAGERS)
def end_mentor_match(match_id: int):
    match = find(MentorMatch, match_id)
    if match is None:
        return not_found("mentor match")
    data, errors, bad = json_body({"reason": (str,)}, required=("reason",), type_words=_TYPE_WORDS)
    if bad:
        return bad
    if "reason" not in errors and len(data["reason"]) > END_REASON_MAX:
        errors["reason"] = f"At most {END_REASON_MAX} characters."
    if errors:
        return invalid(errors)
    try:
        match = end_match(match.id, data["reason"])
    except MentorProblem as problem:
        db.session.rollback()
        return invalid({"reason": str(problem)}, f"Not ended: {problem}")
    return match_json(match)


# --- the OpenAPI description of the above ----------------------------------------------

_errors_read = error_responses(401, 403, 404)
add_schema("MentorProfile", {
    "type": "object",
    "required": ["alumnus_id", "consent", "capacity", "current_mentees", "languages", "area", "active"],
    "properties": {
        "alumnus_id": {"type": "integer"},
        "consent": {"type": "boolean", "description": "Has agreed to be a peer mentor."},
        "consent_recorded_at": TIME_OR_NULL,
        "trained_on": {"type": ["string", "null"], "format": "date", "description": "Mentor training completed."},
        "capacity": {"type": "integer", "description": "Mentees at once."},
        "current_mentees": {"type": "integer", "minimum": 0},
        "languages": {"type": "array", "items": {"enum": list(LANGUAGES)}},
        "area": {"type": "string"}, "active": {"type": "boolean", "description": "Available for new matches."},
        "notes": {"type": ["string", "null"]},
    },
})
add_schema("MentorMatch", {
    "type": "object",
    "required": ["id", "mentor_id", "mentee_id", "started_at", "ended_at", "nudge_days", "reasons", "url"],
    "properties": {
        "id": {"type": "integer"}, "mentor_id": {"type": "integer"}, "mentee_id": {"type": "integer"},
        "started_at": {"type": "string", "format": "date-time"},
        "ended_at": {**TIME_OR_NULL, "description": "null while the match is current."},
        "end_reason": {"type": ["string", "null"]},
        "nudge_days": {"type": "array", "items": {"type": "integer"},
                       "description": "Days after the mentee's discharge on which the mentor is nudged."},
        "reasons": {"type": "array", "items": {"type": "string"}, "description": "Why the mentor was suggested."},
        "confirmed_by": {"type": ["string", "null"]}, "url": {"type": "string"},
    },
})


_match_id = {"name": "match_id", "in": "path", "required": True, "schema": ID_SCHEMA}
add_path("/api/v1/mentors", {"get": {
    "operationId": "listMentors", "summary": "Mentor profiles, those available for new matches first",
    "parameters": [{"name": "active", "in": "query", "schema": {"enum": list(TRUE_FALSE)}}, PAGE_PARAM],
    "responses": page_of("MentorProfile"),
}})
add_path("/api/v1/mentors/{alumnus_id}", {"get": {
    "operationId": "getMentor", "summary": "One alumnus's mentor profile",
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True, "schema": ID_SCHEMA}],
    "responses": {"200": {"description": "The profile.", "content": json_content(ref("MentorProfile"))},
                  **_errors_read},
}})
add_path("/api/v1/alumni/{alumnus_id}/mentor-suggestions", {"get": {
    "operationId": "getMentorSuggestions", "summary": "Mentors suggested for a graduate, the best first",
    "parameters": [{"name": "alumnus_id", "in": "path", "required": True, "schema": ID_SCHEMA},
                   {"name": "area", "in": "query", "schema": {"type": "string", "maxLength": AREA_MAX},
                    "description": "Where the graduate lives or can meet: a mentor in the same area ranks higher."}],
    "responses": {"200": {"description": "Eligible mentors with a score and the reasons.", "content": json_content({
        "type": "object", "required": ["alumnus_id", "items"],
        "properties": {"alumnus_id": {"type": "integer"}, "items": {"type": "array", "items": {
            "type": "object", "required": ["mentor_id", "score", "reasons"],
            "properties": {"mentor_id": {"type": "integer"}, "score": {"type": "integer"},
                           "reasons": {"type": "array", "items": {"type": "string"}}}}}}})},
                  **error_responses(401, 403, 404, 422)},
}})
add_path("/api/v1/mentor-matches", {
    "get": {
        "operationId": "listMentorMatches", "summary": "Mentor matches, the newest first",
        "parameters": [{"name": "mentor", "in": "query", "schema": ID_SCHEMA},
                       {"name": "mentee", "in": "query", "schema": ID_SCHEMA},
                       {"name": "current", "in": "query", "schema": {"enum": list(TRUE_FALSE)},
                        "description": "true: not ended; false: ended."}, PAGE_PARAM],
        "responses": page_of("MentorMatch"),
    },
    "post": {
        "operationId": "confirmMentorMatch", "summary": "Confirm a mentor for a graduate",
        "description": "As on the Mentors page: both are owed an introduction text, and the mentor a nudge on "
                       "each of nudge_days still ahead. share_number records whether the graduate agrees to "
                       "give the mentor their number (left out: the answer on record holds); without it the "
                       "mentor is put in touch through the centre. Refused (422, error.fields.match) when the "
                       "graduate is not active or already has a mentor, or the mentor has no profile or is not "
                       "eligible (no consent, not trained, full, too early in recovery).",
        "requestBody": {"required": True, "content": json_content({
            "type": "object", "required": ["mentee_id", "mentor_id"], "additionalProperties": False,
            "properties": {
                "mentee_id": ID_SCHEMA, "mentor_id": ID_SCHEMA,
                "nudge_days": {"type": "array", "maxItems": NUDGE_DAYS_MAX,
                               "items": {"type": "integer", "minimum": 0, "maximum": NUDGE_DAY_MAX}},
                "area": {"type": ["string", "null"], "maxLength": AREA_MAX},
                "share_number": {"type": ["boolean", "null"]}}})},
        "responses": {"201": {"description": "Matched.", "content": json_content(ref("MentorMatch"))},
                      **error_responses(400, 401, 403, 413, 422)},
    },
})
add_path("/api/v1/mentor-matches/{match_id}", {"get": {
    "operationId": "getMentorMatch", "summary": "One mentor match", "parameters": [_match_id],
    "responses": {"200": {"description": "The match.", "content": json_content(ref("MentorMatch"))},
                  **_errors_read},
}})
add_path("/api/v1/mentor-matches/{match_id}/end", {"post": {
    "operationId": "endMentorMatch", "summary": "End a match, saying why",
    "description": "Nudges not yet sent are stopped. Refused (422) when it has already ended or no reason is given.",
    "parameters": [_match_id],
    "requestBody": {"required": True, "content": json_content({
        "type": "object", "required": ["reason"], "additionalProperties": False,
        "properties": {"reason": {"type": "string", "minLength": 1, "maxLength": END_REASON_MAX}}})},
    "responses": {"200": {"description": "The match, ended.", "content": json_content(ref("MentorMatch"))},
                  **error_responses(400, 401, 403, 404, 413, 422)},
}})
