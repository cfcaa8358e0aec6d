"""The recovery monitor by text: which question is open, recording an answer and owing the
next question, asking again once, and closing a questionnaire after 48 hours with what was
answered kept.

A questionnaire starts with any check-in sent with the `monitor` template (a plan step, a
nudge that repeats it, or "send now" by staff): its text carries question 1. Each later
question is a check-in of its own (a notice with the `monitor_next` template) owed only
once the one before it is answered, on the channel the answer came by, so it goes through
the dispatcher and the sender like any text: consent, status, quiet hours (a question owed
at night waits for the morning, and the questionnaire resumes there), discreet mode and
the reader's language. Reading answers and scoring them is alumni/domain/monitor.py; what
an answer leads to (cases, a relapse) is alumni/replies/monitor_replies.py.

Everything here runs in the caller's transaction except expire_rounds, a periodic job.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.domain.checkin_lifecycle import Move, sources, target
from alumni.domain.monitor import Danger, SubScores, danger, item_at, set_declining, sub_scores
from alumni.domain.monitor_items import (
    ITEMS,
    MONITOR_NEXT_TEMPLATE_KEY,
    MONITOR_TEMPLATE_KEY,
    MONITOR_TEMPLATES,
    Item,
    question_text,
)
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    CheckIn,
    CheckInKind,
    FollowUpReason,
    MonitorAnswer,
    MonitorRound,
    RoundStatus,
    utcnow,
)
from alumni.models.base import in_fixed
from alumni.models.checkin import may_move
from alumni.peer.peer_messages import cancel_if_unsent
from alumni.plans.shipped_templates import add_missing_templates

OPEN_FOR = timedelta(hours=48)
MONITOR_KEYS = (MONITOR_TEMPLATE_KEY, MONITOR_NEXT_TEMPLATE_KEY)
AWAITING = tuple(sorted(sources(Move.REPLY)))   # a question sent and not yet answered
EXPIRED_REASON = "the questionnaire expired"


@dataclass(frozen=True)
class OpenQuestion:
    """The monitor question an alumnus may be answering now."""

    checkin: CheckIn             # the text that asked it
    round: MonitorRound | None   # None until the first question is answered (or asked again)
    index: int
    reasked: bool

    @property
    def item(self) -> Item:
        return item_at(self.index)

    @property
    def asked_at(self) -> datetime:
        return self.checkin.sent_at or self.checkin.due_at


@dataclass(frozen=True)
class Answered:
    round: MonitorRound
    index: int
    value: int
    scores: SubScores
    danger: Danger
    finished: bool


def ensure_monitor_templates() -> None:
    """The `monitor` and `monitor_next` templates in en/hi/mr, added where missing (never
    overwriting an admin's edit). In the caller's transaction."""
    add_missing_templates(MONITOR_TEMPLATES)
    db.session.flush()


def _awaiting_answer(checkin, alumnus_id, since):
    """A monitor text to this alumnus sent since `since` and not yet answered."""
    return db.and_(checkin.alumnus_id == alumnus_id, in_fixed(checkin.template_key, MONITOR_KEYS),
                   in_fixed(checkin.status, AWAITING), checkin.sent_at >= since)


_NEWEST_QUESTION = (db.select(CheckIn)
                    .where(_awaiting_answer(CheckIn, db.bindparam("alumnus_id"), db.bindparam("since")))
                    .order_by(CheckIn.sent_at.desc(), CheckIn.id.desc()).limit(1))


def question_may_be_open(alumnus_id):
    """SQL for the inbound pipeline's one read of the sender: whether a monitor text to this
    alumnus (a column) awaits an answer, sent since the bound parameter `monitor_since`
    (question_since(now)). False means open_question would find none, so the reply handler
    asks nothing more; True, that it reads the question itself."""
    question = aliased(CheckIn)   # the sender read joins check-ins of its own
    return db.exists().where(_awaiting_answer(question, alumnus_id, db.bindparam("monitor_since")))


def question_since(now: datetime) -> datetime:
    return now - OPEN_FOR


def open_question(alumnus_id: int, now: datetime) -> OpenQuestion | None:
    """The question sent and not yet answered, of a questionnaire still open. A monitor text
    that belongs to no round yet (a plan step, a nudge, "send now") asks question 1."""
    checkin = db.session.scalars(_NEWEST_QUESTION, {"alumnus_id": alumnus_id, "since": question_since(now)}).first()
    if checkin is None:
        return None
    found = db.session.scalar(db.select(MonitorRound).where(
        (MonitorRound.question_checkin_id == checkin.id) | (MonitorRound.opening_checkin_id == checkin.id)))
    if found is None:
        return OpenQuestion(checkin, None, 0, False)
    if found.status != RoundStatus.OPEN or found.expires_at <= now or found.question_checkin_id != checkin.id:
        return None
    return OpenQuestion(checkin, found, found.item_index, found.reasked)


def _round_for(question: OpenQuestion, now: datetime) -> MonitorRound:
    """The question's round, started when the first question is first answered. Two texts
    at once: the unique opening check-in lets one insert, the other reads it."""
    if question.round is not None:
        return db.session.get(MonitorRound, question.round.id, with_for_update=True) or question.round
    opening = question.checkin
    started = opening.sent_at or now
    try:
        with db.session.begin_nested():
            new = MonitorRound(alumnus_id=opening.alumnus_id, opening_checkin_id=opening.id,
                               question_checkin_id=opening.id, item_index=0, reasked=False,
                               status=RoundStatus.OPEN, started_at=started, expires_at=started + OPEN_FOR,
                               created_at=now)
            db.session.add(new)
            db.session.flush()
        return new
    except IntegrityError:
        return db.session.scalars(db.select(MonitorRound).where(
            MonitorRound.opening_checkin_id == opening.id).with_for_update()).one()


def _answered(checkin_id: int, now: datetime) -> bool:
    """The text that asked is replied; False when another reply got there first."""
    moved = db.session.execute(
        db.update(CheckIn).where(CheckIn.id == checkin_id, may_move(Move.REPLY))
        .values(status=target(Move.REPLY), replied_at=now, updated_at=now),
        execution_options={"synchronize_session": False}).rowcount
    return bool(moved)


def _ask(round_: MonitorRound, channel: str, now: datetime) -> CheckIn:
    """Owe the round's question of the moment as its own text, due now, by `channel`."""
    checkin = CheckIn(alumnus_id=round_.alumnus_id, kind=CheckInKind.NOTICE, template_key=MONITOR_NEXT_TEMPLATE_KEY,
                      channel=channel, due_at=now, status=target(Move.CREATE),
                      reply_window_hours=max(1, int((round_.expires_at - now).total_seconds() // 3600)),
                      attempts=0, created_at=now, updated_at=now)
    db.session.add(checkin)
    db.session.flush()
    round_.question_checkin_id = checkin.id
    return checkin


def record_answer(question: OpenQuestion, value: int, *, message_id: int | None, channel: str,
                  now: datetime) -> Answered | None:
    """Keep the answer, re-score the set, and owe the next question (or finish). None when
    this question was answered already (two texts at once): the later changes nothing."""
    round_ = _round_for(question, now)
    if round_.question_checkin_id != question.checkin.id or not _answered(question.checkin.id, now):
        return None
    item = question.item
    db.session.add(MonitorAnswer(round_id=round_.id, item_key=item.key, value=value, message_id=message_id,
                                 answered_at=now))
    db.session.flush()
    answers = {a.item_key: a.value for a in db.session.scalars(
        db.select(MonitorAnswer).where(MonitorAnswer.round_id == round_.id))}
    scores = sub_scores(answers)
    round_.use_days, round_.risk, round_.protection = scores.use_days, scores.risk, scores.protection
    finished = question.index + 1 >= len(ITEMS)
    if finished:
        round_.status, round_.finished_at, round_.question_checkin_id = RoundStatus.COMPLETE, now, None
    else:
        round_.item_index, round_.reasked = question.index + 1, False
        _ask(round_, channel, now)
    db.session.flush()
    audit("monitor.answered", alumnus_id=round_.alumnus_id, actor="system",
          detail={"round_id": round_.id, "item": item.key, "value": value, "message_id": message_id})
    return Answered(round_, question.index, value, scores, danger(item, value, scores, finished=finished), finished)


def ask_again(question: OpenQuestion, *, channel: str, now: datetime) -> MonitorRound | None:
    """The answer could not be read: the same question once more, with a short apology.
    None when it was asked again already (or another reply moved the round on)."""
    if question.reasked:
        return None
    round_ = _round_for(question, now)
    if round_.question_checkin_id != question.checkin.id or not _answered(question.checkin.id, now):
        return None
    round_.reasked = True
    _ask(round_, channel, now)
    return round_


def monitor_context(checkin: CheckIn) -> dict:
    """The `monitor_question` template variable for a monitor text: the question it asks, in
    the reader's language, discreet when they asked for discreet messages."""
    if checkin.template_key not in MONITOR_KEYS:
        return {}
    alumnus = checkin.alumnus or db.session.get(Alumnus, checkin.alumnus_id)
    round_ = db.session.scalar(db.select(MonitorRound).where(
        (MonitorRound.question_checkin_id == checkin.id) | (MonitorRound.opening_checkin_id == checkin.id)))
    index, reask = 0, False
    if round_ is not None and round_.question_checkin_id == checkin.id:
        index, reask = round_.item_index, round_.reasked
    return {"monitor_question": question_text(index, alumnus.language or "en", discreet=bool(alumnus.discreet),
                                              reask=reask)}


def expire_rounds(now: datetime | None = None) -> int:
    """Close each questionnaire open for 48 hours: the answers stay, a question not yet sent
    is withdrawn, and high risk with low protection in what was answered opens a
    `declining` case. One round per transaction, each by a conditional UPDATE, so two runs
    at once close each round once. Returns how many closed."""
    now = now or utcnow()
    due = db.session.scalars(db.select(MonitorRound.id).where(
        MonitorRound.status == RoundStatus.OPEN, MonitorRound.expires_at <= now)).all()
    closed = 0
    for round_id in due:
        moved = db.session.execute(
            db.update(MonitorRound).where(MonitorRound.id == round_id, MonitorRound.status == RoundStatus.OPEN)
            .values(status=RoundStatus.EXPIRED, finished_at=now),
            execution_options={"synchronize_session": False}).rowcount
        if not moved:
            db.session.rollback()
            continue
        round_ = db.session.get(MonitorRound, round_id)
        db.session.refresh(round_)
        if round_.question_checkin_id is not None:
            cancel_if_unsent(db.session.get(CheckIn, round_.question_checkin_id), EXPIRED_REASON)
        detail: dict = {"round_id": round_.id, "answered": len(round_.answers)}
        scores = SubScores(round_.use_days, round_.risk, round_.protection)
        if set_declining(scores):
            case, _ = open_case(round_.alumnus_id, FollowUpReason.DECLINING, actor="system",
                                note=f"Recovery monitor (unfinished): risk {scores.risk}/100 with "
                                     f"protection {scores.protection}/100")
            detail["followup_id"] = case.id
        audit("monitor.expired", alumnus_id=round_.alumnus_id, actor="system", detail=detail)
        db.session.commit()
        closed += 1
    return closed


def rounds_for(alumnus_id: int) -> list[MonitorRound]:
    """The alumnus's answer sets, newest first, with their answers."""
    return list(db.session.scalars(db.select(MonitorRound).where(MonitorRound.alumnus_id == alumnus_id)
                                   .order_by(MonitorRound.started_at.desc(), MonitorRound.id.desc())))

