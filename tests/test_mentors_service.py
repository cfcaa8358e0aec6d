"""Mentors as a coordinator works with them: profiles, suggestions, matches, nudges, ending."""
from datetime import date, timedelta

import pytest

from alumni.extensions import db
from alumni.models import (
    AuditEvent,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    FollowUp,
    MentorMatch,
    MentorMessage,
    Plan,
    PlanStep,
    utcnow,
)
from alumni.peer.mentors import (
    MentorProblem,
    confirm_match,
    end_match,
    handle_mentor_request,
    save_mentor_profile,
    suggest_mentors,
)
from tests.support.factories import make_alumnus


def mentor(languages=("hi",), capacity=2, years=3, **kw):
    person = make_alumnus(sobriety_date=date.today() - timedelta(days=365 * years + 1),
                          discharge_date=date.today() - timedelta(days=365 * years), **kw)
    save_mentor_profile(person.id, consent=True, trained_on=date.today() - timedelta(days=30),
                        capacity=capacity, languages=list(languages), area="Pune")
    return person


def test_suggestions_rank_by_language_and_show_reasons(db_session):
    graduate = make_alumnus(language="hi", programme="Residential")
    english = mentor(languages=("en",), programme="Residential")
    hindi = mentor(languages=("hi", "en"), programme="Outpatient")
    mentor(years=0)  # not a year in recovery yet
    suggestions = suggest_mentors(graduate, area="Pune")
    assert [s.mentor_id for s in suggestions] == [hindi.id, english.id]
    assert "Speaks Hindi" in suggestions[0].reasons and "Same area (Pune)" in suggestions[0].reasons


def test_profile_needs_a_language_and_a_sane_capacity(db_session):
    person = make_alumnus()
    with pytest.raises(MentorProblem):
        save_mentor_profile(person.id, consent=True, trained_on=None, capacity=0, languages=["en"], area="")
    with pytest.raises(MentorProblem):
        save_mentor_profile(person.id, consent=True, trained_on=None, capacity=2, languages=[], area="")


def _plan_with_steps(*days):
    plan = Plan(name=f"Plan {days}", steps=[PlanStep(day_offset=d) for d in days])
    db.session.add(plan)
    db.session.commit()
    return plan


def test_confirming_a_match_owes_two_introductions_and_the_chosen_nudges(db_session):
    plan = _plan_with_steps(1, 7, 30)
    graduate = make_alumnus(language="hi", plan_id=plan.id, discharge_date=date.today())
    guide = mentor()
    match = confirm_match(graduate.id, guide.id, nudge_days=[7, 30], share_number=True)
    texts = {(m.purpose, m.checkin.alumnus_id, m.checkin.template_key, m.day_offset) for m in match.messages}
    assert texts == {("intro_mentee", graduate.id, "mentor_intro_mentee", None),
                     ("intro_mentor", guide.id, "mentor_intro_mentor", None),
                     ("nudge", guide.id, "mentor_nudge", 7), ("nudge", guide.id, "mentor_nudge", 30)}
    assert all(m.checkin.kind == CheckInKind.NOTICE for m in match.messages)
    nudge_due = sorted(m.checkin.due_at for m in match.messages if m.purpose == "nudge")
    assert nudge_due[0] > utcnow() + timedelta(days=6)
    actions = db.session.scalars(db.select(AuditEvent.alumnus_id).where(AuditEvent.action == "mentor.matched")).all()
    assert sorted(actions) == sorted([graduate.id, guide.id])


def test_a_full_mentor_or_a_second_mentor_is_refused(db_session):
    guide = mentor(capacity=1)
    first, second = make_alumnus(language="hi"), make_alumnus(language="hi")
    confirm_match(first.id, guide.id, nudge_days=[])
    with pytest.raises(MentorProblem, match="no free place"):
        confirm_match(second.id, guide.id, nudge_days=[])
    with pytest.raises(MentorProblem, match="already has a mentor"):
        confirm_match(first.id, mentor().id, nudge_days=[])


def test_ending_a_match_cancels_unsent_nudges_and_frees_the_place(db_session):
    plan = _plan_with_steps(30)
    graduate = make_alumnus(language="hi", plan_id=plan.id, discharge_date=date.today())
    guide = mentor(capacity=1)
    match = confirm_match(graduate.id, guide.id, nudge_days=[30])
    with pytest.raises(MentorProblem):
        end_match(match.id, "  ")
    end_match(match.id, "Mentor moved away")
    nudge = db.session.scalar(db.select(MentorMessage).where(MentorMessage.purpose == "nudge"))
    assert nudge.checkin.status == CheckInStatus.CANCELLED
    assert [s.mentor_id for s in suggest_mentors(make_alumnus(language="hi"))] == [guide.id]


def test_mentor_request_opens_a_case_and_texts_the_mentor(db_session):
    graduate = make_alumnus(language="mr")
    guide = mentor(languages=("mr",))
    confirm_match(graduate.id, guide.id, nudge_days=[])
    done = handle_mentor_request(graduate, message_id=None)
    db.session.commit()
    assert "texted" in done
    case = db.session.scalar(db.select(FollowUp))
    assert (case.alumnus_id, case.reason) == (graduate.id, "mentor_request")
    request = db.session.scalar(db.select(CheckIn).where(CheckIn.template_key == "mentor_request"))
    assert request.alumnus_id == guide.id


def test_mentor_request_without_a_mentor_still_reaches_staff(db_session):
    graduate = make_alumnus()
    assert "none matched" in handle_mentor_request(graduate, message_id=None)
    db.session.commit()
    assert db.session.scalar(db.select(FollowUp)).reason == "mentor_request"
    assert db.session.scalar(db.select(MentorMatch)) is None


def test_erasing_a_mentor_ends_their_matches_and_wipes_their_profile(db_session):
    from alumni.models import MentorProfile
    from alumni.records.erasure import erase_alumnus
    plan = _plan_with_steps(1, 7, 30)
    graduate = make_alumnus(language="hi", plan_id=plan.id, discharge_date=date.today())
    guide = mentor()
    match = confirm_match(graduate.id, guide.id, nudge_days=[7, 30])
    erase_alumnus(guide)
    match = db.session.get(MentorMatch, match.id)
    assert match.ended_at is not None and match.end_reason == "record erased"
    unsent_nudges = [m.checkin for m in match.messages if m.purpose == "nudge"]
    assert all(c.status == CheckInStatus.CANCELLED for c in unsent_nudges)
    profile = db.session.scalar(db.select(MentorProfile).filter_by(alumnus_id=guide.id))
    assert (profile.area, profile.notes, profile.active) == ("", None, False)
    assert suggest_mentors(graduate, area="Pune") == []
