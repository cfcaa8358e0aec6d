"""A staff member prints the day's calls, in a real browser (Debian's chromium driven by
Playwright): from the filtered queue to a sheet with each person's number, why, what they
wrote and the last contact; printed, the sheet has no links to go back, and the same rows
download as CSV. Screenshots and the printed PDF go to test-artifacts/."""
from __future__ import annotations

from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Direction, FollowUpReason, Message, utcnow
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}
WROTE = ("Lost the job today and the old friends called me to the bar, I said no for now but "
         "I keep thinking about it and I need to talk to someone before the evening")


def _seed(app) -> str:
    with app.app_context():
        staff = make_user("staff", email="staff@example.org", name="Priya").email
        ravi = make_alumnus(first_name="Ravi", last_name="Patil", phone="+919812345601")
        message = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=ravi.id, body=WROTE,
                          from_addr=ravi.phone)
        db.session.add(message)
        db.session.flush()
        crisis, _ = open_case(ravi.id, FollowUpReason.CRISIS, message_id=message.id)
        crisis.trigger = "the bar, tonight"
        sunita = make_alumnus(first_name="Sunita", last_name="Jadhav", phone="+919812345602")
        missed, _ = open_case(sunita.id, FollowUpReason.MISSED)
        missed.opened_at = utcnow() - timedelta(hours=30)
        db.session.commit()
        return staff


def test_the_call_list_from_the_queue_to_paper(app, live_server, browser):
    email = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP, accept_downloads=True)
    sign_in(page, live_server, email)

    page.goto(f"{live_server}/workspace/")
    assert page.get_by_role("link", name="+91 98123 45601").get_attribute("href") == "tel:+919812345601"
    page.screenshot(path=str(ARTIFACTS / "call-list-queue-phones.png"), full_page=True)

    page.get_by_label("Reason").select_option("crisis")
    page.get_by_role("button", name="Filter").click()
    page.get_by_role("link", name="Print the call list").click()
    page.wait_for_url("**/workspace/print?reason=crisis")
    rows = page.locator("tbody tr")
    assert rows.count() == 1, "the queue's filter carried to the list"
    row = rows.first.inner_text()
    assert "Ravi Patil" in row and "+91 98123 45601" in row and "the bar, tonight" in row
    assert "Lost the job today" in row
    assert page.get_by_role("navigation").count() == 0 and page.get_by_role("button").count() == 0
    page.screenshot(path=str(ARTIFACTS / "call-list-screen.png"), full_page=True)

    page.emulate_media(media="print")
    assert not page.get_by_role("link", name="Back to the queue").is_visible(), "no links to go back on paper"
    assert page.locator("tbody tr").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "call-list-print.png"), full_page=True)
    pdf = page.pdf(path=str(ARTIFACTS / "call-list.pdf"), prefer_css_page_size=True)
    assert pdf.startswith(b"%PDF")
    page.emulate_media(media="screen")

    with page.expect_download() as download:
        page.get_by_role("link", name="The same list as CSV").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert download.value.suggested_filename == "call-list.csv"
    assert "Ravi Patil" in text and "Sunita Jadhav" not in text


def test_the_queue_page_printed_as_it_is_shows_the_people_not_the_menu(app, live_server, browser):
    """A coordinator who prints the queue itself (Ctrl-P) rather than the call list gets the
    people, their numbers and why, without the menu, the filters or the case buttons."""
    email = _seed(app)
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, email)
    page.goto(f"{live_server}/workspace/")
    menu = page.get_by_role("navigation", name="Main")
    filters = page.get_by_role("search", name="Filter the queue")
    assert menu.is_visible() and filters.is_visible() and page.get_by_role("button").count() > 0

    page.emulate_media(media="print")
    assert not menu.is_visible() and not filters.is_visible()
    assert not any(b.is_visible() for b in page.get_by_role("button").all())
    queue = page.locator("main").inner_text()
    assert "Ravi Patil" in queue and "+91 98123 45601" in queue and "Sunita Jadhav" in queue
    assert "Print the call list" not in queue and "Actions" not in queue
    page.screenshot(path=str(ARTIFACTS / "queue-printed.png"), full_page=True)
    page.emulate_media(media="screen")
