"""The crisis case page on a phone (390 x 844, as the person on call opens it from the
alert): Acknowledge above the fold, their number as a tap-to-call link, nothing wider
than the screen. Screenshots go to the test's tmp dir."""
from __future__ import annotations

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Direction, FollowUp, FollowUpReason, Message, Supporter
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

PHONE = {"width": 390, "height": 844}


def _seed(app):
    with app.app_context():
        # Nobody is on call: the header carries its warning too, the tallest it gets.
        staff = make_user("staff", email="oncall@example.org", name="Nurse Kavita")
        person = make_alumnus(first_name="Asha", last_name="Kulkarni")
        db.session.add(Supporter(alumnus_id=person.id, name="Sunita", relation="sister", phone="+919811111111",
                                 may_contact=True))
        reply = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=person.id, from_addr=person.phone,
                        body="I can't do this any more, jeena nahi chahta. " * 3)
        unknown = Message(direction=Direction.INBOUND, channel="sms", from_addr="+919876500000",
                          body="is this the centre? I want to die")
        db.session.add_all([reply, unknown])
        db.session.flush()
        case, _ = open_case(person.id, FollowUpReason.CRISIS, message_id=reply.id)
        case.trigger = "suicide (matched: jeena + nahi)"
        stranger = FollowUp(alumnus_id=None, reason=FollowUpReason.CRISIS, priority=0, message_id=unknown.id,
                            trigger="suicide (matched: want + die)")
        db.session.add(stranger)
        db.session.commit()
        return staff.email, case.id, person.phone, stranger.id


def _no_horizontal_overflow(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_on_a_phone_the_crisis_case_opens_with_acknowledge_and_a_number_to_tap(app, live_server, browser, tmp_path):
    email, case_id, phone, stranger_id = _seed(app)
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in(page, live_server, email)

    page.goto(f"{live_server}/workspace/cases/{case_id}")
    acknowledge = page.get_by_role("button", name=f"Acknowledge crisis case {case_id}")
    box = acknowledge.bounding_box()
    assert box is not None and box["y"] + box["height"] <= PHONE["height"], box
    call = page.locator(f'a[href="tel:{phone}"]').first
    call_box = call.bounding_box()
    assert call_box["y"] + call_box["height"] <= PHONE["height"] and call_box["height"] >= 44, call_box
    assert page.locator('a[href="tel:+919811111111"]').count() == 1  # the consenting supporter
    assert "jeena nahi chahta" in page.locator(".crisis-panel").inner_text()
    assert _no_horizontal_overflow(page)
    page.screenshot(path=str(tmp_path / "crisis-case-phone.png"), full_page=True)

    acknowledge.click()
    assert "Acknowledged" in page.locator(".flashes").inner_text()
    assert page.get_by_role("button", name=f"Acknowledge crisis case {case_id}").count() == 0
    assert page.locator(f'a[href="tel:{phone}"]').first.is_visible()

    page.goto(f"{live_server}/workspace/cases/{stranger_id}")
    assert page.locator('a[href="tel:+919876500000"]').first.is_visible()
    assert page.get_by_role("link", name="Link the message to a record in Unknown senders").is_visible()
    assert _no_horizontal_overflow(page)
    page.screenshot(path=str(tmp_path / "unknown-sender-case-phone.png"), full_page=True)

    page.goto(f"{live_server}/workspace/")
    assert _no_horizontal_overflow(page)
    page.screenshot(path=str(tmp_path / "queue-phone.png"), full_page=True)
    print(f"screenshots: {tmp_path}")
