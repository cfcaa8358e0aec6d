"""A group message's pages in the reader's language. The domain keeps its words in English:
why someone is skipped (SKIP_WORDS of alumni/domain/cohort_messages.py; a test checks none is
missing) and what is wrong with a text (text_problems), said again here. What the audience is
and the form's choices are said by alumni/peer/cohort_message_words.py, which the timeline
shares."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.reader_language import language_word
from alumni.core.sentences_read_back import read_back
from alumni.domain.cohort_messages import LANGUAGE_WORDS, SkipReason
from alumni.peer.cohort_message_words import audience_said, choice_said

__all__ = ["SKIP_WORDS", "TEXT_PROBLEM_WORDS", "audience_said", "choice_said", "text_problem_words"]

SKIP_WORDS = {
    SkipReason.PAUSED: _l("follow-up paused"),
    SkipReason.NO_CONSENT: _l("no consent for their channel"),
    SkipReason.NO_ADDRESS: _l("no number (or email address) for their channel"),
}
# text_problems' sentences (alumni/domain/cohort_messages.py), by their shapes.
TEXT_PROBLEM_WORDS = {
    "Write the English text: it goes to everyone whose language has none.":
        _l("Write the English text: it goes to everyone whose language has none."),
    "{language}: at most {limit} characters (this has {count}).":
        _l("%(language)s: at most %(limit)s characters (this has %(count)s)."),
}
_LANGUAGE_CODES = {words: code for code, words in LANGUAGE_WORDS.items()}


def text_problem_words(english: str) -> str:
    return read_back(english, TEXT_PROBLEM_WORDS,
                     {"language": lambda words: language_word(_LANGUAGE_CODES.get(words, words))})
