"""The `flask` commands an admin runs on the server: the main paths as real subprocesses,
the refusals through Flask's in-process CLI runner (the same commands, faster)."""
import pytest

from alumni.accounts.accounts import password_matches
from alumni.accounts.tokens import hash_token
from alumni.extensions import db
from alumni.models import ApiToken, AuditEvent, User
from alumni.web.auth.session import load_user_from_token
from tests.support.accounts import PASSWORD, make_user


def _cli(app, *args, input=None):
    with app.app_context():
        return app.test_cli_runner().invoke(args=list(args), input=input)


def _user(app, email):
    with app.app_context():
        return db.session.scalar(db.select(User).filter_by(email=email))


def test_users_create_with_password_on_stdin_makes_an_account_that_can_sign_in(app, flask_cli, client):
    result = flask_cli("users", "create", "--email", "Lead@Example.org", "--role", "coordinator",
                       "--name", "Asha", "--password-stdin", input="a long enough password\n")
    assert result.returncode == 0, result.stderr
    assert "Created lead@example.org (coordinator)" in result.stdout
    user = _user(app, "lead@example.org")
    assert user.role == "coordinator" and user.name == "Asha"
    assert user.password_hash.startswith("$argon2id$")
    response = client.post("/login", data={"email": "lead@example.org", "password": "a long enough password"})
    assert response.status_code == 302
    with app.app_context():
        created = db.session.scalar(db.select(AuditEvent).filter_by(action="user.created"))
    assert created.actor == "cli" and created.detail == {"email": "lead@example.org", "role": "coordinator"}


def test_users_create_prompts_for_the_password_twice(app, flask_cli):
    result = flask_cli("users", "create", "--email", "nurse@example.org", "--role", "staff",
                       input="a long enough password\na long enough password\n")
    assert result.returncode == 0, result.stderr
    with app.app_context():
        user = db.session.scalar(db.select(User).filter_by(email="nurse@example.org"))
        assert password_matches(user, "a long enough password")


@pytest.mark.parametrize("args, password, words", [
    (["--role", "superuser"], "a long enough password", "Invalid value for '--role'"),
    (["--role", "staff"], "short", "Use at least 10 characters"),
    (["--role", "staff", "--email", "not-an-email"], "a long enough password", "email"),
])
def test_users_create_refuses_bad_input_with_a_clear_error(app, args, password, words):
    email = [] if "--email" in args else ["--email", "nurse@example.org"]
    result = _cli(app, "users", "create", *email, *args, "--password-stdin", input=password + "\n")
    assert result.exit_code != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(User)) == 0


def test_users_create_refuses_a_duplicate_email(app):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    result = _cli(app, "users", "create", "--email", "NURSE@example.org", "--role", "admin",
                  "--password-stdin", input="a long enough password\n")
    assert result.exit_code != 0
    assert "already exists" in result.stderr and "Traceback" not in result.stderr
    assert _user(app, "nurse@example.org").role == "staff"


def test_tokens_create_prints_the_token_once_and_stores_only_its_hash(app, flask_cli):
    with app.app_context():
        make_user("coordinator", email="ehr@example.org")
    result = flask_cli("tokens", "create", "--user", "ehr@example.org", "--name", "EHR sync")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    assert token.startswith("alm_") and len(token) > 40
    assert "cannot be shown again" in result.stderr
    with app.app_context():
        stored = db.session.scalars(db.select(ApiToken)).all()
        assert len(stored) == 1
        assert stored[0].name == "EHR sync"
        assert stored[0].token_hash == hash_token(token) and token not in stored[0].token_hash
        audit = db.session.scalar(db.select(AuditEvent).filter_by(action="token.created"))
        assert token not in str(audit.detail)
    # The printed token is the one that authenticates API requests.
    with app.test_request_context("/api/v1/alumni", headers={"Authorization": f"Bearer {token}"}):
        from flask import request
        assert load_user_from_token(request).email == "ehr@example.org"
    with app.test_request_context("/api/v1/alumni", headers={"Authorization": "Bearer alm_wrong"}):
        assert load_user_from_token(request) is None


def test_tokens_create_for_an_unknown_user_is_a_clear_error(app):
    result = _cli(app, "tokens", "create", "--user", "nobody@example.org", "--name", "x")
    assert result.exit_code != 0
    assert "No user with email nobody@example.org" in result.stderr
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(ApiToken)) == 0


def test_check_services_says_both_are_reachable(flask_cli):
    result = flask_cli("check-services")
    assert result.returncode == 0, result.stderr
    assert "database and redis reachable" in result.stdout


def test_users_set_password_lets_a_locked_out_user_back_in_and_ends_old_sessions(app, flask_cli, login_as):
    old_session = login_as("staff", email="nurse@example.org")
    for _ in range(app.config["LOGIN_MAX_FAILURES"]):
        app.test_client().post("/login", data={"email": "nurse@example.org", "password": "forgotten"})
    result = flask_cli("users", "set-password", "--email", "nurse@example.org", "--password-stdin",
                       input="a brand new password\n")
    assert result.returncode == 0, result.stderr
    assert "New password set for nurse@example.org" in result.stdout
    assert old_session.get("/").status_code == 302  # signed out
    response = app.test_client().post("/login", data={"email": "nurse@example.org",
                                                      "password": "a brand new password"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(db.select(AuditEvent).filter_by(action="password.reset")).actor == "cli"


def test_users_set_password_for_an_unknown_email_or_a_short_password_is_refused(app):
    result = _cli(app, "users", "set-password", "--email", "nobody@example.org", "--password-stdin",
                  input="a brand new password\n")
    assert result.exit_code != 0 and "No user with email nobody@example.org" in result.stderr
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    result = _cli(app, "users", "set-password", "--email", "nurse@example.org", "--password-stdin",
                  input="short\n")
    assert result.exit_code != 0 and "Use at least 10 characters" in result.stderr


def test_users_reset_password_prints_a_new_password_that_works_and_the_old_one_stops(app, flask_cli, client):
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    result = flask_cli("users", "reset-password", "--email", "Nurse@example.org")
    assert result.returncode == 0, result.stderr
    new_password = result.stdout.strip().rsplit(": ", 1)[1]
    assert "no longer works" in result.stderr
    refused = client.post("/login", data={"email": "nurse@example.org", "password": PASSWORD})
    assert refused.status_code != 302
    assert client.post("/login", data={"email": "nurse@example.org", "password": new_password}).status_code == 302
    with app.app_context():
        reset = db.session.scalar(db.select(AuditEvent).filter_by(action="password.reset"))
    assert reset.actor == "cli" and reset.detail == {"email": "nurse@example.org"}


def test_users_reset_password_for_an_unknown_email_is_a_clear_error(app):
    result = _cli(app, "users", "reset-password", "--email", "nobody@example.org")
    assert result.exit_code != 0
    assert "No user with email nobody@example.org" in result.stderr and "Traceback" not in result.stderr
