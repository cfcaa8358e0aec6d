"""Why a mentor was suggested, in the reader's language. score_mentor
(alumni/domain/mentor_matching.py) gives its reasons as English phrases, which the API reads
and a match keeps (mentor_matches.reasons); the suggestions page and the timeline read each
one back through its shape here (alumni/core/sentences_read_back.py). Names stay as written.

    reason_words("Speaks Marathi")  ->  "मराठी बोलतात" (Marathi)
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.core.reader_language import language_word
from alumni.core.sentences_read_back import read_back
from alumni.domain.mentor_matching import LANGUAGE_NAMES


def _years(num: str) -> str:
    return ngettext("%(num)s year in recovery", "%(num)s years in recovery", int(num))


def _places_free(free: str, num: str) -> str:
    return ngettext("%(free)s of %(num)s place free", "%(free)s of %(num)s places free", int(num), free=free)


REASON_WORDS = {
    "Speaks {language}": _l("Speaks %(language)s"),
    "Same programme ({programme})": _l("Same programme (%(programme)s)"),
    "Same area ({area})": _l("Same area (%(area)s)"),
    "{num} year in recovery": _years,
    "{num} years in recovery": _years,
    "{free} of {num} place free": _places_free,
    "{free} of {num} places free": _places_free,
}
_LANGUAGE_CODES = {name: code for code, name in LANGUAGE_NAMES.items()}


def reason_words(reason: str) -> str:
    """One reason a mentor is suggested, in the reader's words; names stay as written."""
    return read_back(reason, REASON_WORDS, {"language": lambda name: language_word(_LANGUAGE_CODES.get(name, name))})
