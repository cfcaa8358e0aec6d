"""Sessions live on the server: a copied session cookie stops working when its session
ends (sign-out, password change, deactivation) or expires (idle, absolute lifetime)."""
from datetime import timedelta

from alumni.extensions import db
from alumni.models import User, UserSession, utcnow
from tests.support.accounts import PASSWORD
from tests.support.client import FormClient

NEW_PASSWORD = "a much better passphrase"


def copy_of(app, client):
    """Another browser holding a copy of this client's session cookie (as a thief would)."""
    thief = app.test_client()
    thief.set_cookie("session", client.get_cookie("session").value)
    return thief


def signed_in(client) -> bool:
    response = client.get("/")
    assert response.status_code in (200, 302)
    return response.status_code == 200


def sign_in(app, email, password=PASSWORD):
    client = app.test_client()
    assert client.post("/login", data={"email": email, "password": password}).status_code == 302
    return client


def move_session_back(app, email, *, started=timedelta(0), last_seen=timedelta(0)):
    with app.app_context():
        user = db.session.scalar(db.select(User).filter_by(email=email))
        for row in db.session.scalars(db.select(UserSession).filter_by(user_id=user.id)):
            row.started_at -= started
            row.last_seen_at -= last_seen
        db.session.commit()


def test_a_copied_cookie_stops_working_when_its_owner_signs_out(app, login_as):
    nurse = login_as("staff")
    thief = copy_of(app, nurse)
    assert signed_in(thief)  # the copy is as good as the original while the session lives
    assert nurse.post("/logout").status_code == 302
    assert not signed_in(thief)
    assert not signed_in(nurse)


def test_signing_out_ends_only_that_browser(app, login_as):
    phone = login_as("staff", email="nurse@example.org")
    desk = sign_in(app, "nurse@example.org")
    phone.post("/logout")
    assert signed_in(desk)


def test_a_password_change_elsewhere_ends_a_copied_cookie_and_every_other_session(app, login_as):
    desk = login_as("staff", email="nurse@example.org")
    thief = copy_of(app, desk)
    phone = sign_in(app, "nurse@example.org")
    response = phone.post("/account/password", data={"current": PASSWORD, "new": NEW_PASSWORD,
                                                     "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert signed_in(phone)          # the browser that changed it gets a new session
    assert not signed_in(desk)
    assert not signed_in(thief)
    with app.app_context():
        live = db.session.scalars(db.select(UserSession).where(UserSession.ended_at.is_(None))).all()
    assert len(live) == 1


def test_the_session_that_changed_the_password_cannot_be_reused_from_an_old_copy(app, login_as):
    nurse = login_as("staff")
    thief = copy_of(app, nurse)
    nurse.post("/account/password", data={"current": PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert signed_in(nurse)
    assert not signed_in(thief)


def test_deactivating_a_user_ends_their_sessions_and_reactivating_does_not_revive_them(app, login_as):
    nurse = login_as("staff", email="nurse@example.org")
    thief = copy_of(app, nurse)
    admin = login_as("admin")
    with app.app_context():
        user_id = db.session.scalar(db.select(User.id).filter_by(email="nurse@example.org"))
    assert admin.post(f"/admin/users/{user_id}/toggle").status_code == 302   # deactivate
    assert not signed_in(nurse) and not signed_in(thief)
    assert admin.post(f"/admin/users/{user_id}/toggle").status_code == 302   # reactivate
    assert not signed_in(nurse) and not signed_in(thief)
    assert signed_in(sign_in(app, "nurse@example.org"))


def test_a_session_idle_past_the_limit_ends(app, login_as):
    nurse = login_as("staff", email="nurse@example.org")
    idle = app.config["SESSION_IDLE_MINUTES"]
    assert idle == 30
    move_session_back(app, "nurse@example.org", started=timedelta(minutes=idle - 1),
                      last_seen=timedelta(minutes=idle - 1))
    assert signed_in(nurse)          # 29 minutes idle: still in, and the clock restarts
    move_session_back(app, "nurse@example.org", started=timedelta(minutes=idle - 1),
                      last_seen=timedelta(minutes=idle - 1))
    assert signed_in(nurse)
    move_session_back(app, "nurse@example.org", last_seen=timedelta(minutes=idle + 1))
    assert not signed_in(nurse)
    assert signed_in(sign_in(app, "nurse@example.org"))


def test_a_busy_session_still_ends_at_its_absolute_lifetime(app, login_as):
    nurse = login_as("staff", email="nurse@example.org")
    hours = app.config["SESSION_MAX_HOURS"]
    assert hours == 12
    move_session_back(app, "nurse@example.org", started=timedelta(hours=hours, minutes=-1))
    assert signed_in(nurse)
    move_session_back(app, "nurse@example.org", started=timedelta(minutes=2))
    assert not signed_in(nurse)      # used a second ago, but signed in 12 hours ago


def test_the_limits_come_from_the_settings(app, make_app):
    app = make_app(SESSION_IDLE_MINUTES=5, SESSION_MAX_HOURS=1)  # `app` above: clean tables after
    app.test_client_class = FormClient
    from tests.support.accounts import make_user
    with app.app_context():
        make_user("staff", email="nurse@example.org")
    nurse = sign_in(app, "nurse@example.org")
    move_session_back(app, "nurse@example.org", last_seen=timedelta(minutes=6))
    assert not signed_in(nurse)
    nurse = sign_in(app, "nurse@example.org")
    move_session_back(app, "nurse@example.org", started=timedelta(minutes=61))
    assert not signed_in(nurse)


def test_the_cookie_holds_a_random_key_and_the_table_only_its_hash(app, login_as):
    nurse = login_as("staff")
    with app.app_context():
        row = db.session.scalar(db.select(UserSession))
        assert row.ended_at is None and row.last_seen_at <= utcnow()
    with nurse.session_transaction() as browser:
        key = browser["sid"]
    assert len(key) >= 40 and key not in row.key_hash
