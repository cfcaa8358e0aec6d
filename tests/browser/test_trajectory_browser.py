"""The trajectory panel on the profile in a real browser (Debian's chromium driven by
Playwright): four months of scores, monitor answers and events on one axis with its table,
and the words shown instead when nothing has been recorded yet. Screenshots go to
test-artifacts/. The history is written as rows and through the services that staff use;
tests/test_trajectory.py makes it through the webhooks and the worker."""
from __future__ import annotations

from datetime import date, timedelta

from alumni.core.cases import open_case
from alumni.domain.event_rules import EventDraft
from alumni.domain.monitor import sub_scores
from alumni.domain.monitor_items import ITEM_KEYS
from alumni.extensions import db
from alumni.models import (
    CheckIn,
    CheckInStatus,
    FollowUpReason,
    MonitorAnswer,
    MonitorRound,
    RelapseEvent,
    RoundStatus,
    utcnow,
)
from alumni.peer.event_attendance import set_attendance
from alumni.peer.events import create_event
from alumni.peer.mentors import confirm_match, save_mentor_profile
from alumni.recovery.referrals import record_step, refer
from alumni.workspace.followups import resolve
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.days import centre_today
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}
DISCHARGED_DAYS_AGO = 130


def _at_noon(day: date):
    return utcnow().replace(year=day.year, month=day.month, day=day.day, hour=6, minute=30)


def _seed(app):
    with app.app_context():
        staff = make_user("coordinator", email="coordinator@example.org", name="Priya")
        today = centre_today()      # the centre's day, as the panel counts it (not the machine's)
        discharged = today - timedelta(days=DISCHARGED_DAYS_AGO)
        asha = make_alumnus(first_name="Asha", last_name="Kale", discharge_date=discharged)
        quiet = make_alumnus(first_name="Kiran", last_name="More")
        mentor = make_alumnus(first_name="Meera", discharge_date=today - timedelta(days=900))
        for day, score in ((7, 4), (30, 4), (60, 3), (90, 2), (120, 3)):
            at = _at_noon(discharged + timedelta(days=day))
            db.session.add(CheckIn(alumnus_id=asha.id, channel="sms", due_at=at, sent_at=at, replied_at=at,
                                   status=CheckInStatus.REPLIED, score=score))
        for day, answers in ((33, (0, 2, 4, 4, 5, 8, 1)), (63, (0, 3, 3, 4, 4, 4, 1)),
                             (93, (4, 4, 2, 2, 2, 1, 2)), (123, (0, 3, 3, 3, 4, 3, 1))):
            at = _at_noon(discharged + timedelta(days=day))
            opening = CheckIn(alumnus_id=asha.id, channel="sms", template_key="monitor", due_at=at, sent_at=at,
                              replied_at=at, status=CheckInStatus.REPLIED)
            db.session.add(opening)
            db.session.flush()
            values = dict(zip(ITEM_KEYS, answers, strict=True))
            scores = sub_scores(values)
            db.session.add(MonitorRound(
                alumnus_id=asha.id, opening_checkin_id=opening.id, status=RoundStatus.COMPLETE, started_at=at,
                expires_at=at + timedelta(hours=48), finished_at=at, item_index=6, use_days=scores.use_days,
                risk=scores.risk, protection=scores.protection,
                answers=[MonitorAnswer(item_key=key, value=value, answered_at=at) for key, value in values.items()]))
        case, _ = open_case(asha.id, FollowUpReason.CRISIS, actor="system", note="Monitor: 4 days of use")
        case.opened_at = _at_noon(discharged + timedelta(days=93))
        db.session.add(RelapseEvent(alumnus_id=asha.id, followup_id=case.id, substance="alcohol",
                                    occurred_on=discharged + timedelta(days=90)))
        db.session.commit()
        resolve(case.id, "referred", "District hospital OPD", staff)
        referral = refer(asha.id, referred_to="District hospital OPD", reason="Drinking again",
                         on=discharged + timedelta(days=94), by=staff)
        record_step(referral.id, "booked", day=discharged + timedelta(days=98), by=staff)
        record_step(referral.id, "attended", day=discharged + timedelta(days=98), by=staff)
        past = utcnow() - timedelta(days=20)
        event = create_event(EventDraft(title="Sunday circle", starts_at=past, place="Hall"), by_id=staff.id,
                             now=past - timedelta(days=1))
        set_attendance(event.occurrences[0].id, asha.id, True, by_id=staff.id)
        save_mentor_profile(mentor.id, consent=True, trained_on=today, capacity=2, languages=["en"], area="")
        confirm_match(asha.id, mentor.id, nudge_days=[], by_id=staff.id, share_number=True)
        return staff.email, asha.id, quiet.id


def test_the_trajectory_panel_with_a_history_and_with_nothing_yet(app, live_server, browser):
    email, asha_id, quiet_id = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, email)

    page.goto(f"{live_server}/alumni/{asha_id}")
    panel = page.locator("section#trajectory")
    figure = panel.get_by_role("img", name="Trajectory since discharge on")
    assert figure.is_visible() and figure.bounding_box()["width"] > 500
    assert figure.locator(".point-relapse").count() == 1
    assert figure.locator(".point-checkin_score").count() == 5
    assert figure.locator(".point-monitor_use").count() == 4
    assert f"today is day {DISCHARGED_DAYS_AGO}" in panel.inner_text()
    panel.screenshot(path=str(ARTIFACTS / "trajectory-panel.png"))
    panel.get_by_text("Trajectory as a table").click()
    table = panel.locator("table.trajectory-table")
    assert table.is_visible() and "Relapse: alcohol" in table.inner_text()
    assert "Referral: Attended the appointment" in table.inner_text() and "7 of 7 answered" in table.inner_text()
    panel.screenshot(path=str(ARTIFACTS / "trajectory-panel-table.png"))

    page.goto(f"{live_server}/alumni/{quiet_id}")
    empty = page.locator("section#trajectory")
    assert "Not enough data yet: nothing recorded since discharge" in empty.inner_text()
    assert empty.locator("svg").count() == 0
    empty.screenshot(path=str(ARTIFACTS / "trajectory-panel-empty.png"))
