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

The steps live beside this module: who wrote (inbound_sender), what it means
(inbound_decision), making that true (inbound_actions), and the attachments column
(attachment_types).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import DBAPIError

from alumni.core.cases import insert_once
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import Alumnus, Direction, Message, utcnow
from alumni.replies.attachment_types import attachments_column, stored_attachments
from alumni.replies.inbound_actions import Alert, carry_out
from alumni.replies.inbound_decision import Decision, answer_for_channel, answered_checkin_id, as_unverified, decide
from alumni.replies.inbound_sender import Sender, find_sender, known_sender

EMAIL_ANSWER_JOB = "workers.replies.send_email_answer"


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
    if sender.alumnus is None and inbound.verified:
        # Not an alumnus: perhaps one of an alumnus's supporters (it imports this module).
        from alumni.replies.supporter_replies import handle_supporter_text
        handled = handle_supporter_text(inbound, now, actor)
        if handled is not None:
            return handled
    decision = decide(inbound.body, inbound.channel, sender, inbound.attachments)
    if not inbound.verified:
        decision = as_unverified(decision, inbound.unverified_reason or "sender not verified")
    message = _store_once(inbound, sender, decision, now)
    if message is None:
        return _replayed(inbound.provider_id)
    alerts = carry_out(message, sender, decision, actor=actor, now=now)
    return commit_then_send(message, alerts)


def commit_then_send(message: Message, alerts: list[Alert]) -> InboundResult:
    """Commit the stored text and what it did, then send its alerts and, for an email, the
    answer: nothing goes out for a row that could still roll back."""
    # Read before commit expires the row: no reload just to answer.
    result = InboundResult(message.id, message.reply_body, False, message.alumnus_id)
    email_answer = message.channel == Channel.EMAIL and bool(message.reply_body)
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
    sender = known_sender(alumnus, now) if alumnus else Sender(None)
    decision = decide(message.body, message.channel, sender, stored_attachments(message.attachments))
    message.checkin_id = answered_checkin_id(sender, decision)
    message.handling = decision.handling[:200]
    message.reply_body = answer_for_channel(decision.answer, message.channel, decision.reply.crisis)
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
        reply_body=answer_for_channel(decision.answer, inbound.channel, decision.reply.crisis),
        created_at=now)
    return insert_once(Message, values, index_elements=("provider_id",))

