"""Urgent alerts: a crisis reaches whoever is on call now (every active admin when nobody
is) and the person who holds the case, by SMS and by email, each send its own job on the
alerts queue (one slow or failing channel never holds up another; no check-in backlog
holds up an alert).

Each crisis message is its own alert round: the job id names the message, so a second
crisis text on a case already alerted (or acknowledged) wakes people again.

Job arguments are ids only: the worker looks up the phone number and address itself, so
no contact details sit in Redis. The SMS and the e-mail are written in the recipient's own
language (users.language). The alert never quotes the alumnus's words or number: it travels
over SMS and email; it names the case page, where a signed-in person sees both."""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from alumni.domain.staff_languages import staff_language
from alumni.domain.vocabulary import PHONE_CHANNELS, Channel
from alumni.extensions import db
from alumni.jobs import ALERTS, enqueue
from alumni.models import FollowUp, FollowUpStatus, Message, User, utcnow
from alumni.workspace.on_call import active_admins, on_call_or_admins

ALERT_JOB = "workers.alerts.send_staff_alert"


def alert_channels(user: User) -> list[str]:
    """SMS when they have a phone, email when they have an address."""
    return ([Channel.SMS] if user.phone else []) + ([Channel.EMAIL] if user.email else [])


def case_holder(case: FollowUp) -> User | None:
    """The person working the case: its assignee, else whoever acknowledged it."""
    holder_id = case.assignee_id or case.acknowledged_by_id
    holder = db.session.get(User, holder_id) if holder_id else None
    return holder if holder is not None and holder.active else None


def _unique(users: list[User | None]) -> list[User]:
    seen: dict[int, User] = {}
    for user in users:
        if user is not None:
            seen.setdefault(user.id, user)
    return list(seen.values())


def alert_recipients(case: FollowUp, now: datetime | None = None) -> list[User]:
    """On call now (or every admin when nobody is), plus the case's holder, once each."""
    return _unique([*on_call_or_admins(now), case_holder(case)])


def realert_recipients(case: FollowUp, now: datetime | None = None) -> list[User]:
    """A crisis still unacknowledged after CRISIS_ACK_MINUTES also wakes every admin."""
    return _unique([*on_call_or_admins(now), *active_admins(), case_holder(case)])


def alert_on_call(followup_id: int, message_id: int | None = None) -> int:
    """Enqueue one alert per recipient and channel for this case and (when given) the
    crisis message that raised it. Returns how many were enqueued. Call after the case
    and message are committed."""
    case = db.session.get(FollowUp, followup_id)
    if case is None:
        return 0
    enqueued = 0
    for user in alert_recipients(case):
        for channel in alert_channels(user):
            job = enqueue(ALERT_JOB, user.id, followup_id, channel, message_id, queue=ALERTS,
                          job_id=f"alert-{followup_id}-{message_id or 0}-{user.id}-{channel}")
            enqueued += job is not None
    return enqueued


def realert_crises(now: datetime | None = None) -> int:
    """Alert again for each crisis nobody acknowledged within CRISIS_ACK_MINUTES (marked
    first, so two sweeps do not both alert). Returns how many cases were re-alerted."""
    from alumni.workspace.followup_sweeps import crises_due_for_realert
    now = now or utcnow()
    due = crises_due_for_realert(now)
    stamp = now.strftime("%Y%m%d%H%M")
    for case_id in due:
        case = db.session.get(FollowUp, case_id)
        for user in realert_recipients(case, now):
            for channel in alert_channels(user):
                enqueue(ALERT_JOB, user.id, case_id, channel, None, True, queue=ALERTS,
                        job_id=f"realert-{case_id}-{user.id}-{channel}-{stamp}")
    return len(due)


def case_url(case_id: int) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    path = current_app.url_map.bind("localhost").build("workspace.case", {"case_id": case_id})
    return base + path


def alert_text(case: FollowUp, reminder: bool = False) -> tuple[str, str]:
    """(subject, body), in the current locale (send_alert chooses it). Names the alumnus by
    first name and record number only; an unknown sender is "an unknown number". Links to
    the case page, which on a phone has their number to tap and the Acknowledge button at
    the top."""
    url = case_url(case.id)
    if case.alumnus is None:
        subject = _("URGENT: a crisis text from an unknown number")
        body = (_("URGENT: a crisis text from an unknown number. Nobody has acknowledged it yet. "
                  "Open the case to call them back and acknowledge it: %(url)s", url=url) if reminder else
                _("URGENT: a crisis text from an unknown number. "
                  "Open the case to call them back and acknowledge it: %(url)s", url=url))
        return subject, body
    who = {"name": case.alumnus.first_name, "id": case.alumnus_id}
    subject = _("URGENT: crisis text from %(name)s (#%(id)s)", **who)
    body = (_("URGENT: %(name)s (#%(id)s) sent a text that may mean they are in danger. Nobody has acknowledged "
              "it yet. Open the case to call them now and acknowledge it: %(url)s", url=url, **who) if reminder else
            _("URGENT: %(name)s (#%(id)s) sent a text that may mean they are in danger. "
              "Open the case to call them now and acknowledge it: %(url)s", url=url, **who))
    return subject, body


def alert_language(user: User) -> str:
    """The language the person reads their screens in (users.language), on every channel: a
    Devanagari SMS costs more segments (UCS-2), a crisis alert is worth them."""
    return staff_language(user.language)


def why_no_alert(case: FollowUp, message_id: int | None, reminder: bool) -> str | None:
    """Why this alert should not go (None: send it). An acknowledgement stops re-alerts,
    and first alerts for what was acknowledged; it does not stop the alert for a crisis
    message that arrived after it."""
    if case.status == FollowUpStatus.RESOLVED:
        return "case already resolved"
    if case.acknowledged_at is None:
        return None
    if not reminder and message_id is not None:
        message = db.session.get(Message, message_id)
        if message is not None and message.created_at > case.acknowledged_at:
            return None
    return "someone has already acknowledged the case"


def send_alert(user_id: int, followup_id: int, channel: str, message_id: int | None = None,
               reminder: bool = False) -> str:
    """Send one alert to one person on one channel, unless it is no longer needed."""
    from alumni.delivery.transports.registry import send_direct

    user = db.session.get(User, user_id)
    case = db.session.get(FollowUp, followup_id)
    if user is None or case is None or not user.active:
        return "skipped: user or case gone"
    skip = why_no_alert(case, message_id, reminder)
    if skip:
        return f"skipped: {skip}"
    to = user.phone if channel in PHONE_CHANNELS else user.email
    if not to:
        return f"skipped: no {channel} address"
    with force_locale(alert_language(user)):
        subject, body = alert_text(case, reminder)
    db.session.close()  # no transaction held open across the network call
    send_direct(channel, to, body, subject=subject)
    db.session.execute(db.update(FollowUp).where(FollowUp.id == followup_id).values(last_alert_at=utcnow()))
    db.session.commit()
    return "sent"
