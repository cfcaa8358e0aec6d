"""Which question does a reply answer? An invitation awaiting an RSVP, a check-in
awaiting a score, or the recovery monitor's question of the moment (alumni/domain/monitor.py).

The rule (documented in README "Peer support" and tested in tests/test_rsvp_attribution.py):

1. Compliance keywords (STOP, HELP, ...), CALL, MENTOR and crisis words are handled by the
   inbound pipeline BEFORE this rule and never reach it as answers.
2. The reply's shape is read: an RSVP word (YES/NO in en/hi/mr), a score (1-5), both
   ("yes 4"), or neither (free text); and whether it is a readable answer to the open
   monitor question (a number in its range or one of its short words, "none" = 0 days).
3. The most recent open question wins: if the reply fits the newest open question, it
   answers that one (two open invitations and a "YES": the newest invitation; a check-in
   sent after the monitor question and a "3": the check-in; the monitor question sent
   after the check-in and a "3": the monitor).
4. A YES/NO that does not fit the newest question while an invitation is open is
   AMBIGUOUS ("yes" may be the alumnus's reaction to the check-in), so a human reads it
   (an unread_text case). So is a reply with both shapes.
5. Otherwise a reply that does not fit the newest question answers the newest open
   question it does fit among check-ins and the monitor: a number never answers an
   invitation, so this is certain.
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
    MONITOR = "monitor"


class Outcome(StrEnum):
    ANSWER = "answer"   # attributed to `question`
    HUMAN = "human"     # ambiguous: open an unread_text case
    PASS = "pass"       # not an answer to an open question: ordinary handling


@dataclass(frozen=True)
class OpenQuestion:
    kind: QuestionKind
    ref_id: int          # invitation id, or the check-in that asked the question
    asked_at: datetime   # when the question was sent (naive UTC)


@dataclass(frozen=True)
class ReplyShape:
    rsvp: str | None = None   # "yes" / "no"
    score: int | None = None  # 1..5
    mixed: bool = False       # carries both an RSVP word and a score
    monitor: bool = False     # a readable answer to the open monitor question


@dataclass(frozen=True)
class Attribution:
    outcome: Outcome
    question: OpenQuestion | None = None
    why: str = ""


def _fits(shape: ReplyShape, question: OpenQuestion) -> bool:
    if question.kind == QuestionKind.INVITATION:
        return shape.rsvp is not None
    if question.kind == QuestionKind.MONITOR:
        return shape.monitor
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
    if shape.rsvp is None and shape.score is None and not shape.mixed and not shape.monitor:
        return Attribution(Outcome.PASS, why="not a yes/no, a score or a monitor answer")
    if not open_questions:
        return Attribution(Outcome.PASS, why="no open question")
    if shape.mixed or (shape.rsvp is not None and shape.score is not None):
        return Attribution(Outcome.HUMAN, why="both a yes/no and a score")
    newest = max(open_questions, key=_recency)  # there is one: checked above
    if _fits(shape, newest):
        return Attribution(Outcome.ANSWER, newest, why=f"answers the most recent open {newest.kind}")
    if shape.rsvp is not None and _newest(open_questions, QuestionKind.INVITATION) is not None:
        return Attribution(Outcome.HUMAN,
                           why="yes/no after a newer question: it may answer either")
    fitting = [q for q in open_questions if q.kind != QuestionKind.INVITATION and _fits(shape, q)]
    chosen = _newest(fitting)
    if chosen is not None:
        return Attribution(Outcome.ANSWER, chosen, why=f"a number answers the newest open {chosen.kind}")
    if shape.score is not None:
        return Attribution(Outcome.PASS, why="a score with no open check-in")
    return Attribution(Outcome.PASS, why="a yes/no with no open invitation")
