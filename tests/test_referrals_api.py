"""Referrals in the API: integrators read them (a list, one alumnus's, one) and record the
next step; every read and change is audited, and a step that may not follow is refused."""
from datetime import timedelta

from alumni.accounts.tokens import issue_token
from alumni.core.centre_day import centre_today
from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus


def bearer(role="staff", scopes=("read", "write")):
    user = make_user(role)
    return {"Authorization": f"Bearer {issue_token(user.email, 'test', scopes=scopes)}"}


def test_an_integrator_refers_books_and_records_attendance_then_reads_it_back(app):
    client = app.test_client()
    with app.app_context():
        headers = bearer()
        asha = make_alumnus(first_name="Asha")
        made = client.post(f"/api/v1/alumni/{asha.id}/referrals", headers=headers,
                           json={"referred_to": "KEM de-addiction OPD", "reason": "Using again"})
        assert made.status_code == 201
        referral = made.get_json()
        assert (referral["status"], referral["referred_to"]) == ("referred", "KEM de-addiction OPD")
        assert referral["overdue"] is None
        appointment = (centre_today() + timedelta(days=3)).isoformat()
        booked = client.post(f"/api/v1/referrals/{referral['id']}/steps", headers=headers,
                             json={"step": "booked", "day": appointment, "note": "10am"})
        assert booked.status_code == 200 and booked.get_json()["appointment_on"] == appointment
        attended = client.post(f"/api/v1/referrals/{referral['id']}/steps", headers=headers, json={"step": "attended"})
        body = attended.get_json()
        assert (body["status"], body["treated_on"]) == ("attended", centre_today().isoformat())
        assert [s["step"] for s in body["steps"]] == ["referred", "booked", "attended"]

        listed = client.get("/api/v1/referrals?status=attended", headers=headers).get_json()
        assert [r["id"] for r in listed["items"]] == [referral["id"]] and listed["total"] == 1
        theirs = client.get(f"/api/v1/alumni/{asha.id}/referrals", headers=headers).get_json()
        assert [r["id"] for r in theirs["items"]] == [referral["id"]]
        assert client.get(f"/api/v1/referrals/{referral['id']}", headers=headers).get_json()["status"] == "attended"

        actions = db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.alumnus_id == asha.id)).all()
        assert actions.count("referral.step") == 2 and "referral.made" in actions
        assert actions.count("alumnus.read") >= 3


def test_a_step_that_may_not_follow_or_an_unknown_field_is_refused_and_changes_nothing(app):
    client = app.test_client()
    with app.app_context():
        headers = bearer()
        alumnus_id = make_alumnus().id
        referral = client.post(f"/api/v1/alumni/{alumnus_id}/referrals", headers=headers,
                               json={"referred_to": "OPD", "reason": "Relapse"}).get_json()
        url = f"/api/v1/referrals/{referral['id']}/steps"
        discharged = client.post(url, headers=headers, json={"step": "discharged"})
        assert discharged.status_code == 422
        assert "cannot move to discharged" in discharged.get_json()["error"]["fields"]["step"]
        assert client.post(url, headers=headers, json={"step": "booked", "colour": "red"}).status_code == 422
        assert client.post(url, headers=headers, json={"step": "booked", "day": "tomorrow"}).status_code == 422
        assert client.post(url, headers=headers, data="not json").status_code == 400
        assert client.post("/api/v1/referrals/999/steps", headers=headers, json={"step": "booked"}).status_code == 404
        assert client.get(url.replace("/steps", ""), headers=headers).get_json()["status"] == "referred"


def test_a_readmission_through_the_api_pauses_the_alumnus(app):
    client = app.test_client()
    with app.app_context():
        headers = bearer()
        alumnus_id = make_alumnus().id
        referral = client.post(f"/api/v1/alumni/{alumnus_id}/referrals", headers=headers,
                               json={"referred_to": "Ward 3", "reason": "Daily use"}).get_json()
        client.post(f"/api/v1/referrals/{referral['id']}/steps", headers=headers, json={"step": "readmitted"})
        db.session.expire_all()
        assert db.session.get(Alumnus, alumnus_id).status == "paused"


def test_a_read_only_token_reads_referrals_but_cannot_record_a_step(app):
    client = app.test_client()
    with app.app_context():
        alumnus_id = make_alumnus().id
        headers = bearer(scopes=("read",))
        assert client.get(f"/api/v1/alumni/{alumnus_id}/referrals", headers=headers).status_code == 200
        refused = client.post(f"/api/v1/alumni/{alumnus_id}/referrals", headers=headers,
                              json={"referred_to": "OPD", "reason": "Relapse"})
        assert refused.status_code == 403
