"""The inbound pipeline: one text from an alumnus (SMS, WhatsApp or email) -> stored once ->
compliance keywords -> matched -> interpreted -> cases -> urgent alerts -> our answer.

Stored once per provider id by the database's unique constraint (INSERT ... ON CONFLICT
DO NOTHING, not a look-up, which two concurrent deliveries of the same message would both
pass): the loser of that race, and any later replay, gets the answer the first delivery
got and changes nothing.

Round trips are the cost of this path, so it reads everything it needs about the sender
(the record, the open check-in, the cases already open) in one statement, decides, and
writes the message row once with its final interpretation.

Other areas take part through the reply handlers listed in alumni/wiring.py (peer support
reads RSVPs): a handler sees each reply from a known alumnus that is not a compliance
keyword, a crisis, an urgent plea or a call request, and either claims it (returning a
HandledReply; it has then done everything, including opening a case when unsure) or
returns None for ordinary handling.

No crisis goes unanswered, whoever sends it: a crisis from a number or address that
matches no record gets the helpline (in the language its words are written in), a crisis
case of its own (alumnus_id NULL) and the on-call alert; a new crisis text on a case
already acknowledged, claimed or snoozed puts it back at the top and alerts again; an
email crisis is answered with the helpline by email, by a job after commit. An email whose
sender the relay's SPF/DKIM did not vouch for (InboundMessage.verified) is handled as from
an unknown sender, whoever its From names: it changes nothing of theirs, but its crisis is
answered and alerted like any other.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import lru_cache

from flask import current_app
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import aliased, load_only
from sqlalchemy.orm.attributes import set_committed_value

from alumni import wiring
from alumni.core.audit import audit
from alumni.core.cases import crisis_again, dialect_insert, insert_case, open_unknown_crisis_case
from alumni.core.consent import record_consent
from alumni.domain.keywords import Keyword
from alumni.domain.replies import (
    CRISIS_CASE,
    DECLINING_CASE,
    URGENT_CASE,
    Reply,
    ReplyPlan,
    describe_plan,
    interpret_reply,
    plan_reply,
)
from alumni.domain.reply_texts import Answer, reply_text
from alumni.domain.score_trend import PREVIOUS_SCORES_READ, declining, may_be_declining
from alumni.domain.sender_language import guess_language
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    Direction,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Message,
    utcnow,
)

CHANNEL_NAMES = {"sms": "SMS", "whatsapp": "WhatsApp", "email": "email"}
ANSWERED_CHANNELS = ("sms", "whatsapp")    # answered in the TwiML response
OPEN_CHECKIN_STATES = (CheckInStatus.SENT, CheckInStatus.DELIVERED)
QUESTION_KINDS = (CheckInKind.CHECKIN, CheckInKind.NUDGE)
REACHABLE = (AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)
# The cases an inbound message may open that the sender look-up says are already open
# (urgent and declining cases are rarer: their INSERT finds an open one by its conflict).
INBOUND_CASES = (FollowUpReason.CRISIS, FollowUpReason.LOW_SCORE, FollowUpReason.CALLBACK,
                 FollowUpReason.UNREAD_TEXT)
EMAIL_ANSWER_JOB = "workers.replies.send_email_answer"
# A crisis alert to send once committed: (case id, the crisis message that raised it).
Alert = tuple[int, int | None]


@dataclass(frozen=True)
class InboundMessage:
    channel: str       # sms | whatsapp | email
    provider_id: str   # Twilio MessageSid, or a digest of the email's Message-ID
    from_addr: str     # E.164 (whatsapp: stripped) or a lower-case email address
    to_addr: str
    body: str
    attachments: tuple[str, ...] = ()   # content types of the media sent with it (MMS, WhatsApp)
    # When it reached us (naive UTC), if not now: a text kept while the database was away
    # is stored and judged (reply windows) as of when the person wrote it.
    received_at: datetime | None = None
    # An email whose sender's domain the relay's SPF/DKIM did not vouch for: it acts as
    # nobody (the unknown-senders inbox), but a crisis in it is still answered and alerted.
    verified: bool = True
    unverified_reason: str = ""


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
    alert_case_ids: list[int] = field(default_factory=list)   # crisis cases this message alerts on


@dataclass(frozen=True)
class Sender:
    """What the pipeline needs to know about who wrote, read in one statement."""

    alumnus: Alumnus | None
    checkin: CheckIn | None = None                  # the open check-in this may answer
    open_cases: dict[str, int] = field(default_factory=dict)   # reason -> unresolved case id


@dataclass(frozen=True)
class Decision:
    """What a message means and what we will do and say, decided before anything is written."""

    reply: Reply
    handling: str
    answer: str | None
    plan: ReplyPlan | None = None   # ordinary handling; None for keywords and unknown senders
    language: str = "en"            # the answer's
    unverified: str = ""            # why an email's sender could not be trusted, if so

    @property
    def unknown_sender_crisis(self) -> bool:
        return self.plan is None and self.reply.crisis and self.reply.keyword is None


def answered_checkin_id(sender: Sender, decision: Decision) -> int | None:
    return sender.checkin.id if decision.plan and decision.plan.answers_checkin else None


ReplyHandler = Callable[[Message, Alumnus, Reply], HandledReply | None]


def handle_inbound(inbound: InboundMessage, *, actor: str = "twilio") -> InboundResult:
    """Store, interpret and act on one inbound message; commits. Then enqueues alerts."""
    try:
        return _handle_inbound(inbound, actor)
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
        # A pooled connection died (the database restarted): the pool has let go of its
        # stale connections, and the provider id stops a second attempt storing twice.
        # Twilio does not retry a failed message webhook, so this text would be lost.
        db.session.rollback()
        return _handle_inbound(inbound, actor)


def _handle_inbound(inbound: InboundMessage, actor: str) -> InboundResult:
    now = inbound.received_at or utcnow()
    sender = find_sender(inbound.channel, inbound.from_addr, now) if inbound.verified else Sender(None)
    decision = decide(inbound.body, inbound.channel, sender, inbound.attachments)
    if not inbound.verified:
        decision = as_unverified(decision, inbound.unverified_reason or "sender not verified")
    message = _store_once(inbound, sender, decision, now)
    if message is None:
        return _replayed(inbound.provider_id)
    alerts = carry_out(message, sender, decision, actor=actor, now=now)
    # Read before commit expires the row: no reload just to answer.
    result = InboundResult(message.id, message.reply_body, False, message.alumnus_id)
    email_answer = inbound.channel == "email" and bool(message.reply_body)
    db.session.commit()
    send_alerts(alerts)
    if email_answer:
        enqueue_email_answer(result.message_id)
    return result


def process_message(message: Message, alumnus: Alumnus | None, *, actor: str | None = "system",
                    crisis_alerted: bool = False) -> list[Alert]:
    """Decide and record what a message already stored means, in the caller's transaction
    (the unknown-senders inbox links one to an alumnus). Sets message.handling (plain
    words, for the timeline) and message.reply_body. Returns the crisis alerts that must
    go out once the caller has committed. crisis_alerted: this message's crisis already
    reached on-call staff when it arrived (a crisis from an unknown sender), so joining
    the alumnus's crisis case neither alerts again nor undoes an acknowledgement."""
    now = utcnow()
    sender = _read_sender(_sender_statement("id"), {"key": alumnus.id}, now) if alumnus else Sender(None)
    decision = decide(message.body, message.channel, sender, stored_attachments(message.attachments))
    message.checkin_id = answered_checkin_id(sender, decision)
    message.handling = decision.handling[:200]
    message.reply_body = _answer_for_channel(decision.answer, message.channel, decision.reply.crisis)
    return carry_out(message, sender, decision, actor=actor, now=now, crisis_alerted=crisis_alerted)


def _replayed(provider_id: str) -> InboundResult:
    # ON CONFLICT waited for the first delivery's transaction, so its row is committed.
    first = db.session.scalar(db.select(Message).where(Message.provider_id == provider_id))
    result = InboundResult(first.id, first.reply_body, True, first.alumnus_id)
    db.session.rollback()   # nothing was written; and after this the row is expired
    return result


def send_alerts(alerts: list[Alert]) -> None:
    """One alert round per (crisis case, crisis message), after commit."""
    from alumni.workspace.alerts import alert_on_call
    for case_id, message_id in alerts:
        alert_on_call(case_id, message_id=message_id)


def enqueue_email_answer(message_id: int) -> None:
    """Our answer to an email (the helpline, for a crisis) goes by email, from a job: after
    commit, on the alerts queue so no check-in backlog holds it up."""
    from alumni.jobs import ALERTS, enqueue
    enqueue(EMAIL_ANSWER_JOB, message_id, queue=ALERTS, job_id=f"email-answer-{message_id}")


# --- who wrote ----------------------------------------------------------------------------

def _one_of(column, values):
    # IN over fixed binds, not an "expanding" parameter, which is re-rendered into the SQL
    # on every execution.
    return column.in_([db.literal(value, column.type) for value in values])


@lru_cache(maxsize=4)
def _sender_statement(by: str):
    """The sender (reachable records first, then the newest: as find_alumnus_by_phone),
    up to five candidate open check-ins, and the id of each inbound case already open.
    Built once per kind of key, bound per call. Only the columns this path reads are
    loaded (any other loads on first use): every column fetched costs CPU per row."""
    key = {"phone": Alumnus.phone, "email": db.func.lower(Alumnus.email), "id": Alumnus.id}[by]
    record = (db.select(Alumnus).where(key == db.bindparam("key"))
              .order_by(db.case((_one_of(Alumnus.status, REACHABLE), 0), else_=1), Alumnus.id.desc())
              .limit(1).subquery())
    person = aliased(Alumnus, record)
    open_case_ids = [db.select(FollowUp.id)
                     .where(FollowUp.alumnus_id == person.id, FollowUp.reason == reason,
                            FollowUp.status != FollowUpStatus.RESOLVED)
                     .scalar_subquery().label(f"open_{reason}") for reason in INBOUND_CASES]
    return (db.select(person, CheckIn, *open_case_ids).select_from(person)
            .outerjoin(CheckIn, db.and_(CheckIn.alumnus_id == person.id,
                                        _one_of(CheckIn.status, OPEN_CHECKIN_STATES),
                                        _one_of(CheckIn.kind, QUESTION_KINDS)))
            .options(load_only(person.id, person.language, person.discreet, person.status, person.timezone),
                     load_only(CheckIn.id, CheckIn.status, CheckIn.sent_at, CheckIn.due_at,
                               CheckIn.reply_window_hours))
            .order_by(CheckIn.sent_at.desc().nulls_last(), CheckIn.id.desc()).limit(5))


def find_sender(channel: str, from_addr: str, now: datetime) -> Sender:
    if not from_addr:
        return Sender(None)
    if channel == "email":
        return _read_sender(_sender_statement("email"), {"key": from_addr.strip().lower()}, now)
    return _read_sender(_sender_statement("phone"), {"key": from_addr}, now)


def _read_sender(statement, params: dict, now: datetime) -> Sender:
    rows = db.session.execute(statement, params).all()
    if not rows:
        return Sender(None)
    first = rows[0]
    open_cases = {reason: case_id for reason, case_id in zip(INBOUND_CASES, first[2:], strict=True)
                  if case_id is not None}
    checkin = answerable_checkin([row[1] for row in rows if row[1] is not None], now)
    return Sender(first[0], checkin, open_cases)


def answerable_checkin(candidates, now: datetime) -> CheckIn | None:
    """The most recent check-in that asked a question and is still inside its reply window."""
    for checkin in candidates:
        sent = checkin.sent_at or checkin.due_at
        if sent + timedelta(hours=checkin.reply_window_hours) >= now:
            return checkin
    return None


# Built once (bound per call): constructing it cost more CPU than running it.
_OPEN_CHECKINS = (db.select(CheckIn)
                  .where(CheckIn.alumnus_id == db.bindparam("alumnus_id"),
                         CheckIn.status.in_(OPEN_CHECKIN_STATES), CheckIn.kind.in_(QUESTION_KINDS))
                  .order_by(CheckIn.sent_at.desc().nulls_last(), CheckIn.id.desc()).limit(5))


def open_checkin_for(alumnus_id: int, now) -> CheckIn | None:
    """The open check-in on its own (reply handlers ask for it)."""
    return answerable_checkin(db.session.scalars(_OPEN_CHECKINS, {"alumnus_id": alumnus_id}), now)


# --- what it means --------------------------------------------------------------------------

def decide(body: str, channel: str, sender: Sender, attachments: tuple[str, ...] = ()) -> Decision:
    alumnus = sender.alumnus
    language = alumnus.language if alumnus else guess_language(body)
    reply = interpret_reply(body, language)
    config = current_app.config

    def answer(kind: Answer) -> str:
        return reply_text(kind, language, centre=config["CENTRE_NAME"],
                          contact=config["CENTRE_CONTACT"], helpline=config["CRISIS_HELPLINE"],
                          discreet=bool(alumnus and alumnus.discreet))

    if reply.keyword in (Keyword.STOP, Keyword.START):
        # Compliance first: consent changes before anything else is looked at, and the
        # confirmation is the only thing sent.
        stop = reply.keyword is Keyword.STOP
        if alumnus is not None:
            handling = (f"{reply.keyword.upper()}: {CHANNEL_NAMES.get(channel, channel)} messages "
                        f"{'stopped' if stop else 'restarted'} at their request; confirmation sent")
        else:
            handling = f"{reply.keyword.upper()} from an unknown sender: confirmation sent, no record changed"
        return Decision(reply, handling, answer(Answer.STOP if stop else Answer.START), language=language)
    if reply.keyword in (Keyword.HELP, Keyword.INFO):
        handling = "Asked for information: sent the centre's name and contact"
        if alumnus is not None and reply.keyword is Keyword.HELP:
            handling = "Asked for help: sent the centre's contact and opened a call-back case"
        return Decision(reply, handling, answer(Answer.HELP), language=language)
    if alumnus is None and reply.crisis:
        return Decision(reply, unknown_crisis_handling(reply, created=True), answer(Answer.CRISIS),
                        language=language)
    if alumnus is None:
        return Decision(reply, "Unknown sender: waiting in the unknown-senders inbox", None, language=language)
    plan = plan_reply(reply, sender.checkin is not None, attachments)
    expected = {reason: reason not in sender.open_cases for reason in plan.cases}
    return Decision(reply, describe_plan(reply, plan, expected), answer(plan.answer), plan, language)


def unknown_crisis_handling(reply: Reply, *, created: bool, unverified: str = "") -> str:
    terms = ", ".join(t.replace("_", " ") for t in reply.crisis_terms)
    case = "opened a crisis case" if created else "added to the open crisis case"
    if unverified:
        # The reason first: the 200 characters kept may cut the end.
        return (f"Unverified email ({unverified}), crisis: sent the helpline, {case} and alerted "
                f"on-call staff; waiting in the unknown-senders inbox ({terms})")
    return (f"Crisis from an unknown sender ({terms}): sent the helpline, {case} and alerted "
            f"on-call staff; waiting in the unknown-senders inbox")


def as_unverified(decision: Decision, reason: str) -> Decision:
    """The decision for an email that acts as nobody because its sender is unverified (it
    was decided as from an unknown sender): the handling says why it waits in the inbox."""
    if decision.unknown_sender_crisis:
        handling = unknown_crisis_handling(decision.reply, created=True, unverified=reason)
    elif decision.reply.keyword is not None:
        handling = (f"Unverified email ({reason}): {decision.reply.keyword.upper()} not acted on; "
                    f"waiting in the unknown-senders inbox")
    else:
        handling = f"Unverified email ({reason}): waiting in the unknown-senders inbox"
    return replace(decision, handling=handling, unverified=reason)


# --- what we do -----------------------------------------------------------------------------

ATTACHMENTS_LIMIT = Message.__table__.c.attachments.type.length   # 400


def attachments_column(content_types: tuple[str, ...]) -> str:
    """The content types as messages.attachments keeps them: space-separated, whole entries
    only (those that would not fit are dropped, none is cut in half), so that
    stored_attachments gives back each one kept."""
    kept: list[str] = []
    length = -1
    for content_type in content_types:
        entry = "".join(content_type.split()) or "application/octet-stream"
        if length + 1 + len(entry) > ATTACHMENTS_LIMIT:
            break
        kept.append(entry)
        length += 1 + len(entry)
    return " ".join(kept)


def stored_attachments(column: str | None) -> tuple[str, ...]:
    return tuple((column or "").split())


def _store_once(inbound: InboundMessage, sender: Sender, decision: Decision, now: datetime) -> Message | None:
    """The message row, written once with what it means; None when this provider id is
    already stored (a replay, or a concurrent delivery that got there first)."""
    values = dict(
        direction=Direction.INBOUND, channel=inbound.channel,
        alumnus_id=sender.alumnus.id if sender.alumnus else None,
        checkin_id=answered_checkin_id(sender, decision), provider_id=inbound.provider_id,
        from_addr=inbound.from_addr[:254], to_addr=inbound.to_addr[:254], body=inbound.body,
        attachments=attachments_column(inbound.attachments),
        handling=decision.handling[:200],
        reply_body=_answer_for_channel(decision.answer, inbound.channel, decision.reply.crisis),
        created_at=now)
    return db.session.scalar(dialect_insert(Message).values(values)
                             .on_conflict_do_nothing(index_elements=["provider_id"]).returning(Message))


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
            handled = handler(message, alumnus, reply)
            if handled is not None:
                message.checkin_id = None
                message.handling = handled.handling[:200]
                message.reply_body = _answer_for_channel(handled.answer, message.channel)
                _audit_received(message, actor)
                return [(case_id, message.id) for case_id in handled.alert_case_ids]
    return _carry_out_plan(message, sender, decision, actor=actor, now=now, crisis_alerted=crisis_alerted)


def _carry_out_unknown_crisis(message: Message, decision: Decision, *, actor: str | None) -> list[Alert]:
    """A crisis from a sender with no record: their open crisis case (a second text from
    the same number joins it and alerts again) or a new one."""
    trigger = decision.reply.detection.explain()
    case = open_unknown_crisis_case(message.from_addr)
    if case is None:
        case, _ = insert_case(None, CRISIS_CASE, message_id=message.id, trigger=trigger, actor=actor,
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
                    trigger=trigger if reason in (CRISIS_CASE, URGENT_CASE) else None, actor=actor,
                    opened_at=now)
                case_id = case.id
                if reason == CRISIS_CASE and not created[reason] and not crisis_alerted:
                    crisis_again(case_id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor=actor)
            elif reason == CRISIS_CASE and not crisis_alerted:
                # The case absorbed earlier crises and may be acknowledged, claimed or
                # snoozed: this new one must still reach a person.
                crisis_again(case_id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor=actor)
            if reason == CRISIS_CASE:
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
    _, created = insert_case(alumnus.id, DECLINING_CASE, message_id=message_id, checkin_id=checkin.id,
                             note=f"Scores sliding: {why}", trigger=why, actor=actor)
    return [f"{'opened a' if created else 'added to the open'} declining-scores case ({why})"]


_CHECKINS = CheckIn.__table__
# A plain UPDATE, built once: the ORM's flush of one changed row cost more CPU than the
# round trip.
_MARK_REPLIED = (db.update(_CHECKINS).where(_CHECKINS.c.id == db.bindparam("checkin_id"))
                 .values(status=CheckInStatus.REPLIED, replied_at=db.bindparam("at"),
                         score=db.func.coalesce(db.bindparam("new_score", type_=_CHECKINS.c.score.type),
                                                _CHECKINS.c.score)))


def mark_replied(checkin: CheckIn, score: int | None, now: datetime) -> None:
    """The check-in is answered (with its score, when the reply carried one)."""
    db.session.execute(_MARK_REPLIED, {"checkin_id": checkin.id, "at": now, "new_score": score})
    set_committed_value(checkin, "status", CheckInStatus.REPLIED)
    set_committed_value(checkin, "replied_at", now)
    if score is not None:
        set_committed_value(checkin, "score", score)


def _answer_for_channel(answer: str | None, channel: str, crisis: bool = False) -> str | None:
    """The answer the webhook gives (SMS, WhatsApp); an email is answered only for a crisis,
    by the email-answer job."""
    return answer if channel in ANSWERED_CHANNELS or (crisis and channel == "email") else None


def _audit_received(message: Message, actor: str | None) -> None:
    audit("message.received", alumnus_id=message.alumnus_id, actor=actor,
          detail={"message_id": message.id, "channel": message.channel, "handling": message.handling})
