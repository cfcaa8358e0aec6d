"""What was done with a reply to the recovery monitor, a supporter's text and a mentor's
CONCERN, in the reader's language. alumni/replies/monitor_replies.py, supporter_replies.py
and mentor_concern.py store the handling in English (the audit, the API and the logs read it
as written); handling_words (alumni/core/handling_words.py) reads it back through these
tables, whole sentences first, then action by action (alumni/core/sentences_read_back.py).
A test checks every sentence those modules write has its shape."""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext, ngettext

from alumni.core.sentences_read_back import read_back, read_back_known

# Each question of the recovery monitor, by its key as the handling names it ("_" as " ");
# a test checks every item of alumni/domain/monitor_items.py ITEMS has its words.
ITEM_WORDS = {
    "use days": lazy_pgettext("monitor question", "use days"),
    "cravings": lazy_pgettext("monitor question", "cravings"),
    "sleep": lazy_pgettext("monitor question", "sleep"),
    "mood": lazy_pgettext("monitor question", "mood"),
    "confidence": lazy_pgettext("monitor question", "confidence"),
    "support": lazy_pgettext("monitor question", "support"),
    "home": lazy_pgettext("monitor question", "home"),
}


def question_said(english: str) -> str:
    """monitor_replies' "question 2 (sleep)" in the reader's words."""
    return read_back(english, {"question {num} ({item})": lambda num, item: _(
        "question %(num)s (%(item)s)", num=num, item=ITEM_WORDS.get(item, item))})


# One reason of the recovery monitor's danger (alumni/domain/monitor.py danger), joined by "; ".
DANGER_WORDS = {
    # As the domain writes it ("day(s)"), so English readers read it as stored; दिवस and दिन
    # are said alike for one day or many.
    "{num} day(s) of use in the last 30": _l("%(num)s day(s) of use in the last 30"),
    "risk {risk}/100 with protection {protection}/100": _l("risk %(risk)s/100 with protection %(protection)s/100"),
}


def danger_reason_said(english: str) -> str | None:
    return read_back_known(english, DANGER_WORDS)


def danger_said(english: str) -> str:
    return "; ".join(danger_reason_said(reason) or reason for reason in english.split("; "))


# Why a reply could not be put to one question (alumni/domain/reply_attribution.py, HUMAN).
UNCLEAR_WORDS = {
    "both a yes/no and a score": _l("both a yes/no and a score"),
    "yes/no after a newer question: it may answer either": _l("yes/no after a newer question: it may answer either"),
}


def unclear_said(english: str) -> str:
    return read_back(english, UNCLEAR_WORDS)


# Whole handling sentences (they hold "; " of their own).
MONITOR_SENTENCES = {
    "Recovery monitor: {question} was already answered; nothing changed":
        _l("Recovery monitor: %(question)s was already answered; nothing changed"),
    "Recovery monitor: could not read the answer to {question}; asked again":
        _l("Recovery monitor: could not read the answer to %(question)s; asked again"),
    "Unclear which question this answers ({unclear}): {action}":
        _l("Unclear which question this answers (%(unclear)s): %(action)s"),
}
# The monitor's actions, joined by "; " (monitor_replies._after_answer).
MONITOR_ACTIONS = {
    "Recovery monitor: {question} answered {value}": _l("Recovery monitor: %(question)s answered %(value)s"),
    "all answered": _l("all answered"),
    "next question owed": _l("next question owed"),
    "opened a crisis case and alerted on-call staff": _l("opened a crisis case and alerted on-call staff"),
    "added to the open crisis case and alerted on-call staff":
        _l("added to the open crisis case and alerted on-call staff"),
    "opened a declining case ({danger})": _l("opened a declining case (%(danger)s)"),
    "added to the open declining case ({danger})": _l("added to the open declining case (%(danger)s)"),
}

# What was done with a supporter's text (supporter_replies._DONE), after "From ..., a supporter: ".
SUPPORTER_DONE = {
    "STOP: no more texts to this supporter; confirmation sent":
        lambda: _("%(keyword)s: no more texts to this supporter; confirmation sent", keyword="STOP"),
    "START: confirmation sent; whether the centre texts them is the alumnus's choice":
        lambda: _("%(keyword)s: confirmation sent; whether the centre texts them is the alumnus's choice",
                  keyword="START"),
    "Asked for information: sent the centre's name and contact":
        _l("Asked for information: sent the centre's name and contact"),
    "crisis ({terms}): sent the helpline, crisis case and on-call staff alerted":
        _l("crisis (%(terms)s): sent the helpline, crisis case and on-call staff alerted"),
    "CONCERN: opened a call-back case; acknowledgement sent":
        lambda: _("%(keyword)s: opened a call-back case; acknowledgement sent", keyword="CONCERN"),
    "a person will read it (unread-text case)": _l("a person will read it (unread-text case)"),
}
SUPPORTER_SENTENCES = {
    "From {who}, a supporter: {done}; supports {num} alumni: a case on each":
        lambda who, done, num: ngettext("From %(who)s, a supporter: %(done)s; supports %(num)s alumnus: a case on each",
                                        "From %(who)s, a supporter: %(done)s; supports %(num)s alumni: a case on each",
                                        int(num), who=who, done=done),
    "From {who}, a supporter: {done}": _l("From %(who)s, a supporter: %(done)s"),
    "RSVP YES from {who}, a supporter, to {meeting}": _l("RSVP YES from %(who)s, a supporter, to %(meeting)s"),
    "RSVP NO from {who}, a supporter, to {meeting}": _l("RSVP NO from %(who)s, a supporter, to %(meeting)s"),
}

# A mentor's CONCERN about a mentee (mentor_concern.handle_mentor_concern).
MENTOR_CONCERN_SENTENCES = {
    "CONCERN from a mentor about {name}: {action} on their record":
        lambda name, action: _("%(keyword)s from a mentor about %(name)s: %(action)s on their record",
                               keyword="CONCERN", name=name, action=action),
}
