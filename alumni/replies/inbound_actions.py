"""Carrying out an inbound message's decision in the caller's transaction: consent from a
compliance keyword, the call-back case for HELP, the reply handlers listed in
alumni/wiring.py, the cases a reply opens (a crisis from a known or an unknown sender, an
urgent plea, a low or declining score), a relapse, and the check-in marked replied. Returns
the crisis alerts to send once committed."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm.attributes import set_committed_value

from alumni import wiring
from alumni.core.audit import audit
from alumni.core.cases import crisis_again, insert_case, open_unknown_crisis_case
from alumni.core.consent import record_consent
from alumni.domain.checkin_lifecycle import Move, after, target
from alumni.domain.keywords import Keyword
from alumni.domain.replies import Reply, describe_plan
from alumni.domain.score_trend import PREVIOUS_SCORES_READ, declining, may_be_declining
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, FollowUpReason, Message
from alumni.replies.inbound_decision import Decision, answer_for_channel, unknown_crisis_handling
from alumni.replies.inbound_sender import Sender

# A crisis alert to send once committed: (case id, the crisis message that raised it).
Alert = tuple[int, int | None]


@dataclass
class HandledReply:
    handling: str
    answer: str | None = None
    alert_case_ids: list[int] = field(default_factory=list)   # crisis cases this message alerts on


# (the message, what the pipeline read about its sender, what the reply says): a handler
# reads sender.alumnus, a known alumnus, and whatever else the sender read holds for it.
ReplyHandler = Callable[[Message, Sender, Reply], HandledReply | None]


def carry_out(message: Message, sender: Sender, decision: Decision, *, actor: str | None,
              now: datetime, crisis_alerted: bool = False) -> list[Alert]:
    """Make the decision true in the caller's transaction. Returns the crisis alerts to
    send after commit."""
    alumnus, reply = sender.alumnus, decision.reply
    if alumnus is not None and reply.keyword in (Keyword.STOP, Keyword.START):
        record_consent(alumnus.id, message.channel, granted=reply.keyword is Keyword.START,
                       source="keyword", actor=actor)
    elif alumnus is not None and reply.keyword is Keyword.HELP:
        # For someone in recovery "help" may be literal, so a person calls back too.
        if FollowUpReason.CALLBACK not in sender.open_cases:
            insert_case(alumnus.id, FollowUpReason.CALLBACK, message_id=message.id, actor=actor)
    if decision.unknown_sender_crisis and alumnus is None:
        return _carry_out_unknown_crisis(message, decision, actor=actor)
    if decision.plan is None:
        _audit_received(message, actor)
        return []
    if not reply.crisis and not reply.callback and not reply.urgent:
        for handler in wiring.reply_handlers():
            handled = handler(message, sender, reply)
            if handled is not None:
                message.checkin_id = None
                message.handling = handled.handling[:200]
                message.reply_body = answer_for_channel(handled.answer, message.channel)
                _audit_received(message, actor)
                return [(case_id, message.id) for case_id in handled.alert_case_ids]
    return _carry_out_plan(message, sender, decision, actor=actor, now=now, crisis_alerted=crisis_alerted)


def _carry_out_unknown_crisis(message: Message, decision: Decision, *, actor: str | None) -> list[Alert]:
    """A crisis from a sender with no record: their open crisis case (a second text from
    the same number joins it and alerts again) or a new one."""
    trigger = decision.reply.detection.explain()
    case = open_unknown_crisis_case(message.from_addr)
    if case is None:
        case, _ = insert_case(None, FollowUpReason.CRISIS, message_id=message.id, trigger=trigger, actor=actor,
                              opened_at=message.created_at)
    else:
        crisis_again(case.id, trigger, alumnus_id=None, message_id=message.id, actor=actor)
        message.handling = unknown_crisis_handling(decision.reply, created=False,
                                                   unverified=decision.unverified)[:200]
    _audit_received(message, actor)
    return [(case.id, message.id)]


def _carry_out_plan(message: Message, sender: Sender, decision: Decision, *, actor: str | None,
                    now: datetime, crisis_alerted: bool = False) -> list[Alert]:
    alumnus, reply, plan, checkin = sender.alumnus, decision.reply, decision.plan, sender.checkin
    alerts: list[Alert] = []
    created: dict[str, bool] = {}
    extra: list[str] = []
    trigger = reply.detection.explain() or None
    # Audit rows wait for the commit's flush: one INSERT for all of them.
    with db.session.no_autoflush:
        for reason in plan.cases:
            case_id = sender.open_cases.get(reason)
            created[reason] = case_id is None
            if case_id is None:
                case, created[reason] = insert_case(
                    alumnus.id, reason, message_id=message.id, checkin_id=checkin.id if checkin else None,
                    trigger=trigger if reason in (FollowUpReason.CRISIS, FollowUpReason.URGENT) else None, actor=actor,
                    opened_at=now)
                case_id = case.id
                if reason == FollowUpReason.CRISIS and not created[reason] and not crisis_alerted:
                    crisis_again(case_id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor=actor)
            elif reason == FollowUpReason.CRISIS and not crisis_alerted:
                # The case absorbed earlier crises and may be acknowledged, claimed or
                # snoozed: this new one must still reach a person.
                crisis_again(case_id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor=actor)
            if reason == FollowUpReason.CRISIS:
                if not crisis_alerted:
                    alerts.append((case_id, message.id))
                relapse = reply.detection.relapse
                if relapse is not None:
                    _record_relapse(alumnus, relapse, message.id, case_id, now, actor)
                    extra.append(f"relapse recorded{f' ({relapse.substance})' if relapse.substance else ''}"
                                 "; a closer plan is offered")
        if plan.answers_checkin:
            mark_replied(checkin, reply.score, now)
            if reply.score is not None and may_be_declining(reply.score):
                extra.extend(_open_declining_case(alumnus, checkin, reply.score, message.id, actor))
    handling = describe_plan(reply, plan, created, tuple(extra))[:200]
    if handling != message.handling:
        message.handling = handling   # a concurrent message opened a case first: say so
    _audit_received(message, actor)
    return alerts


def _record_relapse(alumnus: Alumnus, finding, message_id: int, case_id: int, now: datetime,
                    actor: str | None) -> None:
    from alumni.replies.relapse import record_relapse
    record_relapse(alumnus, finding, message_id=message_id, followup_id=case_id, now=now, actor=actor)


# The scores before this one, newest first: read only when a score is recorded.
_PREVIOUS_SCORES = (db.select(CheckIn.score)
                    .where(CheckIn.alumnus_id == db.bindparam("alumnus_id"), CheckIn.score.is_not(None),
                           CheckIn.id != db.bindparam("checkin_id"))
                    .order_by(CheckIn.replied_at.desc().nulls_last(), CheckIn.id.desc())
                    .limit(PREVIOUS_SCORES_READ))


def _open_declining_case(alumnus: Alumnus, checkin: CheckIn, score: int, message_id: int,
                         actor: str | None) -> list[str]:
    """A DECLINING case when this score continues a slide (alumni.domain.score_trend)."""
    previous = db.session.scalars(_PREVIOUS_SCORES, {"alumnus_id": alumnus.id, "checkin_id": checkin.id}).all()
    why = declining([*reversed(previous), score])
    if why is None:
        return []
    _, created = insert_case(alumnus.id, FollowUpReason.DECLINING, message_id=message_id, checkin_id=checkin.id,
                             note=f"Scores sliding: {why}", trigger=why, actor=actor)
    return [f"{'opened a' if created else 'added to the open'} declining-scores case ({why})"]


_CHECKINS = CheckIn.__table__
# A plain UPDATE, built once: the ORM's flush of one changed row cost more CPU than the
# round trip.
_MARK_REPLIED = (db.update(_CHECKINS).where(_CHECKINS.c.id == db.bindparam("checkin_id"))
                 .values(status=target(Move.REPLY), replied_at=db.bindparam("at"),
                         score=db.func.coalesce(db.bindparam("new_score", type_=_CHECKINS.c.score.type),
                                                _CHECKINS.c.score)))


def mark_replied(checkin: CheckIn, score: int | None, now: datetime) -> None:
    """The check-in is answered (with its score, when the reply carried one). The sender
    look-up read it in a state a reply may move on from; after() says so again."""
    replied = after(checkin.status, Move.REPLY)
    db.session.execute(_MARK_REPLIED, {"checkin_id": checkin.id, "at": now, "new_score": score})
    set_committed_value(checkin, "status", replied)
    set_committed_value(checkin, "replied_at", now)
    if score is not None:
        set_committed_value(checkin, "score", score)


def _audit_received(message: Message, actor: str | None) -> None:
    audit("message.received", alumnus_id=message.alumnus_id, actor=actor,
          detail={"message_id": message.id, "channel": message.channel, "handling": message.handling})
