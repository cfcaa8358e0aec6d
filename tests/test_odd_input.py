"""Odd input gets a clear answer, never a server error: digits that are not ASCII ("²" passes
str.isdigit and then fails int), numbers too big for the database, JSON nested thousands
deep. The API answers in its error shape; a page answers with the plain error page (or, for
a filter it cannot read, as if the filter were not there, as it always has)."""
import json

import pytest

from alumni.accounts.tokens import issue_token
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

ODD_NUMBERS = ["²", "٣", "1²", "99999999999999999999999", "0", "-1", "1e3", " 7", "9" * 5000]
DEEP_ARRAY = "[" * 100_000 + "]" * 100_000


def _deep_object(levels: int) -> str:
    return '{"first_name": ' * levels + '"Asha"' + "}" * levels


@pytest.fixture
def api(app):
    with app.app_context():
        user = make_user("admin")
        headers = {"Authorization": f"Bearer {issue_token(user.email, 'test')}"}
        alumnus_id = make_alumnus().id
    client = app.test_client()
    client.alumnus_id = alumnus_id

    def call(method, url, **kwargs):
        return client.open(url.format(id=alumnus_id), method=method, headers=headers, **kwargs)
    return call


def _api_error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    error = response.get_json()["error"]
    assert error["code"] == code and error["message"] and set(error) <= {"code", "message", "fields"}
    return error


# --- the API's query arguments: its documented 422, naming the argument --------------------

@pytest.mark.parametrize("value", ODD_NUMBERS)
@pytest.mark.parametrize("url, name", [("/api/v1/alumni?page=", "page"), ("/api/v1/followups?page=", "page"),
                                       ("/api/v1/followups?alumnus=", "alumnus")])
def test_the_api_names_an_odd_number_in_a_query_argument(api, url, name, value):
    error = _api_error(api("GET", url + value), 422, "invalid")
    assert name in error["fields"]


def test_an_api_address_that_matches_nothing_is_the_api_404_whatever_its_page(api):
    response = api("GET", "/api/v1/alumni/-1/invitations?page=100001")
    _api_error(response, 404, "not_found")


def test_the_api_still_reads_a_plain_page_and_alumnus(api):
    assert api("GET", "/api/v1/alumni?page=1").status_code == 200
    assert api("GET", "/api/v1/followups?alumnus={id}&page=1").get_json()["items"] == []


# --- JSON bodies nested too deep: a 400 in the API's shape --------------------------------

@pytest.mark.parametrize("method, url", [("POST", "/api/v1/alumni"), ("PATCH", "/api/v1/alumni/{id}"),
                                         ("POST", "/api/v1/alumni/{id}/checkins")])
@pytest.mark.parametrize("body", [DEEP_ARRAY, _deep_object(5_000), _deep_object(40)])
def test_a_json_body_nested_too_deep_is_a_400_in_the_api_shape(api, method, url, body):
    _api_error(api(method, url, data=body, content_type="application/json"), 400, "bad_request")


def test_a_json_body_nested_a_few_levels_is_read_as_before(api):
    body = json.dumps({"first_name": "Asha", "consent": {"sms": True}})
    response = api("PATCH", "/api/v1/alumni/{id}", data=body, content_type="application/json")
    assert response.status_code == 200 and response.get_json()["first_name"] == "Asha"


def test_the_template_preview_refuses_a_json_body_nested_too_deep(login_as):
    admin = login_as("admin")
    response = admin.post("/plans/templates/preview", data=DEEP_ARRAY, content_type="application/json")
    assert response.status_code == 400


# --- the web pages ------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/alumni/", "/admin/audit", "/workspace/", "/inbox/unknown"])
@pytest.mark.parametrize("page", ["99999999999999999999999", "100001", "9" * 5000])
def test_a_page_number_beyond_any_page_is_the_plain_400_page(login_as, url, page):
    response = login_as("admin").get(f"{url}?page={page}")
    assert response.status_code == 400
    assert response.mimetype == "text/html" and "The request could not be understood." in response.text


@pytest.mark.parametrize("url", ["/alumni/?page={v}", "/alumni/?cohort={v}", "/alumni/?staff={v}",
                                 "/alumni/?min_days={v}", "/alumni/export.csv?cohort={v}", "/admin/audit?alumnus={v}",
                                 "/admin/audit?page={v}", "/workspace/?cohort={v}", "/workspace/?page={v}",
                                 "/inbox/unknown?page={v}", "/plans/templates/new?alumnus_id={v}"])
@pytest.mark.parametrize("value", ["²", "٣", "1²", "-1", "abc"])
def test_a_filter_or_page_that_is_not_a_number_is_ignored_not_a_server_error(login_as, url, value):
    assert login_as("admin").get(url.format(v=value)).status_code == 200


def test_the_audit_filter_reads_ascii_digits_only(app, login_as):
    from alumni.core.audit import audit
    from alumni.extensions import db
    with app.test_request_context():
        audit("alumnus.read", alumnus_id=3, actor="nurse@example.org")
        db.session.commit()
    admin = login_as("admin")
    assert "nurse@example.org" in admin.get("/admin/audit?alumnus=3").text
    # "٣" is an Arabic-Indic three: it is not read as alumnus 3, so no filter applies
    # (nothing is hidden by a filter the admin did not type in ASCII).
    assert "nurse@example.org" in admin.get("/admin/audit?alumnus=٣").text
    assert "No events match." in admin.get("/admin/audit?alumnus=4").text


def test_a_plan_form_with_an_odd_step_count_is_answered_not_a_server_error(login_as):
    admin = login_as("admin")
    page = admin.get("/plans/new")
    assert page.status_code == 200
    response = admin.post("/plans/new", data={"name": "Odd", "description": "", "step_count": "²"})
    assert response.status_code < 500


def test_forms_that_take_a_record_or_person_number_answer_a_superscript_digit_without_a_500(app, login_as):
    from alumni.extensions import db
    from alumni.models import Direction, FollowUp, FollowUpReason, Message
    admin = login_as("admin")
    with app.app_context():
        alumnus = make_alumnus()
        case = FollowUp(alumnus_id=alumnus.id, reason=FollowUpReason.CALLBACK, priority=1)
        message = Message(direction=Direction.INBOUND, channel="sms", from_addr="+919800000001",
                          body="who is this", provider_id="SMunknown0001")
        db.session.add_all([case, message])
        db.session.commit()
        case_id, message_id, alumnus_id = case.id, message.id, alumnus.id
    assert admin.post(f"/workspace/cases/{case_id}/assign", data={"assignee": "²"}).status_code < 500
    linked = admin.post(f"/inbox/unknown/{message_id}/link", data={"alumnus": "²"}, follow_redirects=True)
    assert linked.status_code == 200 and "That message is no longer waiting" not in linked.get_data(as_text=True)
    assert admin.post(f"/mentors/suggest/{alumnus_id}", data={"mentor_id": "²"}).status_code < 500
    rota = admin.post("/admin/on-call", data={"user": "²", "weekday": ["²", "٣"], "start_hour": "9",
                                              "end_hour": "17"})
    assert rota.status_code == 422
