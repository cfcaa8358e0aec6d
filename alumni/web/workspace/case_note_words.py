"""The notes services write on a case, and why a case was flagged, in the reader's language.

Services open cases with an English note ("Scores sliding: ...", "Message not delivered: ...")
and an English trigger (the crisis detector's "suicide (matched: jeena + nahi)", a slide's or
the recovery monitor's why); the audit, the API and the logs read them as written. The case,
the queue and the printed list read them back here (alumni/core/sentences_read_back.py),
paragraph by paragraph, and a test checks every note the services write has its shape.
What follows a shape's colon that is not ours (a provider's reason, a person's name, a
resolution's note, the words the alumnus wrote) stays as written.

    case_note_words("Several check-ins in a row went unanswered.")
        ->  "सलग अनेक चेक-इनना उत्तर आले नाही." (Marathi)
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.core.handling_words import CRISIS_TERM_WORDS, slide_said
from alumni.core.reader_language import channel_name
from alumni.core.reply_handling_words import danger_reason_said
from alumni.core.sentences_read_back import read_back_known
from alumni.recovery.referral_words_translated import case_note_words as referral_note_words
from alumni.workspace.queue import CALL_LIST_EXCERPT, EXCERPT, excerpt

# The crisis detector's categories (Category values, "_" as " "), as Finding.explain names them.
CATEGORY_WORDS = {**CRISIS_TERM_WORDS, "craving": _l("craving")}


def _category_said(english: str) -> str:
    return str(CATEGORY_WORDS.get(english, english))


# One finding of Finding.explain; the matched words are the alumnus's own and stay as written.
# The classifier's findings say what the text resembles ("possible ..." first: a shape of the
# plain head would read "possible suicide" as one category).
FINDING_WORDS = {
    "possible {category} (about someone else) (resembles {kind} messages: {words})":
        _l("possible %(category)s (about someone else) (resembles %(kind)s messages: %(words)s)"),
    "possible {category} (resembles {kind} messages: {words})":
        _l("possible %(category)s (resembles %(kind)s messages: %(words)s)"),
    "{category} (about someone else) (resembles {kind} messages: {words})":
        _l("%(category)s (about someone else) (resembles %(kind)s messages: %(words)s)"),
    "{category} (resembles {kind} messages: {words})": _l("%(category)s (resembles %(kind)s messages: %(words)s)"),
    "{category} (about someone else) (matched: {words})":
        _l("%(category)s (about someone else) (matched: %(words)s)"),
    "{category} (matched: {words})": _l("%(category)s (matched: %(words)s)"),
}
def _reason_said(english: str) -> str | None:
    return read_back_known(english, FINDING_WORDS, {"category": _category_said, "kind": _category_said}) \
        or danger_reason_said(english)


def trigger_words(trigger: str | None) -> str:
    """Why a case or a relapse was flagged, in the reader's words: the crisis detector's
    findings or the monitor's reasons joined by "; ", else a slide's why. A cut end (the
    trigger is stored in 200 characters) stays as written."""
    if not trigger:
        return ""
    reasons = trigger.split("; ")
    said = [_reason_said(reason) for reason in reasons]
    if all(s is None for s in said):
        return slide_said(trigger)
    return "; ".join(s if s is not None else reason for s, reason in zip(said, reasons, strict=True))


def _tried_said(english: str) -> str:
    return ", ".join(channel_name(channel) for channel in english.split(", "))


# The notes open_case is given (alumni/replies, delivery, workspace sweeps, peer, recovery).
NOTE_WORDS = {
    "Scores sliding: {why}": _l("Scores sliding: %(why)s"),
    # The longer shapes first: a mentor or a supporter who is also another alumnus's.
    "Raised by their mentor {name} (also mentors {others}: check whom it is about)":
        _l("Raised by their mentor %(name)s (also mentors %(others)s: check whom it is about)"),
    "Raised by their mentor {name}": _l("Raised by their mentor %(name)s"),
    "Raised by {who}, a supporter, who also supports {others}: check whom it is about":
        _l("Raised by %(who)s, a supporter, who also supports %(others)s: check whom it is about"),
    "Raised by {who}, a supporter": _l("Raised by %(who)s, a supporter"),
    "Message not delivered: {reason}": _l("Message not delivered: %(reason)s"),
    "Check-in could not be sent: {reason}": _l("Check-in could not be sent: %(reason)s"),
    "Several check-ins in a row went unanswered.": _l("Several check-ins in a row went unanswered."),
    "No reply to the check-in or nudges (tried {tried}). Please call.":
        _l("No reply to the check-in or nudges (tried %(tried)s). Please call."),
    "Recovery monitor (unfinished): {why}": _l("Recovery monitor (unfinished): %(why)s"),
    "Recovery monitor: {why}": _l("Recovery monitor: %(why)s"),
    "Asked for a mentor but has none matched yet.": _l("Asked for a mentor but has none matched yet."),
    "Resolution: {note}": _l("Resolution: %(note)s"),
}
NOTE_PARTS = {"why": trigger_words, "tried": _tried_said}


def _paragraph_said(paragraph: str) -> str:
    said = read_back_known(paragraph, NOTE_WORDS, NOTE_PARTS)
    return said if said is not None else referral_note_words(paragraph)


def case_note_words(note: str | None) -> str:
    """A case's note in the reader's words, paragraph by paragraph (a resolution's note is
    added as a paragraph of its own); a paragraph no shape says stays as written."""
    if not note:
        return ""
    return "\n\n".join(_paragraph_said(paragraph) for paragraph in note.split("\n\n"))


def case_note_excerpt(note: str | None, for_call_list: bool = False) -> str:
    """The queue's (or the printed call list's) excerpt of a case's note, cut after it is
    read back: the stored excerpt has its paragraphs run together, which no shape reads."""
    return excerpt(case_note_words(note), CALL_LIST_EXCERPT if for_call_list else EXCERPT)
