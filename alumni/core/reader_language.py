"""The reader's language below the web layer: which one Flask-Babel chose for this request
(English outside a request, in a job and in the API: alumni/web/staff_locale.py decides), and
an alumnus's language and a channel as staff call them mid-sentence, in the reader's words.
Here so the timeline sources of the feature packages (peer support's, the core's) say dates,
languages and channels as the pages do."""
from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from alumni.domain.staff_languages import staff_language
from alumni.domain.vocabulary import CHANNEL_WORDS

# An alumnus's language as staff call it, in the staff member's language.
ALUMNUS_LANGUAGE_WORDS = {"en": _l("English"), "hi": _l("Hindi"), "mr": _l("Marathi")}
# A channel mid-sentence: email in lower case; SMS and WhatsApp stay as they are.
CHANNEL_NAMES = {"email": _l("email")}


def language_word(code: str) -> str:
    return ALUMNUS_LANGUAGE_WORDS.get(code, code)


def channel_name(code: str) -> str:
    """A channel by its code ("sms") or as the domain words it ("SMS"), mid-sentence."""
    return str(CHANNEL_NAMES.get(code.lower(), CHANNEL_WORDS.get(code, code)))


def current_language() -> str:
    locale = get_locale()
    return staff_language(str(locale) if locale else None)
