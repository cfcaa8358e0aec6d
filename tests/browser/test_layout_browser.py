"""The base layout in a real browser (Debian's chromium via Playwright): it fits a phone
without sideways scrolling, the skip link works from the keyboard, and nothing on the
base pages breaks the Content-Security-Policy."""
from __future__ import annotations

import pytest

from tests.browser.pages import sign_in
from tests.support.accounts import make_user

PAGES = ["/", "/account/password", "/admin/users", "/admin/audit"]


def _page(browser, width, height, problems):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return page


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)])
def test_base_pages_fit_the_screen_and_raise_no_csp_errors(app, live_server, browser, width, height):
    with app.app_context():
        make_user("admin", email="boss@example.org", name="Priya Admin")
    problems: list[str] = []
    page = _page(browser, width, height, problems)
    page.goto(f"{live_server}/login")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    sign_in(page, live_server, "boss@example.org")
    for path in PAGES:
        page.goto(f"{live_server}{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{path} scrolls sideways at {width}px ({overflow}px wide)"
    assert problems == []


def test_keyboard_user_skips_the_menu_and_sees_where_focus_is(app, live_server, browser):
    with app.app_context():
        make_user("admin", email="boss@example.org")
    page = _page(browser, 1280, 800, [])
    sign_in(page, live_server, "boss@example.org")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    # The focus ring is drawn (not suppressed) on the focused control.
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
