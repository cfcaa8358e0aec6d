"""The reader's language below the web layer: which one Flask-Babel chose for this request
(English outside a request, in a job and in the API: alumni/web/staff_locale.py decides), and
an alumnus's language as staff call it, in the reader's words. Here so the timeline sources
of the feature packages (peer support's, the core's) say dates and languages as the pages do."""
from __future__ import annotations

from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from alumni.domain.staff_languages import staff_language

# An alumnus's language as staff call it, in the staff member's language.
ALUMNUS_LANGUAGE_WORDS = {"en": _l("English"), "hi": _l("Hindi"), "mr": _l("Marathi")}


def language_word(code: str) -> str:
    return ALUMNUS_LANGUAGE_WORDS.get(code, code)


def current_language() -> str:
    locale = get_locale()
    return staff_language(str(locale) if locale else None)
