"""Why a check-in or text did not go, in the words staff use. The code that closes a row
writes its reason (alumni/domain/send_rules.py, plans/plans.py, status changes, peer and
recovery); pages and the timeline read it through skip_words.

    skip_words("no current consent for sms")  ->  "not sent: no SMS consent"
"""
from __future__ import annotations

import re

from alumni.domain.vocabulary import CHANNEL_WORDS, Channel

# Each reason as the code that closed the row wrote it.
SKIP_WORDS = {
    "paused": "follow-up paused",
    "withdrawn": "withdrawn from follow-up",
    "erased": "record erased",
    "record erased": "record erased",
    "withdrawn from the programme": "withdrawn from follow-up",
    "enrolled late": "enrolled after this step",
    "plan attached after this step": "put on the plan after this step",
    "plan changed": "the plan was changed",
    "step removed from the plan": "step removed from the plan",
    "re-plan moved it into the past": "rescheduled to a day already past",
    "meeting cancelled": "meeting cancelled",
    "said no": "they said they are not coming",
    "mentor match ended": "mentor match ended",
    "the questionnaire expired": "questionnaire expired",
    "milestone text no longer wanted": "milestone texts no longer wanted",
    # a cohort message's codes (alumni/domain/cohort_messages.py SkipReason)
    "no_consent": "no consent for their channel",
    "no_address": "no number or email address for their channel",
}
_NO_CONSENT = re.compile(r"no current consent for (\w+)")
_NO_ADDRESS = re.compile(r"no (phone number|email address) for (\w+)")


def _channel(code: str) -> str:
    return next((words for channel, words in CHANNEL_WORDS.items() if channel == code), code)


def skip_words(reason: str | None) -> str:
    """Why a message did not go, in the words staff use; a reason not listed is already
    words (a sender's plain-language reason) and is shown as it is."""
    if not reason:
        return ""
    if reason in SKIP_WORDS:
        return f"not sent: {SKIP_WORDS[reason]}"
    if match := _NO_CONSENT.fullmatch(reason):
        return f"not sent: no {_channel(match.group(1))} consent"
    if match := _NO_ADDRESS.fullmatch(reason):
        what, channel = match.groups()
        return f"not sent: no {what}" + ("" if channel == Channel.EMAIL else f" for {_channel(channel)}")
    return f"not sent: {reason}"
