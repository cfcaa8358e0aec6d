"""One clock on the pages staff read: every time is the centre's (IST here) with its label,
and an alumnus who lives in London has their own time beside it, the same on the follow-up
panel, the check-ins panel, the timeline and the case page."""
from __future__ import annotations

from datetime import datetime

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, FollowUpReason
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus

DUE = datetime(2031, 1, 7, 9, 0)   # 14:30 in Kolkata, 09:00 in London (winter)
BOTH = "Tue 07 Jan 2031, 14:30 IST · 09:00 in London"


def _alumnus_with_checkin(app, timezone: str) -> int:
    with app.app_context():
        person = make_alumnus(first_name="Ravi", timezone=timezone)
        db.session.add(CheckIn(alumnus_id=person.id, channel="sms", due_at=DUE, status=CheckInStatus.SCHEDULED))
        db.session.commit()
        return person.id


def test_profile_panels_and_timeline_show_the_centre_time_and_london_time(app, login_as):
    alumnus_id = _alumnus_with_checkin(app, "Europe/London")
    page = login_as("coordinator").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    followup = page.split('class="card panel-followup"')[1].split("</section>")[0]
    checkins = page.split('class="card panel-checkins"')[1].split("</section>")[0]
    timeline = page.split('id="timeline-h"')[1].split("</section>")[0]
    assert f"{BOTH} by SMS" in followup
    assert BOTH in checkins
    assert " UTC</time>" not in timeline
    assert "IST · " in timeline and " in London</time>" in timeline


def test_an_alumnus_in_the_centre_zone_sees_one_labelled_time(app, login_as):
    alumnus_id = _alumnus_with_checkin(app, "Asia/Kolkata")
    page = login_as("coordinator").get(f"/alumni/{alumnus_id}").get_data(as_text=True)
    assert "Tue 07 Jan 2031, 14:30 IST by SMS" in page
    assert "<li>Tue 07 Jan 2031, 14:30 IST · SMS</li>" in page
    assert " in Kolkata" not in page


def test_the_case_page_labels_when_it_was_opened_with_both_clocks(app, login_as):
    with app.app_context():
        person = make_alumnus(first_name="Ravi", timezone="Europe/London")
        case, _ = open_case(person.id, FollowUpReason.MISSED)
        case.opened_at = DUE
        db.session.commit()
        case_id = case.id
    page = login_as("coordinator").get(f"/workspace/cases/{case_id}").get_data(as_text=True)
    assert f"<dt>Opened</dt><dd>{BOTH} (" in page



def test_the_plan_page_lists_due_check_ins_on_the_centre_clock_with_theirs_beside(app, login_as):
    with app.app_context():
        person = make_alumnus(first_name="Ravi", timezone="Europe/London")
        plan = ensure_default_plan()
        attach_plan(person, plan)
        db.session.commit()
        plan_id = plan.id
    page = login_as("admin").get(f"/plans/{plan_id}").get_data(as_text=True)
    assert "IST · " in page and " in London</td>" in page
