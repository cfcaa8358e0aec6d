"""Every page that shows alumni records who saw whom: one alumnus.read row per person shown,
found by the audit log's alumnus filter like a profile view."""
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import AuditEvent, Event, MentorMatch, MentorProfile, Plan
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus


def shown(app, what: str) -> dict[int, str]:
    """alumnus id -> who saw them, for the read rows of this kind of page."""
    with app.app_context():
        events = db.session.scalars(db.select(AuditEvent).filter_by(action="alumnus.read")).all()
        return {e.alumnus_id: e.actor for e in events if (e.detail or {}).get("what") == what}


def people(app, *names: str, **fields) -> list[int]:
    with app.app_context():
        return [make_alumnus(first_name=name, **fields).id for name in names]


def test_the_alumni_list_records_each_person_on_the_page(app, login_as):
    asha, ravi = people(app, "Asha", "Ravi")
    nurse = login_as("staff")
    page = nurse.get("/alumni/")
    assert "Asha" in page.text and "Ravi" in page.text
    assert shown(app, "alumni list") == {asha: nurse.user_email, ravi: nurse.user_email}


def test_an_alumni_search_records_only_the_people_it_found(app, login_as):
    asha, _ravi = people(app, "Asha", "Ravi")
    nurse = login_as("staff")
    page = nurse.get("/alumni/?q=asha")
    assert "Asha" in page.text
    assert set(shown(app, "alumni search")) == {asha}
    with app.app_context():
        row = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.read", alumnus_id=asha))
        assert row.detail["search"] == {"q": "asha"}


def test_an_empty_list_writes_no_read_rows(app, login_as):
    login_as("staff").get("/alumni/?q=nobody")
    assert shown(app, "alumni search") == {}


def _meeting_with_invitations(app, coordinator) -> int:
    data = {"title": "Sunday circle", "mode": "in_person", "place": "Community hall",
            "starts_on": (date.today() + timedelta(days=5)).isoformat(), "starts_time": "18:30",
            "duration_minutes": "90", "timezone": "Asia/Kolkata", "recurrence": "none",
            "audience": "everyone", "invite_days_before": "7"}
    assert coordinator.post("/events/new", data=data).status_code == 302
    with app.app_context():
        occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
    coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    return occurrence_id


def test_a_meetings_invitation_page_records_the_invited(app, login_as):
    invited = set(people(app, "Asha", "Ravi"))
    coordinator = login_as("coordinator")
    occurrence_id = _meeting_with_invitations(app, coordinator)
    page = coordinator.get(f"/events/meetings/{occurrence_id}")
    assert "Asha" in page.text
    assert set(shown(app, "meeting invitations")) == invited


def test_the_sign_in_sheet_records_the_people_listed_and_searched(app, login_as):
    invited = set(people(app, "Asha", "Ravi"))
    coordinator = login_as("coordinator")
    occurrence_id = _meeting_with_invitations(app, coordinator)
    walk_in, = people(app, "Kiran")
    nurse = login_as("staff")
    nurse.get(f"/events/meetings/{occurrence_id}/sign-in")
    assert set(shown(app, "meeting sign-in sheet")) == invited
    nurse.get(f"/events/meetings/{occurrence_id}/sign-in?q=kiran")
    assert set(shown(app, "meeting sign-in sheet")) == invited | {walk_in}


def test_the_mentors_page_records_mentors_mentees_and_new_graduates(app, login_as):
    mentor, mentee, graduate = people(app, "Meera", "Sunil", "Asha", discharge_date=date.today())
    other, = people(app, "Oldtimer", discharge_date=date.today() - timedelta(days=3000))
    with app.app_context():
        db.session.add(MentorProfile(alumnus_id=mentor, consent=True, languages=["en"]))
        db.session.add(MentorMatch(mentor_id=mentor, mentee_id=mentee))
        db.session.commit()
    coordinator = login_as("coordinator")
    page = coordinator.get("/mentors/")
    assert "Meera" in page.text and "Asha" in page.text
    assert set(shown(app, "mentors list")) == {mentor, mentee, graduate}
    coordinator.get("/mentors/?q=oldtimer")
    assert other in shown(app, "mentors list")


def test_a_plans_page_records_the_people_in_its_checkin_list(app, login_as):
    with app.app_context():
        plan = ensure_default_plan()
        plan_id = plan.id
        on_plan = make_alumnus(first_name="Asha")
        attach_plan(on_plan, db.session.get(Plan, plan_id))
        db.session.commit()
        on_plan_id = on_plan.id
        not_on_plan = make_alumnus(first_name="Ravi").id
    page = login_as("coordinator").get(f"/plans/{plan_id}")
    assert "Asha" in page.text
    assert set(shown(app, "plan check-ins")) == {on_plan_id}
    assert not_on_plan not in shown(app, "plan check-ins")


def test_the_template_page_records_the_people_offered_for_a_preview(app, login_as):
    listed = set(people(app, "Asha", "Ravi"))
    admin = login_as("admin")
    page = admin.get("/plans/templates/new")
    assert "Asha" in page.text
    assert set(shown(app, "template preview people")) == listed
    assert all(actor == admin.user_email for actor in shown(app, "template preview people").values())
