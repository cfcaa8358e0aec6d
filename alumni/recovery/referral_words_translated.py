"""A late referral in the staff member's language. The domain writes why a referral is late
in English (alumni/domain/referrals.py LATE_SENTENCES) and the reminder sweep keeps that
sentence in its case's note (referral_reminders.REMINDER_NOTE); the pages read both back
through the msgids below (alumni/core/sentences_read_back.py), and a test checks that every
sentence has its msgid.

    late_words(late)  ->  "रेफरलनंतर 9 दिवस झाले तरी अपॉइंटमेंट ठरलेली नाही" (Marathi)
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.sentences_read_back import read_back
from alumni.domain.referrals import (
    AWAITING_APPOINTMENT,
    AWAITING_OUTCOME,
    NO_APPOINTMENT_BOOKED,
    NO_OUTCOME_RECORDED,
    Overdue,
)
from alumni.recovery.referral_reminders import REMINDER_NOTE

LATE_WORDS = {
    NO_APPOINTMENT_BOOKED: _l("No appointment booked %(days)s days after the referral"),
    NO_OUTCOME_RECORDED: _l("Appointment on %(day)s passed with no outcome recorded"),
}
# What is awaited, as the timeline's "Referral #3 overdue: appointment awaited" names it.
AWAITED_WORDS = {AWAITING_APPOINTMENT: _l("appointment"), AWAITING_OUTCOME: _l("outcome")}
NOTE_WORDS = {REMINDER_NOTE: _l("Referral #%(id)s: %(late)s.")}


def late_words(late: Overdue | None) -> str:
    return read_back(late.words, LATE_WORDS) if late is not None else ""


def awaited_words(step: str) -> str:
    return str(AWAITED_WORDS.get(step, step))


def _late_sentence(english: str) -> str:
    return read_back(english, LATE_WORDS)


def case_note_words(note: str | None) -> str:
    """A case's note with the reminder's sentence in the reader's words; any other
    paragraph (a resolution's note, a mentor's words) as written."""
    if not note:
        return ""
    return "\n\n".join(read_back(paragraph, NOTE_WORDS, {"late": _late_sentence})
                       for paragraph in note.split("\n\n"))
