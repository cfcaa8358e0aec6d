"""What a case and a contact are called in staff words: why a case is open, how a contact
was made and how it went, how a case ended. Lazy strings, put into the staff member's
language when shown; the core keeps them so the timeline (alumni/core/timeline.py) and the
workspace (alumni/workspace/followups.py, which passes them on) say the same thing."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from alumni.models import ContactKind, ContactOutcome, FollowUpReason

REASON_WORDS = {
    FollowUpReason.CRISIS: _l("Crisis words in a reply"),
    FollowUpReason.LOW_SCORE: _l("Low wellbeing score"),
    FollowUpReason.CALLBACK: _l("Asked for a call"),
    FollowUpReason.MISSED: _l("Not answering check-ins"),
    FollowUpReason.UNREACHABLE: _l("Messages cannot be delivered"),
    FollowUpReason.UNREAD_TEXT: _l("Wrote something that needs reading"),
    FollowUpReason.MENTOR_REQUEST: _l("Asked for a mentor"),
    FollowUpReason.URGENT: _l("Urgent: call them today"),
    FollowUpReason.DECLINING: _l("Wellbeing scores sliding"),
    FollowUpReason.REFERRAL_DUE: _l("Referral back to treatment needs its next step"),
}
CONTACT_KIND_WORDS = {ContactKind.CALL: _l("Call"), ContactKind.VISIT: _l("Visit"), ContactKind.MESSAGE: _l("Message")}
CONTACT_OUTCOME_WORDS = {
    ContactOutcome.REACHED: _l("Reached"),
    ContactOutcome.NO_ANSWER: _l("No answer"),
    ContactOutcome.LEFT_MESSAGE: _l("Left a message"),
    ContactOutcome.REFERRED: _l("Referred back to treatment"),
    ContactOutcome.WRONG_NUMBER: _l("Wrong number"),
}
# How a case ends, in the words staff choose from.
RESOLUTION_WORDS = {
    "reached_ok": _l("Reached: doing all right"),
    "support_arranged": _l("Reached: support arranged"),
    "referred": _l("Referred back to treatment"),
    "not_a_concern": _l("Not a concern on reading"),
    "unreachable": _l("Could not be reached after several tries"),
    "opted_out": _l("Asked not to be contacted"),
}

# How a case ended when nobody chose: a sweep settled it (SETTLED_OUTCOME in
# alumni/recovery/referral_reminders.py; a test checks the two agree).
RECORDED_OUTCOME_WORDS = {"next step recorded": _l("next step recorded")}


def outcome_words(outcome: str | None) -> str:
    """How a case ended, in words: chosen by staff, recorded by a sweep, or as written."""
    if not outcome:
        return ""
    return str(RESOLUTION_WORDS.get(outcome) or RECORDED_OUTCOME_WORDS.get(outcome) or outcome)


def reason_words(reason: str) -> str:
    return REASON_WORDS.get(reason, reason.replace("_", " ").capitalize())
