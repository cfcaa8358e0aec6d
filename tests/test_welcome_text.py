"""A welcome text on enrolment: someone enrolled two weeks after discharge hears from the
centre the same day, through the ordinary dispatcher and send job, once, never inside
quiet hours and never without consent."""
import io
from datetime import date, datetime, timedelta

from alumni.delivery.dispatcher import dispatch_due
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInStatus, Message
from alumni.plans.plans import LATE_ENROLMENT


def _zone_where_it_is(hour: int) -> str:
    """An Etc/GMT zone whose local hour is `hour` right now (Etc signs are inverted)."""
    offset = (hour - datetime.utcnow().hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def _form(**overrides):
    data = {"first_name": "Asha", "last_name": "Kulkarni", "phone": "098123 45678", "email": "",
            "language": "en", "timezone": _zone_where_it_is(12), "preferred_hour": "10",
            "programme": "Residential", "cohort": "", "sobriety_date": "", "preferred_channel": "sms",
            "consent_sms": "y", "assigned_staff": "", "plan": "", "notes": "",
            "discharge_date": (date.today() - timedelta(days=15)).isoformat()}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def _enrol(login_as, **overrides) -> None:
    response = login_as("coordinator").post("/alumni/new", data=_form(**overrides))
    assert response.status_code == 302, response.text


def _welcomes():
    return list(db.session.scalars(db.select(CheckIn).where(CheckIn.template_key == "welcome")))


def _sent_bodies():
    return list(db.session.scalars(db.select(Message.body).where(Message.direction == "outbound")))


def test_enrolled_fifteen_days_after_discharge_the_welcome_goes_at_once_and_only_once(app, login_as, run_jobs):
    _enrol(login_as)
    with app.app_context():
        assert dispatch_due().queued == 1, "only the welcome is due; days 1-14 passed before enrolment"
    run_jobs()
    with app.app_context():
        dispatch_due(datetime.utcnow() + timedelta(minutes=5))
    run_jobs()
    with app.app_context():
        bodies = _sent_bodies()
        assert len(bodies) == 1
        assert bodies[0].startswith("Hi Asha, welcome to follow-up support from Sunrise Recovery Centre.")
        [welcome] = _welcomes()
        assert welcome.status in (CheckInStatus.SENT, CheckInStatus.DELIVERED)
        skipped = db.session.scalars(db.select(CheckIn).where(CheckIn.status == CheckInStatus.SKIPPED))
        assert {row.skip_reason for row in skipped} == {LATE_ENROLMENT}


def test_a_discreet_alumnus_is_welcomed_without_the_centre_or_the_programme(app, login_as, run_jobs):
    _enrol(login_as, discreet="y")
    with app.app_context():
        dispatch_due()
    run_jobs()
    with app.app_context():
        [body] = _sent_bodies()
        assert body.startswith("Hi Asha, just saying hello.")
        assert "Sunrise" not in body and "follow-up" not in body


def test_the_welcome_waits_for_the_morning_when_enrolled_at_night(app, login_as, run_jobs):
    _enrol(login_as, timezone=_zone_where_it_is(2))
    with app.app_context():
        dispatch_due()
    run_jobs()
    with app.app_context():
        assert _sent_bodies() == []
        [welcome] = _welcomes()
        assert welcome.status == CheckInStatus.SCHEDULED
        hours_ahead = (welcome.due_at - datetime.utcnow()).total_seconds() / 3600
        assert 6 < hours_ahead < 8, "held back to 09:00 local, about seven hours from 02:00"


def test_no_consent_no_welcome(app, login_as, run_jobs):
    _enrol(login_as, consent_sms=None)
    with app.app_context():
        dispatch_due()
    run_jobs()
    with app.app_context():
        assert _welcomes() == []
        assert _sent_bodies() == []


def test_consent_on_another_channel_than_the_preferred_one_is_not_enough(app, login_as):
    _enrol(login_as, consent_sms=None, consent_email="y", email="asha@example.org")
    with app.app_context():
        assert _welcomes() == []


def test_the_csv_import_welcomes_each_consenting_row_once(app, login_as, run_jobs):
    client = login_as("coordinator")
    discharged = (date.today() - timedelta(days=15)).isoformat()
    zone = _zone_where_it_is(12)
    text = ("first_name,last_name,phone,language,timezone,discharge_date,consent_sms\n"
            f"Ravi,Patil,98123 45611,en,{zone},{discharged},yes\n"
            f"Meena,Shah,98123 45612,en,{zone},{discharged},no\n")
    upload = client.post("/alumni/import", data={"file": (io.BytesIO(text.encode()), "alumni.csv")},
                         content_type="multipart/form-data")
    client.post(upload.headers["Location"] + "/confirm", data={})
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 2
        [welcome] = _welcomes()
        assert db.session.get(Alumnus, welcome.alumnus_id).first_name == "Ravi"
        dispatch_due()
    run_jobs()
    with app.app_context():
        [body] = _sent_bodies()
        assert body.startswith("Hi Ravi, welcome")
