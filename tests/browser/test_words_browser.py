"""A new coordinator reads words, not codes, in a real browser (Debian's chromium driven by
Playwright): the profile names the language and the channels, the template editor inserts a
variable where the cursor is and the preview shows it filled in, and the admin's audit log
reads as sentences. Screenshots go to test-artifacts/."""
from __future__ import annotations

from playwright.sync_api import expect

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Channel, MessageTemplate
from alumni.plans.plans import ensure_default_plan
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def test_profile_names_the_language_and_channels(app, live_server, browser):
    with app.app_context():
        coordinator = make_user("coordinator", email="coord@example.org", name="Meera").email
        alumnus_id = make_alumnus(first_name="Asha", language="mr", consent=(Channel.SMS,)).id
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, coordinator)
    page.goto(f"{live_server}/alumni/{alumnus_id}")
    text = page.locator("main").inner_text()
    assert "Marathi (मराठी)" in text and "SMS: yes" in text
    assert "sms: yes" not in text
    page.screenshot(path=str(ARTIFACTS / "words-profile.png"), full_page=True)


def test_insert_a_variable_in_the_template_editor(app, live_server, browser):
    with app.app_context():
        admin = make_user("admin", email="admin@example.org", name="Ravi").email
        ensure_default_plan()
        template_id = db.session.scalar(db.select(MessageTemplate.id).where(
            MessageTemplate.key == "checkin", MessageTemplate.language == "en"))
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, admin)
    page.goto(f"{live_server}/plans/templates/{template_id}")
    body = page.get_by_label("Message")
    body.fill("Hi , how are you today?")
    body.evaluate("field => field.setSelectionRange(3, 3)")
    page.get_by_role("button", name="Insert first_name").click()
    assert body.input_value() == "Hi {{ first_name }}, how are you today?"
    # Preview both refreshes in place and submits the form, so the page may be between
    # documents while we look; the retrying assertion waits through that.
    page.get_by_role("button", name="Preview").click()
    expect(page.locator("#preview-body")).to_contain_text("Hi Asha,")
    page.screenshot(path=str(ARTIFACTS / "words-template-insert.png"), full_page=True)


def test_audit_log_reads_as_sentences(app, live_server, browser):
    with app.app_context():
        admin = make_user("admin", email="admin@example.org", name="Ravi").email
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, admin)
    with app.test_request_context():
        audit("user.created", actor=admin, detail={"email": "nurse@example.org", "role": "staff"})
        db.session.commit()
    page.goto(f"{live_server}/admin/audit")
    rows = page.locator("tbody tr")
    created, signed_in = rows.nth(0).inner_text(), rows.nth(1).inner_text()
    assert "Created a user" in created and "nurse@example.org" in created and "Role" in created
    assert "{" not in created
    assert "Signed in" in signed_in
    page.screenshot(path=str(ARTIFACTS / "words-audit.png"), full_page=True)
