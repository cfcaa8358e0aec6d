"""What is wrong with a meeting, in the reader's language. The rules and the service keep
their sentences in English (alumni/domain/event_rules.py's event_problems, the refusals
of alumni/peer/events.py, also read by the API); each sentence they can give is a msgid
below, read back through alumni/core/sentences_read_back.py, and a test checks none is
missing. A sentence not listed is shown as written."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back
from alumni.peer.events import EventInvalid

PROBLEM_WORDS = {
    "Give the meeting a title.": _l("Give the meeting a title."),
    "Choose in person, online, or both.": _l("Choose in person, online, or both."),
    "Say where the meeting is.": _l("Say where the meeting is."),
    "Give the meeting link, starting with https://": _l("Give the meeting link, starting with https://"),
    "The first meeting must be in the future.": _l("The first meeting must be in the future."),
    "A new date must be in the future.": _l("A new date must be in the future."),
    "Choose one-off, weekly or monthly.": _l("Choose one-off, weekly or monthly."),
    "Choose who is invited.": _l("Choose who is invited."),
    # event_problems says "at least one {audience}" with the audience's name less its "s".
    "Choose at least one cohort to invite.": _l("Choose at least one cohort to invite."),
    "Choose at least one language to invite.": _l("Choose at least one language to invite."),
    "Choose at least one programme to invite.": _l("Choose at least one programme to invite."),
    "A meeting lasts between 15 minutes and 10 hours.": _l("A meeting lasts between 15 minutes and 10 hours."),
    "Invite between 0 and 60 days ahead.": _l("Invite between 0 and 60 days ahead."),
    "This meeting is already cancelled.": _l("This meeting is already cancelled."),
    "This meeting has already started; it cannot be cancelled.":
        _l("This meeting has already started; it cannot be cancelled."),
}


def problem_words(english: str) -> str:
    return read_back(english, PROBLEM_WORDS)


def refusal_words(error: EventInvalid) -> str:
    """Every problem of the refusal, as str(error) joins them."""
    return "; ".join(problem_words(text) for text in error.fields.values())
