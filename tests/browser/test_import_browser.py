"""A coordinator imports a CSV with bad rows in a real browser (Debian's chromium driven by
Playwright): after "import the valid rows only" the report stays, says which rows went in
and why the others were skipped, and the skipped rows download as a CSV with a problem
column. Screenshots go to test-artifacts/."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from tests.browser.conftest import ARTIFACTS
from tests.browser.pages import sign_in
from tests.support.accounts import make_user

DESKTOP = {"width": 1280, "height": 900}
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
FILE = ("first_name,last_name,phone,language,discharge_date,consent_sms\n"
        f"अनिता,देशमुख,98123 45612,मराठी,{YESTERDAY},yes\n"
        f"John,Fernandes,12345,English,{YESTERDAY},yes\n"
        "Maya,Rao,98123 45690,Hindi,2999-01-01,yes\n")


def test_the_report_stays_after_importing_the_valid_rows(app, live_server, browser, tmp_path):
    with app.app_context():
        coordinator = make_user("coordinator", email="import@example.org").email
    upload = tmp_path / "alumni.csv"
    upload.write_text(FILE, encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport=DESKTOP, accept_downloads=True)
    sign_in(page, live_server, coordinator)

    page.goto(f"{live_server}/alumni/import")
    page.get_by_label("CSV file (UTF-8)").set_input_files(str(upload))
    page.get_by_role("button", name="Check the file").click()
    page.wait_for_url("**/alumni/import/*")
    report_url = page.url
    assert "3 row(s) read; 1 valid" in page.locator(".lead").inner_text()
    page.get_by_label("Import the valid rows only").check()
    page.get_by_role("button", name="Import").click()

    page.wait_for_url(report_url)
    assert "Imported 1 alumnus" in page.locator(".flashes").inner_text()
    assert "1 row(s) imported; 2 row(s) skipped" in page.locator(".lead").inner_text()
    skipped = page.locator(".skipped-rows").inner_text()
    assert "3\tphone:" in skipped and "discharge_date: The discharge date cannot be in the future." in skipped
    assert "अनिता देशमुख" in page.locator(".imported-rows").inner_text()
    page.screenshot(path=str(ARTIFACTS / "import-report.png"), full_page=True)

    page.reload()
    assert "2 row(s) skipped" in page.locator(".lead").inner_text(), "the report is still there"
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the skipped rows (CSV)").click()
    text = download.value.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0][-1] == "problem" and [row[0] for row in rows[1:]] == ["John", "Maya"]

    page.get_by_role("link", name="अनिता देशमुख").click()
    page.wait_for_url("**/alumni/*")
    assert "अनिता देशमुख" in page.locator("h1").inner_text()
