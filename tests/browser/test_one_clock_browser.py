"""One clock, in a real browser: a coordinator opening the record of an alumnus who lives in
London reads the next check-in as the centre's time, labelled IST, with London's time beside
it, the same on the follow-up panel and the check-ins panel. Screenshot in test-artifacts/."""
from __future__ import annotations

from datetime import datetime

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

BOTH = "Tue 07 Jan 2031, 14:30 IST · 09:00 in London"


def test_a_london_alumnus_shows_one_labelled_clock_with_their_time_beside_it(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="clock-coord@example.org", name="Meera").email
        person = make_alumnus(first_name="Ravi", last_name="Shah", timezone="Europe/London")
        db.session.add(CheckIn(alumnus_id=person.id, channel="sms", due_at=datetime(2031, 1, 7, 9, 0),
                               status=CheckInStatus.SCHEDULED))
        db.session.commit()
        alumnus_id = person.id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/alumni/{alumnus_id}")
    assert f"{BOTH} by SMS" in page.locator(".panel-followup").inner_text()
    assert BOTH in page.locator(".panel-checkins").inner_text()
    timeline = page.locator("ol.timeline").inner_text()
    assert "IST · " in timeline and "in London" in timeline and " UTC" not in timeline
    page.locator(".panel-followup").screenshot(path=str(ARTIFACTS / "one-clock-followup.png"))
    page.screenshot(path=str(ARTIFACTS / "one-clock-profile.png"), full_page=True)
