"""A new coordinator on the alumnus's profile, in a real browser (Debian's chromium driven by
Playwright): Withdraw asks first and counts what stops, needs a reason, and can be undone
with Resume follow-up; the enrolment form ticks no consent for the graduate; a staff
member finds the cases of the people assigned to them under "Mine" and on the home page.
Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInStatus, FollowUpReason
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def _scheduled(app, alumnus_id) -> int:
    with app.app_context():
        return db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
            CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED))


def test_withdraw_asks_first_needs_a_reason_and_can_be_resumed(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="coord@example.org", name="Meera").email
        person = make_alumnus(first_name="Asha", last_name="Kulkarni", discharge_date=date.today() - timedelta(days=20))
        attach_plan(person, ensure_default_plan())
        db.session.commit()
        alumnus_id = person.id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/alumni/{alumnus_id}")
    page.get_by_role("link", name="Withdraw…").click()
    page.wait_for_url(f"**/alumni/{alumnus_id}/withdraw")
    assert "28 scheduled check-ins will be cancelled" in page.locator(".consequence").inner_text()
    assert _scheduled(app, alumnus_id) == 28, "opening the page withdrew nothing"
    page.screenshot(path=str(ARTIFACTS / "withdraw-confirm.png"), full_page=True)

    page.get_by_role("button", name="Withdraw").click()
    assert "Say why" in page.locator("#reason-error").inner_text()
    assert _scheduled(app, alumnus_id) == 28, "no reason, no withdrawal"

    page.get_by_label("Why").fill("moved to Pune")
    page.get_by_role("button", name="Withdraw").click()
    page.wait_for_url(f"**/alumni/{alumnus_id}")
    assert "28 scheduled check-ins cancelled" in page.locator(".flashes").inner_text()
    assert "Reason: moved to Pune" in page.locator(".timeline").inner_text()
    assert _scheduled(app, alumnus_id) == 0
    page.screenshot(path=str(ARTIFACTS / "withdrawn-profile.png"), full_page=True)

    page.get_by_role("button", name="Resume follow-up").click()
    assert "Follow-up resumed: 28 scheduled check-ins" in page.locator(".flashes").inner_text()
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "active"
    assert page.get_by_role("link", name="Withdraw…").is_visible()
    page.screenshot(path=str(ARTIFACTS / "resumed-profile.png"), full_page=True)


def test_the_enrolment_form_ticks_no_consent_box(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="enrol@example.org").email
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)
    page.goto(f"{live_server}/alumni/new")
    for label in ("Consents to SMS", "Consents to WhatsApp", "Consents to email"):
        assert not page.get_by_label(label).is_checked(), label
    page.screenshot(path=str(ARTIFACTS / "enrol-consent-unticked.png"), full_page=True)


def test_a_staff_member_finds_their_peoples_cases_from_the_home_page(app, live_server, browser):
    with app.app_context():
        staff = make_user("staff", email="kavita@example.org", name="Nurse Kavita")
        person = make_alumnus(first_name="Ravi", last_name="Sharma", assigned_staff_id=staff.id)
        make_alumnus(first_name="Someone", last_name="Else")
        open_case(person.id, FollowUpReason.LOW_SCORE)
        db.session.commit()
        email = staff.email
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, email)
    page.get_by_role("link", name="1 open case for you").click()
    page.wait_for_url("**/workspace/?holder=mine")
    rows = page.locator("table.queue-table tbody tr")
    assert rows.count() == 1 and "Ravi Sharma" in rows.first.inner_text()
    assert "your person" in rows.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "queue-mine-assigned.png"), full_page=True)
