"""A coordinator enrols a graduate through the form and finds them again."""
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn, Consent
from tests.support.factories import make_alumnus


def _form(**overrides):
    data = {"first_name": "Asha", "last_name": "Kulkarni", "phone": "098123 45678", "email": "asha@example.org",
            "language": "mr", "timezone": "Asia/Kolkata", "preferred_hour": "10", "programme": "Residential",
            "cohort": "June 2025", "discharge_date": (date.today() - timedelta(days=1)).isoformat(),
            "sobriety_date": "", "preferred_channel": "sms", "consent_sms": "y", "assigned_staff": "", "plan": "",
            "notes": "Prefers mornings"}
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def test_coordinator_enrols_by_form_and_sees_the_person_in_the_list_and_timeline(app, login_as):
    client = login_as("coordinator")
    response = client.post("/alumni/new", data=_form())
    assert response.status_code == 302
    profile = client.get(response.headers["Location"])
    assert profile.status_code == 200
    assert "Asha Kulkarni" in profile.text
    assert "+91 98123 45678" in profile.text
    assert "SMS consent given" in profile.text and "Enrolled" in profile.text
    listing = client.get("/alumni/")
    assert "Asha Kulkarni" in listing.text
    with app.app_context():
        alumnus = db.session.scalar(db.select(Alumnus))
        assert alumnus.phone == "+919812345678" and alumnus.cohort.name == "June 2025"
        assert alumnus.current_consent("sms") and not alumnus.current_consent("email")
        assert alumnus.plan_id is not None, "the default plan is attached"
        assert db.session.scalar(db.select(db.func.count(CheckIn.id)).filter_by(alumnus_id=alumnus.id)) > 0
        actions = set(db.session.scalars(db.select(AuditEvent.action).filter_by(alumnus_id=alumnus.id)))
    assert {"alumnus.enrolled", "consent.granted", "alumnus.read"} <= actions


def test_each_bad_field_is_explained_next_to_it_and_nothing_is_saved(app, login_as):
    client = login_as("coordinator")
    response = client.post("/alumni/new", data=_form(first_name="", phone="12345", email="not-an-email",
                                                     discharge_date="2999-01-01"))
    assert response.status_code == 422
    html = response.text
    assert "Nothing was saved" in html
    for field_id, words in (("first_name", "Enter the first name."),
                            ("phone", "too few or too many digits"),
                            ("email", "not a valid email address"),
                            ("discharge_date", "cannot be in the future")):
        match = re.search(rf'<p class="error" id="{field_id}-error">([^<]+)</p>', html)
        assert match and words in match.group(1), field_id
    assert 'value="not-an-email"' in html, "what was typed is kept"
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 0
        assert db.session.scalar(db.select(db.func.count(Consent.id))) == 0


def test_a_phone_already_enrolled_is_refused_with_a_link_to_that_record(app, login_as):
    with app.app_context():
        existing = make_alumnus(phone="+919812345678").id
    client = login_as("coordinator")
    response = client.post("/alumni/new", data=_form(phone="+91 98123-45678"))
    assert response.status_code == 422
    assert f'href="/alumni/{existing}"' in response.text
    assert "already belongs to" in response.text
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(Alumnus.id))) == 1


def test_a_withdrawn_alumnus_number_can_be_enrolled_again(app, login_as):
    with app.app_context():
        make_alumnus(phone="+919812345678", status="withdrawn")
    client = login_as("coordinator")
    assert client.post("/alumni/new", data=_form()).status_code == 302


def test_the_list_finds_a_phone_typed_in_any_format(app, login_as):
    with app.app_context():
        make_alumnus(first_name="Ravi", last_name="Sharma", phone="+919812345602")
        make_alumnus(first_name="Meera", last_name="Iyer", phone="+919812345603")
    client = login_as("staff")
    for typed in ("098123 45602", "+91 98123-45602", "9812345602", "45602"):
        page = client.get("/alumni/", query_string={"q": typed})
        assert "Ravi Sharma" in page.text and "Meera Iyer" not in page.text, typed
    by_name = client.get("/alumni/", query_string={"q": "meer"})
    assert "Meera Iyer" in by_name.text and "Ravi Sharma" not in by_name.text


def test_the_list_filters_and_pages(app, login_as):
    today = datetime.now(ZoneInfo("Asia/Kolkata")).date()  # the centre's today decides "days since"
    with app.app_context():
        for n in range(30):
            make_alumnus(first_name=f"Person{n:02d}", language="hi" if n % 2 else "en",
                         discharge_date=today - timedelta(days=n))
        make_alumnus(first_name="Quiet", status="paused")
    client = login_as("staff")
    first = client.get("/alumni/")
    assert "Page 1 of 2" in first.text
    hindi = client.get("/alumni/", query_string={"language": "hi"})
    assert "Person01" in hindi.text and "Person02" not in hindi.text
    paused = client.get("/alumni/", query_string={"status": "paused"})
    assert "Quiet" in paused.text and "Person01" not in paused.text
    recent = client.get("/alumni/", query_string={"max_days": "3"})
    assert "Person03" in recent.text and "Person04" not in recent.text


def test_staff_may_read_but_not_enrol_edit_or_import(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
    client = login_as("staff")
    assert client.get(f"/alumni/{alumnus_id}").status_code == 200
    assert client.get("/alumni/new").status_code == 403
    assert client.post("/alumni/new", data=_form()).status_code == 403
    assert client.get(f"/alumni/{alumnus_id}/edit").status_code == 403
    assert client.get("/alumni/import").status_code == 403
    assert client.get("/alumni/export.csv").status_code == 403
    assert "Enrol a graduate" not in client.get("/alumni/").text


def test_the_demo_centre_is_enrolled_through_the_service(app_context):
    from alumni.operations.demo import DEMO_ALUMNI, seed_demo
    assert seed_demo() is not None
    alumni = db.session.scalars(db.select(Alumnus)).all()
    assert len(alumni) == len(DEMO_ALUMNI)
    assert all(a.plan_id and a.current_consent("sms") for a in alumni)
    assert db.session.scalar(db.select(db.func.count(AuditEvent.id)).filter_by(action="alumnus.enrolled")) == 5
    from alumni.models import CheckIn, CheckInStatus
    upcoming = db.session.scalar(db.select(db.func.count(CheckIn.id)).filter_by(status=CheckInStatus.SCHEDULED))
    assert upcoming > 0, "a fresh demo has follow-up check-ins to show"


def test_a_write_refused_by_another_constraint_is_explained_not_a_server_error(app, login_as):
    """Only the phone's own index is 'already enrolled'; any other refusal is said as it is
    and nothing is saved."""
    from alumni.extensions import db
    from alumni.models import Alumnus
    refusal = "test_refuses_enrolment"
    with app.app_context():
        conn = db.session.connection()
        postgres = conn.dialect.name == "postgresql"
        conn.exec_driver_sql(
            f"ALTER TABLE alumni ADD CONSTRAINT {refusal} CHECK (first_name <> 'Asha') NOT VALID" if postgres else
            f"CREATE TRIGGER {refusal} BEFORE INSERT ON alumni BEGIN SELECT RAISE(ABORT, 'refused'); END")
        db.session.commit()
    try:
        client = login_as("coordinator")
        response = client.post("/alumni/new", data=_form(), follow_redirects=True)
        page = response.get_data(as_text=True)
        assert response.status_code == 422
        assert "conflicts with another change" in page and "already enrolled" not in page
        with app.app_context():
            assert db.session.scalar(db.select(db.func.count()).select_from(Alumnus)) == 0
    finally:
        with app.app_context():
            conn = db.session.connection()
            conn.exec_driver_sql(f"ALTER TABLE alumni DROP CONSTRAINT IF EXISTS {refusal}"
                                 if conn.dialect.name == "postgresql" else f"DROP TRIGGER IF EXISTS {refusal}")
            db.session.commit()


def _ticked_boxes(html: str) -> set[str]:
    return {name for tag in re.findall(r"<input[^>]*>", html) if 'type="checkbox"' in tag and "checked" in tag
            for name in re.findall(r'name="([^"]+)"', tag)}


def test_the_new_enrolment_form_starts_with_every_consent_box_unticked(app, login_as):
    client = login_as("coordinator")
    html = client.get("/alumni/new").text
    assert 'name="consent_sms"' in html and 'name="consent_whatsapp"' in html and 'name="consent_email"' in html
    assert _ticked_boxes(html) == set()


def test_enrolling_without_ticking_a_box_records_no_consent(app, login_as):
    client = login_as("coordinator")
    data = _form()
    del data["consent_sms"]
    response = client.post("/alumni/new", data=data)
    assert response.status_code == 302
    profile = client.get(response.headers["Location"]).text
    assert "SMS: no" in profile and "SMS consent given" not in profile
    with app.app_context():
        alumnus = db.session.scalar(db.select(Alumnus))
        assert not any(alumnus.current_consent(ch) for ch in ("sms", "whatsapp", "email"))
        assert db.session.scalar(db.select(db.func.count(Consent.id))) == 0
