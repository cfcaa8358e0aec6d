"""The profile in a real browser (Debian's chromium driven by Playwright), at a desktop's
width and a phone's: the summary (phone, next check-in, open case) sits above the timeline,
the index jumps to each section, consent is shown once, and the action buttons share one
row and one height. A hybrid meeting's form shows both the place and the link. Full-page
screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, FollowUpReason
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_the_profile_is_a_summary_an_index_and_sections(app, live_server, browser, device):
    with app.app_context():
        coordinator = make_user("coordinator", email=f"sections-{device}@example.org", name="Meera").email
        person = make_alumnus(first_name="Asha", last_name="Kulkarni", phone="+919812345678",
                              discharge_date=date.today() - timedelta(days=20), consent=(Channel.SMS,))
        attach_plan(person, ensure_default_plan())
        db.session.add(CheckIn(alumnus_id=person.id, channel="sms", due_at=datetime(2031, 1, 7, 9, 0),
                               status=CheckInStatus.SCHEDULED))
        open_case(person.id, FollowUpReason.CALLBACK)
        db.session.commit()
        alumnus_id = person.id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=WIDTHS[device])
    sign_in(page, live_server, coordinator)
    page.goto(f"{live_server}/alumni/{alumnus_id}")

    summary = page.locator("#summary")
    assert summary.get_by_role("link", name="+91 98123 45678").get_attribute("href") == "tel:+919812345678"
    assert "Asked for a call" in summary.inner_text()
    assert "Check-in" in summary.locator(".next-step").inner_text()
    summary_box, timeline_box = summary.bounding_box(), page.locator("#timeline").bounding_box()
    assert summary_box["y"] + summary_box["height"] <= timeline_box["y"], "the summary is above the timeline"

    text = page.locator("main").inner_text()
    assert text.count("SMS: yes") == 1 and text.count("WhatsApp: no") == 1, "consent is shown once"

    buttons = page.locator(".profile-actions").locator("a.button, button")
    boxes = [buttons.nth(i).bounding_box() for i in range(buttons.count())]
    assert len(boxes) >= 3
    if device == "desktop":
        assert len({round(b["y"]) for b in boxes}) == 1, "one row"
        assert len({round(b["height"]) for b in boxes}) == 1, "one height"
    page.screenshot(path=str(ARTIFACTS / f"profile-sections-{device}.png"), full_page=True)

    page.locator(".profile-index").get_by_role("link", name="Consent").click()
    page.wait_for_url("**#consent")
    consent_top = page.locator("#consent").bounding_box()["y"]
    assert 0 <= consent_top < WIDTHS[device]["height"] / 2, "the jump lands on the section"


def test_a_hybrid_meeting_shows_both_the_place_and_the_link(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="hybrid@example.org").email
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=WIDTHS["desktop"])
    sign_in(page, live_server, coordinator)
    page.goto(f"{live_server}/events/new")
    page.get_by_label("How").select_option("hybrid")
    assert page.get_by_label("Place (in person)").is_visible() and page.get_by_label("Link (online)").is_visible()
    page.get_by_label("Title").fill("Sunday circle")
    page.get_by_label("Place (in person)").fill("Community hall")
    page.get_by_label("Link (online)").fill("https://meet.example.org/circle")
    page.get_by_label("First meeting date").fill((date.today() + timedelta(days=5)).isoformat())
    page.screenshot(path=str(ARTIFACTS / "meeting-form-hybrid.png"), full_page=True)
    page.get_by_role("button", name="Create meeting").click()
    page.wait_for_url("**/events/*")
    assert "Community hall, or online: https://meet.example.org/circle" in page.locator("main").inner_text()
