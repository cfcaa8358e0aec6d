"""What a group message's audience is, in the reader's language: the service words it in
English once (audience_words in alumni/peer/cohort_messages.py, stored on the message and
read by the audit and the API), and the pages and the timeline say it again here from the
audience's kind and value; the form's choices name a month and a meeting's time in the
reader's words too. The names in them (a cohort's, a programme's, a meeting's title) stay as
they were written."""
from __future__ import annotations

from datetime import date

from babel.dates import format_datetime
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.reader_clock import said_in_words
from alumni.core.reader_language import current_language, language_word
from alumni.core.sentences_read_back import read_back
from alumni.domain.cohort_messages import AudienceKind
from alumni.domain.recurrence import utc_to_local
from alumni.domain.staff_languages import DEFAULT_STAFF_LANGUAGE
from alumni.extensions import db
from alumni.models import EventOccurrence
from alumni.peer.peer_messages import format_when

# What audience_words writes that is not made again from the kind and value: a cohort under
# the name it had when the message was written, and an audience no longer on record.
WORDS_AS_WRITTEN = {"Cohort {name}": _l("Cohort %(name)s"),
                    "A cohort no longer on record": _l("A cohort no longer on record"),
                    "A meeting no longer on record": _l("A meeting no longer on record")}


def month_said(value: str) -> str:
    """ "2026-03" as "March 2026", the month in the reader's words."""
    return said_in_words(date.fromisoformat(f"{value}-01"), "%B %Y", "MMMM y")


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
    if kind == AudienceKind.DISCHARGE_MONTH:
        return _("Discharged in %(month)s", month=month_said(value))
    if kind == AudienceKind.PROGRAMME:
        return _("Programme %(name)s", name=value)
    if kind == AudienceKind.LANGUAGE:
        return _("Everyone reading %(language)s", language=language_word(value))
    if kind == AudienceKind.MEETING and (meeting := _meeting(value)) is not None:
        return meeting
    return read_back(english, WORDS_AS_WRITTEN)
