"""The home page in a browser, as a staff member sees it on signing in: the follow-up
counts first, the crisis on top, one click into the queue."""
from __future__ import annotations

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import FollowUpReason
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus


def test_staff_sign_in_to_the_follow_up_counts_and_open_the_crisis(app, live_server, browser):
    with app.app_context():
        make_user("staff", email="nurse@example.org", name="Nurse Kavita")
        meera = make_alumnus(first_name="Meera", last_name="Iyer", phone="+919812300001")
        ravi = make_alumnus(first_name="Ravi", last_name="Sharma", phone="+919812300002")
        open_case(meera.id, FollowUpReason.CRISIS)
        open_case(ravi.id, FollowUpReason.LOW_SCORE)
        db.session.commit()
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    sign_in(page, live_server, "nurse@example.org")
    assert page.get_by_role("heading", name="Needs follow-up").is_visible()
    crisis = page.get_by_role("link", name="1 open crisis case")
    assert crisis.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "home-staff.png"), full_page=True)
    crisis.click()
    page.wait_for_url(f"{live_server}/workspace/?reason=crisis")
    assert page.get_by_role("link", name="Meera Iyer").first.is_visible()
