"""Texts from an alumnus's supporters (family, friends named on the record): the inbound
pipeline asks here when a number or address matches no alumnus, before calling the
sender unknown.

Such a text is stored against the alumnus (messages.supporter_id says who wrote it, so the
timeline reads "Text from Sunita Patil (mother)"), scanned for crisis like any text, and
acted on by alumni.domain.supporter_texts: a crisis opens (or joins) the alumnus's crisis
case, alerts on-call staff and answers with the helpline in the language the supporter
wrote in; CONCERN opens a call-back case and is acknowledged; anything else opens an
unread-text case so a person reads it; STOP stops texts to that number.

One number may be a supporter of several alumni (a parent of two): the message is stored
against the alumnus whose supporter row is newest, and every case it opens is opened on
each of them, its note naming the others, so no one is missed and a person decides whom
it is about."""
from __future__ import annotations

from datetime import datetime

from flask import current_app

from alumni.core.audit import audit
from alumni.core.cases import crisis_again, find_open_case, insert_case, insert_once
from alumni.domain.keywords import match_concern
from alumni.domain.replies import interpret_reply
from alumni.domain.reply_texts import reply_text
from alumni.domain.rsvp import RsvpAnswer, confirmation_text, parse_rsvp
from alumni.domain.sender_language import guess_language
from alumni.domain.supporter_texts import SupporterAct, SupporterPlan, concern_text, plan_supporter_text, who_wrote
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Direction, FollowUpReason, Message, Supporter, SupporterInvitation
from alumni.peer.supporter_invitations import apply_supporter_rsvp, open_supporter_invitations
from alumni.replies.attachment_types import attachments_column
from alumni.replies.inbound import InboundMessage, InboundResult, commit_then_send
from alumni.replies.inbound_decision import answer_for_channel

REACHABLE = (AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)


def supporters_for(channel: str, from_addr: str) -> list[Supporter]:
    """The supporters with this number (or email address) of alumni still followed up,
    newest first."""
    if not from_addr:
        return []
    key = (db.func.lower(Supporter.email) == from_addr.strip().lower() if channel == Channel.EMAIL
           else Supporter.phone == from_addr)
    return list(db.session.scalars(
        db.select(Supporter).join(Alumnus, Alumnus.id == Supporter.alumnus_id)
        .where(key, Alumnus.status.in_(REACHABLE)).order_by(Supporter.id.desc())))


def handle_supporter_text(inbound: InboundMessage, now: datetime, actor: str) -> InboundResult | None:
    """Store and act on a text from a supporter; commits, then sends alerts. None when the
    sender is no supporter either (the caller treats it as unknown)."""
    supporters = supporters_for(inbound.channel, inbound.from_addr)
    if not supporters:
        return None
    writer = supporters[0]
    people = _alumni_of(supporters)
    language = guess_language(inbound.body)
    reply = interpret_reply(inbound.body, language)
    concern, _ = match_concern(inbound.body)
    plan = plan_supporter_text(reply.keyword, reply.crisis, concern)
    if plan.act is SupporterAct.TEXT:
        rsvp = parse_rsvp(inbound.body, language)
        invitations = open_supporter_invitations([s.id for s in supporters], now) if rsvp else []
        if invitations:
            return _rsvp(inbound, invitations[0], str(rsvp), language, now, actor)
    answer = _answer(plan, language, discreet=any(person.discreet for person in people))
    message = _store_once(inbound, writer, _handling(plan, writer, people, reply), answer, reply.crisis, now)
    if message is None:
        return _replayed(inbound.provider_id)
    alerts = _carry_out(message, plan, writer, people, reply, actor)
    return commit_then_send(message, alerts)


def _rsvp(inbound: InboundMessage, invitation: SupporterInvitation, answer: str, language: str,
          now: datetime, actor: str) -> InboundResult:
    """A YES or NO to the family session this number was most recently asked about."""
    who = who_wrote(invitation.supporter.name, invitation.supporter.relation)
    handling = f"RSVP {answer.upper()} from {who}, a supporter, to {invitation.occurrence.event.title}"
    # In the language the invitation went in (the alumnus's): "haan" says little about script.
    thanks = confirmation_text(RsvpAnswer(answer), invitation.supporter.alumnus.language or language)
    message = _store_once(inbound, invitation.supporter, handling[:200], thanks, False, now)
    if message is None:
        return _replayed(inbound.provider_id)
    apply_supporter_rsvp(invitation, answer, message_id=message.id, now=now, actor=actor)
    audit("message.received", alumnus_id=message.alumnus_id, actor=actor,
          detail={"message_id": message.id, "channel": message.channel, "supporter_id": invitation.supporter_id,
                  "handling": message.handling})
    return commit_then_send(message, [])


def _alumni_of(supporters: list[Supporter]) -> list[Alumnus]:
    people: dict[int, Alumnus] = {}
    for supporter in supporters:
        people.setdefault(supporter.alumnus_id, supporter.alumnus)
    return list(people.values())


def _answer(plan: SupporterPlan, language: str, *, discreet: bool) -> str:
    if plan.answer is None:
        return concern_text(language)
    config = current_app.config
    return reply_text(plan.answer, language, centre=config["CENTRE_NAME"], contact=config["CENTRE_CONTACT"],
                      helpline=config["CRISIS_HELPLINE"], discreet=discreet)


_DONE = {
    SupporterAct.STOP: "STOP: no more texts to this supporter; confirmation sent",
    SupporterAct.START: "START: confirmation sent; whether the centre texts them is the alumnus's choice",
    SupporterAct.INFO: "Asked for information: sent the centre's name and contact",
    SupporterAct.CRISIS: "crisis ({terms}): sent the helpline, crisis case and on-call staff alerted",
    SupporterAct.CONCERN: "CONCERN: opened a call-back case; acknowledgement sent",
    SupporterAct.TEXT: "a person will read it (unread-text case)",
}


def _handling(plan: SupporterPlan, writer: Supporter, people: list[Alumnus], reply) -> str:
    terms = ", ".join(term.replace("_", " ") for term in reply.crisis_terms)
    done = _DONE[plan.act].format(terms=terms)
    several = f"; supports {len(people)} alumni: a case on each" if len(people) > 1 and plan.case else ""
    return f"From {who_wrote(writer.name, writer.relation)}, a supporter: {done}{several}"[:200]


def _store_once(inbound: InboundMessage, writer: Supporter, handling: str, answer: str, crisis: bool,
                now: datetime) -> Message | None:
    """As the pipeline stores a text: once per provider id (ON CONFLICT DO NOTHING)."""
    values = dict(
        direction=Direction.INBOUND, channel=inbound.channel, alumnus_id=writer.alumnus_id,
        supporter_id=writer.id, provider_id=inbound.provider_id, from_addr=inbound.from_addr[:254],
        to_addr=inbound.to_addr[:254], body=inbound.body, attachments=attachments_column(inbound.attachments),
        handling=handling, reply_body=answer_for_channel(answer, inbound.channel, crisis), created_at=now)
    return insert_once(Message, values, index_elements=("provider_id",))


def _replayed(provider_id: str) -> InboundResult:
    first = db.session.scalar(db.select(Message).where(Message.provider_id == provider_id))
    result = InboundResult(first.id, first.reply_body, True, first.alumnus_id)
    db.session.rollback()
    return result


def _carry_out(message: Message, plan: SupporterPlan, writer: Supporter, people: list[Alumnus], reply,
               actor: str) -> list[tuple[int, int | None]]:
    """Make the plan true in the caller's transaction; returns the crisis alerts."""
    if plan.act is SupporterAct.STOP:
        db.session.execute(db.update(Supporter).where(Supporter.id.in_([s.id for s in _same_number(writer)]))
                           .values(may_contact=False))
    alerts: list[tuple[int, int | None]] = []
    trigger = reply.detection.explain() or None
    others = {person.id: [p.full_name for p in people if p.id != person.id] for person in people}
    for person in people:
        if plan.case is not None:
            note = f"Raised by {who_wrote(writer.name, writer.relation)}, a supporter"
            if others[person.id]:
                note += f", who also supports {', '.join(others[person.id])}: check whom it is about"
            case_id = _open(person.id, plan.case, message.id, note, trigger, actor)
            if plan.case == FollowUpReason.CRISIS:
                alerts.append((case_id, message.id))
        audit("message.received", alumnus_id=person.id, actor=actor,
              detail={"message_id": message.id, "channel": message.channel, "supporter_id": writer.id,
                      "handling": message.handling})
    return alerts


def _same_number(writer: Supporter) -> list[Supporter]:
    return supporters_for(Channel.SMS, writer.phone) if writer.phone else [writer]


def _open(alumnus_id: int, reason: str, message_id: int, note: str, trigger: str | None, actor: str) -> int:
    existing = find_open_case(alumnus_id, reason)
    if existing is None:
        case, created = insert_case(alumnus_id, reason, message_id=message_id, note=note,
                                    trigger=trigger if reason == FollowUpReason.CRISIS else None, actor=actor)
        if created or reason != FollowUpReason.CRISIS:
            return case.id
        existing = case
    if reason == FollowUpReason.CRISIS:
        # Acknowledged, claimed or snoozed: this new crisis must still reach a person.
        crisis_again(existing.id, trigger, alumnus_id=alumnus_id, message_id=message_id, actor=actor)
    return existing.id
