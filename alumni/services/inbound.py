"""The inbound pipeline: one text from an alumnus (SMS, WhatsApp or email) -> stored once ->
compliance keywords -> matched -> interpreted -> cases -> urgent alerts -> our answer.

Stored once per provider id by the database's unique constraint (not a look-up, which two
concurrent deliveries of the same message would both pass): the loser of that race, and
any later replay, gets the answer the first delivery got and changes nothing.

Other areas take part through `register_reply_handler` (peer support reads RSVPs): a
handler sees each reply from a known alumnus that is not a compliance keyword, a crisis
or a call request, and either claims it (returning a HandledReply; it has then done
everything, including opening a case when unsure) or returns None for ordinary handling.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from flask import current_app
from sqlalchemy.exc import IntegrityError

from alumni.domain.keywords import Keyword
from alumni.domain.replies import Reply, interpret_reply
from alumni.domain.reply_texts import Answer, reply_text
from alumni.extensions import db
from alumni.models import (Alumnus, CheckIn, CheckInKind, CheckInStatus, Direction, FollowUpReason,
                           Message, utcnow)
from alumni.services.audit import audit
from alumni.services.cases import open_case
from alumni.services.consent import record_consent

CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "email": "email"}
ANSWERED_CHANNELS = ("sms", "whatsapp")    # answered in the TwiML response
OPEN_CHECKIN_STATES = (CheckInStatus.SENT, CheckInStatus.DELIVERED)
QUESTION_KINDS = (CheckInKind.CHECKIN, CheckInKind.NUDGE)
CASE_WORDS = {FollowUpReason.CRISIS: "crisis", FollowUpReason.LOW_SCORE: "low-score",
              FollowUpReason.CALLBACK: "call-back", FollowUpReason.UNREAD_TEXT: "unread-text"}


@dataclass(frozen=True)
class InboundMessage:
    channel: str       # sms | whatsapp | email
    provider_id: str   # Twilio MessageSid, or a digest of the email's Message-ID
    from_addr: str     # E.164 (whatsapp: stripped) or a lower-case email address
    to_addr: str
    body: str


@dataclass(frozen=True)
class InboundResult:
    message_id: int
    reply: str | None
    duplicate: bool
    alumnus_id: int | None


@dataclass
class HandledReply:
    handling: str
    answer: str | None = None
    alert_case_ids: list[int] = field(default_factory=list)


ReplyHandler = Callable[[Message, Alumnus, Reply], HandledReply | None]
_REPLY_HANDLERS: list[ReplyHandler] = []


def register_reply_handler(handler: ReplyHandler) -> ReplyHandler:
    if handler not in _REPLY_HANDLERS:
        _REPLY_HANDLERS.append(handler)
    return handler


def find_sender(channel: str, from_addr: str) -> Alumnus | None:
    from alumni.services.alumni import find_alumnus_by_email, find_alumnus_by_phone
    return find_alumnus_by_email(from_addr) if channel == "email" else find_alumnus_by_phone(from_addr)


def handle_inbound(inbound: InboundMessage, *, actor: str = "twilio") -> InboundResult:
    """Store, interpret and act on one inbound message; commits. Then enqueues alerts."""
    alumnus = find_sender(inbound.channel, inbound.from_addr)
    message = Message(direction=Direction.INBOUND, channel=inbound.channel,
                      alumnus_id=alumnus.id if alumnus else None, provider_id=inbound.provider_id,
                      from_addr=inbound.from_addr[:254], to_addr=inbound.to_addr[:254],
                      body=inbound.body)
    db.session.add(message)
    try:
        # The first write of this transaction, so losing the race undoes nothing else and
        # needs no savepoint (two round trips fewer on every message).
        db.session.flush()
    except IntegrityError:
        return _replayed(inbound.provider_id)
    alerts = process_message(message, alumnus, actor=actor)
    # Read before commit expires the row: no reload just to answer.
    result = InboundResult(message.id, message.reply_body, False, message.alumnus_id)
    db.session.commit()
    send_alerts(alerts)
    return result


def _replayed(provider_id: str) -> InboundResult:
    db.session.rollback()
    first = db.session.scalar(db.select(Message).where(Message.provider_id == provider_id))
    return InboundResult(first.id, first.reply_body, True, first.alumnus_id)


def send_alerts(case_ids: list[int]) -> None:
    from alumni.services.alerts import alert_on_call
    for case_id in case_ids:
        alert_on_call(case_id)


def process_message(message: Message, alumnus: Alumnus | None, *, actor: str = "system") -> list[int]:
    """Decide and record what this message means, in the caller's transaction. Sets
    message.handling (plain words, for the timeline) and message.reply_body. Returns the
    crisis case ids whose on-call alert must go out once the caller has committed."""
    language = alumnus.language if alumnus else "en"
    reply = interpret_reply(message.body, language)
    config = current_app.config

    def answer(kind: Answer) -> str:
        return reply_text(kind, language, centre=config["CENTRE_NAME"],
                          contact=config["CENTRE_CONTACT"], helpline=config["CRISIS_HELPLINE"],
                          discreet=bool(alumnus and alumnus.discreet))

    alerts: list[int] = []
    channel = CHANNEL_NAMES.get(message.channel, message.channel)
    if reply.keyword in (Keyword.STOP, Keyword.START):
        # Compliance first: consent changes before anything else is looked at, and the
        # confirmation is the only thing sent.
        stop = reply.keyword is Keyword.STOP
        if alumnus is not None:
            record_consent(alumnus.id, message.channel, granted=not stop, source="keyword", actor=actor)
            handling = (f"{reply.keyword.upper()}: {channel} messages "
                        f"{'stopped' if stop else 'restarted'} at their request; confirmation sent")
        else:
            handling = f"{reply.keyword.upper()} from an unknown sender: confirmation sent, no record changed"
        _finish(message, alumnus, handling, answer(Answer.STOP if stop else Answer.START), actor)
        return alerts
    if reply.keyword in (Keyword.HELP, Keyword.INFO):
        handling = "Asked for information: sent the centre's name and contact"
        if alumnus is not None and reply.keyword is Keyword.HELP:
            # For someone in recovery "help" may be literal, so a person calls back too.
            open_case(alumnus.id, FollowUpReason.CALLBACK, message_id=message.id, actor=actor)
            handling = "Asked for help: sent the centre's contact and opened a call-back case"
        _finish(message, alumnus, handling, answer(Answer.HELP), actor)
        return alerts
    if alumnus is None:
        _finish(message, None, "Unknown sender: waiting in the unknown-senders inbox", None, actor)
        return alerts

    if not reply.crisis and not reply.callback:
        for handler in _REPLY_HANDLERS:
            handled = handler(message, alumnus, reply)
            if handled is not None:
                _finish(message, alumnus, handled.handling, handled.answer, actor)
                return handled.alert_case_ids

    now = utcnow()
    checkin = open_checkin_for(alumnus.id, now)
    actions: list[str] = []
    needs_reader = reply.uncertain
    if checkin is not None:
        message.checkin_id = checkin.id
        checkin.status = CheckInStatus.REPLIED
        checkin.replied_at = now
        if reply.score is not None:
            checkin.score = reply.score
            actions.append(f"score {reply.score} recorded")
        else:
            actions.append("check-in marked replied")
    elif reply.score is not None:
        needs_reader = True
        actions.append(f"a {reply.score} but no open check-in to attach it to")

    def case(reason: FollowUpReason) -> None:
        opened, created = open_case(alumnus.id, reason, message_id=message.id,
                                    checkin_id=checkin.id if checkin else None, actor=actor)
        word = CASE_WORDS[reason]
        actions.append(f"opened a {word} case" if created else f"added to the open {word} case")
        if reason is FollowUpReason.CRISIS:
            alerts.append(opened.id)

    if reply.crisis:
        case(FollowUpReason.CRISIS)
        actions[-1] += f" ({', '.join(t.replace('_', ' ') for t in reply.crisis_terms)}) and alerted on-call staff"
    if reply.score is not None and checkin is not None and reply.low_score:
        case(FollowUpReason.LOW_SCORE)
    if reply.callback:
        case(FollowUpReason.CALLBACK)
    if needs_reader and not reply.crisis:
        case(FollowUpReason.UNREAD_TEXT)

    if reply.crisis:
        kind = Answer.CRISIS
    elif reply.score is not None and checkin is not None:
        kind = Answer.SCORE_THANKS
    elif reply.callback:
        kind = Answer.CALLBACK
    else:
        kind = Answer.READ_SOON
    handling = "; ".join(actions)
    _finish(message, alumnus, handling[:1].upper() + handling[1:], answer(kind), actor)
    return alerts


def _finish(message: Message, alumnus: Alumnus | None, handling: str, answer: str | None,
            actor: str) -> None:
    message.handling = handling[:200]
    message.reply_body = answer if message.channel in ANSWERED_CHANNELS else None
    audit("message.received", alumnus_id=alumnus.id if alumnus else None, actor=actor,
          detail={"message_id": message.id, "channel": message.channel, "handling": message.handling})


# Built once (bound per call): constructing it cost more CPU than running it.
_OPEN_CHECKINS = (db.select(CheckIn)
                  .where(CheckIn.alumnus_id == db.bindparam("alumnus_id"),
                         CheckIn.status.in_(OPEN_CHECKIN_STATES), CheckIn.kind.in_(QUESTION_KINDS))
                  .order_by(CheckIn.sent_at.desc().nulls_last(), CheckIn.id.desc()).limit(5))


def open_checkin_for(alumnus_id: int, now) -> CheckIn | None:
    """The most recent check-in that asked a question and is still inside its reply window."""
    candidates = db.session.scalars(_OPEN_CHECKINS, {"alumnus_id": alumnus_id})
    for checkin in candidates:
        sent = checkin.sent_at or checkin.due_at
        if sent + timedelta(hours=checkin.reply_window_hours) >= now:
            return checkin
    return None
