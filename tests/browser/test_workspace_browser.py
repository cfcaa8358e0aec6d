"""A real browser (Debian's chromium, driven by Playwright) against the real app served
on a free port: log in, open the queue, claim a crisis case, log a call, resolve it, and
see the dashboard change. Screenshots of the queue and dashboard go to test-artifacts/."""
from __future__ import annotations

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Direction, FollowUpReason, Message
from tests.browser.conftest import ARTIFACTS
from tests.support.accounts import PASSWORD, make_user
from tests.support.factories import make_alumnus


def _seed(app):
    with app.app_context():
        staff = make_user("staff", email="nurse@example.org", name="Nurse Kavita")
        calm = make_alumnus(first_name="Ravi", last_name="Sharma")
        open_case(calm.id, FollowUpReason.MISSED)
        person = make_alumnus(first_name="Asha", last_name="Kulkarni")
        reply = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=person.id,
                        body="I can't do this any more")
        db.session.add(reply)
        db.session.flush()
        case, _ = open_case(person.id, FollowUpReason.CRISIS, message_id=reply.id)
        db.session.commit()
        return staff.email, case.id


def test_staff_member_works_a_crisis_case_end_to_end(app, live_server, browser):
    email, case_id = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    # CSP violations and script errors show as console errors; a missing favicon is not ours.
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)

    page.goto(f"{live_server}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Needs follow-up").click()
    page.wait_for_url("**/workspace/")
    first_row = page.locator("table.queue-table tbody tr").first
    assert "Asha Kulkarni" in first_row.inner_text()
    assert "I can't do this any more" in first_row.inner_text()
    assert page.get_by_role("alert").inner_text().startswith("1 crisis case")
    page.screenshot(path=str(ARTIFACTS / "workspace-queue.png"), full_page=True)

    page.get_by_role("link", name="Dashboard").click()
    assert page.locator('[data-reason="crisis"]').inner_text() == "1"
    assert page.locator('[data-reason="all"]').inner_text() == "2"

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Needs follow-up").click()
    page.get_by_role("button", name=f"Claim case {case_id}").click()
    assert "The case is yours." in page.locator(".flashes").inner_text()
    assert page.get_by_role("alert").count() == 0  # acknowledged by claiming: no crisis banner

    page.get_by_role("link", name="Call & log for Asha Kulkarni").click()
    page.get_by_label("Call").check()
    page.get_by_label("Reached").check()
    page.get_by_label("Note", exact=True).first.fill("Talked for 20 minutes; safe with her sister tonight.")
    page.get_by_role("button", name="Log contact").click()
    assert "Contact logged." in page.locator(".flashes").inner_text()
    assert "safe with her sister tonight" in page.content()

    page.get_by_label("Outcome").select_option("support_arranged")
    page.get_by_role("button", name="Resolve case").click()
    assert "Case resolved." in page.locator(".flashes").inner_text()

    page.get_by_role("link", name="Dashboard").click()
    assert page.locator('[data-reason="crisis"]').inner_text() == "0"
    assert page.locator('[data-reason="all"]').inner_text() == "1"
    # One week of replies is one point: the chart says it has not enough data yet rather
    # than draw a lone dot, and its figures stay in the table beneath.
    response_rate = page.locator("figure", has=page.get_by_role("heading", name="Weekly response rate"))
    assert response_rate.count() == 1
    assert "Not enough data yet" in response_rate.locator(".chart-empty").inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.context.add_cookies(page.context.cookies())
    phone.goto(f"{live_server}/workspace/")
    phone.screenshot(path=str(ARTIFACTS / "workspace-queue-phone.png"), full_page=True)
    assert not errors, errors
    assert (ARTIFACTS / "workspace-queue.png").stat().st_size > 0
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 0
