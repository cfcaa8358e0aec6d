"""Pausing and withdrawing stop contact with a person in recovery: each asks first, says how
many check-ins stop, and needs a reason; a withdrawn record can be resumed, which plans only
what is still to come."""
import re
from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn, CheckInStatus
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.records.status_changes import WITHDRAWN_REASON
from tests.support.factories import make_alumnus


def _planned_alumnus(**fields) -> int:
    alumnus = make_alumnus(discharge_date=date.today() - timedelta(days=20), **fields)
    attach_plan(alumnus, ensure_default_plan())
    db.session.commit()
    return alumnus.id


def _count(alumnus_id, status) -> int:
    return db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.status == status))


def _rows(alumnus_id) -> dict:
    return {row.id: (row.status, row.due_at, row.skip_reason) for row in db.session.scalars(
        db.select(CheckIn).where(CheckIn.alumnus_id == alumnus_id))}


def test_withdraw_on_the_profile_is_a_link_to_a_page_that_counts_what_stops(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
        scheduled = _count(alumnus_id, CheckInStatus.SCHEDULED)
    # 20 check-in steps in the default plan, days 1, 3, 7 and 14 behind them, and the
    # recovery monitor's 12 steps (days 33 to 723) all ahead
    assert scheduled == 28
    client = login_as("coordinator")
    profile = client.get(f"/alumni/{alumnus_id}").text
    assert f'action="/alumni/{alumnus_id}/withdraw"' not in profile, "no form that withdraws in one click"
    assert f'href="/alumni/{alumnus_id}/withdraw"' in profile
    page = client.get(f"/alumni/{alumnus_id}/withdraw")
    assert page.status_code == 200
    assert "28 scheduled check-ins will be cancelled" in page.text
    assert 'name="reason"' in page.text and 'name="csrf_token"' in page.text
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active", "looking at the page changes nothing"
        assert _count(alumnus_id, CheckInStatus.SCHEDULED) == 28


def test_a_withdrawal_without_a_reason_is_refused_and_changes_nothing(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    client = login_as("coordinator")
    for data in ({}, {"reason": "   "}):
        response = client.post(f"/alumni/{alumnus_id}/withdraw", data=data)
        assert response.status_code == 422
        assert re.search(r'<p class="error" id="reason-error">Say why', response.text)
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active"
        assert _count(alumnus_id, CheckInStatus.SCHEDULED) == 28
        assert _count(alumnus_id, CheckInStatus.CANCELLED) == 0


def test_a_withdrawal_with_a_reason_cancels_the_future_and_records_why(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    client = login_as("coordinator")
    response = client.post(f"/alumni/{alumnus_id}/withdraw", data={"reason": "moved to Pune, new programme"})
    assert response.status_code == 302
    profile = client.get(response.headers["Location"]).text
    assert "Withdrawn: 28 scheduled check-ins cancelled" in profile
    assert "Withdrawn from the programme" in profile and "Reason: moved to Pune, new programme" in profile
    assert "Resume follow-up" in profile
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "withdrawn"
        assert _count(alumnus_id, CheckInStatus.SCHEDULED) == 0
        assert _count(alumnus_id, CheckInStatus.CANCELLED) == 28
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.withdrawn", alumnus_id=alumnus_id))
        assert event.detail == {"reason": "moved to Pune, new programme", "cancelled": 28}


def test_resume_follow_up_plans_only_what_is_still_to_come_and_keeps_the_past(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    client = login_as("coordinator")
    client.post(f"/alumni/{alumnus_id}/withdraw", data={"reason": "asked us to stop for now"})
    with app.app_context():
        # Three weeks go by: the plan's day-30 check-in and day-33 monitor, cancelled at
        # withdrawal, are now behind us.
        alumnus = db.session.get(Alumnus, alumnus_id)
        alumnus.discharge_date -= timedelta(days=21)
        for row in db.session.scalars(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus_id)):
            row.due_at -= timedelta(days=21)
        db.session.commit()
        before = _rows(alumnus_id)
    response = client.post(f"/alumni/{alumnus_id}/resume", data={"reason": "called and asked to restart"})
    assert response.status_code == 302
    profile = client.get(response.headers["Location"]).text
    assert "Follow-up resumed: 26 scheduled check-ins planned from now on." in profile
    assert "Outreach resumed" in profile and "Reason: called and asked to restart" in profile
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active"
        after = _rows(alumnus_id)
        assert {k: after[k] for k in before} == before, "what happened, and what was cancelled, stays"
        new = [after[k] for k in set(after) - set(before)]
        assert len(new) == 26 and all(status == CheckInStatus.SCHEDULED for status, _, _ in new)
        assert sum(1 for status, _, why in after.values()
                   if status == CheckInStatus.CANCELLED and why == WITHDRAWN_REASON) == 28
        event = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.resumed", alumnus_id=alumnus_id))
        assert event.detail["from"] == "withdrawn" and event.detail["scheduled"] == 26


def test_a_withdrawn_record_whose_number_was_enrolled_again_is_not_resumed(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus(phone="+919812345678")
    client = login_as("coordinator")
    client.post(f"/alumni/{alumnus_id}/withdraw", data={"reason": "re-enrolled under a new record"})
    with app.app_context():
        newer = make_alumnus(phone="+919812345678").id
    response = client.post(f"/alumni/{alumnus_id}/resume", data={})
    assert f"This number now belongs to alumnus #{newer}" in client.get(response.headers["Location"]).text
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "withdrawn"
        assert _count(alumnus_id, CheckInStatus.SCHEDULED) == 0


def test_pause_asks_first_says_what_stops_and_needs_a_reason(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    client = login_as("coordinator")
    profile = client.get(f"/alumni/{alumnus_id}").text
    assert f'action="/alumni/{alumnus_id}/pause"' not in profile
    page = client.get(f"/alumni/{alumnus_id}/pause").text
    assert "28 scheduled check-ins will not be sent while outreach is paused" in page
    assert client.post(f"/alumni/{alumnus_id}/pause", data={}).status_code == 422
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active"
    response = client.post(f"/alumni/{alumnus_id}/pause", data={"reason": "in hospital for two weeks"})
    profile = client.get(response.headers["Location"]).text
    assert "Outreach paused: 28 scheduled check-ins will not be sent while paused." in profile
    assert "Reason: in hospital for two weeks" in profile and "Resume outreach" in profile
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "paused"


def test_staff_cannot_open_the_withdraw_or_pause_pages(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    staff = login_as("staff")
    assert staff.get(f"/alumni/{alumnus_id}/withdraw").status_code == 403
    assert staff.get(f"/alumni/{alumnus_id}/pause").status_code == 403


def test_the_erase_page_counts_the_check_ins_it_cancels(app, login_as):
    with app.app_context():
        alumnus_id = _planned_alumnus()
    page = login_as("admin").get(f"/alumni/{alumnus_id}/erase").text
    assert "28 scheduled check-ins" in page and "will be cancelled" in page
