"""HTTP hardening a browser or a proxy would notice: headers, cookies, proxy awareness,
body limits and CSRF."""
import re

import pytest

from alumni.extensions import db
from alumni.models import AuditEvent, User
from tests.support.accounts import PASSWORD, make_user
from tests.support.client import FormClient

PAGES = ["/login", "/", "/account/password", "/admin/audit", "/admin/users"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)


def _client(app):
    app.test_client_class = FormClient
    return app.test_client()


def _sign_in(client, email, **kwargs):
    return client.post("/login", data={"email": email, "password": PASSWORD}, **kwargs)


def _set_cookie(response, name="session"):
    cookies = [c for c in response.headers.getlist("Set-Cookie") if c.startswith(f"{name}=")]
    assert cookies, f"no {name} cookie was set"
    return cookies[-1]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_carries_the_security_headers_and_no_inline_script(login_as, path):
    admin = login_as("admin")
    response = admin.get(path, follow_redirects=True)
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    html = response.text
    assert not INLINE_SCRIPT.search(html), "inline <script> would be blocked by the CSP"
    assert not INLINE_HANDLER.search(html), "inline event handlers would be blocked by the CSP"
    assert 'style="' not in html, "inline style attributes would be blocked by the CSP"


def test_error_pages_and_json_carry_the_headers_too(client):
    for response in (client.get("/no-such-page"), client.get("/healthz")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"


def test_session_cookie_is_httponly_and_samesite_lax_and_not_secure_over_plain_http(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    cookie = _set_cookie(_sign_in(client, "nurse@example.org"))
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_behind_a_trusted_proxy_https_makes_the_session_cookie_secure(app, make_app):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    proxied = _client(make_app(TRUSTED_PROXIES=1))
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9",
               "Referer": "https://localhost/login"}  # Flask-WTF checks it over https
    page = proxied.get("/login", headers=headers)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text).group(1)
    response = proxied.post(
        "/login", data={"email": "nurse@example.org", "password": PASSWORD, "csrf_token": token},
        headers=headers)
    assert response.status_code == 302
    cookie = _set_cookie(response)
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_without_trusted_proxies_a_forwarded_https_header_is_ignored(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    response = _sign_in(client, "nurse@example.org", headers={"X-Forwarded-Proto": "https"})
    assert response.status_code == 302
    assert "Secure" not in _set_cookie(response)
    assert "Strict-Transport-Security" not in response.headers


def _login_addresses(app):
    with app.app_context():
        return [e.ip for e in db.session.scalars(db.select(AuditEvent).order_by(AuditEvent.id))]


def test_behind_a_trusted_proxy_the_audit_log_records_the_client_address(app, make_app):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    proxied = _client(make_app(TRUSTED_PROXIES=1))
    response = _sign_in(proxied, "nurse@example.org", headers={"X-Forwarded-For": "203.0.113.9"},
                        environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert response.status_code == 302
    assert _login_addresses(app) == ["203.0.113.9"]


def test_without_trusted_proxies_a_forged_forwarded_for_is_not_believed(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    _sign_in(client, "nurse@example.org", headers={"X-Forwarded-For": "203.0.113.9"},
             environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert _login_addresses(app) == ["10.0.0.2"]


def test_an_oversized_form_gets_a_413_page_that_says_what_to_do(app, make_app):
    small = _client(make_app(MAX_CONTENT_LENGTH=2048))
    response = small.post("/login", data={"email": "a" * 5000 + "@example.org", "password": "x"})
    assert response.status_code == 413
    assert response.mimetype == "text/html"
    assert "too large" in response.text and "2 KB" in response.text
    assert "MAX_CONTENT_LENGTH" in response.text


def test_an_oversized_api_body_gets_a_413_json_error(app, make_app):
    small = _client(make_app(MAX_CONTENT_LENGTH=2048))
    response = small.post("/api/v1/alumni", data="{" + " " * 5000 + "}",
                          content_type="application/json")
    assert response.status_code == 413
    assert response.is_json
    assert response.json["error"]["code"] == "too_large"
    assert "2 KB" in response.json["error"]["message"]


def test_an_oversized_webhook_body_gets_a_413_before_anything_reads_it(app, make_app):
    small = _client(make_app(MAX_CONTENT_LENGTH=2048))
    response = small.post("/webhooks/twilio/sms", data={"Body": "x" * 5000})
    assert response.status_code == 413 and response.is_json


def test_a_signed_in_form_without_csrf_token_is_refused_and_changes_nothing(app, login_as):
    admin = login_as("admin")
    response = admin.post("/admin/users", data={"email": "new@example.org", "role": "staff",
                                                "password": "a long password"}, with_csrf=False)
    assert response.status_code == 400
    assert "form expired" in response.text
    with app.app_context():
        assert db.session.scalar(db.select(User).filter_by(email="new@example.org")) is None


def test_a_password_change_with_a_forged_csrf_token_is_refused(app, login_as):
    staff = login_as("staff")
    response = staff.post("/account/password", data={
        "current": PASSWORD, "new": "another long password", "confirm": "another long password",
        "csrf_token": "forged"})
    assert response.status_code == 400
    # The old password still works.
    with app.app_context():
        from alumni.accounts.accounts import password_matches
        user = db.session.scalar(db.select(User).filter_by(email=staff.user_email))
        assert password_matches(user, PASSWORD)
