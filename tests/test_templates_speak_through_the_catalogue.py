"""Every sentence a staff page shows comes through the catalogue: no template holds visible
English outside `_()` / `ngettext()` / `pgettext()`.

The walks (tests/test_staff_languages*.py) read pages as staff see them, in the states their
fixtures make; this reads every template whole, so a page or a branch no walk reaches (a new
page, an error state) cannot keep an English sentence either. Jinja's own syntax is taken out
first; what is left is the HTML a person reads: text, and the labels a screen reader speaks."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from jinja2 import Environment, nodes

from tests.conftest import ROOT

TEMPLATES = ROOT / "templates"
# The e-mail to an alumnus is written in their language by other means (their templates).
FOR_ALUMNI = {"email/message.html"}
SPOKEN_ATTRIBUTES = {"aria-label", "placeholder", "title", "alt"}
# Names of CSS classes set through a block ({% block body_class %}), not words.
NOT_WORDS = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


class _ShownText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in SPOKEN_ATTRIBUTES and value]

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def _template_data(source: str) -> str:
    """The template's literal HTML, as Jinja's own parser splits it from its syntax."""
    tree = Environment(extensions=["jinja2.ext.i18n"]).parse(source)
    return " ".join(node.data for node in tree.find_all(nodes.TemplateData))


def english_shown(source: str) -> list[str]:
    parser = _ShownText()
    parser.feed(_template_data(source))
    return [text.strip() for text in parser.parts
            if re.search(r"[A-Za-z]{2,}", text) and not NOT_WORDS.match(text.strip())]


TEMPLATE_NAMES = sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html")
                        if str(p.relative_to(TEMPLATES)) not in FOR_ALUMNI)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_a_template_shows_no_english_outside_the_catalogue(name):
    assert english_shown((TEMPLATES / name).read_text(encoding="utf-8")) == []


def test_the_check_finds_english_left_in_a_template():
    source = ('{% extends "base.html" %}{% block content %}<h1>{{ _("Queue") }}</h1>'
              '<p>Nobody is on call</p><input placeholder="Search by name">{% endblock %}')
    assert english_shown(source) == ["Nobody is on call", "Search by name"]
    translated = '<p>{{ _("Nobody is on call") }}</p>{# a note #}{% block body_class %}auth-page{% endblock %}'
    assert english_shown(translated) == []
