"""Answering an email by email: the helpline for a crisis written in an email, which has no
reply channel of its own like an SMS webhook's TwiML.

The answer was decided when the email arrived (the inbound row's reply_body); this sends
it and keeps it as an outbound message on the alumnus's timeline. The outbound row is
written (and committed) before the send, under a provider id made from the inbound
message's: a job run twice sends once; a send that fails raises, so RQ retries it."""
from __future__ import annotations

from flask import current_app

from alumni.domain.reply_texts import crisis_email_subject
from alumni.domain.sender_language import guess_language
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import Alumnus, Direction, Message, utcnow

SENDING, SENT = "sending", "sent"


def answer_provider_id(message_id: int) -> str:
    return f"answer-{message_id}"


def send_email_answer(message_id: int) -> str:
    """Send the answer decided for this inbound email, once; says what it did."""
    from alumni.delivery.transports.registry import send_direct

    inbound = db.session.get(Message, message_id)
    if inbound is None or inbound.channel != Channel.EMAIL or not inbound.reply_body or not inbound.from_addr:
        return "skipped: nothing to answer by email"
    provider_id = answer_provider_id(message_id)
    answer = db.session.scalar(db.select(Message).where(Message.provider_id == provider_id))
    if answer is not None and answer.provider_status == SENT:
        return "skipped: already answered"
    if answer is None:
        answer = Message(direction=Direction.OUTBOUND, channel=Channel.EMAIL, alumnus_id=inbound.alumnus_id,
                         to_addr=inbound.from_addr, from_addr=current_app.config.get("MAIL_FROM") or "",
                         body=inbound.reply_body, provider_id=provider_id, provider_status=SENDING,
                         handling="Answer to a crisis email: the helpline and the promise of a call",
                         created_at=utcnow())
        db.session.add(answer)
        db.session.commit()
    alumnus = db.session.get(Alumnus, inbound.alumnus_id) if inbound.alumnus_id else None
    language = alumnus.language if alumnus else guess_language(inbound.body)
    answer_id, to, body = answer.id, answer.to_addr, answer.body
    db.session.close()  # no transaction held open across the network call
    send_direct(Channel.EMAIL, to, body, subject=crisis_email_subject(language))
    db.session.execute(db.update(Message).where(Message.id == answer_id)
                       .values(provider_status=SENT, status_updated_at=utcnow()))
    db.session.commit()
    return "sent"
