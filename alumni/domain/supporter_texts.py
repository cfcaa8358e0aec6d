"""What a text from an alumnus's supporter (family, a friend) or mentor means for the
alumnus it is about, decided from plain values: the case it opens and the answer's kind.

Order, as for an alumnus's own text: STOP/START first (the supporter's own messages), then
a crisis (whoever it is about: a third-party crisis is still a crisis case and an alert),
then CONCERN, then anything else, which a person reads."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from alumni.domain.keywords import Keyword
from alumni.domain.reply_texts import Answer
from alumni.domain.vocabulary import FollowUpReason

# Consent rows are kept per kind of contact; this kind says "my mentor may have my number".
MENTOR_NUMBER_CONSENT = "mentor_number"


class SupporterAct(StrEnum):
    STOP = "stop"          # no more texts to this number (invitations): may_contact off
    START = "start"        # confirmation only: whether the centre may text them is the alumnus's say
    INFO = "info"          # HELP/INFO: the centre's name and contact
    CRISIS = "crisis"
    CONCERN = "concern"
    TEXT = "text"          # anything else: a person reads it


@dataclass(frozen=True)
class SupporterPlan:
    act: SupporterAct
    case: FollowUpReason | None     # opened (or joined) on each alumnus the number supports
    answer: Answer | None           # None: the concern acknowledgement (concern_text)


def plan_supporter_text(keyword: Keyword | None, crisis: bool, concern: bool) -> SupporterPlan:
    if keyword is Keyword.STOP:
        return SupporterPlan(SupporterAct.STOP, None, Answer.STOP)
    if keyword is Keyword.START:
        return SupporterPlan(SupporterAct.START, None, Answer.START)
    if keyword in (Keyword.HELP, Keyword.INFO) and not crisis:
        return SupporterPlan(SupporterAct.INFO, None, Answer.HELP)
    if crisis:
        return SupporterPlan(SupporterAct.CRISIS, FollowUpReason.CRISIS, Answer.CRISIS)
    if concern:
        # A worried family member or mentor: a person calls back (the call-back case).
        return SupporterPlan(SupporterAct.CONCERN, FollowUpReason.CALLBACK, None)
    return SupporterPlan(SupporterAct.TEXT, FollowUpReason.UNREAD_TEXT, Answer.READ_SOON)


_CONCERN_TEXTS = {
    "en": "Thank you for telling us. Someone from our team will look into it and contact you soon.",
    "hi": "बताने के लिए धन्यवाद। हमारी टीम से कोई इसे देखेगा और जल्द आपसे संपर्क करेगा।",
    "mr": "कळवल्याबद्दल धन्यवाद. आमच्या टीममधील कोणीतरी हे पाहील आणि लवकरच तुमच्याशी संपर्क करेल.",
}


def concern_text(language: str) -> str:
    """The short acknowledgement of CONCERN, in the writer's language (names nobody: the
    phone may be shared)."""
    return _CONCERN_TEXTS.get(language, _CONCERN_TEXTS["en"])


def who_wrote(name: str, relation: str) -> str:
    """'Sunita Patil (mother)' or 'Sunita Patil'."""
    name = name.strip() or "a supporter"
    relation = relation.strip()
    return f"{name} ({relation})" if relation else name


def pick_named(rest: str, first_names: list[str]) -> int | None:
    """Which of several people 'CONCERN <name>' names: the index of the one whose first
    name is the first word after the keyword, or None when none (or several) match."""
    word = rest.split()[0] if rest.split() else ""
    if not word:
        return None
    hits = [i for i, name in enumerate(first_names) if name.strip().casefold() == word.casefold()]
    return hits[0] if len(hits) == 1 else None
