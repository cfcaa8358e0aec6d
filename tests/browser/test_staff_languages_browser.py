"""The workspace queue in Marathi and in Hindi, in a real browser with a Devanagari font:
a staff member chooses their language on their account page and the queue reads in it.
Screenshots go to test-artifacts/ (staff-queue-mr.png, staff-queue-hi.png)."""
from __future__ import annotations

import pytest

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import FollowUpReason
from tests.browser.conftest import ARTIFACTS
from tests.support.accounts import PASSWORD, make_user
from tests.support.factories import make_alumnus

QUEUE_TITLE = {"mr": "पाठपुरावा हवा", "hi": "फ़ॉलो-अप चाहिए"}


@pytest.mark.parametrize("language", ["mr", "hi"])
def test_staff_member_reads_the_queue_in_their_language(app, live_server, browser, language):
    with app.app_context():
        email = make_user("staff", email=f"nurse-{language}@example.org", name="कविता").email
        open_case(make_alumnus(first_name="आशा", last_name="कुलकर्णी", language="mr").id, FollowUpReason.CRISIS)
        open_case(make_alumnus(first_name="Ravi", last_name="Sharma").id, FollowUpReason.MISSED)
        db.session.commit()
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_server}/account")
    page.get_by_label("Language of your screens").select_option(language)
    page.get_by_role("button", name="Save").click()
    page.goto(f"{live_server}/workspace/")
    assert page.get_by_role("heading", level=1).inner_text() == QUEUE_TITLE[language]
    assert page.locator("html").get_attribute("lang") == language
    assert "Needs follow-up" not in page.locator("main").inner_text()
    page.screenshot(path=str(ARTIFACTS / f"staff-queue-{language}.png"), full_page=True)
    page.close()
