"""Peer support's part of the inbound pipeline (a reply handler listed in alumni/wiring.py):
MENTOR requests, and YES/NO replies
attributed to an invitation or a check-in by the rule in alumni/domain/reply_attribution.py.

The pipeline calls this only for a known alumnus's reply that is not STOP/START/HELP, a
crisis or a call request; those are handled first, whatever else the text says."""
from __future__ import annotations

import re

from flask import current_app

from alumni.core.cases import open_case
from alumni.domain.reply_attribution import Outcome, QuestionKind, ReplyShape, attribute_reply, may_answer_invitation
from alumni.domain.reply_texts import Answer, reply_text
from alumni.domain.rsvp import confirmation_text, has_rsvp_word, is_mentor_request, parse_rsvp
from alumni.extensions import db
from alumni.models import FollowUpReason, Invitation, utcnow
from alumni.peer.events import apply_rsvp, open_invitation_questions
from alumni.peer.mentors import handle_mentor_request

_DIGIT = re.compile(r"[1-5\u0967-\u096b]")


def reply_shape(body: str, language: str, score: int | None) -> ReplyShape:
    rsvp = parse_rsvp(body, language)
    mixed = rsvp is None and has_rsvp_word(body) and (score is not None or bool(_DIGIT.search(body)))
    return ReplyShape(rsvp=str(rsvp) if rsvp else None, score=None if mixed else score, mixed=mixed)


def handle_peer_reply(message, sender, reply):
    """Claim the reply (a HandledReply) or return None for ordinary handling."""
    from alumni.replies.inbound_actions import HandledReply
    from alumni.replies.inbound_sender import open_checkin_for

    alumnus = sender.alumnus
    if is_mentor_request(message.body):
        return HandledReply(handling=handle_mentor_request(alumnus, message_id=message.id),
                            answer=_mentor_answer(alumnus.language))
    shape = reply_shape(message.body, alumnus.language, reply.score)
    if not may_answer_invitation(shape):
        return None  # free text or a plain score: the ordinary pipeline, whatever is open
    now = utcnow()
    questions = open_invitation_questions(alumnus.id, now)
    if not questions:
        return None  # nothing of ours is open: ordinary handling decides
    checkin = open_checkin_for(alumnus.id, now)
    if checkin is not None:
        from alumni.domain.reply_attribution import OpenQuestion
        questions.append(OpenQuestion(QuestionKind.CHECKIN, checkin.id, checkin.sent_at or checkin.due_at))
    result = attribute_reply(shape, questions)
    if result.outcome == Outcome.PASS or (result.outcome == Outcome.ANSWER
                                          and result.question.kind == QuestionKind.CHECKIN):
        return None  # the ordinary pipeline attaches scores to the open check-in
    if result.outcome == Outcome.HUMAN:
        case, created = open_case(alumnus.id, FollowUpReason.UNREAD_TEXT, message_id=message.id,
                                  checkin_id=checkin.id if checkin else None)
        word = "opened an unread-text case" if created else "added to the open unread-text case"
        config = current_app.config
        return HandledReply(handling=f"Unclear whether this answers an invitation or a check-in ({result.why}): {word}",
                            answer=reply_text(Answer.READ_SOON, alumnus.language, centre=config["CENTRE_NAME"],
                                              contact=config["CENTRE_CONTACT"], helpline=config["CRISIS_HELPLINE"]))
    invitation = db.session.get(Invitation, result.question.ref_id)
    apply_rsvp(invitation, shape.rsvp, message_id=message.id, now=now)
    event = invitation.occurrence.event
    return HandledReply(handling=f"RSVP {shape.rsvp.upper()} to {event.title} "
                                 f"({invitation.occurrence.starts_at:%Y-%m-%d})",
                        answer=confirmation_text(shape.rsvp, alumnus.language))


def _mentor_answer(language: str) -> str:
    return {"hi": "धन्यवाद। हमने आपके मार्गदर्शक और हमारी टीम को बता दिया है।",
            "mr": "धन्यवाद. आम्ही तुमच्या मार्गदर्शकांना आणि आमच्या टीमला कळवले आहे."}.get(
        language, "Thank you. We have let your mentor and our team know.")
