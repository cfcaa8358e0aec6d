"""Mentors as partners, end to end: the coordinator's match page records whether the
mentee agrees to give the mentor their number before the introductions go (without it the
mentor is given the centre's number), the one dispatcher and a real RQ worker send them;
a mentor's CONCERN, by signed webhook, opens a case on the mentee's record."""
from datetime import date, timedelta

import pytest

from alumni.extensions import db
from alumni.models import AuditEvent, Consent, FollowUp, FollowUpReason, MentorMatch, Message
from alumni.peer.mentors import confirm_match, save_mentor_profile
from tests.support.client import FormClient
from tests.support.delivery import outbound_to, run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, post_sms

CENTRE = "+91 20 5555 0100"


@pytest.fixture(scope="module")
def peer_app(make_app, migrated):
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS="none", CENTRE_CONTACT=CENTRE)
    app.test_client_class = FormClient
    return app


@pytest.fixture
def run_jobs(app, peer_app):
    return lambda: run_burst_worker(peer_app)


@pytest.fixture
def peer(app, peer_app):
    with app.app_context():
        yield peer_app


def a_mentor(first_name="Meera", language="en"):
    person = make_alumnus(first_name=first_name, language=language, sobriety_date=date.today() - timedelta(days=900))
    save_mentor_profile(person.id, consent=True, trained_on=date(2025, 1, 10), capacity=3, languages=[language],
                        area="Pune")
    return person


def match_on_the_page(peer, login_as, mentee, mentor, **extra):
    coordinator = login_as("coordinator", client=peer.test_client())
    response = coordinator.post(f"/mentors/suggest/{mentee.id}", data={"mentor_id": str(mentor.id), **extra})
    assert response.status_code == 302
    return coordinator


def test_without_the_mentees_consent_the_mentor_is_given_the_centres_number(peer, login_as, run_jobs):
    meera, ravi = a_mentor(), make_alumnus(first_name="Ravi")
    match_on_the_page(peer, login_as, ravi, meera)
    run_jobs()
    (to_meera,) = outbound_to(meera.id)
    assert "Ravi" in to_meera and CENTRE in to_meera and ravi.phone not in to_meera
    (to_ravi,) = outbound_to(ravi.id)
    assert meera.phone in to_ravi   # the mentor agreed to be a mentor: the mentee gets their number
    [consent] = db.session.scalars(db.select(Consent).where(Consent.channel == "mentor_number")).all()
    assert (consent.alumnus_id, consent.granted) == (ravi.id, False)


def test_with_the_mentees_consent_recorded_first_the_mentor_gets_their_number(peer, login_as, run_jobs):
    meera, ravi = a_mentor(language="mr"), make_alumnus(first_name="Ravi")
    match_on_the_page(peer, login_as, ravi, meera, share_number="y")
    run_jobs()
    (to_meera,) = outbound_to(meera.id)
    assert ravi.phone in to_meera and "नमस्कार" in to_meera
    consent = db.session.scalar(db.select(Consent).where(Consent.channel == "mentor_number"))
    intro_sent = db.session.scalar(db.select(Message.created_at).where(Message.alumnus_id == meera.id))
    assert consent.granted and consent.recorded_by_id is not None and consent.recorded_at <= intro_sent


def test_a_withdrawn_consent_keeps_the_number_out_of_later_texts(peer, run_jobs):
    from alumni.core.consent import record_consent
    from alumni.delivery.dispatcher import dispatch_due
    meera, ravi = a_mentor(), make_alumnus(first_name="Ravi")
    confirm_match(ravi.id, meera.id, nudge_days=[], share_number=True)
    record_consent(ravi.id, "mentor_number", False, "form")
    db.session.commit()
    post_sms(peer.test_client(), "MENTOR", ravi.phone)
    with peer.app_context():
        dispatch_due()
    run_jobs()
    request_text = outbound_to(meera.id)[-1]
    assert "Ravi" in request_text and CENTRE in request_text and ravi.phone not in request_text


@pytest.mark.parametrize("word,language,answer_word", [("CONCERN", "en", "Thank you"), ("काळजी", "mr", "धन्यवाद"),
                                                       ("CHINTA", "hi", "धन्यवाद")])
def test_a_mentors_concern_opens_a_case_on_the_mentees_record(peer, word, language, answer_word):
    meera, ravi = a_mentor(language=language), make_alumnus(first_name="Ravi")
    confirm_match(ravi.id, meera.id, nudge_days=[])
    answer = post_sms(peer.test_client(), word, meera.phone).get_data(as_text=True)
    assert answer_word in answer
    db.session.expire_all()
    [case] = db.session.scalars(db.select(FollowUp)).all()
    assert (case.alumnus_id, case.reason) == (ravi.id, FollowUpReason.CALLBACK)
    assert f"Raised by their mentor {meera.full_name}" in case.note
    message = db.session.get(Message, case.message_id)
    assert message.alumnus_id == meera.id and "CONCERN from a mentor" in message.handling
    audited = db.session.scalars(db.select(AuditEvent.alumnus_id).where(AuditEvent.action == "mentor.concern")).all()
    assert sorted(audited) == sorted([ravi.id, meera.id])


def test_with_several_mentees_concern_is_about_the_most_recent_match_unless_one_is_named(peer):
    meera = a_mentor()
    ravi, amit = make_alumnus(first_name="Ravi"), make_alumnus(first_name="Amit")
    confirm_match(ravi.id, meera.id, nudge_days=[])
    confirm_match(amit.id, meera.id, nudge_days=[])
    ravi_match = db.session.scalar(db.select(MentorMatch).where(MentorMatch.mentee_id == ravi.id))
    ravi_match.started_at -= timedelta(days=3)
    db.session.commit()

    post_sms(peer.test_client(), "CONCERN", meera.phone)
    db.session.expire_all()
    [case] = db.session.scalars(db.select(FollowUp)).all()
    assert case.alumnus_id == amit.id and ravi.full_name in case.note and "check whom" in case.note

    post_sms(peer.test_client(), "concern ravi", meera.phone)
    db.session.expire_all()
    named = db.session.scalar(db.select(FollowUp).where(FollowUp.alumnus_id == ravi.id))
    assert named.reason == FollowUpReason.CALLBACK and "check whom" not in named.note


def test_concern_from_someone_who_mentors_nobody_is_read_by_a_person(peer):
    loner = make_alumnus()
    post_sms(peer.test_client(), "CONCERN", loner.phone)
    db.session.expire_all()
    [case] = db.session.scalars(db.select(FollowUp)).all()
    assert (case.alumnus_id, case.reason) == (loner.id, FollowUpReason.UNREAD_TEXT)
