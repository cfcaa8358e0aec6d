"""Meetings in the API: an integrator reads the meetings, their dates and counts, who was
invited and what they answered; staff mark attendance from a door-side app and a coordinator
writes down an RSVP given by phone -- through the same services as the pages, so the texts
already sent count as answered and every read and change lands in the audit trail."""
from datetime import timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.domain.event_rules import EventDraft
from alumni.extensions import db
from alumni.models import AuditEvent, CheckIn, CheckInStatus, Invitation, Message, utcnow
from alumni.peer.events import cancel_occurrence, create_event, invite_occurrence
from tests.support.accounts import make_user
from tests.support.delivery import run_burst_worker
from tests.support.factories import make_alumnus


@pytest.fixture(scope="module")
def peer_app(make_app, migrated):
    # No quiet hours, so whether an invitation goes now does not depend on the hour.
    return make_app(QUIET_HOURS="none")


@pytest.fixture
def api(app, peer_app):
    """Requests go to peer_app; the test reads the database in `app`'s context."""
    with app.app_context():
        yield peer_app.test_client()


@pytest.fixture
def run_jobs(app, peer_app):
    """A real RQ worker (in-process, burst) with peer_app's settings."""
    return lambda: run_burst_worker(peer_app)


@pytest.fixture
def invite(peer_app):
    """Invite a meeting's audience as the scheduler would, with peer_app's settings."""
    def run(occurrence_id: int) -> int:
        with peer_app.app_context():
            return invite_occurrence(occurrence_id)
    return run


def bearer(role="staff", scopes=("read", "write")):
    user = make_user(role)
    return {"Authorization": f"Bearer {issue_token(user.email, 'door app', scopes=scopes)}"}


def meeting(days_ahead=3, **fields):
    values = dict(title="Sunday circle", starts_at=utcnow() + timedelta(days=days_ahead), place="Community hall")
    values.update(fields)
    return create_event(EventDraft(**values), by_id=None)


def audit_actions(alumnus_id: int) -> list[str]:
    return list(db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.alumnus_id == alumnus_id)
                                   .order_by(AuditEvent.id)))


def test_an_integrator_reads_meetings_their_dates_and_who_said_yes(api, invite, run_jobs):
    asha, ravi = make_alumnus(first_name="Asha"), make_alumnus(first_name="Ravi")
    weekly = meeting(recurrence="weekly")
    first = weekly.occurrences[0]
    assert invite(first.id) == 2
    run_jobs()
    headers = bearer("coordinator")
    invitation = db.session.scalar(db.select(Invitation).where(Invitation.alumnus_id == asha.id))
    assert api.post(f"/api/v1/invitations/{invitation.id}/rsvp", headers=headers,
                    json={"rsvp": "yes"}).status_code == 200

    events = api.get("/api/v1/events", headers=headers).get_json()
    assert [e["id"] for e in events["items"]] == [weekly.id] and events["total"] == 1
    assert (events["items"][0]["recurrence"], events["items"][0]["cancelled_at"]) == ("weekly", None)
    assert api.get(f"/api/v1/events/{weekly.id}", headers=headers).get_json()["title"] == "Sunday circle"

    dates = api.get(f"/api/v1/occurrences?event={weekly.id}", headers=headers).get_json()
    assert dates["total"] == len(weekly.occurrences) >= 8
    assert dates["items"][0]["id"] == first.id
    assert dates["items"][0]["counts"] == {"invited": 2, "yes": 1, "no": 0, "attended": 0}
    assert dates["items"][1]["counts"] == {"invited": 0, "yes": 0, "no": 0, "attended": 0}
    day = first.starts_at.date().isoformat()
    assert [o["id"] for o in api.get(f"/api/v1/occurrences?from={day}&to={day}",
                                     headers=headers).get_json()["items"]] == [first.id]

    invited = api.get(f"/api/v1/occurrences/{first.id}/invitations?rsvp=yes", headers=headers).get_json()
    assert [(i["alumnus_id"], i["rsvp"], i["rsvp_message_id"]) for i in invited["items"]] == [(asha.id, "yes", None)]
    theirs = api.get(f"/api/v1/alumni/{ravi.id}/invitations", headers=headers).get_json()
    assert [(i["occurrence_id"], i["rsvp"], i["attended"]) for i in theirs["items"]] == [(first.id, "none", False)]
    # each person shown is a read of their record; the counts name nobody
    assert audit_actions(asha.id).count("alumnus.read") == 1
    assert audit_actions(ravi.id).count("alumnus.read") == 1


def test_staff_sign_in_a_walk_in_and_undo_a_mark_through_the_api(api):
    occurrence = meeting(days_ahead=0.01).occurrences[0]
    walk_in = make_alumnus(first_name="Sunil")
    headers = bearer("staff")
    url = f"/api/v1/occurrences/{occurrence.id}/attendance"

    marked = api.post(url, headers=headers, json={"alumnus_id": walk_in.id, "present": True})
    assert marked.status_code == 200
    body = marked.get_json()
    assert (body["alumnus_id"], body["attended"], body["checkin_id"], body["rsvp"]) == (walk_in.id, True, None, "none")
    assert body["marked_by"].startswith("staff")
    undone = api.post(url, headers=headers, json={"alumnus_id": walk_in.id, "present": False}).get_json()
    assert (undone["id"], undone["attended"], undone["attended_at"]) == (body["id"], False, None)

    marks = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "event.attendance")).all()
    assert [m.detail["present"] for m in marks] == [True, False]
    assert all(m.alumnus_id == walk_in.id and m.actor.startswith("staff") for m in marks)
    came = api.get(f"/api/v1/occurrences/{occurrence.id}", headers=headers).get_json()["counts"]
    assert came == {"invited": 0, "yes": 0, "no": 0, "attended": 0}


def test_a_coordinators_rsvp_answers_the_invitation_text_and_staff_may_not_write_one(api, invite, run_jobs):
    asha = make_alumnus(first_name="Asha")
    occurrence = meeting().occurrences[0]
    invite(occurrence.id)
    run_jobs()
    assert db.session.scalar(db.select(CheckIn.status)) == CheckInStatus.SENT
    invitation = db.session.scalar(db.select(Invitation))
    url = f"/api/v1/invitations/{invitation.id}/rsvp"

    refused = api.post(url, headers=bearer("staff"), json={"rsvp": "yes"})
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "forbidden"
    answered = api.post(url, headers=bearer("coordinator"), json={"rsvp": "no"})
    assert answered.status_code == 200 and answered.get_json()["rsvp"] == "no"
    db.session.expire_all()
    assert db.session.get(CheckIn, invitation.checkin_id).status == CheckInStatus.REPLIED
    assert "event.rsvp" in audit_actions(asha.id)
    # written down by staff, not a text: nothing new goes to Asha
    assert db.session.scalar(db.select(db.func.count(Message.id)).where(Message.alumnus_id == asha.id)) == 1


def test_bad_input_gets_a_clear_answer_and_changes_nothing(api):
    person = make_alumnus()
    occurrence = meeting().occurrences[0]
    headers = bearer("coordinator")
    url = f"/api/v1/occurrences/{occurrence.id}/attendance"

    missing = api.post(url, headers=headers, json={"alumnus_id": person.id})
    assert missing.status_code == 422 and missing.get_json()["error"]["fields"] == {"present": "Required."}
    typed = api.post(url, headers=headers, json={"alumnus_id": str(person.id), "present": "yes", "note": "x"})
    assert typed.get_json()["error"]["fields"] == {
        "alumnus_id": "Must be a whole number (an id).", "present": "Must be true or false.",
        "note": "Not a field of this request."}
    nobody = api.post(url, headers=headers, json={"alumnus_id": 999999, "present": True})
    assert nobody.status_code == 422 and "No alumnus" in nobody.get_json()["error"]["fields"]["alumnus_id"]
    assert api.post(url, headers=headers, data="present").status_code == 400
    assert api.post("/api/v1/occurrences/999999/attendance", headers=headers,
                    json={"alumnus_id": person.id, "present": True}).status_code == 404
    assert db.session.scalar(db.select(Invitation)) is None

    invite_occurrence(occurrence.id)
    invitation = db.session.scalar(db.select(Invitation))
    maybe = api.post(f"/api/v1/invitations/{invitation.id}/rsvp", headers=headers, json={"rsvp": "maybe"})
    assert maybe.status_code == 422 and maybe.get_json()["error"]["fields"] == {"rsvp": "Use yes or no."}
    assert api.get(f"/api/v1/invitations/{invitation.id}", headers=headers).get_json()["rsvp"] == "none"

    queries = api.get("/api/v1/occurrences?page=0&cancelled=maybe&from=tomorrow&event=x", headers=headers)
    assert queries.status_code == 422
    assert set(queries.get_json()["error"]["fields"]) == {"page", "cancelled", "from", "event"}
    assert api.get(f"/api/v1/occurrences/{occurrence.id}/invitations?attended=sometimes",
                   headers=headers).status_code == 422
    assert api.get("/api/v1/events?cancelled=1", headers=headers).status_code == 422
    assert api.get("/api/v1/events/999999", headers=headers).status_code == 404


def test_cancelled_filters_tell_called_off_meetings_apart(api):
    make_alumnus()
    kept, called_off = meeting().occurrences[0], meeting(days_ahead=4, title="Book club").occurrences[0]
    cancel_occurrence(called_off.id)
    headers = bearer("staff")
    assert [o["id"] for o in api.get("/api/v1/occurrences?cancelled=true", headers=headers)
            .get_json()["items"]] == [called_off.id]
    assert [o["id"] for o in api.get("/api/v1/occurrences?cancelled=false", headers=headers)
            .get_json()["items"]] == [kept.id]


def test_a_read_only_token_reads_meetings_but_cannot_mark_anyone_present(api):
    person = make_alumnus()
    occurrence = meeting().occurrences[0]
    headers = bearer("coordinator", scopes=("read",))
    assert api.get(f"/api/v1/occurrences/{occurrence.id}/invitations", headers=headers).status_code == 200
    refused = api.post(f"/api/v1/occurrences/{occurrence.id}/attendance", headers=headers,
                       json={"alumnus_id": person.id, "present": True})
    assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "insufficient_scope"
    assert api.get("/api/v1/events").status_code == 401
    assert db.session.scalar(db.select(Invitation)) is None
