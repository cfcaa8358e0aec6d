"""What was done with an inbound message (messages.handling), in the reader's language.

The replies package stores the handling in English (the audit, the API and the logs read it
as written): a fixed sentence for a keyword, an unknown sender or a meeting's RSVP, or the
reply plan's actions joined by "; " with the first letter in capitals (describe_plan in
alumni/domain/replies.py: "Score 4 recorded; opened a call-back case"). The timeline, the
outbox's "Sent as ..." and the unknown-senders inbox read it back here, a whole sentence
first, else action by action (alumni/core/sentences_read_back.py); an action no shape
matches (the cut end of a long handling, a sentence not listed here) stays as written.
A test checks every sentence describe_plan can write."""
from __future__ import annotations

from functools import reduce

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from alumni.core.reader_language import channel_name
from alumni.core.reply_handling_words import (
    MENTOR_CONCERN_SENTENCES,
    MONITOR_ACTIONS,
    MONITOR_SENTENCES,
    SUPPORTER_DONE,
    SUPPORTER_SENTENCES,
    danger_said,
    question_said,
    unclear_said,
)
from alumni.core.sentences_read_back import read_back, read_back_known

# Each kind of attachment the domain counts (ATTACHMENT_KINDS and OTHER_ATTACHMENT in
# alumni/domain/replies.py), as a count in the reader's words; a test checks none is missing.
ATTACHMENT_WORDS = {
    "picture": lambda n: ngettext("%(num)s picture", "%(num)s pictures", n),
    "voice note": lambda n: ngettext("%(num)s voice note", "%(num)s voice notes", n),
    "video": lambda n: ngettext("%(num)s video", "%(num)s videos", n),
    "file": lambda n: ngettext("%(num)s file", "%(num)s files", n),
}
# describe_attachments' counts ("1 picture", "2 voice notes"), one shape per kind and number.
COUNT_SHAPES = {f"{{num}} {kind}{plural}": (lambda num, say=say: say(int(num)))
                for kind, say in ATTACHMENT_WORDS.items() for plural in ("", "s")}


def _joined(counts: list[str]) -> str:
    return reduce(lambda first, then: _("%(first)s and %(then)s", first=first, then=then), counts) if counts else ""


def attachment_counts_said(counts: dict[str, int]) -> str:
    """{'picture': 2, 'voice note': 1} as "2 pictures and 1 voice note" in the reader's words."""
    return _joined([ATTACHMENT_WORDS[kind](n) for kind, n in counts.items()])


def attachments_said(english: str) -> str:
    """describe_attachments' words ("2 pictures and 1 voice note") in the reader's."""
    counts = [read_back_known(part, COUNT_SHAPES) for part in english.split(" and ")]
    return english if None in counts else _joined(counts)


# The crisis categories describe_plan names after a crisis case (Category values, "_" as " ").
CRISIS_TERM_WORDS = {
    "suicide": _l("suicide"),
    "self harm": _l("self harm"),
    "overdose": _l("overdose"),
    "harm to others": _l("harm to others"),
    "relapse": _l("relapse"),
}


def crisis_terms_said(english: str) -> str:
    return ", ".join(str(CRISIS_TERM_WORDS.get(term, term)) for term in english.split(", "))


# Why scores are sliding (alumni/domain/score_trend.py's declining), inside a declining case.
SLIDE_WORDS = {
    "three falling scores in a row ({first}, {second}, {newest})":
        _l("three falling scores in a row (%(first)s, %(second)s, %(newest)s)"),
    "a {newest} against their usual {usual} (last {num} scores)":
        lambda newest, usual, num: ngettext("a %(newest)s against their usual %(usual)s (last %(num)s score)",
                                            "a %(newest)s against their usual %(usual)s (last %(num)s scores)",
                                            int(num), newest=newest, usual=usual),
}


def slide_said(english: str) -> str:
    return read_back(english, SLIDE_WORDS)


# Why an e-mail's sender could not be trusted (alumni/domain/email_authenticity.py, and the
# fallback in alumni/replies/inbound.py).
UNVERIFIED_WORDS = {
    "no sender domain": _l("no sender domain"),
    "no DKIM or SPF result for {domain}": _l("no DKIM or SPF result for %(domain)s"),
    "DKIM and SPF did not pass for {domain}": _l("DKIM and SPF did not pass for %(domain)s"),
    "sender not verified": _l("sender not verified"),
}


def unverified_said(english: str) -> str:
    return read_back(english, UNVERIFIED_WORDS)


# A whole handling sentence, as inbound_decision.py, unknown_senders.py, email_answers.py and
# peer_replies.py write it.
SENTENCES = {
    # The keyword (STOP, START) is what the alumnus typed: a code, kept as written.
    "{keyword}: {channel} messages stopped at their request; confirmation sent":
        _l("%(keyword)s: %(channel)s messages stopped at their request; confirmation sent"),
    "{keyword}: {channel} messages restarted at their request; confirmation sent":
        _l("%(keyword)s: %(channel)s messages restarted at their request; confirmation sent"),
    "{keyword} from an unknown sender: confirmation sent, no record changed":
        _l("%(keyword)s from an unknown sender: confirmation sent, no record changed"),
    "Asked for information: sent the centre's name and contact":
        _l("Asked for information: sent the centre's name and contact"),
    "Asked for help: sent the centre's contact and opened a call-back case":
        _l("Asked for help: sent the centre's contact and opened a call-back case"),
    "Unknown sender: waiting in the unknown-senders inbox": _l("Unknown sender: waiting in the unknown-senders inbox"),
    "Crisis from an unknown sender ({terms}): sent the helpline, opened a crisis case and alerted on-call staff; "
    "waiting in the unknown-senders inbox":
        _l("Crisis from an unknown sender (%(terms)s): sent the helpline, opened a crisis case and alerted "
           "on-call staff; waiting in the unknown-senders inbox"),
    "Crisis from an unknown sender ({terms}): sent the helpline, added to the open crisis case and alerted "
    "on-call staff; waiting in the unknown-senders inbox":
        _l("Crisis from an unknown sender (%(terms)s): sent the helpline, added to the open crisis case and "
           "alerted on-call staff; waiting in the unknown-senders inbox"),
    "Unverified email ({why}): waiting in the unknown-senders inbox":
        _l("Unverified email (%(why)s): waiting in the unknown-senders inbox"),
    "Unverified email ({why}): {keyword} not acted on; waiting in the unknown-senders inbox":
        _l("Unverified email (%(why)s): %(keyword)s not acted on; waiting in the unknown-senders inbox"),
    "Unverified email ({why}), crisis: sent the helpline, opened a crisis case and alerted on-call staff; "
    "waiting in the unknown-senders inbox ({terms})":
        _l("Unverified email (%(why)s), crisis: sent the helpline, opened a crisis case and alerted on-call "
           "staff; waiting in the unknown-senders inbox (%(terms)s)"),
    "Unverified email ({why}), crisis: sent the helpline, added to the open crisis case and alerted on-call "
    "staff; waiting in the unknown-senders inbox ({terms})":
        _l("Unverified email (%(why)s), crisis: sent the helpline, added to the open crisis case and alerted "
           "on-call staff; waiting in the unknown-senders inbox (%(terms)s)"),
    "Dismissed by staff from the unknown-senders inbox": _l("Dismissed by staff from the unknown-senders inbox"),
    "Answer to a crisis email: the helpline and the promise of a call":
        _l("Answer to a crisis email: the helpline and the promise of a call"),
    "RSVP YES to {meeting} ({day})": _l("RSVP YES to %(meeting)s (%(day)s)"),
    "RSVP NO to {meeting} ({day})": _l("RSVP NO to %(meeting)s (%(day)s)"),
    "Unclear whether this answers an invitation or a check-in ({unclear}): {action}":
        _l("Unclear whether this answers an invitation or a check-in (%(unclear)s): %(action)s"),
    **MONITOR_SENTENCES,
    **SUPPORTER_SENTENCES,
    **MENTOR_CONCERN_SENTENCES,
}
LINKED = "Linked by staff from the unknown-senders inbox. "
# One action of a reply plan (describe_plan, the relapse and declining case it adds), or of a
# mentor request (alumni/peer/mentors.py handle_mentor_request).
ACTIONS = {
    "sent {attachments} (not stored here)": _l("sent %(attachments)s (not stored here)"),
    "score {score} recorded": _l("score %(score)s recorded"),
    "check-in marked replied": _l("check-in marked replied"),
    "a {score} but no open check-in to attach it to": _l("a %(score)s but no open check-in to attach it to"),
    "opened a crisis case ({terms}) and alerted on-call staff":
        _l("opened a crisis case (%(terms)s) and alerted on-call staff"),
    "added to the open crisis case ({terms}) and alerted on-call staff":
        _l("added to the open crisis case (%(terms)s) and alerted on-call staff"),
    "opened a declining-scores case ({slide})": _l("opened a declining-scores case (%(slide)s)"),
    "added to the open declining-scores case ({slide})": _l("added to the open declining-scores case (%(slide)s)"),
    "opened a low-score case": _l("opened a low-score case"),
    "added to the open low-score case": _l("added to the open low-score case"),
    "opened a call-back case": _l("opened a call-back case"),
    "added to the open call-back case": _l("added to the open call-back case"),
    "opened an unread-text case": _l("opened an unread-text case"),
    "added to the open unread-text case": _l("added to the open unread-text case"),
    "opened an urgent case": _l("opened an urgent case"),
    "added to the open urgent case": _l("added to the open urgent case"),
    "opened a declining-scores case": _l("opened a declining-scores case"),
    "added to the open declining-scores case": _l("added to the open declining-scores case"),
    "opened a mentor-request case": _l("opened a mentor-request case"),
    "added to the open mentor-request case": _l("added to the open mentor-request case"),
    "relapse recorded ({substance})": _l("relapse recorded (%(substance)s)"),
    "relapse recorded": _l("relapse recorded"),
    "a closer plan is offered": _l("a closer plan is offered"),
    "Asked for their mentor (none matched): {case}": _l("Asked for their mentor (none matched): %(case)s"),
    "Asked for their mentor: texted {name}": _l("Asked for their mentor: texted %(name)s"),
    **MONITOR_ACTIONS,
}
PARTS = {"channel": channel_name, "terms": crisis_terms_said, "attachments": attachments_said, "slide": slide_said,
         "why": unverified_said,
         "case": lambda action: read_back(action, ACTIONS),
         "action": lambda action: read_back(action, ACTIONS), "unclear": unclear_said, "question": question_said,
         "danger": danger_said, "done": lambda done: read_back(done, SUPPORTER_DONE, {"terms": crisis_terms_said})}


def _actions(english: str) -> list[str]:
    """The actions joined by "; ", a "; " inside brackets (the monitor's reasons) kept."""
    actions, depth, start = [], 0, 0
    for i, char in enumerate(english):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and english.startswith("; ", i):
            actions.append(english[start:i])
            start = i + 2
    return [*actions, english[start:]]


def _action_said(action: str, first: bool) -> str:
    said = read_back_known(action, ACTIONS, PARTS)
    if said is None and first:
        # describe_plan writes its first action with a capital letter.
        said = read_back_known(action[:1].lower() + action[1:], ACTIONS, PARTS)
        return action if said is None else said[:1].upper() + said[1:]
    return action if said is None else said


def handling_words(english: str | None) -> str:
    """The stored handling in the reader's words (English readers read it as stored)."""
    if not english:
        return ""
    if english.startswith(LINKED):
        return _("Linked by staff from the unknown-senders inbox. %(handling)s",
                 handling=handling_words(english.removeprefix(LINKED)))
    said = read_back_known(english, SENTENCES, PARTS)
    if said is not None:
        return said
    actions = _actions(english)
    return "; ".join(_action_said(action, first=i == 0) for i, action in enumerate(actions))
