"""Cases are readable by integrators: GET /api/v1/followups with its filters."""
from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.models import AuditEvent
from alumni.replies.inbound import InboundMessage, handle_inbound
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import new_sid, open_checkin


def bearer(role="staff"):
    user = make_user(role)
    return {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}


def reply(alumnus, body):
    handle_inbound(InboundMessage("sms", new_sid(), alumnus.phone, "+15005550006", body))


def test_cases_list_with_reason_priority_status_and_the_opening_message(app):
    client = app.test_client()
    with app.app_context():
        headers = bearer()
        asha, ravi = make_alumnus(), make_alumnus()
        open_checkin(asha)
        reply(asha, "1")
        reply(ravi, "I want to die")
        body = client.get("/api/v1/followups", headers=headers).get_json()
        assert body["total"] == 2
        first, second = body["items"]
        assert (first["reason"], first["priority"], first["status"]) == ("crisis", 0, "open")
        assert first["message"]["body"] == "I want to die" and first["alumnus_id"] == ravi.id
        assert (second["reason"], second["alumnus_id"], second["message"]["body"]) == ("low_score", asha.id, "1")
        only_asha = client.get(f"/api/v1/followups?alumnus={asha.id}", headers=headers).get_json()
        assert [c["reason"] for c in only_asha["items"]] == ["low_score"]
        assert client.get("/api/v1/followups?reason=crisis&status=open", headers=headers).get_json()["total"] == 1
        assert client.get("/api/v1/followups?status=resolved", headers=headers).get_json()["total"] == 0
        reads = db.session.scalars(db.select(AuditEvent.alumnus_id).where(
            AuditEvent.action == "alumnus.read")).all()
        assert {asha.id, ravi.id} <= set(reads)


def test_bad_filters_get_422_naming_each_one(app):
    with app.app_context():
        response = app.test_client().get("/api/v1/followups?reason=bored&status=x&alumnus=abc",
                                         headers=bearer())
        assert response.status_code == 422
        assert set(response.get_json()["error"]["fields"]) == {"reason", "status", "alumnus"}


def test_no_token_is_401(app):
    assert app.test_client().get("/api/v1/followups").status_code == 401


def test_the_followups_path_is_in_the_openapi_document(app):
    document = app.test_client().get("/api/v1/openapi.json").get_json()
    assert "get" in document["paths"]["/api/v1/followups"]
    assert "FollowUp" in document["components"]["schemas"]
