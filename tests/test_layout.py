"""The base layout is usable by keyboard and screen reader: a skip link, landmarks, and every
form control with a label a screen reader can announce."""
from html.parser import HTMLParser

import pytest

PAGES = ["/", "/account/password", "/admin/users", "/admin/audit"]
UNLABELLED_TYPES = {"hidden", "submit", "button", "reset", "image"}


class PageOutline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.label_for: set[str] = set()
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict]] = []
        self._label_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "label":
            self._label_depth += 1
            if attrs.get("for"):
                self.label_for.add(attrs["for"])
        if tag in ("input", "select", "textarea") and attrs.get("type") not in UNLABELLED_TYPES:
            self.controls.append({**attrs, "_in_label": self._label_depth > 0})

    def handle_endtag(self, tag):
        if tag == "label":
            self._label_depth -= 1


def outline(html: str) -> PageOutline:
    page = PageOutline()
    page.feed(html)
    return page


def _assert_labelled(page: PageOutline):
    for control in page.controls:
        named = (control["_in_label"] or control.get("id") in page.label_for
                 or control.get("aria-label") or control.get("aria-labelledby"))
        assert named, f"form control without a label: {control}"
        for ref in (control.get("aria-describedby") or "").split():
            assert ref in page.ids, f"aria-describedby points at a missing id {ref!r}"


def _assert_landmarks(page: PageOutline):
    tags = [tag for tag, _ in page.tags]
    html = dict(page.tags)["html"]
    assert html.get("lang")
    first_link = next(attrs for tag, attrs in page.tags if tag == "a")
    assert first_link.get("href") == "#main", "the first link is the skip link"
    assert "main" in page.ids and tags.count("main") == 1 and tags.count("h1") == 1
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in page.tags


def test_login_page_is_labelled_and_has_one_heading(client):
    page = outline(client.get("/login").text)
    _assert_landmarks(page)
    _assert_labelled(page)
    autocomplete = {c["name"]: c.get("autocomplete") for c in page.controls}
    assert autocomplete == {"email": "username", "password": "current-password"}


def test_a_form_error_is_tied_to_its_field(client):
    page = outline(client.post("/login", data={"email": "", "password": ""}).text)
    _assert_labelled(page)
    email = next(c for c in page.controls if c["name"] == "email")
    assert email["aria-invalid"] == "true" and email["aria-describedby"] == "email-error"


@pytest.mark.parametrize("path", PAGES)
def test_signed_in_pages_have_landmarks_and_labelled_controls(login_as, path):
    page = outline(login_as("admin").get(path).text)
    _assert_landmarks(page)
    _assert_labelled(page)
    navs = [attrs for tag, attrs in page.tags if tag == "nav"]
    assert any(nav.get("aria-label") == "Main" for nav in navs)


def test_the_menu_marks_the_current_page(login_as):
    page = login_as("admin").get("/admin/audit").text
    assert 'aria-current="page">Audit log</a>' in page
    assert 'aria-current="page">Users</a>' not in page
