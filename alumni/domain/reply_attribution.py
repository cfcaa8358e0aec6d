"""Which question does a reply answer? An invitation awaiting an RSVP, or a check-in
awaiting a score.

The rule (documented in README "Peer support" and tested in tests/test_rsvp_attribution.py):

1. Compliance keywords (STOP, HELP, ...), CALL, MENTOR and crisis words are handled by the
   inbound pipeline BEFORE this rule and never reach it as answers.
2. The reply's shape is read: an RSVP word (YES/NO in en/hi/mr), a score (1-5), both
   ("yes 4"), or neither (free text).
3. The most recent open question wins: if the reply fits the newest open question, it
   answers that one (two open invitations and a "YES": the newest invitation).
4. A score that does not fit the newest question (an invitation) answers the newest open
   check-in: a number never answers an invitation, so this is certain.
5. A YES/NO whose newest open question is a check-in is AMBIGUOUS even when an older
   invitation is open ("yes" may be the alumnus's reaction to the check-in), so a human
   reads it (an unread_text case). So is a reply with both shapes.
6. A reply that fits no open question (free text, a YES with no open invitation, a score
   with no open check-in) is not attributed here: it goes through the ordinary reply
   handling, where anything uncertain reaches a human.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class QuestionKind(StrEnum):
    INVITATION = "invitation"
    CHECKIN = "checkin"


class Outcome(StrEnum):
    ANSWER = "answer"   # attributed to `question`
    HUMAN = "human"     # ambiguous: open an unread_text case
    PASS = "pass"       # not an answer to an open question: ordinary handling


@dataclass(frozen=True)
class OpenQuestion:
    kind: QuestionKind
    ref_id: int          # invitation id or check-in id
    asked_at: datetime   # when the question was sent (naive UTC)


@dataclass(frozen=True)
class ReplyShape:
    rsvp: str | None = None   # "yes" / "no"
    score: int | None = None  # 1..5
    mixed: bool = False       # carries both an RSVP word and a score


@dataclass(frozen=True)
class Attribution:
    outcome: Outcome
    question: OpenQuestion | None = None
    why: str = ""


def _fits(shape: ReplyShape, question: OpenQuestion) -> bool:
    if question.kind == QuestionKind.INVITATION:
        return shape.rsvp is not None
    return shape.score is not None


def _recency(question: OpenQuestion) -> tuple[datetime, bool, int]:
    return question.asked_at, question.kind == QuestionKind.INVITATION, question.ref_id


def _newest(questions: Iterable[OpenQuestion], kind: QuestionKind | None = None) -> OpenQuestion | None:
    chosen = [q for q in questions if kind is None or q.kind == kind]
    return max(chosen, key=_recency, default=None)


def may_answer_invitation(shape: ReplyShape) -> bool:
    """Whether open invitations could change attribute_reply's answer. A plain score never
    answers an invitation and is never ambiguous, so the caller can skip looking them up
    (the inbound path does this for most replies)."""
    return shape.rsvp is not None or shape.mixed


def attribute_reply(shape: ReplyShape, open_questions: list[OpenQuestion]) -> Attribution:
    """Apply the precedence rule above. Pure: the caller gathers the open questions."""
    if shape.rsvp is None and shape.score is None and not shape.mixed:
        return Attribution(Outcome.PASS, why="not a yes/no or a score")
    if not open_questions:
        return Attribution(Outcome.PASS, why="no open question")
    if shape.mixed or (shape.rsvp is not None and shape.score is not None):
        return Attribution(Outcome.HUMAN, why="both a yes/no and a score")
    newest = max(open_questions, key=_recency)  # there is one: checked above
    if _fits(shape, newest):
        return Attribution(Outcome.ANSWER, newest, why=f"answers the most recent open {newest.kind}")
    if shape.score is not None:
        checkin = _newest(open_questions, QuestionKind.CHECKIN)
        if checkin is not None:
            return Attribution(Outcome.ANSWER, checkin, why="a score only answers a check-in")
        return Attribution(Outcome.PASS, why="a score with no open check-in")
    # An RSVP word, and the newest open question is a check-in.
    if _newest(open_questions, QuestionKind.INVITATION) is not None:
        return Attribution(Outcome.HUMAN,
                           why="yes/no after a newer check-in: it may answer either")
    return Attribution(Outcome.PASS, why="a yes/no with no open invitation")
