"""Mentors in the API: a coordinator's system reads mentor profiles, suggestions and matches,
confirms a match (both introductions go out through the dispatcher and a real worker, as
from the page) and ends one. Staff may not: matching is for coordinators and admins. Every
person shown is a read of their record; every change is audited by the service."""
from datetime import date, timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.models import AuditEvent, CheckIn, CheckInStatus, MentorMatch
from alumni.peer.mentors import save_mentor_profile
from tests.support.accounts import make_user
from tests.support.delivery import outbound_to, run_burst_worker
from tests.support.factories import make_alumnus


@pytest.fixture(scope="module")
def peer_app(make_app, migrated):
    # No quiet hours, so whether an introduction goes now does not depend on the hour.
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


def bearer(role="coordinator", scopes=("read", "write")):
    user = make_user(role)
    return {"Authorization": f"Bearer {issue_token(user.email, 'case system', scopes=scopes)}"}


def mentor(first_name="Meera", capacity=2, **fields):
    person = make_alumnus(first_name=first_name, language="mr", programme="Residential",
                          sobriety_date=date.today() - timedelta(days=900), **fields)
    save_mentor_profile(person.id, consent=True, trained_on=date.today() - timedelta(days=30), capacity=capacity,
                        languages=["mr"], area="Pune")
    return person


def reads_of(alumnus_id: int) -> int:
    return db.session.scalar(db.select(db.func.count(AuditEvent.id)).where(
        AuditEvent.alumnus_id == alumnus_id, AuditEvent.action == "alumnus.read"))


def test_a_coordinator_finds_a_mentor_confirms_the_match_and_both_are_introduced(api, run_jobs):
    meera = mentor()
    ravi = make_alumnus(first_name="Ravi", language="mr", programme="Residential")
    headers = bearer()

    suggested = api.get(f"/api/v1/alumni/{ravi.id}/mentor-suggestions?area=Pune", headers=headers).get_json()
    (first,) = suggested["items"]
    assert first["mentor_id"] == meera.id and "Speaks Marathi" in first["reasons"]
    made = api.post("/api/v1/mentor-matches", headers=headers,
                    json={"mentee_id": ravi.id, "mentor_id": meera.id, "area": "Pune", "share_number": True})
    assert made.status_code == 201
    match = made.get_json()
    assert (match["mentor_id"], match["mentee_id"], match["ended_at"]) == (meera.id, ravi.id, None)
    assert made.headers["Location"] == match["url"] == f"/api/v1/mentor-matches/{match['id']}"
    assert match["confirmed_by"].startswith("coordinator") and "Same area (Pune)" in match["reasons"]

    run_jobs()
    (to_ravi,) = outbound_to(ravi.id)
    (to_meera,) = outbound_to(meera.id)
    assert "Meera" in to_ravi and "Ravi" in to_meera and ravi.phone in to_meera  # he agreed to share it
    matched = db.session.scalars(db.select(AuditEvent.alumnus_id).where(AuditEvent.action == "mentor.matched")).all()
    assert sorted(matched) == sorted([meera.id, ravi.id])

    assert api.get(f"/api/v1/mentor-matches/{match['id']}", headers=headers).get_json() == match
    current = api.get(f"/api/v1/mentor-matches?mentee={ravi.id}&current=true", headers=headers).get_json()
    assert [m["id"] for m in current["items"]] == [match["id"]] and current["total"] == 1
    profile = api.get(f"/api/v1/mentors/{meera.id}", headers=headers).get_json()
    assert (profile["current_mentees"], profile["capacity"], profile["languages"]) == (1, 2, ["mr"])
    listed = api.get("/api/v1/mentors?active=true", headers=headers).get_json()
    assert [p["alumnus_id"] for p in listed["items"]] == [meera.id]
    assert reads_of(ravi.id) == 3 and reads_of(meera.id) == 5


def test_ending_a_match_stops_the_mentors_nudges_and_a_second_end_is_refused(api):
    meera, ravi = mentor(), make_alumnus(first_name="Ravi", discharge_date=date.today())
    headers = bearer("admin")
    match = api.post("/api/v1/mentor-matches", headers=headers,
                     json={"mentee_id": ravi.id, "mentor_id": meera.id, "nudge_days": [7, 30]}).get_json()
    assert match["nudge_days"] == [7, 30]
    url = f"/api/v1/mentor-matches/{match['id']}/end"

    blank = api.post(url, headers=headers, json={"reason": "  "})
    assert blank.status_code == 422 and blank.get_json()["error"]["fields"] == {"reason": "Say why the match ends."}
    ended = api.post(url, headers=headers, json={"reason": "Moved to Nagpur"})
    assert ended.status_code == 200
    assert ended.get_json()["end_reason"] == "Moved to Nagpur" and ended.get_json()["ended_at"]
    db.session.expire_all()
    nudges = db.session.scalars(db.select(CheckIn).where(CheckIn.template_key == "mentor_nudge")).all()
    assert len(nudges) == 2 and {n.status for n in nudges} == {CheckInStatus.CANCELLED}
    again = api.post(url, headers=headers, json={"reason": "Twice"})
    assert again.status_code == 422 and "already ended" in again.get_json()["error"]["fields"]["reason"]
    assert api.get("/api/v1/mentor-matches?current=false", headers=headers).get_json()["total"] == 1


def test_a_match_the_rules_refuse_gets_the_reason_and_makes_nothing(api):
    meera, ravi = mentor(capacity=1), make_alumnus(first_name="Ravi")
    headers = bearer()
    kiran = make_alumnus(first_name="Kiran")
    no_profile = api.post("/api/v1/mentor-matches", headers=headers, json={"mentee_id": ravi.id,
                                                                            "mentor_id": kiran.id})
    assert no_profile.status_code == 422
    assert no_profile.get_json()["error"]["fields"] == {"match": "That person has no mentor profile."}
    himself = api.post("/api/v1/mentor-matches", headers=headers, json={"mentee_id": meera.id, "mentor_id": meera.id})
    assert himself.get_json()["error"]["fields"]["match"] == f"{meera.full_name} is the graduate."
    assert db.session.scalar(db.select(MentorMatch)) is None

    assert api.post("/api/v1/mentor-matches", headers=headers,
                    json={"mentee_id": ravi.id, "mentor_id": meera.id}).status_code == 201
    twice = api.post("/api/v1/mentor-matches", headers=headers, json={"mentee_id": ravi.id, "mentor_id": meera.id})
    assert twice.status_code == 422 and "already has a mentor" in twice.get_json()["error"]["message"]


def test_bad_input_gets_a_clear_answer(api):
    ravi = make_alumnus()
    headers = bearer()
    typed = api.post("/api/v1/mentor-matches", headers=headers,
                     json={"mentee_id": "1", "nudge_days": [7, "x"], "colour": "red"})
    assert typed.status_code == 422
    fields = typed.get_json()["error"]["fields"]
    assert fields["mentee_id"] == "Must be a whole number (an alumnus id)." and fields["mentor_id"] == "Required."
    assert "from 0 to 3650" in fields["nudge_days"] and fields["colour"] == "Not a field of this request."
    assert api.post("/api/v1/mentor-matches", headers=headers, data="ravi").status_code == 400
    assert api.post("/api/v1/mentor-matches/999999/end", headers=headers, json={"reason": "x"}).status_code == 404
    queries = api.get("/api/v1/mentor-matches?mentor=me&current=yes&page=x", headers=headers)
    assert set(queries.get_json()["error"]["fields"]) == {"mentor", "current", "page"}
    assert api.get(f"/api/v1/mentors/{ravi.id}", headers=headers).status_code == 404
    assert api.get("/api/v1/alumni/999999/mentor-suggestions", headers=headers).status_code == 404


def test_staff_and_read_only_tokens_are_refused(api):
    meera, ravi = mentor(), make_alumnus(first_name="Ravi")
    staff = bearer("staff")
    for path in ("/api/v1/mentors", f"/api/v1/mentors/{meera.id}", "/api/v1/mentor-matches",
                 f"/api/v1/alumni/{ravi.id}/mentor-suggestions"):
        refused = api.get(path, headers=staff)
        assert refused.status_code == 403 and refused.get_json()["error"]["code"] == "forbidden", path
    body = {"mentee_id": ravi.id, "mentor_id": meera.id}
    assert api.post("/api/v1/mentor-matches", headers=staff, json=body).status_code == 403
    read_only = api.post("/api/v1/mentor-matches", headers=bearer(scopes=("read",)), json=body)
    assert read_only.status_code == 403 and read_only.get_json()["error"]["code"] == "insufficient_scope"
    assert db.session.scalar(db.select(MentorMatch)) is None
    assert reads_of(meera.id) == 0 and reads_of(ravi.id) == 0
