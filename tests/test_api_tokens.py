"""API tokens: only tokens (never cookies) open /api/, within their scopes and lifetime;
admins list and revoke them; a password change or deactivation ends them."""
from datetime import timedelta

from alumni.accounts.tokens import issue_token
from alumni.extensions import db
from alumni.models import Alumnus, ApiToken, AuditEvent, User, utcnow
from tests.support.accounts import PASSWORD, make_user

NEW_ALUMNUS = {"first_name": "Asha", "phone": "98123 45678", "discharge_date": "2025-06-01",
               "language": "mr", "consent": {"sms": True, "email": False}}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def token_for(app, role="coordinator", email="ehr@example.org", **options) -> str:
    with app.app_context():
        if db.session.scalar(db.select(User).filter_by(email=email)) is None:
            make_user(role, email=email)
        return issue_token(email, "EHR sync", **options)


def stored_token(app) -> ApiToken:
    with app.app_context():
        token = db.session.scalar(db.select(ApiToken))
        db.session.expunge(token)
        return token


def test_a_signed_in_browser_gets_401_from_the_api(login_as):
    browser = login_as("coordinator")
    assert browser.get("/").status_code == 200
    response = browser.get("/api/v1/alumni")
    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthorised"
    assert browser.post("/api/v1/alumni", json=NEW_ALUMNUS).status_code == 401


def test_a_read_token_reads_but_cannot_write(app, client):
    token = token_for(app, scopes=("read",))
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 200
    refused = client.post("/api/v1/alumni", json=NEW_ALUMNUS, headers=bearer(token))
    assert refused.status_code == 403
    assert refused.json["error"]["code"] == "insufficient_scope"
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 0


def test_a_write_token_enrols(app, client):
    token = token_for(app, scopes=("read", "write"))
    assert client.post("/api/v1/alumni", json=NEW_ALUMNUS, headers=bearer(token)).status_code == 201


def test_a_token_expires_after_its_days(app, client):
    token = token_for(app, days=7)
    expires = stored_token(app).expires_at
    assert timedelta(days=7) - timedelta(minutes=1) < expires - utcnow() <= timedelta(days=7)
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 200
    with app.app_context():
        db.session.execute(db.update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
        db.session.commit()
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401


def test_a_token_lasts_90_days_unless_told_otherwise(app):
    token_for(app)
    assert timedelta(days=89, hours=23) < stored_token(app).expires_at - utcnow() <= timedelta(days=90)


def test_last_use_is_written_at_most_once_a_minute(app, client):
    token = token_for(app)
    assert stored_token(app).last_used_at is None
    client.get("/api/v1/alumni", headers=bearer(token))
    first = stored_token(app).last_used_at
    assert first is not None
    client.get("/api/v1/alumni", headers=bearer(token))
    assert stored_token(app).last_used_at == first
    with app.app_context():
        db.session.execute(db.update(ApiToken).values(last_used_at=first - timedelta(minutes=2)))
        db.session.commit()
    client.get("/api/v1/alumni", headers=bearer(token))
    assert stored_token(app).last_used_at > first - timedelta(minutes=2)


def test_tokens_list_and_revoke_on_the_command_line(app, client):
    token = token_for(app, scopes=("read",))
    runner = app.test_cli_runner()
    listed = runner.invoke(args=["tokens", "list"])
    assert listed.exit_code == 0, listed.output
    token_id = stored_token(app).id
    line = next(row for row in listed.output.splitlines() if row.startswith(f"{token_id}\t"))
    assert "\tactive\tehr@example.org\tread\t" in line and line.endswith("EHR sync")
    assert token not in listed.output
    revoked = runner.invoke(args=["tokens", "revoke", str(token_id)])
    assert revoked.exit_code == 0 and "Revoked token" in revoked.output
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401
    assert "\trevoked\t" in runner.invoke(args=["tokens", "list"]).output
    with app.app_context():
        assert db.session.scalar(db.select(AuditEvent).filter_by(action="token.revoked")).actor == "cli"


def test_tokens_create_takes_days_and_scope(app, client):
    with app.app_context():
        make_user("coordinator", email="ehr@example.org")
    result = app.test_cli_runner().invoke(args=["tokens", "create", "--user", "ehr@example.org", "--name", "reports",
                                                "--days", "30", "--scope", "read"])
    assert result.exit_code == 0, result.output
    token = result.output.split()[0]
    stored = stored_token(app)
    assert stored.scopes == "read"
    assert timedelta(days=29, hours=23) < stored.expires_at - utcnow() <= timedelta(days=30)
    assert client.post("/api/v1/alumni", json=NEW_ALUMNUS, headers=bearer(token)).status_code == 403


def test_an_admin_lists_and_revokes_tokens_on_the_admin_page(app, client, login_as):
    token = token_for(app)
    admin = login_as("admin")
    page = admin.get("/admin/tokens")
    assert page.status_code == 200
    assert "EHR sync" in page.text and "ehr@example.org" in page.text and "read write" in page.text
    assert token not in page.text
    assert 'href="/admin/tokens"' in admin.get("/").text    # in the admin menu
    response = admin.post(f"/admin/tokens/{stored_token(app).id}/revoke")
    assert response.status_code == 302
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401
    assert "revoked" in admin.get("/admin/tokens").text
    with app.app_context():
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="token.revoked"))
        assert event.actor == admin.user_email


def test_staff_cannot_open_the_token_page(login_as):
    assert login_as("staff").get("/admin/tokens").status_code == 403


def test_a_password_change_revokes_the_users_tokens(app, client, login_as):
    token = token_for(app)
    browser = app.test_client()
    assert browser.post("/login", data={"email": "ehr@example.org", "password": PASSWORD}).status_code == 302
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 200
    browser.post("/account/password", data={"current": PASSWORD, "new": "a much better passphrase",
                                            "confirm": "a much better passphrase"})
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401
    assert stored_token(app).revoked_at is not None


def test_deactivation_revokes_the_users_tokens_for_good(app, client, login_as):
    token = token_for(app)
    admin = login_as("admin")
    with app.app_context():
        user_id = db.session.scalar(db.select(User.id).filter_by(email="ehr@example.org"))
    admin.post(f"/admin/users/{user_id}/toggle")
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401
    admin.post(f"/admin/users/{user_id}/toggle")   # reactivated: a new token is needed
    assert client.get("/api/v1/alumni", headers=bearer(token)).status_code == 401
    assert "revoked" in admin.get("/admin/tokens").text
