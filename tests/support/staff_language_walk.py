"""Walking staff pages in a language: the visible text of a page, and which of the
catalogue's English sentences are still on it.

Every msgid in translations/messages.pot is a sentence staff would see in English; finding
one as-is on a page means a string was marked but not translated, or the catalogue was not
compiled (`make translations`). A test module that walks pages uses `compiled_catalogues`
(as an autouse fixture of its own) and `untranslated_on(visible_text(html))`, or
`english_left_on(app, html)` for a whole page of the app."""
from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser

import pytest
from babel.messages.pofile import read_po

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "translations"
# Kept in English on purpose: what staff say in English whatever language they speak.
# "English" is also how the language choice names English, in its own script (staff_languages.py).
KEPT_IN_ENGLISH = {"API tokens", "English"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def require_compiled_catalogues() -> None:
    for language in ("mr", "hi"):
        po = TRANSLATIONS / language / "LC_MESSAGES" / "messages.po"
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            pytest.fail(f"{mo} is missing or older than its .po: run `make translations`")


class _VisibleText(HTMLParser):
    """The text a person reads: element text, and the labels a screen reader speaks. What
    a form holds (an input's value, a textarea's text) is what someone typed, not the page's
    words: the default plan's description is the centre's to write, in its own language."""
    HIDDEN = {"script", "style", "title", "textarea"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._skip += 1
        for name, value in attrs:
            if name in ("aria-label", "placeholder", "data-label") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


@cache
def english_sentences() -> list[str]:
    """Each msgid (singular and plural) cut at its placeholders into the fixed words a page
    would show; single short words are left out where they could be a name or a code."""
    catalogue = read_po((TRANSLATIONS / "messages.pot").open("rb"))
    sentences = set()
    for message in catalogue:
        if not message.id:
            continue
        for msgid in (message.id if isinstance(message.id, tuple) else (message.id,)):
            if msgid in KEPT_IN_ENGLISH:
                continue
            for fragment in PLACEHOLDER.split(msgid):
                fragment = fragment.strip(" .,:;()")
                if len(fragment) >= 4 and (" " in fragment or fragment[0].isupper()):
                    sentences.add(fragment)
    return sorted(sentences)


def untranslated_on(text: str) -> list[str]:
    # The plain substring test first: most sentences are not on a page at all, and the
    # word-boundary search of each would cost a page a tenth of a second.
    return [s for s in english_sentences()
            if s in text and re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]


def english_left_on(app, html: str) -> list[str]:
    """The catalogue's English sentences on one of the app's pages. The centre's name is a
    name, not a sentence ("Sunrise Recovery Centre" holds "Recovery")."""
    return untranslated_on(visible_text(html).replace(app.config["CENTRE_NAME"], ""))
