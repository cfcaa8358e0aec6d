"""Plans and templates pages for admins and coordinators, and the profile's check-ins panel."""
from datetime import date, datetime, timedelta

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, MessageTemplate, Plan
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus


def _default_plan(app) -> tuple[int, list]:
    with app.app_context():
        plan = ensure_default_plan()
        return plan.id, [(s.id, s.day_offset) for s in plan.steps]


def _step_form(steps, **changes) -> dict:
    form = {"name": "Default follow-up", "description": "", "step_count": str(len(steps) + 1)}
    for i, (step_id, day) in enumerate(steps):
        form.update({f"step-{i}-id": str(step_id), f"step-{i}-day": str(day), f"step-{i}-channel": "preferred",
                     f"step-{i}-template": "checkin", f"step-{i}-window": "48", f"step-{i}-misses": "2"})
    i = len(steps)
    form.update({f"step-{i}-id": "", f"step-{i}-day": "", f"step-{i}-channel": "preferred",
                 f"step-{i}-template": "checkin", f"step-{i}-window": "48", f"step-{i}-misses": "2"})
    form.update(changes)
    return form


def test_coordinator_sees_the_default_plan_and_its_templates(app, login_as):
    _default_plan(app)
    page = login_as("coordinator").get("/plans/")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Default follow-up" in text and "1, 3, 7, 14, 30" in text
    assert ">English<" in text and ">Hindi (हिंदी)<" in text and ">Marathi (मराठी)<" in text


def test_adding_a_step_replans_the_alumni_on_the_plan(app, login_as, run_jobs):
    plan_id, steps = _default_plan(app)
    with app.app_context():
        plan = db.session.get(Plan, plan_id)
        alumnus = make_alumnus(discharge_date=date.today())
        attach_plan(alumnus, plan)
        db.session.commit()
        alumnus_id = alumnus.id
    client = login_as("admin")
    new_row = len(steps)
    response = client.post(f"/plans/{plan_id}", data=_step_form(steps, **{f"step-{new_row}-day": "2"}))
    assert response.status_code == 302
    run_jobs()
    with app.app_context():
        count = db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(
            CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED))
        assert count == len(steps) + 1


def test_removing_a_step_cancels_its_future_checkins_and_keeps_history(app, login_as, run_jobs):
    plan_id, steps = _default_plan(app)
    with app.app_context():
        alumnus = make_alumnus(discharge_date=date.today() - timedelta(days=2))
        attach_plan(alumnus, db.session.get(Plan, plan_id))
        db.session.commit()
        alumnus_id = alumnus.id
    form = _step_form(steps, **{"step-0-remove": "1", "step-4-remove": "1"})  # day 1 (past) and day 30
    assert login_as("coordinator").post(f"/plans/{plan_id}", data=form).status_code == 302
    with app.app_context():
        rows = db.session.scalars(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus_id)).all()
        assert len(rows) == len(steps), "no check-in row is deleted"
        assert sum(r.status == CheckInStatus.CANCELLED for r in rows) == 1
        day_one = [r for r in rows if r.skip_reason == "enrolled late"]
        assert len(day_one) == 1 and day_one[0].plan_step_id is None


def test_a_bad_step_is_refused_with_the_reason_and_nothing_changes(app, login_as):
    plan_id, steps = _default_plan(app)
    response = login_as("coordinator").post(f"/plans/{plan_id}", data=_step_form(steps, **{"step-1-day": "-4"}))
    assert response.status_code == 422
    assert "step 2 day" in response.get_data(as_text=True)
    with app.app_context():
        assert [s.day_offset for s in db.session.get(Plan, plan_id).steps] == [d for _, d in steps]


def test_a_template_that_does_not_render_is_refused_with_the_reason(app, login_as):
    _default_plan(app)
    with app.app_context():
        template_id = db.session.scalar(db.select(MessageTemplate.id).where(MessageTemplate.language == "en"))
    client = login_as("admin")
    response = client.post(f"/plans/templates/{template_id}",
                           data={"body": "Hi {{ phone_number }}", "subject": "", "action": "save"})
    assert response.status_code == 422
    assert "phone_number" in response.get_data(as_text=True)
    ok = client.post(f"/plans/templates/{template_id}",
                     data={"body": "Hello {{ first_name }}, how are you? Reply 1-5.", "subject": "Hi",
                           "action": "save"})
    assert ok.status_code == 302
    with app.app_context():
        assert db.session.get(MessageTemplate, template_id).body.startswith("Hello {{ first_name }}")


def test_a_new_template_in_hindi_can_be_created(app, login_as):
    _default_plan(app)
    response = login_as("coordinator").post("/plans/templates/new", data={
        "key": "nudge", "language": "hi", "subject": "", "body": "{{ first_name }}, बस हालचाल पूछ रहे हैं।",
        "action": "save"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(db.select(MessageTemplate).where(MessageTemplate.key == "nudge")).language == "hi"


def test_live_preview_renders_for_a_chosen_alumnus_with_segments(app, login_as):
    _default_plan(app)
    with app.app_context():
        alumnus_id = make_alumnus(first_name="Kiran").id
    client = login_as("coordinator")
    headers = {"X-CSRFToken": client.fresh_csrf_token()}  # as the page's script sends it
    data = client.post("/plans/templates/preview", headers=headers,
                       json={"body": "Hi {{ first_name }} - {{ centre_name }}", "alumnus_id": alumnus_id}).get_json()
    assert data["body"] == f"Hi Kiran - {app.config['CENTRE_NAME']}"
    assert (data["encoding"], data["segments"], data["too_long"]) == ("GSM-7", 1, False)
    discreet = client.post("/plans/templates/preview", headers=headers,
                           json={"body": "Hi {{ first_name }}{% if centre_name %} - {{ centre_name }}{% endif %}",
                                 "alumnus_id": alumnus_id, "discreet": True}).get_json()
    assert discreet["body"] == "Hi Kiran"
    hindi = client.post("/plans/templates/preview", headers=headers, json={"body": "नमस्ते " * 40}).get_json()
    assert hindi["encoding"] == "UCS-2" and hindi["segments"] == 5 and hindi["too_long"]


def test_preview_page_warns_above_three_segments(app, login_as):
    _default_plan(app)
    page = login_as("admin").post("/plans/templates/new", data={
        "key": "long", "language": "en", "body": "word " * 120, "action": "preview"})
    text = page.get_data(as_text=True)
    assert "4 SMS segments" in text and "More than 3 segments" in text


def test_profile_panel_lists_checkins_and_check_in_now_sends(app, login_as):
    _default_plan(app)
    with app.app_context():
        plan = ensure_default_plan()
        offset = (12 - datetime.utcnow().hour + 12) % 24 - 12   # a zone where it is about noon
        zone = "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"
        alumnus = make_alumnus(discharge_date=date.today() - timedelta(days=2), timezone=zone)
        attach_plan(alumnus, plan)
        db.session.commit()
        alumnus_id = alumnus.id
    client = login_as("coordinator")
    page = client.get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "Check-ins" in page and "not sent: enrolled after this step" in page and "Check in now" in page
    response = client.post(f"/plans/alumni/{alumnus_id}/check-in", follow_redirects=True)
    assert "Check-in queued" in response.get_data(as_text=True)
    again = client.post(f"/plans/alumni/{alumnus_id}/check-in", follow_redirects=True)
    assert "already on its way" in again.get_data(as_text=True)


def test_staff_see_the_panel_without_the_button(app, login_as):
    _default_plan(app)
    with app.app_context():
        alumnus_id = make_alumnus().id
    page = login_as("staff").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "Check-ins" in page and "Check in now" not in page
