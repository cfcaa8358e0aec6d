"""A coordinator sends a message to a cohort in a real browser (Debian's chromium driven by
Playwright): writes it in English and Marathi, sees on the preview who gets it, who is
skipped and why and the SMS segments, confirms, and lands on the sent page. Screenshots go
to test-artifacts/."""
from __future__ import annotations

from alumni.extensions import db
from alumni.models import Cohort
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def test_a_message_to_a_cohort_from_preview_to_sent(app, live_server, browser, run_jobs):
    with app.app_context():
        make_user("coordinator", email="lead@example.org", name="Priya")
        cohort = Cohort(name="June 2025")
        db.session.add(cohort)
        db.session.commit()
        make_alumnus(first_name="Asha", cohort_id=cohort.id)
        make_alumnus(first_name="Meera", language="mr", cohort_id=cohort.id)
        make_alumnus(first_name="Sunil", language="hi", cohort_id=cohort.id)
        make_alumnus(first_name="Ravi", consent=(), cohort_id=cohort.id)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, "lead@example.org")

    page.get_by_role("link", name="Group messages").click()
    page.get_by_role("link", name="New message to a group").click()
    page.get_by_label("Send to").select_option(label="June 2025")
    page.get_by_label("Text in English").fill("The centre is closed on Friday for Diwali. Happy Diwali!")
    page.get_by_label("Text in Marathi (optional)").fill("दिवाळीनिमित्त शुक्रवारी केंद्र बंद राहील. दिवाळीच्या शुभेच्छा!")
    assert page.get_by_text("If you leave this empty, people who read Hindi get the English text.").is_visible()
    page.get_by_role("button", name="Preview").click()

    assert page.locator("#recipient-count").inner_text() == "3 people get this message."
    assert page.locator("#skipped").inner_text() == "1: no consent for their channel"
    assert "(UCS-2)" in page.locator('tr[data-language="mr"]').inner_text()
    assert "of them 1 reading Hindi" in page.locator('tr[data-language="en"]').inner_text()
    page.screenshot(path=str(ARTIFACTS / "group-message-preview.png"), full_page=True)

    page.get_by_role("button", name="Send to 3 people").click()
    page.wait_for_url(f"{live_server}/messages/*")
    assert page.locator("#recipient-count").inner_text() == "3 people were written to; 1 skipped."
    run_jobs()
    page.reload()
    assert "3" in page.locator("#statuses").inner_text()
    page.screenshot(path=str(ARTIFACTS / "group-message-sent.png"), full_page=True)
