"""Confirming a peer mentor in a real browser: on the match page the box for the graduate
agreeing to give the mentor their number starts unticked, and confirming without ticking
it introduces the mentor through the centre, so the mentor's introduction carries the
centre's number and not the graduate's. Screenshots go to test-artifacts/."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from alumni.extensions import db
from alumni.models import CheckIn, Consent, MentorMatch, MentorMessage
from alumni.peer.mentors import save_mentor_profile
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.client import FormClient
from tests.support.delivery import outbound_to
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}
CENTRE = "+91 20 5555 0100"


@pytest.fixture(scope="module")
def app(make_app, migrated):
    # No quiet hours, so the introductions go whatever the hour the test runs at.
    app = make_app(QUIET_HOURS="none", CENTRE_CONTACT=CENTRE)
    app.test_client_class = FormClient
    return app


def _seed(app) -> tuple[int, int, str]:
    with app.app_context():
        make_user("coordinator", email="coordinator@example.org", name="Priya")
        long_ago = date.today() - timedelta(days=900)
        meera = make_alumnus(first_name="Meera", last_name="Kulkarni", discharge_date=long_ago, sobriety_date=long_ago)
        save_mentor_profile(meera.id, consent=True, trained_on=date(2025, 1, 10), capacity=3, languages=["en"],
                            area="Pune")
        ravi = make_alumnus(first_name="Ravi", last_name="Patil", phone="+919812345621")
        return meera.id, ravi.id, ravi.phone


def test_confirming_a_mentor_without_the_number_box_introduces_them_through_the_centre(
        app, live_server, browser, run_jobs):
    meera_id, ravi_id, ravi_phone = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, "coordinator@example.org")

    page.get_by_role("link", name="Mentors", exact=True).click()
    page.locator("tr", has_text="Ravi Patil").get_by_role("link", name="Suggest mentors").click()
    page.wait_for_url(f"{live_server}/mentors/suggest/{ravi_id}")
    card = page.locator(".suggestions li.card", has_text="Meera Kulkarni")
    share = card.get_by_label("Ravi agrees to give their number to Meera Kulkarni")
    assert not share.is_checked(), "the graduate's number is shared only when they agree"
    page.screenshot(path=str(ARTIFACTS / "mentor-match.png"), full_page=True)

    card.get_by_role("button", name="Confirm Meera Kulkarni as mentor").click()
    page.wait_for_url(f"{live_server}/mentors/")
    assert "Meera Kulkarni is now Ravi Patil's peer mentor" in page.content()
    run_jobs()

    with app.app_context():
        match = db.session.scalar(db.select(MentorMatch).where(MentorMatch.mentee_id == ravi_id))
        intro = db.session.scalar(db.select(CheckIn).join(MentorMessage, MentorMessage.checkin_id == CheckIn.id)
                                  .where(MentorMessage.match_id == match.id, CheckIn.alumnus_id == meera_id))
        assert intro.template_key == "mentor_intro_via_centre"
        (to_meera,) = outbound_to(meera_id)
        assert "Ravi" in to_meera and CENTRE in to_meera
        assert ravi_phone not in to_meera and ravi_phone[3:] not in to_meera
        consent = db.session.scalar(db.select(Consent).where(Consent.channel == "mentor_number"))
        assert (consent.alumnus_id, consent.granted) == (ravi_id, False)
