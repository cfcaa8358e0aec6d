"""Milestones in a real browser: a coordinator goes from the workspace to this week's
milestones, calls from the number, opens a profile, records the opt-in to milestone texts
and, after a relapse, confirms a new sobriety date. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import timedelta

from alumni.domain.schedule import utc_to_local, zone
from alumni.extensions import db
from alumni.models import Alumnus, RelapseEvent, utcnow
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def _seed(app) -> tuple[str, int, str]:
    with app.app_context():
        today = utc_to_local(utcnow(), zone("Asia/Kolkata")).date()
        monday = today - timedelta(days=today.weekday())
        email = make_user("coordinator", email="coordinator@example.org", name="Meera").email
        ravi = make_alumnus(first_name="Ravi", last_name="Patil", phone="+919812345611",
                            sobriety_date=monday - timedelta(days=90))
        make_alumnus(first_name="Sunita", last_name="Jadhav", phone="+919812345612", language="mr",
                     sobriety_date=(monday + timedelta(days=3)).replace(year=monday.year - 2))
        db.session.add(RelapseEvent(alumnus_id=ravi.id, occurred_on=today, trigger="told us by text"))
        db.session.commit()
        return email, ravi.id, today.isoformat()


def test_from_the_workspace_to_the_weeks_milestones_and_a_new_sobriety_date(app, live_server, browser):
    email, ravi_id, today = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, email)

    page.goto(f"{live_server}/workspace/")
    page.get_by_role("link", name="Milestones this week").click()
    page.wait_for_url("**/recovery/milestones")
    rows = page.locator("tbody tr")
    assert rows.count() == 2
    assert "Ravi Patil" in rows.first.inner_text() and "90 days" in rows.first.inner_text()
    assert "2 years" in rows.nth(1).inner_text() and "Marathi" in rows.nth(1).inner_text()
    assert page.get_by_role("link", name="+91 98123 45611").get_attribute("href") == "tel:+919812345611"
    page.screenshot(path=str(ARTIFACTS / "milestones-week.png"), full_page=True)

    page.get_by_role("link", name="Ravi Patil").click()
    panel = page.locator("#milestones")
    assert "Set a new sobriety date?" in panel.inner_text()
    assert panel.get_by_label("New sobriety date").input_value() == today
    panel.get_by_role("button", name="They consent to milestone texts").click()
    assert page.locator("#milestones").get_by_role("button", name="Stop milestone texts").is_visible()
    page.screenshot(path=str(ARTIFACTS / "milestones-profile-offer.png"), full_page=True)

    page.locator("#milestones").get_by_role("button", name="Set new sobriety date").click()
    assert "milestones count from it" in page.content()
    assert "Set a new sobriety date?" not in page.locator("#milestones").inner_text()
    page.screenshot(path=str(ARTIFACTS / "milestones-profile-new-date.png"), full_page=True)
    with app.app_context():
        assert db.session.get(Alumnus, ravi_id).sobriety_date.isoformat() == today
