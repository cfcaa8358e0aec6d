"""A staff member refers someone back to treatment in a real browser (Debian's chromium
driven by Playwright): from the profile's panel to the form, then the referral page where
the appointment is booked and the outcome recorded; the list of referrals flags a late
one, and the dashboard shows linkage by discharge month. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import timedelta

from alumni.core.centre_day import centre_today
from alumni.recovery.referrals import refer
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def _seed(app):
    with app.app_context():
        staff = make_user("coordinator", email="coordinator@example.org", name="Priya")
        ravi = make_alumnus(first_name="Ravi", last_name="Patil")
        late = make_alumnus(first_name="Sunita", last_name="Jadhav")
        refer(late.id, referred_to="District hospital OPD", reason="Drinking again after the funeral",
              on=centre_today() - timedelta(days=10), by=staff)
        return staff.email, ravi.id, centre_today()


def test_a_referral_from_the_profile_to_the_appointment_and_its_outcome(app, live_server, browser):
    email, ravi_id, today = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, email)

    page.goto(f"{live_server}/alumni/{ravi_id}")
    page.get_by_role("link", name="Refer back to treatment").click()
    page.get_by_label("Referred to (service, clinic or person)").fill("Sassoon de-addiction OPD")
    page.get_by_label("Why").fill("Told us he is using every day again")
    page.screenshot(path=str(ARTIFACTS / "referral-new.png"), full_page=True)
    page.get_by_role("button", name="Record the referral").click()
    page.wait_for_url("**/recovery/referrals/*")
    assert "Referred, no appointment yet" in page.inner_text("h1")

    page.get_by_label("What happened").select_option("booked")
    page.get_by_label("On (for a booking, the appointment's day)").fill((today + timedelta(days=2)).isoformat())
    page.get_by_role("button", name="Record").click()
    assert "Appointment booked" in page.inner_text("h1")
    page.get_by_label("What happened").select_option("attended")
    page.get_by_label("On (for a booking, the appointment's day)").fill(today.isoformat())
    page.get_by_role("button", name="Record").click()
    assert "Attended" in page.inner_text("h1")
    assert page.locator("tbody tr").count() == 3
    page.screenshot(path=str(ARTIFACTS / "referral-page.png"), full_page=True)

    page.goto(f"{live_server}/recovery/referrals")
    late_row = page.locator("tr.overdue")
    assert late_row.count() == 1 and "Sunita Jadhav" in late_row.inner_text()
    assert "No appointment booked 10 days after the referral" in late_row.inner_text()
    page.screenshot(path=str(ARTIFACTS / "referrals-list.png"), full_page=True)

    page.goto(f"{live_server}/reports/")
    section = page.locator("section", has=page.get_by_role("heading", name="Linkage back to treatment"))
    assert "50%" in section.inner_text()
    section.screenshot(path=str(ARTIFACTS / "referrals-linkage-dashboard.png"))
