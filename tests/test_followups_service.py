"""Working a case: every action changes the case, writes an audit row, and refuses
mistakes in plain words without changing anything."""
from datetime import date, timedelta

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import AuditEvent, Contact, FollowUp, FollowUpReason, FollowUpStatus
from alumni.workspace import followups
from alumni.workspace.followups import CaseActionError
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus


def _case(reason=FollowUpReason.LOW_SCORE):
    alumnus = make_alumnus()
    case, _ = open_case(alumnus.id, reason)
    db.session.commit()
    return case


def _actions(case):
    return [e.action for e in db.session.scalars(db.select(AuditEvent).where(
        AuditEvent.alumnus_id == case.alumnus_id).order_by(AuditEvent.id))]


def test_claiming_gives_me_the_case_and_is_audited(db_session):
    case = _case()
    me = make_user("staff")
    followups.claim(case.id, me)
    assert db.session.get(FollowUp, case.id).assignee_id == me.id
    assert "followup.claimed" in _actions(case)


def test_a_case_someone_else_holds_cannot_be_claimed(db_session):
    case = _case()
    followups.claim(case.id, make_user("staff", name="Priya"))
    with pytest.raises(CaseActionError, match="Priya already holds"):
        followups.claim(case.id, make_user("staff"))


def test_claiming_a_crisis_acknowledges_it_and_drops_it_from_the_very_top(db_session):
    case = _case(FollowUpReason.CRISIS)
    assert case.queue_rank == 0
    followups.claim(case.id, make_user("staff"))
    case = db.session.get(FollowUp, case.id)
    assert case.acknowledged_at is not None and case.queue_rank == 1
    assert "followup.acknowledged" in _actions(case)


def test_logging_a_call_keeps_the_case_open_and_records_the_outcome(db_session):
    case = _case()
    me = make_user("staff")
    followups.log_contact(case.id, "call", "no_answer", "  rang twice ", me)
    contact = db.session.scalar(db.select(Contact))
    assert (contact.kind, contact.outcome, contact.note, contact.staff_id) == ("call", "no_answer", "rang twice", me.id)
    case = db.session.get(FollowUp, case.id)
    assert case.status == FollowUpStatus.OPEN and case.assignee_id == me.id
    assert "followup.contact_logged" in _actions(case)


def test_an_unknown_contact_outcome_is_refused(db_session):
    case = _case()
    with pytest.raises(CaseActionError, match="how the contact went"):
        followups.log_contact(case.id, "call", "fine", "", make_user("staff"))
    assert db.session.scalar(db.select(Contact)) is None


def test_resolving_closes_the_case_once(db_session):
    case = _case()
    me = make_user("staff")
    followups.resolve(case.id, "referred", "Booked an intake for Monday", me)
    case = db.session.get(FollowUp, case.id)
    assert case.status == FollowUpStatus.RESOLVED and case.outcome == "referred"
    assert "Booked an intake" in case.note
    with pytest.raises(CaseActionError, match="already resolved"):
        followups.resolve(case.id, "referred", "", me)


def test_snoozed_case_returns_on_the_chosen_morning(db_session):
    case = _case()
    followups.snooze(case.id, date.today() + timedelta(days=3), make_user("staff"))
    case = db.session.get(FollowUp, case.id)
    assert case.status == FollowUpStatus.SNOOZED
    assert followups.wake_snoozed(now=case.snooze_until - timedelta(minutes=1)) == 0
    assert followups.wake_snoozed(now=case.snooze_until) == 1
    assert db.session.get(FollowUp, case.id).status == FollowUpStatus.OPEN


def test_snoozing_into_the_past_or_an_unacknowledged_crisis_is_refused(db_session):
    me = make_user("staff")
    with pytest.raises(CaseActionError, match="after today"):
        followups.snooze(_case().id, date.today() - timedelta(days=1), me)
    with pytest.raises(CaseActionError, match="Acknowledge this crisis"):
        followups.snooze(_case(FollowUpReason.CRISIS).id, date.today() + timedelta(days=2), me)


def test_assigning_to_a_deactivated_user_is_refused(db_session):
    case = _case()
    gone = make_user("staff", active=False)
    with pytest.raises(CaseActionError, match="active staff"):
        followups.assign(case.id, gone.id, make_user("coordinator"))
    followups.assign(case.id, make_user("staff").id, make_user("coordinator"))
    assert "followup.assigned" in _actions(case)
