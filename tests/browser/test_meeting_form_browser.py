"""A coordinator creating a meeting in a real browser (Debian's chromium driven by Playwright):
the place shows for a meeting in person and the link for one online, languages are tick
boxes, the form still shows every field without JavaScript, and the RSVP choice on the
invitations page starts empty. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Event
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 1100}


def test_the_meeting_form_shows_the_field_for_the_kind_chosen(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="meetings@example.org").email
        make_alumnus(first_name="Asha", last_name="Patil", language="hi")
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/events/new")
    assert page.get_by_label("Place (in person)").is_visible()
    assert not page.get_by_label("Link (online)").is_visible()
    assert not page.get_by_label("Hindi").is_visible(), "languages only when inviting by language"
    page.screenshot(path=str(ARTIFACTS / "meeting-form-in-person.png"), full_page=True)

    page.get_by_label("Title").fill("Online circle")
    page.get_by_label("How").select_option("online")
    assert page.get_by_label("Link (online)").is_visible()
    assert not page.get_by_label("Place (in person)").is_visible()
    page.get_by_label("Link (online)").fill("https://meet.example.org/circle")
    page.get_by_label("First meeting date").fill((date.today() + timedelta(days=5)).isoformat())
    page.get_by_label("Who is invited").select_option("language")
    page.get_by_label("Hindi").check()
    page.get_by_label("Marathi").check()
    page.screenshot(path=str(ARTIFACTS / "meeting-form-online.png"), full_page=True)
    page.get_by_role("button", name="Create meeting").click()
    page.wait_for_url("**/events/*")
    assert "Online: https://meet.example.org/circle" in page.content()
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        assert (event.mode, event.audience, event.audience_values) == ("online", "language", ["hi", "mr"])
        occurrence_id = event.occurrences[0].id

    page.goto(f"{live_server}/events/meetings/{occurrence_id}")
    page.get_by_role("button", name="Send invitations now").click()
    rsvp = page.get_by_label("RSVP for Asha Patil")
    assert rsvp.input_value() == ""
    assert rsvp.locator("option:checked").inner_text() == "Choose…"
    page.screenshot(path=str(ARTIFACTS / "meeting-rsvp-empty.png"), full_page=True)


def test_without_javascript_the_meeting_form_shows_every_field(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="nojs@example.org").email
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, coordinator)
    page.goto(f"{live_server}/events/new")
    for label in ("Place (in person)", "Link (online)", "Hindi"):
        assert page.get_by_label(label).is_visible(), label
    page.screenshot(path=str(ARTIFACTS / "meeting-form-without-javascript.png"), full_page=True)
    context.close()
