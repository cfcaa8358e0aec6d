"""Check in now (button and API): the same dispatcher and send job as planned check-ins."""
from datetime import date, datetime, timedelta

import pytest
from rq import Queue

from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.jobs import OUTREACH
from alumni.models import AlumnusStatus, Channel, CheckIn, CheckInStatus, Message
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.redis_conn import get_redis
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus


def _zone_where_it_is(hour: int) -> str:
    """An Etc/GMT zone whose local hour is `hour` right now (Etc signs are inverted)."""
    offset = hour - datetime.utcnow().hour
    offset = (offset + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


@pytest.fixture
def api(app):
    def headers(role: str) -> dict:
        with app.app_context():
            user = make_user(role)
            return {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}
    return headers


def _alumnus(app, **fields) -> int:
    with app.app_context():
        ensure_default_plan()
        fields.setdefault("timezone", _zone_where_it_is(12))
        return make_alumnus(**fields).id


def test_check_in_now_queues_one_checkin_and_it_is_delivered(app, client, api, run_jobs):
    alumnus_id = _alumnus(app, first_name="Meera")
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", headers=api("coordinator"))
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert (body["status"], body["channel"], body["kind"]) == ("queued", "sms", "checkin")
    with app.app_context():
        assert Queue(OUTREACH, connection=get_redis()).get_job_ids() == [f"checkin-{body['id']}"]
    run_jobs()
    with app.app_context():
        row = db.session.get(CheckIn, body["id"])
        assert row.status in (CheckInStatus.SENT, CheckInStatus.DELIVERED)
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == row.id))
        assert "Meera" in message.body


def test_check_in_now_with_a_named_template_and_channel(app, client, api):
    alumnus_id = _alumnus(app, consent=(Channel.SMS, Channel.EMAIL))
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", json={"template": "checkin", "channel": "email"},
                           headers=api("admin"))
    assert response.status_code == 202
    assert response.get_json()["channel"] == "email"


@pytest.mark.parametrize("fields, status, code", [
    ({"status": AlumnusStatus.PAUSED}, 409, "paused"),
    ({"status": AlumnusStatus.WITHDRAWN}, 409, "withdrawn"),
    ({"consent": ()}, 422, "no_consent"),
    ({"timezone": _zone_where_it_is(23)}, 409, "quiet_hours"),
])
def test_check_in_now_is_refused_with_the_reason(app, client, api, fields, status, code):
    alumnus_id = _alumnus(app, **fields)
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", headers=api("coordinator"))
    assert response.status_code == status
    error = response.get_json()["error"]
    assert error["code"] == code and error["message"]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(CheckIn)) == 0, "nothing was created"
        assert Queue(OUTREACH, connection=get_redis()).get_job_ids() == []


def test_a_second_check_in_while_one_is_on_its_way_is_refused(app, client, api):
    alumnus_id = _alumnus(app)
    headers = api("coordinator")
    assert client.post(f"/api/v1/alumni/{alumnus_id}/checkins", headers=headers).status_code == 202
    again = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", headers=headers)
    assert (again.status_code, again.get_json()["error"]["code"]) == (409, "in_flight")


def test_unknown_template_and_bad_fields_are_422(app, client, api):
    alumnus_id = _alumnus(app)
    headers = api("coordinator")
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", json={"template": "nope"}, headers=headers)
    assert (response.status_code, response.get_json()["error"]["code"]) == (422, "unknown_template")
    # a NUL in the key names no template (PostgreSQL had answered it with a 500)
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", json={"template": "'\u0000\u0081"}, headers=headers)
    assert (response.status_code, response.get_json()["error"]["code"]) == (422, "unknown_template")
    response = client.post(f"/api/v1/alumni/{alumnus_id}/checkins", json={"channel": "pigeon", "x": 1}, headers=headers)
    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"channel", "x"}


def test_staff_may_list_but_not_send(app, client, api):
    alumnus_id = _alumnus(app)
    headers = api("staff")
    assert client.post(f"/api/v1/alumni/{alumnus_id}/checkins", headers=headers).status_code == 403
    assert client.get(f"/api/v1/alumni/{alumnus_id}/checkins", headers=headers).status_code == 200


def test_listing_shows_due_time_status_score_and_skip_reason(app, client, api):
    with app.app_context():
        plan = ensure_default_plan()
        alumnus = make_alumnus(discharge_date=date.today() - timedelta(days=5))
        attach_plan(alumnus, plan)
        db.session.commit()
        alumnus_id, steps = alumnus.id, len(plan.steps)
    response = client.get(f"/api/v1/alumni/{alumnus_id}/checkins", headers=api("staff"))
    items = response.get_json()["items"]
    assert len(items) == steps
    first = items[0]
    assert first["status"] == "skipped" and first["skip_reason"] == "enrolled late"
    assert first["plan_day"] == 1 and first["score"] is None and first["due_at"].endswith("Z")
    assert items[-1]["status"] == "scheduled"


def test_check_ins_are_in_the_openapi_document(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    item = paths["/api/v1/alumni/{alumnus_id}/checkins"]
    assert {"get", "post"} <= set(item)
    assert {"202", "409", "422"} <= set(item["post"]["responses"])


def test_deferred_check_in_waits_for_the_morning_instead_of_refusing(app):
    from alumni.delivery.checkin_now import DEFER, check_in_now
    with app.app_context():
        ensure_default_plan()
        alumnus = make_alumnus()  # Asia/Kolkata
        late = datetime(2025, 1, 10, 16, 0)  # 21:30 local
        checkin = check_in_now(alumnus, now=late, when_quiet=DEFER)
        assert (checkin.status, checkin.due_at) == (CheckInStatus.SCHEDULED, datetime(2025, 1, 11, 3, 30))
