"""A coordinator enrols someone fifteen days after discharge, in a real browser: the
timeline shows the four steps that had passed as one line, and once the dispatcher and
worker have run, the welcome text sent that same day. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from alumni.delivery.dispatcher import dispatch_due
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user

DESKTOP = {"width": 1280, "height": 900}


def _zone_where_it_is_midday() -> str:
    offset = (12 - datetime.utcnow().hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def test_a_late_enrolment_shows_one_skipped_line_and_the_welcome_sent(app, live_server, browser, run_jobs):
    with app.app_context():
        coordinator = make_user("coordinator", email="welcome@example.org").email
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/alumni/new")
    page.get_by_label("First name").fill("Sunita")
    page.get_by_label("Last name").fill("Pawar")
    page.get_by_label("Mobile phone").fill("98123 45601")
    page.get_by_label("Language for messages").select_option("en")
    page.get_by_label("Time zone").fill(_zone_where_it_is_midday())
    page.get_by_label("Discharge date").fill((date.today() - timedelta(days=15)).isoformat())
    page.get_by_label("Consents to SMS").check()
    page.get_by_role("button", name="Enrol").click()
    page.wait_for_url("**/alumni/*")

    timeline = page.locator(".timeline")
    assert "4 earlier steps skipped: enrolled after day 14" in timeline.inner_text()
    assert timeline.get_by_text("skipped").count() == 1, "one line, not one per passed step"
    page.screenshot(path=str(ARTIFACTS / "welcome-enrolled-late-timeline.png"), full_page=True)

    with app.app_context():
        assert dispatch_due().queued == 1
    run_jobs()
    page.reload()
    text = page.locator(".timeline").inner_text()
    assert "Message sent by SMS" in text
    assert "Hi Sunita, welcome to follow-up support" in text
    page.screenshot(path=str(ARTIFACTS / "welcome-sent-timeline.png"), full_page=True)
