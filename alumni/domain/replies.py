"""What an alumnus's reply means: a keyword, a score, a request for a call, a crisis, or
something a person has to read. Pure: no Flask, no database.

The rule that matters: a reply is handled by rules only when it is understood with
certainty. A score alone ("4", "४", "char", "चार") is certain; "4 but rough week" records
the 4 and is also marked uncertain so a person reads the rest; a crisis anywhere beats
everything else (the crisis detector decides what is one: suicide, self-harm, overdose,
harm to others, about someone else, or using again); a craving or a plea for help with no
crisis in it is urgent: a person calls the same day."""
from __future__ import annotations

import re
from dataclasses import dataclass

from alumni.domain.crisis import CRISIS_CATEGORIES, Detection, detect
from alumni.domain.homoglyphs import fold_look_alikes
from alumni.domain.keywords import Keyword, contains_call_request, match_keyword, normalise
from alumni.domain.reply_texts import Answer
from alumni.domain.vocabulary import FollowUpReason

# Number words that are a whole reply. English and Devanagari words are unambiguous in any
# language; Latin transliterations of Hindi/Marathi ("do", "char") only count for alumni
# who write in those languages ("do" is an English word too).
_SCORE_WORDS_ANY: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "पाच": 5, "दोन": 2,
}
_SCORE_WORDS_LATIN: dict[str, dict[str, int]] = {
    "hi": {"ek": 1, "do": 2, "teen": 3, "tin": 3, "char": 4, "chaar": 4, "paanch": 5,
           "panch": 5, "pach": 5, "paach": 5},
    "mr": {"ek": 1, "don": 2, "done": 2, "teen": 3, "tin": 3, "char": 4, "chaar": 4,
           "pach": 5, "paach": 5, "paanch": 5, "panch": 5},
}
_SCORE_WORDS = {language: {normalise(w): n for w, n in {**_SCORE_WORDS_ANY, **latin}.items()}
                for language, latin in _SCORE_WORDS_LATIN.items()}
_SCORE_WORDS["en"] = {normalise(w): n for w, n in _SCORE_WORDS_ANY.items()}

# "4", "4/5", "4 out of 5", "4 of 5" are a clean score.
_CLEAN_SCORE = re.compile(r"^([1-5])(?: (?:out )?of 5)?$")
# A leading score followed by more words: the score counts, the rest needs a reader.
_LEADING_SCORE = re.compile(r"^([1-5])(?: (?:out )?of 5)? (.+)$")
# "4/5" is written before normalising turns the slash into a space.
_SLASH_SCORE = re.compile(r"([1-5\u0967-\u096b])\s*/\s*[5\u096b](?![0-9])")


@dataclass(frozen=True)
class Reply:
    """The meaning of one inbound text."""

    keyword: Keyword | None = None
    score: int | None = None
    callback: bool = False
    crisis: bool = False
    crisis_terms: tuple[str, ...] = ()   # the crisis categories found: "suicide", "relapse"
    urgent: bool = False        # a craving or a plea for help, and no crisis
    uncertain: bool = False     # a person must read it (an unread_text case)
    normalised: str = ""
    detection: Detection = Detection()

    @property
    def is_clean_score(self) -> bool:
        return (self.score is not None and not self.uncertain and not self.crisis
                and not self.urgent and not self.callback and self.keyword is None)

    @property
    def low_score(self) -> bool:
        return self.score is not None and self.score <= 2


def score_words(language: str) -> dict[str, int]:
    return _SCORE_WORDS.get(language, _SCORE_WORDS["en"])


def parse_score(normalised: str, language: str) -> tuple[int | None, bool]:
    """(score, rest_needs_reading) from normalised text."""
    clean = _CLEAN_SCORE.match(normalised)
    if clean:
        return int(clean.group(1)), False
    word = score_words(language).get(normalised)
    if word is not None:
        return word, False
    leading = _LEADING_SCORE.match(normalised)
    if leading:
        return int(leading.group(1)), True
    return None, True


def interpret_reply(text: str, language: str = "en") -> Reply:
    """Never raises, whatever the text."""
    # "оverdose" with a Cyrillic "о" is read as the word it looks like.
    readable = fold_look_alikes(text or "")
    normalised = normalise(_SLASH_SCORE.sub(r"\1 of 5", readable))
    detection = detect(readable)
    if detection.crisis:
        score, _ = parse_score(normalised, language)
        terms = tuple(dict.fromkeys(str(c) for c in detection.categories if c in CRISIS_CATEGORIES))
        return Reply(score=score, crisis=True, crisis_terms=terms,
                     callback=contains_call_request(normalised), uncertain=True,
                     normalised=normalised, detection=detection)
    if not normalised:
        # An empty body (a photo, a sticker, only punctuation): a person looks at it.
        return Reply(uncertain=True, normalised=normalised)
    keyword = match_keyword(normalised)
    if keyword is Keyword.CALL:
        return Reply(callback=True, normalised=normalised)
    if keyword is not None:
        # HELP on its own stays the carrier keyword (contact details and a call-back case).
        return Reply(keyword=keyword, normalised=normalised)
    score, rest_needs_reading = parse_score(normalised, language)
    callback = contains_call_request(normalised)
    if detection.urgent:
        return Reply(score=score, callback=callback, urgent=True, uncertain=True,
                     normalised=normalised, detection=detection)
    if score is not None:
        return Reply(score=score, callback=callback, uncertain=rest_needs_reading,
                     normalised=normalised)
    return Reply(callback=callback, uncertain=True, normalised=normalised)


# The words the timeline uses for the cases a reply opens.
CASE_WORDS = {
    FollowUpReason.CRISIS: "crisis", FollowUpReason.LOW_SCORE: "low-score", FollowUpReason.CALLBACK: "call-back",
    FollowUpReason.UNREAD_TEXT: "unread-text", FollowUpReason.URGENT: "urgent",
    FollowUpReason.DECLINING: "declining-scores",
}


@dataclass(frozen=True)
class ReplyPlan:
    """What the ordinary pipeline does with a known alumnus's reply (not a compliance
    keyword): whether it answers the open check-in, which cases it opens, how we answer."""

    answers_checkin: bool
    cases: tuple[FollowUpReason, ...]
    answer: Answer
    attachments: tuple[str, ...] = ()   # content types of pictures/voice notes/files sent with it


def plan_reply(reply: Reply, has_open_checkin: bool, attachments: tuple[str, ...] = ()) -> ReplyPlan:
    scored = reply.score is not None and has_open_checkin
    # A 1 or a 2 is read as a low score whether or not a check-in is open to take it.
    low = reply.low_score and (has_open_checkin or not reply.crisis)
    # A score with nowhere to go is read by a person, like free text; so is anything sent
    # with a picture, voice note or file, which only a person can look at. A crisis or
    # urgent case is itself a person reading it.
    needs_reader = (reply.uncertain or (reply.score is not None and not has_open_checkin and not low)
                    or bool(attachments))
    cases: list[FollowUpReason] = []
    if reply.crisis:
        cases.append(FollowUpReason.CRISIS)
    if reply.urgent:
        cases.append(FollowUpReason.URGENT)
    if low:
        cases.append(FollowUpReason.LOW_SCORE)
    if reply.callback:
        cases.append(FollowUpReason.CALLBACK)
    if needs_reader and not reply.crisis and not reply.urgent:
        cases.append(FollowUpReason.UNREAD_TEXT)
    if reply.crisis:
        answer = Answer.CRISIS
    elif reply.urgent:
        answer = Answer.URGENT
    elif scored or low:
        answer = Answer.SCORE_THANKS
    elif reply.callback:
        answer = Answer.CALLBACK
    else:
        answer = Answer.READ_SOON
    return ReplyPlan(answers_checkin=has_open_checkin, cases=tuple(cases), answer=answer,
                     attachments=tuple(attachments))


# What staff call an attachment, by the major part of its content type; anything else is a file.
ATTACHMENT_KINDS = {"image": "picture", "audio": "voice note", "video": "video"}
OTHER_ATTACHMENT = "file"


def count_attachments(content_types: tuple[str, ...]) -> dict[str, int]:
    """How many of each kind, in the order they came: {'picture': 2, 'voice note': 1}."""
    kinds: dict[str, int] = {}
    for content_type in content_types:
        kind = ATTACHMENT_KINDS.get(content_type.split("/", 1)[0].lower(), OTHER_ATTACHMENT)
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def describe_attachments(content_types: tuple[str, ...]) -> str:
    """'1 picture', '2 pictures and 1 voice note': what staff will find at the provider."""
    parts = [f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in count_attachments(content_types).items()]
    return " and ".join(parts)


def describe_plan(reply: Reply, plan: ReplyPlan, created: dict[str, bool], extra: tuple[str, ...] = ()) -> str:
    """The timeline's plain words for what was done; `created` says, per case reason,
    whether a new case was opened or the message joined one already open; `extra` adds
    what was done beyond the plan ("recorded a relapse")."""
    actions: list[str] = []
    if plan.attachments:
        actions.append(f"sent {describe_attachments(plan.attachments)} (not stored here)")
    if plan.answers_checkin:
        actions.append(f"score {reply.score} recorded" if reply.score is not None else "check-in marked replied")
    elif reply.score is not None:
        actions.append(f"a {reply.score} but no open check-in to attach it to")
    for reason in plan.cases:
        word = CASE_WORDS[reason]
        article = "an" if word[0] in "aeiou" else "a"
        action = f"opened {article} {word} case" if created[reason] else f"added to the open {word} case"
        if reason == FollowUpReason.CRISIS:
            action += f" ({', '.join(t.replace('_', ' ') for t in reply.crisis_terms)}) and alerted on-call staff"
        actions.append(action)
    actions.extend(extra)
    handling = "; ".join(actions)
    return handling[:1].upper() + handling[1:]
