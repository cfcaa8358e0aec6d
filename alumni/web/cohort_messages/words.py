"""A group message's pages in the reader's language. The domain and the service keep their
words in English (the audience's words are stored on the message and read by the timeline
and the audit): why someone is skipped (SKIP_WORDS of alumni/domain/cohort_messages.py; a
test checks none is missing) and what the audience is (audience_words of
alumni/peer/cohort_messages.py), said again here from the audience's kind and value. The
names in it (a cohort's, a programme's, a meeting's title) stay as they were written."""
from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_datetime
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.domain.cohort_messages import AudienceKind, SkipReason
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


def _month(value: str) -> str:
    """ "2026-03" as "March 2026", the month in the reader's words."""
    first = date.fromisoformat(f"{value}-01")
    language = current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        return first.strftime("%B %Y")
    return format_date(first, "MMMM y", locale=language)


def _meeting(occurrence_id: str) -> str | None:
    occurrence = db.session.get(EventOccurrence, int(occurrence_id)) if occurrence_id.isdigit() else None
    if occurrence is None:
        return None
    event, language = occurrence.event, current_language()
    if language == DEFAULT_STAFF_LANGUAGE:
        when = format_when(occurrence.starts_at, event.timezone)
    else:
        when = format_datetime(utc_to_local(occurrence.starts_at, event.timezone), "EEE d MMM, HH:mm", locale=language)
    return _("Invited to %(meeting)s, %(when)s", meeting=event.title, when=when)


def audience_said(kind: str, value: str, english: str) -> str:
    """`english`: the audience as the service worded it (audience_words), when the message
    was written or sent; a cohort keeps the name it had then."""
    if kind == AudienceKind.COHORT and english.startswith(COHORT_PREFIX):
        return _("Cohort %(name)s", name=english.removeprefix(COHORT_PREFIX))
    if kind == AudienceKind.DISCHARGE_MONTH:
        return _("Discharged in %(month)s", month=_month(value))
    if kind == AudienceKind.PROGRAMME:
        return _("Programme %(name)s", name=value)
    if kind == AudienceKind.LANGUAGE:
        return _("Everyone reading %(language)s", language=language_word(value))
    if kind == AudienceKind.MEETING and (meeting := _meeting(value)) is not None:
        return meeting
    return str(GONE_WORDS.get(english, english))
