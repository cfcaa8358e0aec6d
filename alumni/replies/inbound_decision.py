"""What an inbound message means and what we will do and say, decided before anything is
written: compliance keywords first, then a crisis from an unknown sender, then the reply
plan for a known alumnus; and the wording for an email whose sender is unverified."""
from __future__ import annotations

from dataclasses import dataclass, replace

from flask import current_app

from alumni.domain.keywords import Keyword
from alumni.domain.replies import Reply, ReplyPlan, describe_plan, interpret_reply, plan_reply
from alumni.domain.reply_texts import Answer, reply_text
from alumni.domain.sender_language import guess_language
from alumni.domain.vocabulary import CHANNEL_WORDS, PHONE_CHANNELS, Channel
from alumni.replies.inbound_sender import Sender

ANSWERED_CHANNELS = PHONE_CHANNELS    # Twilio's: answered in the TwiML response


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
            handling = (f"{reply.keyword.upper()}: {CHANNEL_WORDS.get(channel, channel)} messages "
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


def answer_for_channel(answer: str | None, channel: str, crisis: bool = False) -> str | None:
    """The answer the webhook gives (SMS, WhatsApp); an email is answered only for a crisis,
    by the email-answer job."""
    return answer if channel in ANSWERED_CHANNELS or (crisis and channel == Channel.EMAIL) else None

