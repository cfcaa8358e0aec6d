"""Peer support end to end, through the real pieces: the coordinator's pages, the one
dispatcher, a real RQ worker sending by the console transport, and replies arriving as
signed Twilio webhooks through the real inbound pipeline."""
from datetime import date, timedelta

import pytest

from alumni.delivery.dispatcher import dispatch_due
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Event, FollowUp, Invitation, MentorMatch, Message, utcnow
from alumni.peer.event_attendance import no_shows
from alumni.peer.events import send_due_reminders
from tests.support.client import FormClient
from tests.support.delivery import outbound_to, run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, open_checkin, post_sms


@pytest.fixture(scope="module")
def peer_app(make_app, migrated):
    # No quiet hours, so what is sent does not depend on the hour the suite runs at.
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS="none")
    app.test_client_class = FormClient
    return app


@pytest.fixture
def run_jobs(app, peer_app):
    """The worker runs with peer_app's settings too: the sender asks about quiet hours again
    right before sending."""
    return lambda: run_burst_worker(peer_app)


@pytest.fixture
def peer(app, peer_app):
    """Requests go to peer_app; the test reads the database in `app`'s context, so each
    request gets a fresh app context of its own (as in production)."""
    with app.app_context():
        yield peer_app


def invitation_of(alumnus_id: int) -> Invitation:
    db.session.expire_all()
    return db.session.scalar(db.select(Invitation).where(Invitation.alumnus_id == alumnus_id))


def create_meeting(client, days_ahead: int = 3) -> int:
    response = client.post("/events/new", data={
        "title": "Sunday circle", "mode": "in_person", "place": "Community hall, Pune",
        "starts_on": (date.today() + timedelta(days=days_ahead)).isoformat(), "starts_time": "18:30",
        "duration_minutes": "90", "timezone": "Asia/Kolkata", "recurrence": "none",
        "audience": "everyone", "invite_days_before": "7"})
    assert response.status_code == 302
    occurrence_id = db.session.scalar(db.select(Event)).occurrences[0].id
    client.post(f"/events/meetings/{occurrence_id}/invite")
    return occurrence_id


def test_invite_rsvp_in_each_language_reminder_and_attendance(peer, login_as, run_jobs):
    asha = make_alumnus(first_name="Asha", language="en")
    priya = make_alumnus(first_name="Priya", language="hi")
    sunil = make_alumnus(first_name="Sunil", language="mr")
    vikas = make_alumnus(first_name="Vikas", language="mr")
    silent = make_alumnus(first_name="Nomsg", consent=())
    coordinator = login_as("coordinator", client=peer.test_client())
    occurrence_id = create_meeting(coordinator)
    run_jobs()

    assert "Sunday circle" in outbound_to(asha.id)[0] and "Reply YES or NO" in outbound_to(asha.id)[0]
    assert "हाँ या नहीं" in outbound_to(priya.id)[0]
    assert "हो किंवा नाही" in outbound_to(sunil.id)[0]
    assert outbound_to(silent.id) == []
    assert db.session.get(CheckIn, invitation_of(silent.id).checkin_id).status == CheckInStatus.SKIPPED

    replies = {asha: "Yes", priya: "हाँ", sunil: "ho", vikas: "नाही"}
    for person, text in replies.items():
        response = post_sms(peer.test_client(), text, person.phone)
        assert response.status_code == 200
    assert [invitation_of(p.id).rsvp for p in replies] == ["yes", "yes", "yes", "no"]
    assert "धन्यवाद" in (db.session.scalar(db.select(Message.reply_body).where(
        Message.alumnus_id == priya.id, Message.direction == "inbound")) or "")
    assert db.session.scalar(db.select(FollowUp)) is None  # understood, so nobody needs to read them

    # The day before: reminders to the three yeses only, through the same dispatcher and worker.
    start = invitation_of(asha.id).occurrence.starts_at
    day_before = start - timedelta(hours=23)
    with peer.app_context():  # the periodic jobs, run as at that hour
        assert send_due_reminders(day_before) == 3
        dispatch_due(day_before)
    run_jobs()
    assert "Reminder" in outbound_to(asha.id)[-1]
    assert "आठवण" in outbound_to(sunil.id)[-1]
    assert len(outbound_to(vikas.id)) == 1

    # After the reminder Sunil changes his mind by text.
    post_sms(peer.test_client(), "नाही", sunil.phone)
    assert invitation_of(sunil.id).rsvp == "no"

    # At the door, a member of staff signs Asha in on the sheet.
    staff = login_as("staff", client=peer.test_client())
    staff.post(f"/events/meetings/{occurrence_id}/sign-in", data={"alumnus_id": asha.id, "present": "1"})
    assert invitation_of(asha.id).attended

    # Once the meeting is over, Priya (yes, not present) shows as a no-show to staff.
    assert [n.alumnus_id for n in no_shows(start + timedelta(hours=3))] == [priya.id]
    occurrence = invitation_of(asha.id).occurrence
    occurrence.starts_at = utcnow() - timedelta(hours=3)  # the meeting has happened
    db.session.commit()
    page = staff.get("/events/").get_data(as_text=True)
    assert "Said yes, did not come" in page and "Priya" in page

    timeline = coordinator.get(f"/alumni/{asha.id}").get_data(as_text=True)
    assert "RSVP: YES" in timeline and "Attended a meeting" in timeline


def test_a_yes_after_a_newer_check_in_reaches_a_human(peer, login_as, run_jobs):
    person = make_alumnus(language="hi")
    coordinator = login_as("coordinator", client=peer.test_client())
    create_meeting(coordinator)
    run_jobs()
    checkin = open_checkin(person, hours_ago=0)  # a check-in sent after the invitation
    checkin.sent_at = utcnow() + timedelta(seconds=5)
    db.session.commit()
    post_sms(peer.test_client(), "haan", person.phone)
    assert invitation_of(person.id).rsvp == "none"
    case = db.session.scalar(db.select(FollowUp))
    assert case.reason == "unread_text"


def test_a_score_answers_the_check_in_even_with_an_invitation_open(peer, login_as, run_jobs):
    person = make_alumnus()
    checkin = open_checkin(person, hours_ago=5)
    coordinator = login_as("coordinator", client=peer.test_client())
    create_meeting(coordinator)
    run_jobs()
    post_sms(peer.test_client(), "4", person.phone)
    db.session.expire_all()
    assert db.session.get(CheckIn, checkin.id).score == 4
    assert invitation_of(person.id).rsvp == "none"


def test_discreet_invitation_names_neither_meeting_nor_centre(peer, login_as, run_jobs):
    person = make_alumnus(discreet=True)
    create_meeting(login_as("coordinator", client=peer.test_client()))
    run_jobs()
    (body,) = outbound_to(person.id)
    assert "Sunday circle" not in body and "Sunrise" not in body and "YES or NO" in body


def test_mentor_match_introductions_and_a_mentor_request(peer, login_as, run_jobs):
    meera = make_alumnus(first_name="Meera", language="mr", programme="Residential",
                         sobriety_date=date.today() - timedelta(days=900))
    ravi = make_alumnus(first_name="Ravi", language="mr", programme="Residential")
    coordinator = login_as("coordinator", client=peer.test_client())
    coordinator.post(f"/mentors/profile/{meera.id}", data={
        "consent": "y", "trained_on": "2025-01-10", "capacity": "2", "languages": ["mr"],
        "area": "Pune", "active": "y"})
    page = coordinator.get(f"/mentors/suggest/{ravi.id}?area=Pune").get_data(as_text=True)
    assert "Meera" in page and "Speaks Marathi" in page and "Same area (Pune)" in page
    coordinator.post(f"/mentors/suggest/{ravi.id}", data={"mentor_id": str(meera.id), "area": "Pune",
                                                          "share_number": "y"})
    assert db.session.scalar(db.select(MentorMatch)).mentor_id == meera.id
    run_jobs()

    (to_ravi,) = outbound_to(ravi.id)
    (to_meera,) = outbound_to(meera.id)
    assert "Meera" in to_ravi and meera.phone in to_ravi and "MENTOR" in to_ravi
    assert "Ravi" in to_meera and ravi.phone in to_meera

    response = post_sms(peer.test_client(), "MENTOR", ravi.phone)
    assert "धन्यवाद" in response.get_data(as_text=True)
    case = db.session.scalar(db.select(FollowUp))
    assert (case.alumnus_id, case.reason, case.status) == (ravi.id, "mentor_request", "open")
    with peer.app_context():
        dispatch_due()  # the periodic dispatcher's next run
    run_jobs()
    request_text = outbound_to(meera.id)[-1]
    assert "Ravi" in request_text and ravi.phone in request_text

    timeline = coordinator.get(f"/alumni/{ravi.id}").get_data(as_text=True)
    assert "Matched with peer mentor Meera" in timeline


def test_a_cancelled_meeting_is_texted_to_those_invited_and_its_unsent_texts_stop(peer, login_as, run_jobs):
    yes = make_alumnus(first_name="Asha", language="en")
    no = make_alumnus(first_name="Vikas", language="mr")
    quiet = make_alumnus(first_name="Meera", language="hi")
    coordinator = login_as("coordinator", client=peer.test_client())
    occurrence_id = create_meeting(coordinator)
    run_jobs()
    post_sms(peer.test_client(), "yes", yes.phone)
    post_sms(peer.test_client(), "नाही", no.phone)
    late = make_alumnus(first_name="Late")  # invited after the others; the text has not gone yet
    coordinator.post(f"/events/meetings/{occurrence_id}/invite")
    late_invite = invitation_of(late.id).checkin_id

    unconfirmed = coordinator.post(f"/events/meetings/{occurrence_id}/cancel", follow_redirects=True)
    assert "tick the box" in unconfirmed.get_data(as_text=True)
    assert invitation_of(yes.id).occurrence.cancelled_at is None
    page = coordinator.post(f"/events/meetings/{occurrence_id}/cancel", data={"confirm": "y"},
                            follow_redirects=True).get_data(as_text=True)
    assert "2 people are being told" in page and "Cancelled on" in page
    run_jobs()

    assert "Sunday circle" in outbound_to(yes.id)[-1] and "is cancelled" in outbound_to(yes.id)[-1]
    assert "रद्द" in outbound_to(quiet.id)[-1]      # heard of it, never answered: told in Hindi
    assert len(outbound_to(no.id)) == 1              # said no: only the invitation
    assert outbound_to(late.id) == []                # the invitation that had not gone was stopped
    assert db.session.get(CheckIn, late_invite).status == "cancelled"
    # A YES to a cancelled meeting is not an RSVP: a person reads it.
    post_sms(peer.test_client(), "yes", quiet.phone)
    assert invitation_of(quiet.id).rsvp == "none"
    again = coordinator.post(f"/events/meetings/{occurrence_id}/cancel", data={"confirm": "y"},
                             follow_redirects=True).get_data(as_text=True)
    assert "already cancelled" in again


def test_cancelling_a_weekly_meeting_stops_its_future_dates(peer, login_as):
    coordinator = login_as("coordinator", client=peer.test_client())
    response = coordinator.post("/events/new", data={
        "title": "Thursday group", "mode": "online", "link": "https://meet.example.org/t",
        "starts_on": (date.today() + timedelta(days=2)).isoformat(), "starts_time": "19:00",
        "duration_minutes": "60", "timezone": "Asia/Kolkata", "recurrence": "weekly",
        "audience": "everyone", "invite_days_before": "3"})
    assert response.status_code == 302
    event = db.session.scalar(db.select(Event))
    assert len(event.occurrences) > 4
    coordinator.post(f"/events/{event.id}/cancel", data={"confirm": "y"})
    db.session.expire_all()
    event = db.session.get(Event, event.id)
    assert event.cancelled_at is not None
    assert all(o.cancelled_at is not None for o in event.occurrences)
    from alumni.peer.events import send_due_invitations
    with peer.app_context():
        assert send_due_invitations(utcnow() + timedelta(days=30)) == 0  # no new dates, no invitations
    assert "no further dates" in coordinator.get(f"/events/{event.id}").get_data(as_text=True)
