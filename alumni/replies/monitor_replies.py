"""The recovery monitor's part of the inbound pipeline (a reply handler listed in
alumni/wiring.py, asked before peer support's): an answer to the open monitor question,
attributed by the rule in alumni/domain/reply_attribution.py beside any open check-in or
invitation, and what it leads to.

The pipeline calls this only for a known alumnus's reply that is not STOP/START/HELP, a
crisis, an urgent plea or a call request: a crisis word inside an answer is a crisis like
anywhere else, handled before this (and the questionnaire waits for staff).

- A readable answer is kept, the set re-scored, the next question owed (it goes by the
  dispatcher within the minute). Any day of use is handled as a relapse reply is: a crisis
  case, on-call staff alerted, a relapse event with a closer plan offered, and the crisis
  answer. High risk with low protection once the set is finished opens a `declining` case.
- An unreadable answer is asked again once; a second one goes to a person as any unread
  text does (the ordinary pipeline's unread-text case).
"""
from __future__ import annotations

from dataclasses import replace

from flask import current_app

from alumni.core.cases import crisis_again, find_open_case, insert_case, open_case
from alumni.domain.crisis.detection import Category, Finding
from alumni.domain.monitor import parse_answer
from alumni.domain.monitor_items import thanks_text
from alumni.domain.reply_attribution import OpenQuestion, Outcome, QuestionKind, attribute_reply, may_answer_invitation
from alumni.domain.reply_texts import Answer, reply_text
from alumni.domain.rsvp import is_mentor_request
from alumni.models import FollowUpReason, utcnow
from alumni.peer.events import open_invitation_questions
from alumni.recovery.monitor import Answered, ask_again, open_question, record_answer
from alumni.replies.peer_replies import reply_shape


def handle_monitor_reply(message, sender, reply):
    """Claim the reply (a HandledReply) or return None for the next handler."""
    from alumni.replies.inbound_actions import HandledReply
    from alumni.replies.inbound_sender import open_checkin_for

    if not sender.monitor_question or is_mentor_request(message.body):
        return None   # the sender read found no monitor text awaiting an answer
    alumnus = sender.alumnus
    now = utcnow()
    question = open_question(alumnus.id, now)
    if question is None:
        return None   # no questionnaire waiting on an answer: nothing changes for anyone
    value = parse_answer(question.item, message.body, alumnus.language)
    shape = replace(reply_shape(message.body, alumnus.language, reply.score), monitor=value is not None)
    monitor = OpenQuestion(QuestionKind.MONITOR, question.checkin.id, question.asked_at)
    questions = [monitor]
    checkin = open_checkin_for(alumnus.id, now)
    if checkin is not None and checkin.id != question.checkin.id:
        questions.append(OpenQuestion(QuestionKind.CHECKIN, checkin.id, checkin.sent_at or checkin.due_at))
    if may_answer_invitation(shape):
        questions.extend(open_invitation_questions(alumnus.id, now))
    result = attribute_reply(shape, questions)
    number = f"question {question.index + 1} ({question.item.key.replace('_', ' ')})"
    if result.outcome == Outcome.ANSWER and result.question.kind == QuestionKind.MONITOR:
        answered = record_answer(question, value, message_id=message.id, channel=message.channel, now=now)
        if answered is None:
            return HandledReply(handling=f"Recovery monitor: {number} was already answered; nothing changed")
        return _after_answer(answered, number, message, alumnus, HandledReply)
    if result.outcome == Outcome.HUMAN:
        case, created = open_case(alumnus.id, FollowUpReason.UNREAD_TEXT, message_id=message.id)
        word = "opened an unread-text case" if created else "added to the open unread-text case"
        return HandledReply(handling=f"Unclear which question this answers ({result.why}): {word}",
                            answer=_answer(Answer.READ_SOON, alumnus))
    if result.outcome == Outcome.ANSWER:
        return None   # the check-in's or the invitation's: ordinary handling, peer support
    newest = max(questions, key=lambda q: q.asked_at)
    if value is None and newest is monitor and ask_again(question, channel=message.channel, now=now):
        return HandledReply(handling=f"Recovery monitor: could not read the answer to {number}; asked again")
    return None   # read by a person, as any unread text


def _after_answer(answered: Answered, number: str, message, alumnus, handled_reply):
    done = [f"Recovery monitor: {number} answered {answered.value}"]
    done.append("all answered" if answered.finished else "next question owed")
    answer = thanks_text(alumnus.language) if answered.finished else None
    alerts: list[int] = []
    if answered.danger.relapse:
        case_id, created = _crisis_case(alumnus, message, answered.danger.why)
        alerts.append(case_id)
        from alumni.replies.relapse import record_relapse
        finding = Finding(Category.RELAPSE, ("monitor answer",), (answered.danger.why,))
        record_relapse(alumnus, finding, message_id=message.id, followup_id=case_id, now=message.created_at or utcnow())
        done.append(f"{'opened a' if created else 'added to the open'} crisis case and alerted on-call staff; "
                    "relapse recorded; a closer plan is offered")
        answer = _answer(Answer.CRISIS, alumnus)
    if answered.danger.declining:
        _, created = insert_case(alumnus.id, FollowUpReason.DECLINING, message_id=message.id,
                                 note=f"Recovery monitor: {answered.danger.why}", trigger=answered.danger.why)
        done.append(f"{'opened a' if created else 'added to the open'} declining case ({answered.danger.why})")
    return handled_reply(handling="; ".join(done), answer=answer, alert_case_ids=alerts)


def _crisis_case(alumnus, message, why: str) -> tuple[int, bool]:
    """The alumnus's crisis case, opened or joined; a case already acknowledged, claimed or
    snoozed goes back to the top, as for any crisis text."""
    trigger = f"recovery monitor: {why}"
    existing = find_open_case(alumnus.id, FollowUpReason.CRISIS)
    if existing is not None:
        crisis_again(existing.id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor="system")
        return existing.id, False
    case, created = insert_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id, trigger=trigger)
    if not created:
        crisis_again(case.id, trigger, alumnus_id=alumnus.id, message_id=message.id, actor="system")
    return case.id, created


def _answer(kind: Answer, alumnus) -> str:
    config = current_app.config
    return reply_text(kind, alumnus.language, centre=config["CENTRE_NAME"], contact=config["CENTRE_CONTACT"],
                      helpline=config["CRISIS_HELPLINE"], discreet=bool(alumnus.discreet))
