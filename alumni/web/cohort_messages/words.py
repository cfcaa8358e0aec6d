"""A group message's pages in the reader's language. The domain and the service keep their
words in English (the audience's words are stored on the message and read by the timeline
and the audit): why someone is skipped (SKIP_WORDS of alumni/domain/cohort_messages.py; a
test checks none is missing), what the audience is (audience_words of
alumni/peer/cohort_messages.py) and what is wrong with a text (text_problems), said again
here; the form's choices name a month and a meeting's time in the reader's words too. The
names in them (a cohort's, a programme's, a meeting's title) stay as they were written."""
from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_datetime
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back
from alumni.domain.cohort_messages import LANGUAGE_WORDS, AudienceKind, SkipReason
from alumni.domain.recurrence import utc_to_local
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE
from alumni.extensions import db
from alumni.models import EventOccurrence
from alumni.peer.peer_messages import format_when
from alumni.web.staff_locale import current_language, language_word

SKIP_WORDS = {
    SkipReason.PAUSED: _l("follow-up paused"),
    SkipReason.NO_CONSENT: _l("no consent for their channel"),
    SkipReason.NO_ADDRESS: _l("no number (or email address) for their channel"),
}
GONE_WORDS = {"A cohort no longer on record": _l("A cohort no longer on record"),
              "A meeting no longer on record": _l("A meeting no longer on record")}
COHORT_PREFIX = "Cohort "


def month_said(value: str) -> str:
    """ "2026-03" as "March 2026", the month in the reader's words."""
    first = date.fromisoformat(f"{value}-01")
    language = current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        return first.strftime("%B %Y")
    return format_date(first, "MMMM y", locale=language)


def _occurrence(occurrence_id: str) -> EventOccurrence | None:
    return db.session.get(EventOccurrence, int(occurrence_id)) if occurrence_id.isdigit() else None


def meeting_when(occurrence: EventOccurrence) -> str:
    """'Sun 12 May, 18:30' in the meeting's own zone, the weekday and month in the reader's words."""
    event, language = occurrence.event, current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        return format_when(occurrence.starts_at, event.timezone)
    return format_datetime(utc_to_local(occurrence.starts_at, event.timezone), "EEE d MMM, HH:mm", locale=language)


def _meeting(occurrence_id: str) -> str | None:
    occurrence = _occurrence(occurrence_id)
    if occurrence is None:
        return None
    return _("Invited to %(meeting)s, %(when)s", meeting=occurrence.event.title, when=meeting_when(occurrence))


def choice_said(kind: str, value: str, english: str) -> str:
    """One audience as the form lists it under its kind: a cohort's or a programme's name, a
    month, a language, a meeting's title and time."""
    if kind == AudienceKind.DISCHARGE_MONTH:
        return month_said(value)
    if kind == AudienceKind.LANGUAGE:
        return language_word(value)
    if kind == AudienceKind.MEETING and (occurrence := _occurrence(value)) is not None:
        return f"{occurrence.event.title}, {meeting_when(occurrence)}"
    return english


def audience_said(kind: str, value: str, english: str) -> str:
    """`english`: the audience as the service worded it (audience_words), when the message
    was written or sent; a cohort keeps the name it had then."""
    if kind == AudienceKind.COHORT and english.startswith(COHORT_PREFIX):
        return _("Cohort %(name)s", name=english.removeprefix(COHORT_PREFIX))
    if kind == AudienceKind.DISCHARGE_MONTH:
        return _("Discharged in %(month)s", month=month_said(value))
    if kind == AudienceKind.PROGRAMME:
        return _("Programme %(name)s", name=value)
    if kind == AudienceKind.LANGUAGE:
        return _("Everyone reading %(language)s", language=language_word(value))
    if kind == AudienceKind.MEETING and (meeting := _meeting(value)) is not None:
        return meeting
    return str(GONE_WORDS.get(english, english))


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
