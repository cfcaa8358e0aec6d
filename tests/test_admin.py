"""The admin pages: the audit trail filtered by user, record and date; users and roles."""
import re
from datetime import datetime

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import AuditEvent, User
from tests.support.accounts import PASSWORD, make_user


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip()
            for row in body.split("<tr>")[1:]]


def _actions(html: str) -> list[str]:
    """The Action column of each row, newest first (the When column's words vary by clock)."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<td><code>([^<]+)</code></td>", body)


def _sign_in(client, email, password):
    return client.post("/login", data={"email": email, "password": password})


def test_audit_page_shows_successful_and_failed_sign_ins(app, login_as):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    other = app.test_client()
    _sign_in(other, "nurse@example.org", "wrong password")
    _sign_in(other, "nurse@example.org", PASSWORD)
    admin = login_as("admin", email="boss@example.org")
    html = admin.get("/admin/audit").text
    rows = _rows(html)
    # Newest first: the admin's own sign-in, then the nurse's success, then the failure.
    assert _actions(html) == ["login.success", "login.success", "login.failure"]
    assert "boss@example.org" in rows[0]
    assert "nurse@example.org" in rows[1] and "nurse@example.org" in rows[2]
    assert "127.0.0.1" in rows[2]  # the address the attempt came from


def test_filtering_by_user_includes_their_failed_sign_ins(app, login_as):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    other = app.test_client()
    _sign_in(other, "nurse@example.org", "wrong password")
    _sign_in(other, "nurse@example.org", PASSWORD)
    _sign_in(app.test_client(), "stranger@example.org", "guess")
    admin = login_as("admin", email="boss@example.org")
    rows = _rows(admin.get("/admin/audit?user=Nurse@Example.org").text)
    assert len(rows) == 2
    assert all("nurse@example.org" in r for r in rows)
    stranger = _rows(admin.get("/admin/audit?user=stranger@example.org").text)
    assert len(stranger) == 1 and "login.failure" in stranger[0]


def test_filtering_by_alumnus_shows_only_that_record(app, login_as):
    with app.test_request_context():
        audit("alumnus.read", alumnus_id=41, actor="nurse@example.org", detail={"what": "profile"})
        audit("alumnus.updated", alumnus_id=42, actor="lead@example.org")
        audit("alumnus.read", alumnus_id=42, actor="nurse@example.org")
        db.session.commit()
    admin = login_as("admin")
    rows = _rows(admin.get("/admin/audit?alumnus=42").text)
    assert len(rows) == 2
    assert all(" 42 " in f" {r} " for r in rows)
    assert "alumnus.updated" in rows[1]


def test_filtering_by_date_range_uses_whole_days(app, login_as):
    with app.app_context():
        for day in (1, 2, 3):
            db.session.add(AuditEvent(at=datetime(2025, 3, day, 23, 59), actor="system",
                                      action=f"test.day{day}"))
        db.session.commit()
    admin = login_as("admin")
    rows = _rows(admin.get("/admin/audit?from=2025-03-02&to=2025-03-02").text)
    assert len(rows) == 1 and "test.day2" in rows[0]
    assert _actions(admin.get("/admin/audit?from=2025-03-02&to=2025-03-03").text) == ["test.day3", "test.day2"]
    rows = _rows(admin.get("/admin/audit?to=2025-03-01&action=test").text)
    assert len(rows) == 1 and "test.day1" in rows[0]


def test_filters_combine_and_a_miss_says_so(app, login_as):
    with app.test_request_context():
        audit("alumnus.read", alumnus_id=7, actor="nurse@example.org")
        db.session.commit()
    admin = login_as("admin")
    page = admin.get("/admin/audit?alumnus=7&user=someone.else@example.org")
    assert "No events match." in page.text
    # The form keeps what was typed, so the admin can adjust the filter.
    assert 'value="someone.else@example.org"' in page.text and 'value="7"' in page.text


def test_a_malformed_filter_is_ignored_rather_than_an_error(login_as):
    admin = login_as("admin")
    assert admin.get("/admin/audit?alumnus=abc&from=yesterday&page=x").status_code == 200


def test_audit_page_is_for_admins_only(login_as):
    assert login_as("coordinator").get("/admin/audit").status_code == 403
    assert login_as("staff").get("/admin/audit").status_code == 403


def test_admin_adds_a_user_who_can_then_sign_in(app, login_as):
    admin = login_as("admin")
    response = admin.post("/admin/users", data={"email": "new@example.org", "name": "New Nurse",
                                                "role": "staff", "password": "a long enough password"})
    assert response.status_code == 302
    assert "new@example.org" in admin.get("/admin/users").text
    assert _sign_in(app.test_client(), "new@example.org", "a long enough password").status_code == 302
    with app.app_context():
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="user.created"))
    assert event.detail == {"email": "new@example.org", "role": "staff"}


def test_admin_adding_a_user_with_a_short_password_sees_why(app, login_as):
    admin = login_as("admin")
    response = admin.post("/admin/users", data={"email": "new@example.org", "role": "staff",
                                                "password": "short"})
    assert response.status_code == 200
    assert "Use at least 10 characters." in response.text
    with app.app_context():
        assert db.session.scalar(db.select(User).filter_by(email="new@example.org")) is None


def test_a_deactivated_user_is_signed_out_and_cannot_sign_in(app, login_as):
    nurse = login_as("staff", email="nurse@example.org")
    admin = login_as("admin")
    with app.app_context():
        nurse_id = db.session.scalar(db.select(User.id).filter_by(email="nurse@example.org"))
    assert admin.post(f"/admin/users/{nurse_id}/toggle").status_code == 302
    assert nurse.get("/").status_code == 302  # the open session no longer works
    assert _sign_in(app.test_client(), "nurse@example.org", PASSWORD).status_code == 401
    admin.post(f"/admin/users/{nurse_id}/toggle")
    assert _sign_in(app.test_client(), "nurse@example.org", PASSWORD).status_code == 302


def _user_id(app, email):
    with app.app_context():
        return db.session.scalar(db.select(User.id).filter_by(email=email))


def test_admin_changes_a_users_role_and_puts_them_on_call(app, login_as):
    login_as("staff", email="nurse@example.org")
    admin = login_as("admin", email="boss@example.org")
    nurse_id = _user_id(app, "nurse@example.org")
    response = admin.post(f"/admin/users/{nurse_id}", data={"name": "Nurse Rao", "role": "coordinator",
                                                            "phone": "098765 43210", "on_call": "y"})
    assert response.status_code == 302
    with app.app_context():
        nurse = db.session.get(User, nurse_id)
        assert (nurse.name, nurse.role, nurse.phone, nurse.on_call) == (
            "Nurse Rao", "coordinator", "+919876543210", True)
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="user.updated"))
        assert event.detail["changes"]["role"] == ["staff", "coordinator"]
    assert "+919876543210" in admin.get(f"/admin/users/{nurse_id}").text


def test_a_bad_alert_phone_is_refused_beside_the_field_and_nothing_changes(app, login_as):
    login_as("staff", email="nurse@example.org")
    admin = login_as("admin")
    nurse_id = _user_id(app, "nurse@example.org")
    response = admin.post(f"/admin/users/{nurse_id}", data={"name": "Nurse", "role": "admin", "phone": "12"})
    assert response.status_code == 200
    assert "too few or too many digits" in response.text
    with app.app_context():
        assert db.session.get(User, nurse_id).role == "staff"


def test_the_only_active_admin_cannot_give_up_the_role(app, login_as):
    admin = login_as("admin", email="boss@example.org")
    boss_id = _user_id(app, "boss@example.org")
    response = admin.post(f"/admin/users/{boss_id}", data={"name": "Boss", "role": "staff"})
    assert "only active admin" in response.text
    with app.app_context():
        assert db.session.get(User, boss_id).role == "admin"
        make_user("admin", email="deputy@example.org")
    assert admin.post(f"/admin/users/{boss_id}", data={"name": "Boss", "role": "staff"}).status_code == 302


def test_admin_sets_a_new_password_which_ends_the_users_sessions_and_lifts_a_lock(app, login_as):
    nurse = login_as("staff", email="nurse@example.org")
    admin = login_as("admin")
    nurse_id = _user_id(app, "nurse@example.org")
    for _ in range(12):  # a forgotten password, tried until the account locks
        _sign_in(app.test_client(), "nurse@example.org", "is it this one?")
    assert _sign_in(app.test_client(), "nurse@example.org", PASSWORD).status_code == 429
    short = admin.post(f"/admin/users/{nurse_id}/password", data={"password": "short"})
    assert short.status_code == 422 and "Use at least 10 characters." in short.text
    assert nurse.get("/").status_code == 200  # a refused change ends nothing
    assert admin.post(f"/admin/users/{nurse_id}/password",
                      data={"password": "a brand new passphrase"}).status_code == 302
    assert nurse.get("/").status_code == 302  # signed out everywhere
    assert _sign_in(app.test_client(), "nurse@example.org", PASSWORD).status_code == 401
    assert _sign_in(app.test_client(), "nurse@example.org", "a brand new passphrase").status_code == 302
    with app.app_context():
        assert db.session.scalar(db.select(AuditEvent).filter_by(action="password.reset")) is not None


def test_audit_events_read_as_sentences_with_labelled_details(app, login_as):
    with app.test_request_context():
        audit("user.updated", actor="lead@example.org",
              detail={"email": "nurse@example.org", "changes": {"role": ["staff", "coordinator"]}})
        audit("consent.granted", alumnus_id=9, actor="lead@example.org", detail={"channel": "sms"})
        db.session.commit()
    html = login_as("admin").get("/admin/audit?user=lead@example.org").text
    rows = _rows(html)
    assert "Recorded consent" in rows[0] and "Channel SMS" in rows[0]
    assert "Changed a user" in rows[1] and "Email nurse@example.org" in rows[1]
    assert "Changes Role: staff, coordinator" in rows[1]
    assert "<dt>Email</dt><dd>nurse@example.org</dd>" in html
    assert "{&#34;" not in html and '{"' not in html  # no JSON left for people to parse
