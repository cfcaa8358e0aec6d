"""A coordinator invites supporters to a family session in a real browser (Debian's
chromium driven by Playwright): the new audience on the meeting form, its hint about whom
it reaches, and the meeting's page listing the supporters' invitations beside the alumni's.
Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, timedelta

from alumni.extensions import db
from alumni.models import Event, Supporter
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 1100}


def test_a_family_session_invites_the_alumni_and_their_supporters(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="families@example.org").email
        asha = make_alumnus(first_name="Asha", last_name="Patil", language="hi")
        db.session.add(Supporter(alumnus_id=asha.id, name="Sunita Patil", relation="mother",
                                 phone="+919822000111", may_contact=True))
        db.session.add(Supporter(alumnus_id=asha.id, name="Kiran Patil", relation="brother",
                                 phone="+919822000222", may_contact=False))
        db.session.commit()
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/events/new")
    hint = page.get_by_text("Supporters are invited only where the alumnus agreed")
    assert not hint.is_visible(), "the hint shows only for an audience with supporters"
    page.get_by_label("Title").fill("Family evening")
    page.get_by_label("Place (in person)").fill("Community hall, Pune")
    page.get_by_label("First meeting date").fill((date.today() + timedelta(days=5)).isoformat())
    page.get_by_label("Who is invited").select_option("alumni_and_supporters")
    assert hint.is_visible()
    assert not page.get_by_label("Hindi").is_visible(), "no values to choose for a family session"
    page.screenshot(path=str(ARTIFACTS / "meeting-form-family-session.png"), full_page=True)
    page.get_by_role("button", name="Create meeting").click()
    page.wait_for_url("**/events/*")
    assert "Alumni and their supporters" in page.content()
    with app.app_context():
        event = db.session.scalar(db.select(Event))
        assert (event.audience, event.audience_values) == ("alumni_and_supporters", [])
        occurrence_id = event.occurrences[0].id

    page.goto(f"{live_server}/events/meetings/{occurrence_id}")
    page.get_by_role("button", name="Send invitations now").click()
    supporters = page.get_by_role("table", name="Supporters invited")
    assert "Sunita Patil (mother)" in supporters.inner_text() and "Asha Patil" in supporters.inner_text()
    assert "Kiran Patil" not in page.content(), "a supporter we may not contact is not invited"
    assert page.get_by_label("RSVP for Asha Patil").is_visible(), "the alumni's invitations stay beside them"
    page.screenshot(path=str(ARTIFACTS / "meeting-family-session-invitations.png"), full_page=True)
