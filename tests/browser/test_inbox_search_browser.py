"""Staff meet an unknown sender in a real browser (Debian's chromium driven by Playwright):
they find the person by name beside the message, see enough to pick the right one (record
number, masked phone, cohort) and link with one click; a coordinator's mistyped supporter
phone keeps what was typed with the error beside the field. Screenshots go to test-artifacts/."""
from __future__ import annotations

from alumni.extensions import db
from alumni.models import Cohort, Message, Supporter
from alumni.replies.inbound import InboundMessage, handle_inbound
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from tests.support.inbound import new_sid

DESKTOP = {"width": 1280, "height": 900}


def test_staff_find_an_unknown_sender_by_name_and_link_with_one_click(app, live_server, browser):
    with app.app_context():
        staff = make_user("staff", email="staff@example.org", name="Imran").email
        ravi = make_alumnus(first_name="Ravi", last_name="Menon", phone="+919812345678",
                            cohort=Cohort(name="Spring 2026"))
        make_alumnus(first_name="Ravindra", last_name="Shah")
        ravi_id = ravi.id
        message_id = handle_inbound(InboundMessage("sms", new_sid(), "+919876543210", "+15005550006",
                                                   "new phone, it's Ravi from the spring group")).message_id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, staff)

    page.goto(f"{live_server}/inbox/unknown")
    page.get_by_label("Find the alumnus by name, phone or email").fill("ravi")
    page.get_by_role("button", name="Find").click()
    matches = page.get_by_role("list", name="Alumni matching ravi")
    assert "Ravi Menon" in matches.inner_text() and "Ravindra Shah" in matches.inner_text()
    assert "•••• 5678" in matches.inner_text() and "Spring 2026" in matches.inner_text()
    page.screenshot(path=str(ARTIFACTS / "inbox-find-sender.png"), full_page=True)

    page.get_by_role("button", name=f"Link to Ravi Menon #{ravi_id}").click()
    page.wait_for_url(f"{live_server}/inbox/unknown")
    assert "Moved to the alumnus's timeline" in page.locator(".flashes").inner_text()
    assert "No messages from unknown senders are waiting" in page.content()
    with app.app_context():
        assert db.session.get(Message, message_id).alumnus_id == ravi_id
    page.screenshot(path=str(ARTIFACTS / "inbox-linked.png"), full_page=True)


def test_a_mistyped_supporter_phone_keeps_what_was_typed(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="coord@example.org", name="Meera").email
        alumnus_id = make_alumnus(first_name="Asha", last_name="Kulkarni").id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/alumni/{alumnus_id}")
    page.get_by_text("Add a supporter").click()
    page.get_by_label("Name").fill("Sunita Rao")
    page.get_by_label("Relation").fill("mother")
    page.get_by_label("Phone").fill("12")
    page.get_by_role("button", name="Add supporter").click()
    assert page.get_by_label("Name").input_value() == "Sunita Rao"
    assert page.get_by_label("Relation").input_value() == "mother"
    assert page.locator("#phone-error").is_visible()
    page.locator("#supporters").screenshot(path=str(ARTIFACTS / "supporter-phone-error.png"))

    page.get_by_label("Phone").fill("98123 45670")
    page.get_by_role("button", name="Add supporter").click()
    assert "Supporter added" in page.locator(".flashes").inner_text()
    with app.app_context():
        [supporter] = db.session.scalars(db.select(Supporter)).all()
        assert (supporter.name, supporter.relation) == ("Sunita Rao", "mother")
