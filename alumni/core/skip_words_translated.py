"""Why a message did not go, in the staff member's language. The domain keeps its sentence
in English (alumni/domain/skip_words.py, also read by the timeline and outside requests);
this filter reads that sentence and says it again through the catalogue
(alumni/core/sentences_read_back.py): each fixed phrase is a msgid below, and the two
phrases that name a channel are shapes with a placeholder.

    skip_words("no current consent for sms")  ->  "पाठवले नाही: SMS संमती नाही" (Marathi)
"""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.reader_language import channel_name
from alumni.core.sentences_read_back import read_back
from alumni.domain.skip_words import SKIP_WORDS
from alumni.domain.skip_words import skip_words as english_skip_words

PREFIX = "not sent: "
# Each value of the domain's SKIP_WORDS, as a msgid (a test checks none is missing).
SKIP_PHRASES = {
    "follow-up paused": _l("follow-up paused"),
    "withdrawn from follow-up": _l("withdrawn from follow-up"),
    "record erased": _l("record erased"),
    "enrolled after this step": _l("enrolled after this step"),
    "put on the plan after this step": _l("put on the plan after this step"),
    "the plan was changed": _l("the plan was changed"),
    "step removed from the plan": _l("step removed from the plan"),
    "rescheduled to a day already past": _l("rescheduled to a day already past"),
    "meeting cancelled": _l("meeting cancelled"),
    "they said they are not coming": _l("they said they are not coming"),
    "mentor match ended": _l("mentor match ended"),
    "questionnaire expired": _l("questionnaire expired"),
    "milestone texts no longer wanted": _l("milestone texts no longer wanted"),
    "no consent for their channel": _l("no consent for their channel"),
    "no number or email address for their channel": _l("no number or email address for their channel"),
    "no phone number": _l("no phone number"),
    "no email address": _l("no email address"),
}


def _no_address_for(what: str, channel: str) -> str | None:
    """ "no phone number for SMS": the missing thing said by its own phrase above."""
    missing = SKIP_PHRASES.get(f"no {what}")
    return None if missing is None else _("%(what)s for %(channel)s", what=str(missing), channel=channel)


# The phrases that name a channel (the domain says email in lower case mid-sentence).
CHANNEL_SHAPES = {"no {channel} consent": _l("no %(channel)s consent"), "no {what} for {channel}": _no_address_for}
_EVERY_SHAPE = {**SKIP_PHRASES, **CHANNEL_SHAPES}


def _phrase(english: str) -> str:
    """A phrase not listed (a sender's own plain-language reason) is shown as written."""
    return read_back(english, _EVERY_SHAPE, {"channel": channel_name})


def skip_phrase(reason: str | None) -> str:
    """Why, without "not sent:" before it (a group message's timeline line says that itself)."""
    return _phrase(english_skip_words(reason).removeprefix(PREFIX))


def skip_words(reason: str | None) -> str:
    english = english_skip_words(reason)
    if not english.startswith(PREFIX):
        return english
    return _("not sent: %(why)s", why=_phrase(english.removeprefix(PREFIX)))


def untranslated_phrases() -> set[str]:
    """The domain's phrases with no msgid here: empty while the two tables agree."""
    return set(SKIP_WORDS.values()) - set(SKIP_PHRASES)
