"""The dashboard's charts in a real browser (Debian's chromium driven by Playwright): with
nothing counted yet each chart says so instead of drawing empty axes; with a little data
the rates carry their counts and the failures axis counts whole messages. Screenshots go
to test-artifacts/."""
from __future__ import annotations

from datetime import timedelta

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Cohort, utcnow
from alumni.workspace.figures import rollup
from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus

DESKTOP = {"width": 1280, "height": 900}


def _checkin(alumnus, status, days_ago, score=None):
    at = utcnow() - timedelta(days=days_ago, hours=1)
    db.session.add(CheckIn(alumnus_id=alumnus.id, channel="sms", due_at=at, sent_at=at, status=status, score=score))


def _a_little_data(app):
    """Two weeks of a handful of check-ins: one answered of one; then one of two, and a failure."""
    with app.app_context():
        cohort = Cohort(name="June 2025")
        db.session.add(cohort)
        db.session.commit()
        asha = make_alumnus(first_name="Asha", cohort_id=cohort.id)
        ravi = make_alumnus(first_name="Ravi", cohort_id=cohort.id)
        _checkin(asha, CheckInStatus.REPLIED, days_ago=8, score=4)
        _checkin(asha, CheckInStatus.REPLIED, days_ago=0, score=2)
        _checkin(ravi, CheckInStatus.MISSED, days_ago=0)
        _checkin(ravi, CheckInStatus.FAILED, days_ago=0)
        db.session.commit()
        rollup(days_back=30)


def _open_dashboard(app, live_server, browser):
    with app.app_context():
        make_user("coordinator", email="lead@example.org", name="Lead")
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, live_server, "lead@example.org")
    page.goto(f"{live_server}/reports/")
    return page


def test_an_empty_dashboard_says_there_is_not_enough_data_yet(app, live_server, browser):
    page = _open_dashboard(app, live_server, browser)
    notes = page.locator("#charts-heading ~ .chart-grid .chart-empty")
    assert notes.count() == 5  # the four charts and the recovery monitor's use by month
    assert all(text.startswith("Not enough data yet") for text in notes.all_inner_texts())
    assert page.locator(".chart-grid svg").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#charts-heading").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-empty.png"), full_page=True)


def test_a_little_data_shows_counts_beside_rates_and_whole_message_ticks(app, live_server, browser):
    _a_little_data(app)
    page = _open_dashboard(app, live_server, browser)
    response = page.locator("#figure-response-rate")
    labels = response.locator("text.point-label").all_text_contents()
    assert labels == ["100% (1 of 1)", "50% (1 of 2)"]
    failures = page.locator("#figure-failures")
    ticks = failures.locator("g.axes text[text-anchor='end']").all_text_contents()
    assert ticks == ["0", "1"]
    assert failures.locator("text.point-label").all_text_contents() == ["0 (0 of 1)", "1 (1 of 3)"]
    # Engagement: everything so far is in the first month after discharge, one point.
    assert page.locator("#figure-engagement .chart-empty").inner_text().startswith("Not enough data yet: 1 point")

    wellbeing = page.locator("#figure-wellbeing")
    wellbeing.get_by_text("Figures as a table").click()
    headings = wellbeing.locator("th").all_inner_texts()
    assert headings == ["Week starting", "Cohort", "Average score", "From"]
    assert wellbeing.locator("tbody tr").first.locator("td").all_inner_texts()[2:] == ["4.0 of 5", "1 reply"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#charts-heading").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "dashboard-a-little-data.png"), full_page=True)
