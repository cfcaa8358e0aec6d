"""The meetings pages as coordinators and staff use them."""
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import AuditEvent, Cohort, Event, Invitation
from tests.support.factories import make_alumnus


def _create(client, **fields):
    data = {"title": "Sunday circle", "mode": "in_person", "place": "Community hall",
            "starts_on": (date.today() + timedelta(days=5)).isoformat(), "starts_time": "18:30",
            "duration_minutes": "90", "timezone": "Asia/Kolkata", "recurrence": "weekly",
            "audience": "everyone", "invite_days_before": "7"}
    data.update(fields)
    return client.post("/events/new", data=data)


def test_coordinator_creates_a_weekly_meeting_and_sends_invitations(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        person_id = make_alumnus(first_name="Asha").id
    response = _create(coordinator)
    assert response.status_code == 302
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        occurrence_id = event.occurrences[0].id
        assert event.recurrence == "weekly"
    page = coordinator.get(f"/events/{event.id}").get_data(as_text=True)
    assert "Sunday circle" in page and "18:30" in page
    response = coordinator.post(f"/events/meetings/{occurrence_id}/invite", follow_redirects=True)
    assert "1 invitation queued" in response.get_data(as_text=True)
    page = coordinator.get(f"/events/meetings/{occurrence_id}").get_data(as_text=True)
    with app.app_context():
        invitation = db.session.scalar(db.select(Invitation))
        assert invitation.alumnus_id == person_id
        # Due now: already queued, or held until the end of the alumnus's quiet hours,
        # depending on the hour the suite runs at.
        status = invitation.checkin.status
    assert status in ("scheduled", "queued")
    shown = "<td>Waiting to send (goes out " if status == "scheduled" else "<td>About to send</td>"
    assert "Asha" in page and shown in page


def test_a_meeting_without_a_place_is_refused_in_plain_words(app, login_as):
    coordinator = login_as("coordinator")
    response = _create(coordinator, place="")
    assert response.status_code == 200
    assert "Say where the meeting is." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(db.select(Event)) is None


def test_staff_sign_people_in_on_the_sheet_but_cannot_create_meetings(app, login_as):
    coordinator = login_as("coordinator")
    staff = login_as("staff")
    with app.app_context():
        make_alumnus(first_name="Ravi", last_name="Kulkarni")
    _create(coordinator, recurrence="none")
    with app.app_context():
        occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
        coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    assert staff.get("/events/new").status_code == 403
    sheet = staff.get(f"/events/meetings/{occurrence_id}/sign-in?q=kulk").get_data(as_text=True)
    assert "Ravi Kulkarni" in sheet and "Mark present" in sheet
    with app.app_context():
        alumnus_id = db.session.scalar(db.select(Invitation)).alumnus_id
    response = staff.post(f"/events/meetings/{occurrence_id}/sign-in",
                          data={"alumnus_id": alumnus_id, "present": "1", "q": "kulk"}, follow_redirects=True)
    assert "Ravi Kulkarni: present" in response.get_data(as_text=True)
    with app.app_context():
        invitation = db.session.scalar(db.select(Invitation))
        assert invitation.attended
        actions = set(db.session.scalars(db.select(AuditEvent.action)))
        assert {"event.attendance", "event.sign_in_viewed"} <= actions


def test_staff_record_an_rsvp_given_by_phone(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        make_alumnus()
    _create(coordinator)
    with app.app_context():
        occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
    coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    with app.app_context():
        invitation_id = db.session.scalar(db.select(Invitation.id))
    coordinator.post(f"/events/invitations/{invitation_id}/rsvp", data={"rsvp": "yes"})
    with app.app_context():
        assert db.session.get(Invitation, invitation_id).rsvp == "yes"


def test_reports_page_draws_attendance_and_mentoring_charts(app, login_as):
    staff = login_as("staff")
    page = staff.get("/events/reports").get_data(as_text=True)
    assert page.count("<svg") == 3
    assert "Mentored vs not mentored" in page


def test_the_meeting_form_offers_tick_boxes_and_ties_place_and_link_to_the_kind(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        db.session.add(Cohort(name="Spring 2026"))
        db.session.commit()
    page = coordinator.get("/events/new").get_data(as_text=True)
    assert "multiple" not in page, "no Ctrl-click lists"
    assert 'type="checkbox" value="hi"' in page and "Spring 2026" in page
    assert page.count('name="cohorts" type="checkbox"') == 1
    assert '<div data-shown-by="mode" data-show-for="in_person hybrid">' in page
    assert '<div data-shown-by="mode" data-show-for="online hybrid">' in page
    assert "/static/js/show_when.js" in page


def test_an_online_meeting_needs_its_link_and_keeps_no_hidden_place(app, login_as):
    coordinator = login_as("coordinator")
    refused = _create(coordinator, mode="online", link="", place="Community hall")
    assert "Give the meeting link, starting with https://" in refused.get_data(as_text=True)
    _create(coordinator, mode="online", link="https://meet.example.org/circle", place="Community hall",
            audience="language", languages=["hi", "mr"])
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        assert (event.place, event.link) == ("", "https://meet.example.org/circle")
        assert event.audience_values == ["hi", "mr"]
        event_id = event.id
    page = coordinator.get(f"/events/{event_id}").get_data(as_text=True)
    assert "Online: https://meet.example.org/circle" in page and "Community hall" not in page


def test_the_rsvp_choice_starts_empty_and_recording_nothing_changes_nothing(app, login_as):
    coordinator = login_as("coordinator")
    with app.app_context():
        make_alumnus(first_name="Asha", last_name="Patil")
    _create(coordinator)
    with app.app_context():
        occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
    coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    with app.app_context():
        invitation_id = db.session.scalar(db.select(Invitation.id))
    page = coordinator.get(f"/events/meetings/{occurrence_id}").get_data(as_text=True)
    assert '<option value="" selected>Choose…</option><option value="yes">Yes</option>' in page
    response = coordinator.post(f"/events/invitations/{invitation_id}/rsvp", data={"rsvp": ""},
                                follow_redirects=True)
    assert "Nothing recorded for Asha Patil: Choose yes or no, then Record." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Invitation, invitation_id).rsvp == "none"
