"""Signing in and out, passwords, throttling, and the audit of each."""
import re

from alumni.extensions import db
from alumni.models import AuditEvent, User
from tests.support.accounts import PASSWORD, make_user


def csrf_from(html: str) -> str:
    field = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"', html)
    return field.group(0).split('value="')[1].rstrip('"')


def test_login_page_carries_a_csrf_token_and_refuses_a_post_without_it(client):
    page = client.get("/login")
    assert page.status_code == 200
    assert 'name="csrf_token"' in page.text
    response = client.post("/login", data={"email": "a@example.org", "password": "x"}, with_csrf=False)
    # CSRF is on in tests as in production: a forged form is refused with a plain reason.
    assert response.status_code == 400
    assert "form expired" in response.text


def _login(client, email, password):
    token = csrf_from(client.get("/login").text)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token})


def test_staff_signs_in_and_the_success_is_audited(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    response = _login(client, "nurse@example.org", PASSWORD)
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    with app.app_context():
        actions = [e.action for e in db.session.scalars(db.select(AuditEvent))]
    assert actions == ["login.success"]


def test_wrong_password_is_refused_and_audited(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    response = _login(client, "nurse@example.org", "wrong password")
    assert response.status_code == 401
    assert "do not match" in response.text
    with app.app_context():
        event = db.session.scalar(db.select(AuditEvent))
    assert event.action == "login.failure" and event.actor == "nurse@example.org"


def test_repeated_failures_lock_the_account_even_with_the_right_password(app, make_app):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        _login(app.test_client(), "nurse@example.org", "wrong password")
    # A second app object stands for another web process: the count lives in Redis.
    other_process = make_app().test_client()
    response = _login(other_process, "nurse@example.org", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.text


def test_repeated_failures_from_one_address_lock_that_address(app):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    for n in range(app.config["LOGIN_MAX_FAILURES"] * 4):
        _login(app.test_client(), f"guess{n}@example.org", "wrong password")
    response = _login(app.test_client(), "nurse@example.org", PASSWORD)
    assert response.status_code == 429


def test_inactive_account_cannot_sign_in(app, client):
    with app.app_context():
        make_user("staff", email="gone@example.org", active=False)
    assert _login(client, "gone@example.org", PASSWORD).status_code == 401


def test_login_does_not_redirect_off_site(app, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    token = csrf_from(client.get("/login").text)
    response = client.post("/login?next=//evil.example/steal",
                           data={"email": "nurse@example.org", "password": PASSWORD, "csrf_token": token})
    assert response.headers["Location"] == "/"


def test_logout_signs_out(login_as):
    client = login_as("staff")
    token = csrf_from(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_changing_password_signs_out_other_sessions(app, login_as):
    first = login_as("staff", email="nurse@example.org")
    second = app.test_client()
    _login(second, "nurse@example.org", PASSWORD)
    token = csrf_from(first.get("/account/password").text)
    response = first.post("/account/password", data={
        "current": PASSWORD, "new": "a much better passphrase", "confirm": "a much better passphrase",
        "csrf_token": token})
    assert response.status_code == 302
    assert first.get("/").status_code == 200        # the session that changed it stays in
    assert second.get("/").status_code == 302       # the other one is signed out
    fresh = app.test_client()
    assert _login(fresh, "nurse@example.org", "a much better passphrase").status_code == 302


def test_password_change_with_wrong_current_password_is_refused(login_as):
    client = login_as("staff")
    token = csrf_from(client.get("/account/password").text)
    response = client.post("/account/password", data={
        "current": "not it at all", "new": "a much better passphrase",
        "confirm": "a much better passphrase", "csrf_token": token})
    assert response.status_code == 200
    assert "current password is not right" in response.text


def test_by_default_a_password_is_hashed_with_rfc_9106_parameters(app, make_app):
    from alumni.accounts.accounts import create_user
    with make_app(PASSWORD_HASH_PROFILE="RFC_9106_LOW_MEMORY").app_context():
        user = create_user("new@example.org", "staff", "long enough password")
        assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_a_password_hashed_with_other_parameters_is_hashed_again_at_the_next_sign_in(app, make_app):
    from alumni.accounts.accounts import hash_password
    with app.app_context():     # the tests' own profile, the cheapest
        user = make_user("staff", email="old@example.org")
        user.password_hash = hash_password(PASSWORD)
        db.session.commit()
        assert user.password_hash.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    default = make_app(PASSWORD_HASH_PROFILE="RFC_9106_LOW_MEMORY")
    assert _login(default.test_client(), "old@example.org", PASSWORD).status_code == 302
    with default.app_context():
        stored = db.session.scalar(db.select(User.password_hash).where(User.email == "old@example.org"))
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert _login(default.test_client(), "old@example.org", PASSWORD).status_code == 302


def test_passwords_are_stored_as_argon2id(app):
    from alumni.accounts.accounts import create_user
    with app.app_context():
        user = create_user("new@example.org", "staff", "long enough password")
        assert user.password_hash.startswith("$argon2id$")
        assert "long enough" not in user.password_hash
        assert db.session.get(User, user.id).role == "staff"
