"""The Outbox in a browser: a coordinator answers a check-in as the alumnus, and sees our
answer arrive in the outbox and the alumnus in the follow-up queue."""
from __future__ import annotations

from alumni.models import Channel
from tests.browser.conftest import ARTIFACTS
from tests.support.accounts import PASSWORD, make_user
from tests.support.delivery import daytime_zone, queued_checkin
from tests.support.factories import make_alumnus


def test_reply_as_this_alumnus_from_the_outbox(app, live_server, browser, run_jobs):
    with app.app_context():
        make_user("coordinator", email="lead@example.org", name="Lead")
        alumnus = make_alumnus(consent=(Channel.SMS,), first_name="Ravi", last_name="Sharma",
                               timezone=daytime_zone())
        queued_checkin(alumnus)
    run_jobs()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{live_server}/login")
    page.get_by_label("Email").fill("lead@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

    page.goto(f"{live_server}/outbox")
    page.locator("summary", has_text="Reply as this alumnus").first.click()
    page.get_by_label("Text from Ravi Sharma by sms").fill("2 feeling low, please call")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "outbox-reply-as-alumnus.png"), full_page=True)
    page.get_by_role("button", name="Send as Ravi").click()
    page.wait_for_url(f"{live_server}/outbox")
    assert page.get_by_text("Sent as Ravi Sharma").is_visible()
    # Our answer is the newest row, addressed to Ravi, with its own reply box.
    assert page.locator("tbody tr").count() == 2
    assert page.locator("details.reply-as").count() == 2
    page.screenshot(path=str(ARTIFACTS / "outbox-after-reply.png"), full_page=True)

    page.goto(f"{live_server}/workspace/")
    assert page.get_by_role("link", name="Ravi Sharma").first.is_visible()
