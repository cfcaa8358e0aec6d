"""Meetings in the API: the events, their dated meetings (occurrences) with how many were
invited, said yes or no, and came. Neither names anyone, so reading them is not a read of
an alumnus's record; who was invited and what they answered is in peer_invitations.py."""
from __future__ import annotations

from datetime import datetime, time

from flask import request
from sqlalchemy import case, func

from alumni.access import json_error
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
    iso_time,
    page_number,
    page_of,
    paged,
    parse_day,
)
from alumni.api.openapi import add_path, add_schema, error_responses, json_content, ref
from alumni.extensions import db
from alumni.models import Audience, Event, EventMode, EventOccurrence, Invitation, Recurrence, Rsvp, User


def event_json(event: Event) -> dict:
    creator = db.session.get(User, event.created_by_id) if event.created_by_id else None
    return {
        "id": event.id, "title": event.title, "description": event.description, "mode": event.mode,
        "place": event.place, "link": event.link, "starts_at": iso_time(event.starts_at),
        "duration_minutes": event.duration_minutes, "timezone": event.timezone, "recurrence": event.recurrence,
        "audience": event.audience, "audience_values": [str(v) for v in event.audience_values or []],
        "invite_days_before": event.invite_days_before, "created_by": creator.email if creator else None,
        "created_at": iso_time(event.created_at), "cancelled_at": iso_time(event.cancelled_at),
    }


def _counts(occurrence_ids: list[int]) -> dict[int, dict[str, int]]:
    """Invited (a text was owed: walk-ins are not), yes, no and came, per meeting, in one query."""
    counts = {i: {"invited": 0, "yes": 0, "no": 0, "attended": 0} for i in occurrence_ids}
    if not occurrence_ids:
        return counts
    rows = db.session.execute(
        db.select(Invitation.occurrence_id, func.count(Invitation.checkin_id),
                  func.sum(case((Invitation.rsvp == Rsvp.YES, 1), else_=0)),
                  func.sum(case((Invitation.rsvp == Rsvp.NO, 1), else_=0)),
                  func.sum(case((Invitation.attended.is_(True), 1), else_=0)))
        .where(Invitation.occurrence_id.in_(occurrence_ids)).group_by(Invitation.occurrence_id))
    for occurrence_id, invited, yes, no, attended in rows:
        counts[occurrence_id] = {"invited": invited, "yes": int(yes or 0), "no": int(no or 0),
                                 "attended": int(attended or 0)}
    return counts


def occurrence_json(occurrence: EventOccurrence, counts: dict[str, int]) -> dict:
    event = occurrence.event
    return {
        "id": occurrence.id, "event_id": event.id, "title": event.title, "starts_at": iso_time(occurrence.starts_at),
        "duration_minutes": event.duration_minutes, "timezone": event.timezone,
        "invited_at": iso_time(occurrence.invited_at), "cancelled_at": iso_time(occurrence.cancelled_at),
        "counts": counts,
    }


def _cancelled_filter(query, column, errors: dict):
    value = request.args.get("cancelled", "")
    if not value:
        return query
    if value not in TRUE_FALSE:
        errors["cancelled"] = "Use true or false."
        return query
    return query.where(column.is_not(None) if TRUE_FALSE[value] else column.is_(None))


@bp.route("/events", methods=["GET"])
def list_events():
    errors: dict[str, str] = {}
    query = _cancelled_filter(db.select(Event), Event.cancelled_at, errors)
    page = page_number(errors)
    if errors:
        return invalid(errors, QUERY_NOT_VALID)
    items, paging = paged(query.order_by(Event.starts_at.desc(), Event.id.desc()), page)
    return {"items": [event_json(e) for e in items], **paging}


@bp.route("/events/<int:event_id>", methods=["GET"])
def get_event(event_id: int):
    event = find(Event, event_id)
    if event is None:
        return json_error(404, "not_found", "No event with this id.")
    return event_json(event)


@bp.route("/occurrences", methods=["GET"])
def list_occurrences():
    """Dated meetings, earliest first; `from`/`to` are days (UTC), both included."""
    errors: dict[str, str] = {}
    query = db.select(EventOccurrence)
    event_id = id_arg("event", errors, what="event")
    if event_id is not None:
        query = query.where(EventOccurrence.event_id == event_id)
    since = parse_day(request.args.get("from") or None, "from", errors)
    until = parse_day(request.args.get("to") or None, "to", errors)
    if since is not None:
        query = query.where(EventOccurrence.starts_at >= datetime.combine(since, time.min))
    if until is not None:
        query = query.where(EventOccurrence.starts_at <= datetime.combine(until, time.max))
    query = _cancelled_filter(query, EventOccurrence.cancelled_at, errors)
    page = page_number(errors)
    if errors:
        return invalid(errors, QUERY_NOT_VALID)
    items, paging = paged(query.order_by(EventOccurrence.starts_at, EventOccurrence.id), page)
    counts = _counts([o.id for o in items])
    return {"items": [occurrence_json(o, counts[o.id]) for o in items], **paging}


@bp.route("/occurrences/<int:occurrence_id>", methods=["GET"])
def get_occurrence(occurrence_id: int):
    occurrence = find(EventOccurrence, occurrence_id)
    if occurrence is None:
        return json_error(404, "not_found", "No meeting with this id.")
    return occurrence_json(occurrence, _counts([occurrence.id])[occurrence.id])


# --- the OpenAPI description of the above ----------------------------------------------

_time = {"type": "string", "format": "date-time"}
_whole = {"type": "integer", "minimum": 0}
add_schema("Event", {
    "type": "object",
    "required": ["id", "title", "mode", "starts_at", "duration_minutes", "timezone", "recurrence", "audience",
                 "audience_values", "invite_days_before", "cancelled_at"],
    "properties": {
        "id": {"type": "integer"}, "title": {"type": "string"}, "description": {"type": "string"},
        "mode": {"enum": [str(m) for m in EventMode]},
        "place": {"type": "string", "description": "In person or hybrid: where."},
        "link": {"type": "string", "description": "Online or hybrid: the meeting link."},
        "starts_at": {**_time, "description": "The first meeting (UTC)."},
        "duration_minutes": {"type": "integer"},
        "timezone": {"type": "string", "description": "The meeting's local time zone (dates repeat in it)."},
        "recurrence": {"enum": [str(r) for r in Recurrence]},
        "audience": {"enum": [str(a) for a in Audience]},
        "audience_values": {"type": "array", "items": {"type": "string"},
                            "description": "Cohort ids, language codes or programme names, by audience."},
        "invite_days_before": {"type": "integer"},
        "created_by": {"type": ["string", "null"]}, "created_at": _time,
        "cancelled_at": {**TIME_OR_NULL, "description": "The series was stopped: no new dates."},
    },
})
add_schema("Occurrence", {
    "type": "object",
    "required": ["id", "event_id", "title", "starts_at", "invited_at", "cancelled_at", "counts"],
    "properties": {
        "id": {"type": "integer"}, "event_id": {"type": "integer"}, "title": {"type": "string"},
        "starts_at": {**_time, "description": "UTC."}, "duration_minutes": {"type": "integer"},
        "timezone": {"type": "string"},
        "invited_at": {**TIME_OR_NULL, "description": "When invitations were first owed."},
        "cancelled_at": TIME_OR_NULL,
        "counts": {"type": "object", "required": ["invited", "yes", "no", "attended"], "properties": {
            "invited": {**_whole, "description": "People owed an invitation text (walk-ins are not)."},
            "yes": _whole, "no": _whole, "attended": {**_whole, "description": "Marked present, walk-ins too."}}},
    },
})


_cancelled_param = {"name": "cancelled", "in": "query", "schema": {"enum": list(TRUE_FALSE)}}
add_path("/api/v1/events", {"get": {
    "operationId": "listEvents", "summary": "Meetings (events), the latest first date first",
    "parameters": [{**_cancelled_param, "description": "true: only stopped series; false: only running ones."},
                   PAGE_PARAM],
    "responses": page_of("Event"),
}})
add_path("/api/v1/events/{event_id}", {"get": {
    "operationId": "getEvent", "summary": "One meeting series",
    "parameters": [{"name": "event_id", "in": "path", "required": True, "schema": ID_SCHEMA}],
    "responses": {"200": {"description": "The event.", "content": json_content(ref("Event"))},
                  **error_responses(401, 403, 404)},
}})
add_path("/api/v1/occurrences", {"get": {
    "operationId": "listOccurrences", "summary": "Dated meetings, earliest first, with RSVP and attendance counts",
    "parameters": [
        {"name": "event", "in": "query", "schema": ID_SCHEMA},
        {"name": "from", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "Meetings on or after this day (UTC)."},
        {"name": "to", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "Meetings on or before this day (UTC)."},
        {**_cancelled_param, "description": "true: only called-off meetings; false: only the others."},
        PAGE_PARAM,
    ],
    "responses": page_of("Occurrence"),
}})
add_path("/api/v1/occurrences/{occurrence_id}", {"get": {
    "operationId": "getOccurrence", "summary": "One dated meeting with its counts",
    "parameters": [{"name": "occurrence_id", "in": "path", "required": True, "schema": ID_SCHEMA}],
    "responses": {"200": {"description": "The meeting.", "content": json_content(ref("Occurrence"))},
                  **error_responses(401, 403, 404)},
}})
