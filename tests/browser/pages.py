"""Steps every browser test takes the same way."""
from tests.support.accounts import PASSWORD


def sign_in(page, base: str, email: str) -> None:
    """Sign in through the login form as a person would, and wait for the home page."""
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/")
