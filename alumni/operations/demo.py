"""The demo centre `make run` seeds once, so a new install has something to look at."""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app

from alumni.accounts.accounts import create_user
from alumni.domain.checkin_lifecycle import Move, walk
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    Channel,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    ConsentSource,
    Direction,
    Invitation,
    Message,
    Role,
    User,
    utcnow,
)

DEMO_ADMIN = "admin@example.org"
# email, role, name: the admin first (the login `make run` names first)
DEMO_USERS = [
    (DEMO_ADMIN, Role.ADMIN, "Demo Admin"),
    ("coordinator@example.org", Role.COORDINATOR, "Demo Coordinator"),
    ("staff@example.org", Role.STAFF, "Demo Staff"),
]

DEMO_ALUMNI = [
    # first, last, phone, email, language, days since discharge, channel
    ("Asha", "Kulkarni", "+919812345601", "asha@example.org", "mr", 2, Channel.SMS),
    ("Ravi", "Sharma", "+919812345602", None, "hi", 20, Channel.WHATSAPP),
    ("Meera", "Iyer", "+919812345603", "meera@example.org", "en", 45, Channel.EMAIL),
    ("Sunil", "Patil", "+919812345604", None, "mr", 200, Channel.SMS),
    ("राहुल", "वर्मा", "+919812345605", None, "hi", 400, Channel.SMS),
]


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: str
    password: str


def seed_demo() -> list[DemoLogin] | None:
    """Seed once; returns the demo logins when it seeded, None when data already exists.

    The passwords are random and kept nowhere but in their hashes: the caller shows them
    once, now. A login shown later could have been changed since, and would be refused."""
    if db.session.scalar(db.select(User).limit(1)) is not None:
        return None
    logins = [DemoLogin(email, role, secrets.token_urlsafe(12)) for email, role, _ in DEMO_USERS]
    users = {login.email: create_user(login.email, login.role, login.password, name=name,
                                      on_call=login.role == Role.ADMIN)
             for login, (_, _, name) in zip(logins, DEMO_USERS, strict=True)}
    admin = users[DEMO_ADMIN]
    db.session.commit()
    today = date.today()
    # Through the enrolment service, as a coordinator would: consents, audit rows, plan.
    from alumni.records.enrolment import enrol_alumnus
    for first, last, phone, email, language, days, channel in DEMO_ALUMNI:
        enrol_alumnus({
            "first_name": first, "last_name": last, "phone": phone, "email": email,
            "language": language, "timezone": current_app.config["DEFAULT_TIMEZONE"],
            "programme": "Residential 90-day", "cohort": "Demo cohort", "preferred_channel": channel,
            "discharge_date": (today - timedelta(days=days)).isoformat(),
            "consent_sms": bool(phone), "consent_whatsapp": channel == Channel.WHATSAPP,
            "consent_email": channel == Channel.EMAIL,
        }, by_id=admin.id, source=ConsentSource.FORM)
    db.session.commit()
    seed_history(users)
    return logins


# --- a few weeks of history -------------------------------------------------------------
# What the centre would have seen had these alumni been enrolled on the day they left:
# check-ins sent on their plan days, and the replies they wrote, each put through the real
# inbound pipeline (handle_inbound), so the cases, the queue and the timelines are the
# ones a real reply makes. Nothing here reaches a provider: the sent check-ins are written
# as history (and shown in the console outbox), never handed to a transport.
HISTORY_DAYS = 40
REPLY_AFTER = timedelta(hours=3)
# phone -> the replies to its past check-ins, oldest first (None: no answer, a miss)
REPLIES = {
    "+919812345601": ["मला फोन करा"],                        # Asha, Marathi: "call me" -> call-back
    "+919812345602": ["4", "3 थोड़ा मुश्किल है", None, "1"],  # Ravi, Hindi; the last a low score
    "+919812345603": ["5", "4 - back at work this week"],     # Meera, English
    "+919812345604": ["5"],                                   # Sunil
}
# Written a few hours ago, to no check-in: the open crisis on top of the queue.
CRISIS = ("+919812345603", "I can't do this anymore. I want to end it all tonight.", timedelta(hours=2))
# The meeting's invitations went out two days ago; phone -> RSVP, written yesterday.
RSVPS = {"+919812345602": "हाँ", "+919812345604": "होय", "+919812345605": "YES", "+919812345603": "NO"}
MENTOR, MENTEE = "+919812345605", "+919812345601"


def seed_history(users: dict[str, User], now: datetime | None = None) -> None:
    now = now or utcnow()
    alumni = {a.phone: a for a in db.session.scalars(db.select(Alumnus))}
    for phone, replies in REPLIES.items():
        alumnus = alumni[phone]
        past = db.session.scalars(db.select(CheckIn).where(
            CheckIn.alumnus_id == alumnus.id, CheckIn.kind == CheckInKind.CHECKIN,
            CheckIn.due_at <= now, CheckIn.due_at > now - timedelta(days=HISTORY_DAYS))
            .order_by(CheckIn.due_at)).all()
        # Chronologically, each reply after its check-in went: a reply answers the check-in
        # open when it was written, as it would have.
        # The two tails line up; with no replies at all, past[-0:] is every check-in and none is paired.
        for checkin, reply in zip(past[-len(replies):], replies[-len(past):] if past else [], strict=False):
            sent_at = checkin.due_at
            _record_sent(checkin, sent_at)
            if reply is not None:
                _reply(alumnus, reply, sent_at + REPLY_AFTER)
    phone, text, ago = CRISIS
    _reply(alumni[phone], text, now - ago)
    _seed_meeting(alumni, users["coordinator@example.org"], now)
    _seed_mentor_match(alumni, users["coordinator@example.org"], now)


def _record_sent(checkin: CheckIn, at: datetime) -> Message:
    """A check-in that went on its day: the outbound message and the check-in's state."""
    from alumni.delivery.transports.base import OutboundMessage
    from alumni.delivery.transports.console import record_message
    from alumni.plans.render import render_checkin
    from alumni.redis_conn import get_redis
    rendered = render_checkin(checkin)
    message = Message(direction=Direction.OUTBOUND, channel=rendered.channel, alumnus_id=checkin.alumnus_id,
                      checkin_id=checkin.id, to_addr=rendered.to, body=rendered.body,
                      provider_id=f"demo-{uuid.uuid4().hex}", provider_status="delivered",
                      created_at=at, status_updated_at=at)
    db.session.add(message)
    # History written after the fact: the row as the lifecycle would have left it on its day.
    checkin.status = walk(None, (Move.CREATE, Move.QUEUE, Move.CLAIM, Move.RECORD_SENT, Move.DELIVER))
    checkin.skip_reason, checkin.attempts = None, 1
    checkin.queued_at = checkin.sent_at = checkin.delivered_at = at
    db.session.commit()
    record_message(get_redis(), OutboundMessage(channel=rendered.channel, to=rendered.to, body=rendered.body,
                                                subject=rendered.subject), message.provider_id, at=at)
    return message


def _reply(alumnus: Alumnus, body: str, at: datetime) -> None:
    from alumni.replies.inbound import InboundMessage, handle_inbound
    channel = alumnus.preferred_channel
    address = alumnus.email if channel == Channel.EMAIL else alumnus.phone
    handle_inbound(InboundMessage(channel=channel, provider_id=f"demo-{uuid.uuid4().hex}", from_addr=address,
                                  to_addr="demo", body=body, received_at=at), actor="demo")


def _seed_meeting(alumni: dict[str, Alumnus], coordinator: User, now: datetime) -> None:
    from alumni.domain.event_rules import EventDraft
    from alumni.peer.events import create_event, invite_occurrence
    zone = ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])
    local = datetime.combine(date.today() + timedelta(days=5), time(18, 0), tzinfo=zone)
    starts_at = local.astimezone(UTC).replace(tzinfo=None)
    event = create_event(EventDraft(title="Alumni evening", starts_at=starts_at, place="Centre hall",
                                    description="Tea, a speaker, and time together.",
                                    timezone=current_app.config["DEFAULT_TIMEZONE"]),
                         by_id=coordinator.id, now=now)
    occurrence = event.occurrences[0]
    invited_at = now - timedelta(days=2)
    invite_occurrence(occurrence.id, now=invited_at, actor="demo")
    for invitation in db.session.scalars(db.select(Invitation).filter_by(occurrence_id=occurrence.id)):
        checkin = db.session.get(CheckIn, invitation.checkin_id)
        if checkin.status in (CheckInStatus.SCHEDULED, CheckInStatus.QUEUED):
            _record_sent(checkin, invited_at)
    for phone, answer in RSVPS.items():
        _reply(alumni[phone], answer, now - timedelta(days=1))


def _seed_mentor_match(alumni: dict[str, Alumnus], coordinator: User, now: datetime) -> None:
    from alumni.peer.mentors import confirm_match, save_mentor_profile
    mentor, mentee = alumni[MENTOR], alumni[MENTEE]
    save_mentor_profile(mentor.id, consent=True, trained_on=date.today() - timedelta(days=200), capacity=2,
                        languages=["hi", "mr"], area="Pune")
    confirm_match(mentee.id, mentor.id, nudge_days=[], by_id=coordinator.id, now=now)
