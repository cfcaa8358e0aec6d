"""The JSON API v1 for alumni, with a real token from `flask tokens create`."""
from datetime import date, timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, Consent
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


@pytest.fixture
def token_for(app):
    def issue(role: str) -> dict:
        with app.app_context():
            user = make_user(role)
            return {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}
    return issue


def _enrolment(**overrides):
    body = {"first_name": "अनिता", "last_name": "देशमुख", "phone": "098123 45612", "language": "mr",
            "discharge_date": YESTERDAY, "cohort": "Batch 9", "consent": {"sms": True, "email": False}}
    body.update(overrides)
    return body


def _assert_error_shape(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert set(error) <= {"code", "message", "fields"} and error["message"]
    if code:
        assert error["code"] == code
    return error


def test_token_from_the_cli_enrols_and_the_person_is_in_the_list_and_timeline(app, flask_cli, login_as):
    with app.app_context():
        make_user("coordinator", email="ehr@example.org")
    result = flask_cli("tokens", "create", "--user", "ehr@example.org", "--name", "EHR sync")
    assert result.returncode == 0, result.stderr
    headers = {"Authorization": f"Bearer {result.stdout.strip()}"}
    client = app.test_client()
    response = client.post("/api/v1/alumni", json=_enrolment(), headers=headers)
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["phone"] == "+919812345612" and body["first_name"] == "अनिता"
    assert body["consent"] == {"sms": True, "whatsapp": False, "email": False, "milestones": False}
    assert body["plan"] and response.headers["Location"] == body["url"]

    listed = client.get("/api/v1/alumni", query_string={"phone": "+91 98123 45612"}, headers=headers).get_json()
    assert [a["id"] for a in listed["items"]] == [body["id"]]
    timeline = client.get(f"/api/v1/alumni/{body['id']}/timeline", headers=headers).get_json()
    titles = [e["title"] for e in timeline["entries"]]
    assert "Enrolled" in titles and "SMS consent given" in titles

    web = login_as("coordinator")
    assert "अनिता देशमुख" in web.get("/alumni/").text
    assert "via api" in web.get(f"/alumni/{body['id']}").text


def test_invalid_fields_get_422_with_an_error_per_field(app, token_for):
    response = app.test_client().post("/api/v1/alumni", headers=token_for("coordinator"), json=_enrolment(
        first_name="", phone="12", discharge_date="2999-01-01", preferred_hour="ten", shoe_size=9,
        consent={"sms": "yes", "fax": True}))
    error = _assert_error_shape(response, 422, "invalid")
    assert set(error["fields"]) == {"preferred_hour", "shoe_size", "consent.sms", "consent.fax"}
    second = app.test_client().post("/api/v1/alumni", headers=token_for("coordinator"), json=_enrolment(
        first_name="", phone="12", discharge_date="2999-01-01"))
    fields = _assert_error_shape(second, 422)["fields"]
    assert set(fields) == {"first_name", "phone", "discharge_date"}
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 0


@pytest.mark.parametrize("staff", ["9" * 30, "²", "１２"])
def test_a_staff_reference_that_cannot_be_an_id_is_a_422_not_a_500(app, token_for, staff):
    response = app.test_client().post("/api/v1/alumni", headers=token_for("coordinator"),
                                      json=_enrolment(assigned_staff=staff))
    assert "assigned_staff" in _assert_error_shape(response, 422)["fields"]


def test_a_duplicate_phone_is_409_naming_the_existing_record(app, token_for):
    with app.app_context():
        existing = make_alumnus(phone="+919812345612").id
    response = app.test_client().post("/api/v1/alumni", headers=token_for("admin"), json=_enrolment())
    error = _assert_error_shape(response, 409, "duplicate_phone")
    assert f"/api/v1/alumni/{existing}" in error["message"]


@pytest.mark.parametrize("payload, content_type", [("{not json", "application/json"), ("[1, 2]", "application/json"),
                                                   ("first_name=A", "application/x-www-form-urlencoded")])
def test_a_body_that_is_not_a_json_object_is_400(app, token_for, payload, content_type):
    response = app.test_client().post("/api/v1/alumni", data=payload, content_type=content_type,
                                      headers=token_for("coordinator"))
    _assert_error_shape(response, 400, "bad_request")


def test_no_token_is_401_and_a_staff_token_cannot_enrol_or_patch(app, token_for):
    client = app.test_client()
    _assert_error_shape(client.get("/api/v1/alumni"), 401)
    _assert_error_shape(client.get("/api/v1/alumni", headers={"Authorization": "Bearer alm_wrong"}), 401)
    staff = token_for("staff")
    with app.app_context():
        alumnus_id = make_alumnus().id
    assert client.get(f"/api/v1/alumni/{alumnus_id}", headers=staff).status_code == 200
    _assert_error_shape(client.post("/api/v1/alumni", json=_enrolment(), headers=staff), 403, "forbidden")
    _assert_error_shape(client.patch(f"/api/v1/alumni/{alumnus_id}", json={"language": "hi"}, headers=staff), 403)


def test_unknown_ids_and_paths_are_404_in_json(app, token_for):
    headers = token_for("coordinator")
    client = app.test_client()
    _assert_error_shape(client.get("/api/v1/alumni/999", headers=headers), 404, "not_found")
    _assert_error_shape(client.patch("/api/v1/alumni/999", json={}, headers=headers), 404)
    _assert_error_shape(client.get("/api/v1/nothing-here", headers=headers), 404)
    _assert_error_shape(client.delete("/api/v1/alumni/1", headers=headers), 405)


def test_patch_changes_only_what_is_sent_and_records_consent(app, token_for):
    with app.app_context():
        alumnus_id = make_alumnus(first_name="Ravi", language="en").id
    headers = token_for("coordinator")
    client = app.test_client()
    response = client.patch(f"/api/v1/alumni/{alumnus_id}", headers=headers,
                            json={"language": "hi", "consent": {"whatsapp": True}, "preferred_hour": 18})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["first_name"], body["language"], body["preferred_hour"]) == ("Ravi", "hi", 18)
    assert body["consent"]["whatsapp"] is True and body["consent"]["sms"] is True
    bad = client.patch(f"/api/v1/alumni/{alumnus_id}", headers=headers, json={"discharge_date": "2999-01-01"})
    assert "discharge_date" in _assert_error_shape(bad, 422)["fields"]
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).discharge_date < date.today()


def test_list_filters_by_status_and_cohort_and_pages(app, token_for):
    with app.app_context():
        for n in range(3):
            make_alumnus(first_name=f"Active{n}")
        make_alumnus(first_name="Paused", status="paused")
    headers = token_for("staff")
    client = app.test_client()
    paused = client.get("/api/v1/alumni", query_string={"status": "paused"}, headers=headers).get_json()
    assert [a["first_name"] for a in paused["items"]] == ["Paused"]
    assert client.get("/api/v1/alumni", query_string={"page": 2}, headers=headers).get_json()["items"] == []
    _assert_error_shape(client.get("/api/v1/alumni", query_string={"page": "zero"}, headers=headers), 422)
    _assert_error_shape(client.get("/api/v1/alumni", query_string={"status": "asleep"}, headers=headers), 422)


def test_api_reads_are_audited_as_the_tokens_user(app, token_for):
    with app.app_context():
        alumnus_id = make_alumnus().id
    headers = token_for("staff")
    app.test_client().get(f"/api/v1/alumni/{alumnus_id}", headers=headers)
    app.test_client().get(f"/api/v1/alumni/{alumnus_id}/timeline", headers=headers)
    with app.app_context():
        whats = [e.detail["what"] for e in db.session.scalars(db.select(AuditEvent).filter_by(
            action="alumnus.read", alumnus_id=alumnus_id))]
        assert whats == ["api record", "api timeline"]


def test_the_openapi_document_is_public_and_describes_the_alumni_paths(app):
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    expected = {"/api/v1/alumni", "/api/v1/alumni/{alumnus_id}", "/api/v1/alumni/{alumnus_id}/timeline"}
    assert expected <= set(document["paths"])


def test_an_enrolment_without_consent_records_no_consent_and_the_document_says_so(app, token_for):
    headers = token_for("coordinator")
    body = _enrolment()
    del body["consent"]
    response = app.test_client().post("/api/v1/alumni", json=body, headers=headers)
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["consent"] == {"sms": False, "whatsapp": False, "email": False, "milestones": False}
    partial = app.test_client().post("/api/v1/alumni", json=_enrolment(phone="098123 45613", consent={"email": False}),
                                     headers=headers)
    assert partial.get_json()["consent"] == {"sms": False, "whatsapp": False, "email": False, "milestones": False}
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Consent.id))) == 0
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    consent = document["components"]["schemas"]["AlumnusInput"]["properties"]["consent"]
    assert "no consent" in consent["description"]
    assert all("default" not in schema for schema in consent["properties"].values())
