"""Supporters as a coordinator meets them: a mistyped phone on the profile keeps what was
typed and says what is wrong beside the field; the enrolment form records one supporter
with the graduate, or none when its fields are left empty."""
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, Supporter
from tests.support.factories import make_alumnus


def _enrolment(**overrides):
    data = {"first_name": "Asha", "last_name": "Kulkarni", "phone": "098123 45678", "email": "asha@example.org",
            "language": "en", "timezone": "Asia/Kolkata", "preferred_hour": "10", "programme": "Residential",
            "cohort": "June 2025", "discharge_date": (date.today() - timedelta(days=1)).isoformat(),
            "preferred_channel": "sms", "consent_sms": "y", "assigned_staff": "", "plan": ""}
    data.update(overrides)
    return data


def _supporters(app):
    with app.app_context():
        return db.session.scalars(db.select(Supporter).order_by(Supporter.id)).all()


def test_a_wrong_phone_keeps_the_typed_name_and_relation_and_explains_beside_the_field(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
    coordinator = login_as("coordinator")
    response = coordinator.post(f"/alumni/{alumnus_id}/supporters", data={
        "name": "Sunita Rao", "relation": "mother", "phone": "12"})
    assert response.status_code == 422
    page = response.text
    assert 'value="Sunita Rao"' in page and 'value="mother"' in page and 'value="12"' in page
    assert '<details open>' in page, "the form stays open so the error is seen"
    assert 'id="phone-error"' in page and 'aria-invalid="true"' in page
    assert _supporters(app) == []
    fixed = coordinator.post(f"/alumni/{alumnus_id}/supporters", data={
        "name": "Sunita Rao", "relation": "mother", "phone": "98123 45670"})
    assert fixed.status_code == 302
    [supporter] = _supporters(app)
    assert (supporter.name, supporter.relation, supporter.phone) == ("Sunita Rao", "mother", "+919812345670")


def test_enrolment_records_one_supporter_with_the_graduate(app, login_as):
    coordinator = login_as("coordinator")
    assert "A supporter (optional)" in coordinator.get("/alumni/new").text
    response = coordinator.post("/alumni/new", data=_enrolment(
        supporter_name="Sunita", supporter_relation="mother", supporter_phone="98123 45670",
        supporter_may_contact="y"))
    assert response.status_code == 302
    [supporter] = _supporters(app)
    with app.app_context():
        alumnus = db.session.scalar(db.select(Alumnus))
        assert supporter.alumnus_id == alumnus.id and supporter.may_contact is True
        assert supporter.phone == "+919812345670" and supporter.relation == "mother"
        assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "supporter.added",
                                                             AuditEvent.alumnus_id == alumnus.id))
    profile = coordinator.get(response.headers["Location"]).text
    assert "Sunita" in profile and "may be contacted" in profile
    assert "A supporter (optional)" not in coordinator.get(f"/alumni/{alumnus.id}/edit").text


def test_enrolment_without_a_supporter_records_none(app, login_as):
    coordinator = login_as("coordinator")
    assert coordinator.post("/alumni/new", data=_enrolment()).status_code == 302
    assert _supporters(app) == []


def test_a_bad_supporter_phone_at_enrolment_saves_nothing_and_keeps_every_field(app, login_as):
    coordinator = login_as("coordinator")
    response = coordinator.post("/alumni/new", data=_enrolment(supporter_name="Sunita", supporter_phone="12"))
    assert response.status_code == 422
    assert 'id="supporter_phone-error"' in response.text
    assert 'value="Sunita"' in response.text and 'value="Asha"' in response.text
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 0
    assert _supporters(app) == []
