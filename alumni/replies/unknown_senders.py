"""The unknown-senders inbox: inbound messages that matched no alumnus, until staff link
each to the right person (it then joins their timeline and is interpreted as if it had
matched) or dismiss it (spam, a wrong number). Both are audited.

A crisis from an unknown sender was answered and alerted on when it arrived, with a
crisis case of its own: the inbox shows that sender's messages first, marked; linking one
moves the case to the alumnus (or merges it into their open crisis case) without alerting
on that crisis again."""
from __future__ import annotations

from flask import current_app

from alumni.core.audit import audit
from alumni.core.cases import move_unknown_case, open_unknown_crisis_case
from alumni.domain.whole_numbers import positive_int
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Direction, FollowUp, FollowUpReason, FollowUpStatus, Message
from alumni.replies.inbound import process_message, send_alerts


class InboxError(ValueError):
    """A plain-words reason the action could not be done."""


def _open_crisis_cases_from(from_addr):
    """Open crisis cases of unknown senders whose first message came from this address."""
    first = db.aliased(Message)
    return (db.select(FollowUp.id).join(first, first.id == FollowUp.message_id)
            .where(FollowUp.alumnus_id.is_(None), FollowUp.reason == FollowUpReason.CRISIS,
                   FollowUp.status != FollowUpStatus.RESOLVED, first.from_addr == from_addr))


def unknown_messages_query():
    """Waiting messages, those from a sender with an open crisis case first, then newest."""
    in_crisis = db.exists(_open_crisis_cases_from(Message.from_addr).correlate(Message))
    return (db.select(Message)
            .where(Message.alumnus_id.is_(None), Message.direction == Direction.INBOUND,
                   Message.dismissed.is_(False))
            .order_by(db.case((in_crisis, 0), else_=1), Message.created_at.desc(), Message.id.desc()))


def crisis_cases_for(messages) -> dict[int, int]:
    """message id -> the open crisis case of its sender, for the messages on one page."""
    addresses = {m.from_addr for m in messages if m.from_addr}
    if not addresses:
        return {}
    first = db.aliased(Message)
    rows = db.session.execute(
        db.select(first.from_addr, db.func.min(FollowUp.id)).join(first, first.id == FollowUp.message_id)
        .where(FollowUp.alumnus_id.is_(None), FollowUp.reason == FollowUpReason.CRISIS,
               FollowUp.status != FollowUpStatus.RESOLVED, first.from_addr.in_(addresses))
        .group_by(first.from_addr)).all()
    by_address = dict(rows)
    return {m.id: by_address[m.from_addr] for m in messages if m.from_addr in by_address}


def _waiting(message_id: int) -> Message:
    message = db.session.get(Message, message_id)
    if message is None or message.alumnus_id is not None or message.dismissed \
            or message.direction != Direction.INBOUND:
        raise InboxError("That message is no longer waiting in the inbox.")
    return message


def resolve_alumnus(reference: str) -> Alumnus:
    """An alumnus from what staff type: a record number, a phone number or an email."""
    from alumni.domain.phones import parse_phone
    from alumni.records.alumni import find_alumnus_by_email, find_alumnus_by_phone
    text = (reference or "").strip().lstrip("#")
    alumnus = None
    if text.isdigit() and len(text) < 9:
        record = positive_int(text)   # "²" is a digit to isdigit, not a record number
        alumnus = db.session.get(Alumnus, record) if record else None
    elif "@" in text:
        alumnus = find_alumnus_by_email(text)
    elif text:
        try:
            alumnus = find_alumnus_by_phone(parse_phone(text, current_app.config["DEFAULT_REGION"]))
        except ValueError:
            alumnus = None
    if alumnus is None or alumnus.status == AlumnusStatus.ERASED:
        raise InboxError("No alumnus found: enter their record number, phone number or email.")
    return alumnus


LINK_MATCHES_SHOWN = 10


def alumni_matching(text: str, today) -> list[Alumnus]:
    """Who staff may mean by a name, phone or email typed beside an unknown message (the
    same matching as the alumni list; erased records never match), at most ten."""
    from alumni.records.alumni_search import AlumniFilter, alumni_query
    text = (text or "").replace("\x00", "").strip()[:200]
    if len(text) < 2:
        return []
    query = alumni_query(AlumniFilter(q=text), today).options(db.joinedload(Alumnus.cohort))
    return list(db.session.scalars(query.limit(LINK_MATCHES_SHOWN)).unique())


def link_message(message_id: int, reference: str) -> Message:
    """Move the message onto the alumnus's timeline and act on it (cases, alerts). Our
    answer cannot be sent any more (the provider's request is long closed), so none is."""
    message = _waiting(message_id)
    alumnus = resolve_alumnus(reference)
    unknown_case = open_unknown_crisis_case(message.from_addr)
    message.alumnus_id = alumnus.id
    audit("message.linked", alumnus_id=alumnus.id, detail={"message_id": message.id})
    if unknown_case is not None:
        move_unknown_case(unknown_case, alumnus.id)
        db.session.flush()
    alerts = process_message(message, alumnus, actor=None, crisis_alerted=unknown_case is not None)
    message.reply_body = None
    message.handling = f"Linked by staff from the unknown-senders inbox. {message.handling}"[:200]
    db.session.commit()
    send_alerts(alerts)
    return message


def dismiss_message(message_id: int) -> Message:
    message = _waiting(message_id)
    message.dismissed = True
    message.handling = "Dismissed by staff from the unknown-senders inbox"
    audit("message.dismissed", detail={"message_id": message.id})
    db.session.commit()
    return message
