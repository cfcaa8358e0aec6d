"""The demo `make run` seeds: a few weeks of history a newcomer can look at and try, made by
the real enrolment and inbound code, and seeded once."""
from __future__ import annotations

from alumni.extensions import db
from alumni.models import (
    Alumnus,
    CheckIn,
    Direction,
    Event,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Invitation,
    MentorMatch,
    Message,
    Rsvp,
)
from alumni.operations.demo import seed_demo


def _count(model) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(model))


def _alumnus(first_name: str) -> Alumnus:
    return db.session.scalar(db.select(Alumnus).filter_by(first_name=first_name))


def test_the_demo_queue_has_an_open_crisis_a_call_back_and_a_low_score(app, login_as):
    with app.app_context():
        assert seed_demo()
        open_cases = {(case.alumnus.first_name, case.reason) for case in db.session.scalars(
            db.select(FollowUp).where(FollowUp.status == FollowUpStatus.OPEN))}
    assert ("Meera", FollowUpReason.CRISIS) in open_cases
    assert ("Asha", FollowUpReason.CALLBACK) in open_cases
    assert ("Ravi", FollowUpReason.LOW_SCORE) in open_cases
    queue = login_as("staff").get("/workspace/").text
    assert "Nobody needs follow-up" not in queue
    assert queue.index("Meera Iyer") < queue.index("Ravi Sharma"), "the crisis is on top"


def test_the_demo_replies_in_english_hindi_and_marathi_went_through_the_inbound_pipeline(app_context):
    seed_demo()
    replies = db.session.scalars(db.select(Message).filter_by(direction=Direction.INBOUND)).all()
    bodies = {m.body for m in replies}
    assert {"मला फोन करा", "3 थोड़ा मुश्किल है", "4 - back at work this week"} <= bodies
    assert all(m.alumnus_id and m.handling and m.provider_id.startswith("demo-") for m in replies)
    ravi = _alumnus("Ravi")
    scores = [c.score for c in db.session.scalars(db.select(CheckIn).where(
        CheckIn.alumnus_id == ravi.id, CheckIn.score.is_not(None)).order_by(CheckIn.due_at))]
    assert scores == [4, 3, 1]
    # The sent check-ins are history: weeks ago, and each has its outbound message.
    sent = db.session.scalars(db.select(Message).filter_by(direction=Direction.OUTBOUND,
                                                            alumnus_id=ravi.id)).all()
    assert len(sent) >= 5 and min(m.created_at for m in sent) < max(m.created_at for m in sent)


def test_the_demo_has_a_meeting_with_rsvps_and_a_mentor_match(app_context):
    seed_demo()
    assert _count(Event) == 1
    rsvps = {i.alumnus.first_name: i.rsvp for i in db.session.scalars(db.select(Invitation))}
    assert rsvps["Ravi"] == Rsvp.YES and rsvps["Sunil"] == Rsvp.YES and rsvps["राहुल"] == Rsvp.YES
    assert rsvps["Meera"] == Rsvp.NO
    match = db.session.scalar(db.select(MentorMatch))
    assert (match.mentor.first_name, match.mentee.first_name) == ("राहुल", "Asha") and match.ended_at is None


def test_seeding_the_demo_twice_adds_nothing(app_context):
    assert seed_demo()
    counts = [_count(model) for model in (Alumnus, CheckIn, Message, FollowUp, Event, Invitation, MentorMatch)]
    assert seed_demo() is None
    assert [_count(model) for model in (Alumnus, CheckIn, Message, FollowUp, Event, Invitation, MentorMatch)] == counts


def test_the_demo_outbox_shows_the_history_with_a_reply_box(app, login_as):
    with app.app_context():
        seed_demo()
    outbox = login_as("coordinator").get("/outbox").text
    assert "Nothing recorded yet" not in outbox
    assert "Reply as this alumnus" in outbox and "Ravi Sharma" in outbox
