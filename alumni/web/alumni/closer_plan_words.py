"""Why a relapse's closer plan cannot be applied, in the reader's language: the service
refuses in English (OfferClosed in alumni/replies/relapse.py) and the profile reads each
sentence back through its shape here (alumni/core/sentences_read_back.py); a test checks
that every sentence the service writes has one."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back
from alumni.web.display_words import status_words

OFFER_CLOSED_WORDS = {
    "That closer plan has already been decided.": _l("That closer plan has already been decided."),
    "{name} is {status}: no check-ins can be added.": _l("%(name)s is %(status)s: no check-ins can be added."),
}


def offer_closed_words(english: str) -> str:
    """The status as staff read it, in lower case mid-sentence (Devanagari has no case)."""
    return read_back(english, OFFER_CLOSED_WORDS, {"status": lambda status: status_words(status).lower()})
