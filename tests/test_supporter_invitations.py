"""Supporters invited to family sessions, end to end: the coordinator's meeting form, the
one dispatcher, a real RQ worker sending by the console transport, and the supporter's
YES/NO arriving as a signed Twilio webhook through the real inbound pipeline."""
from datetime import date, datetime, timedelta

import pytest

from alumni.delivery.dispatcher import dispatch_due
from alumni.extensions import db
from alumni.models import (
    CheckIn,
    CheckInStatus,
    Event,
    FollowUp,
    Invitation,
    Message,
    Supporter,
    SupporterInvitation,
)
from alumni.peer.events import cancel_occurrence, send_due_reminders
from tests.support.client import FormClient
from tests.support.delivery import run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, post_sms

MOTHER = "+919822000111"
BROTHER = "+919822000222"


@pytest.fixture(scope="module")
def peer_app(make_app, migrated):
    # No quiet hours, so what is sent does not depend on the hour the suite runs at.
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS="none")
    app.test_client_class = FormClient
    return app


@pytest.fixture
def run_jobs(app, peer_app):
    return lambda: run_burst_worker(peer_app)


@pytest.fixture
def peer(app, peer_app):
    with app.app_context():
        yield peer_app


def supporter(alumnus, name, phone=None, email=None, relation="", may_contact=True) -> Supporter:
    row = Supporter(alumnus_id=alumnus.id, name=name, relation=relation, phone=phone, email=email,
                    may_contact=may_contact)
    db.session.add(row)
    db.session.commit()
    return row


def texts_to(address: str) -> list[str]:
    db.session.expire_all()
    return list(db.session.scalars(db.select(Message.body).where(
        Message.to_addr == address, Message.direction == "outbound").order_by(Message.id)))


def invitation_of(supporter_id: int) -> SupporterInvitation:
    db.session.expire_all()
    return db.session.scalar(db.select(SupporterInvitation).where(SupporterInvitation.supporter_id == supporter_id))


def create_meeting(client, audience: str, days_ahead: int = 3) -> int:
    response = client.post("/events/new", data={
        "title": "Family evening", "mode": "in_person", "place": "Community hall, Pune",
        "starts_on": (date.today() + timedelta(days=days_ahead)).isoformat(), "starts_time": "18:30",
        "duration_minutes": "90", "timezone": "Asia/Kolkata", "recurrence": "none",
        "audience": audience, "invite_days_before": "7"})
    assert response.status_code == 302, response.get_data(as_text=True)
    occurrence_id = db.session.scalar(db.select(Event).order_by(Event.id.desc())).occurrences[0].id
    client.post(f"/events/meetings/{occurrence_id}/invite")
    return occurrence_id


def test_supporters_with_consent_are_invited_in_the_alumnus_language_and_answer_haan_by_text(
        peer, login_as, run_jobs):
    priya = make_alumnus(first_name="Priya", language="hi")
    asha = make_alumnus(first_name="Asha", language="en")
    mother = supporter(priya, "Sunita Patil", phone=MOTHER, relation="mother")
    husband = supporter(asha, "Ravi Rao", email="ravi@example.org", relation="husband")
    not_asked = supporter(asha, "Kiran Rao", phone=BROTHER, may_contact=False)
    coordinator = login_as("coordinator", client=peer.test_client())
    occurrence_id = create_meeting(coordinator, "alumni_and_supporters")
    run_jobs()

    # The alumni are invited as ever, and each supporter who may be contacted gets a text of
    # their own: greeted by name, in the alumnus's language, by SMS (email without a number).
    assert db.session.scalar(db.select(db.func.count()).select_from(Invitation)) == 2
    [to_mother] = texts_to(MOTHER)
    assert "नमस्ते Sunita" in to_mother and "Family evening" in to_mother and "हाँ या नहीं" in to_mother
    [to_husband] = texts_to("ravi@example.org")
    assert "Hi Ravi" in to_husband and "Reply YES or NO" in to_husband
    assert invitation_of(not_asked.id) is None and texts_to(BROTHER) == []
    # Sent on the supporter's behalf: the outbound row names them, the alumnus is not texted twice.
    assert db.session.scalar(db.select(Message.supporter_id).where(Message.to_addr == MOTHER)) == mother.id
    assert len([b for b in texts_to(priya.phone)]) == 1

    # The mother answers in Hindi, by text, as an alumnus would.
    response = post_sms(peer.test_client(), "HAAN", MOTHER)
    assert response.status_code == 200 and "धन्यवाद" in response.get_data(as_text=True)
    assert invitation_of(mother.id).rsvp == "yes"
    assert invitation_of(husband.id).rsvp == "none"
    assert db.session.scalar(db.select(FollowUp)) is None   # understood: nobody needs to read it
    handling = db.session.scalar(db.select(Message.handling).where(Message.from_addr == MOTHER))
    assert handling.startswith("RSVP YES from Sunita Patil (mother), a supporter")

    # The meeting's page lists the supporters' RSVPs beside the alumni's.
    page = coordinator.get(f"/events/meetings/{occurrence_id}").get_data(as_text=True)
    assert "Supporters invited" in page and "Sunita Patil (mother)" in page and "Ravi Rao (husband)" in page
    assert "Kiran Rao" not in page

    # The day before: a reminder to the supporter who said yes, through the same dispatcher.
    start = invitation_of(mother.id).occurrence.starts_at
    with peer.app_context():
        assert send_due_reminders(start - timedelta(hours=23)) == 1
        dispatch_due(start - timedelta(hours=23))
    run_jobs()
    assert "याद दिलाना" in texts_to(MOTHER)[-1] and len(texts_to("ravi@example.org")) == 1

    # After the reminder she changes her mind: NAHI.
    post_sms(peer.test_client(), "nahi", MOTHER)
    assert invitation_of(mother.id).rsvp == "no"


def test_a_supporters_only_session_invites_no_alumni_and_a_stop_before_sending_stops_the_text(
        peer, login_as, run_jobs):
    vikas = make_alumnus(first_name="Vikas", language="mr")
    mother = supporter(vikas, "Meena Jadhav", phone=MOTHER, relation="mother")
    coordinator = login_as("coordinator", client=peer.test_client())
    occurrence_id = create_meeting(coordinator, "supporters")
    assert db.session.scalar(db.select(Invitation).where(Invitation.occurrence_id == occurrence_id)) is None
    invitation = invitation_of(mother.id)
    assert invitation is not None

    # Her STOP arrives after the invitation was queued, before the worker sends it: the
    # sender asks for her consent again and the text does not go.
    post_sms(peer.test_client(), "STOP", MOTHER)
    run_jobs()
    assert [b for b in texts_to(MOTHER)] == []
    checkin = db.session.get(CheckIn, invitation.checkin_id)
    assert checkin.status == CheckInStatus.SKIPPED and "consent" in checkin.skip_reason
    assert texts_to(vikas.phone) == []   # the alumnus was not invited


def test_a_supporters_invitation_waits_for_the_end_of_the_alumnus_quiet_hours(app, peer):
    """The default quiet hours (21:00-09:00) in the alumnus's zone, asked by the dispatcher."""
    from alumni.peer.peer_messages import ensure_peer_templates
    from alumni.peer.supporter_invitations import owe_supporter_text
    alumnus = make_alumnus(first_name="Anil", timezone="Asia/Kolkata")
    mother = supporter(alumnus, "Lata", phone=MOTHER)
    night = datetime(2031, 1, 10, 17, 30)   # 23:00 in Kolkata
    ensure_peer_templates()
    checkin = owe_supporter_text(mother, "event_invitation", "invitation", night, 48)
    db.session.commit()
    report = dispatch_due(night)
    assert report.deferred == 1
    db.session.expire_all()
    assert db.session.get(CheckIn, checkin.id).due_at == datetime(2031, 1, 11, 3, 30)   # 09:00 there


def test_cancelling_a_family_session_texts_the_supporters_who_had_heard(peer, login_as, run_jobs):
    priya = make_alumnus(first_name="Priya", language="en")
    mother = supporter(priya, "Sunita Patil", phone=MOTHER)
    coordinator = login_as("coordinator", client=peer.test_client())
    occurrence_id = create_meeting(coordinator, "supporters")
    run_jobs()
    with peer.app_context():
        assert cancel_occurrence(occurrence_id) == 1
    run_jobs()
    assert "is cancelled" in texts_to(MOTHER)[-1] and "Hi Sunita" in texts_to(MOTHER)[-1]
    assert invitation_of(mother.id).rsvp == "none"


def test_removing_a_supporter_stops_their_unsent_invitation(peer, login_as):
    from alumni.records.supporters import remove_supporter
    priya = make_alumnus(first_name="Priya")
    mother = supporter(priya, "Sunita Patil", phone=MOTHER)
    coordinator = login_as("coordinator", client=peer.test_client())
    create_meeting(coordinator, "supporters")
    checkin_id = invitation_of(mother.id).checkin_id
    with peer.test_request_context():
        remove_supporter(priya, mother.id)
    db.session.expire_all()
    checkin = db.session.get(CheckIn, checkin_id)
    assert checkin.status == CheckInStatus.CANCELLED and checkin.supporter_id is None
    assert db.session.scalar(db.select(SupporterInvitation)) is None
