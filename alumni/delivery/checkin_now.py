"""One check-in to one alumnus, now (staff button, API, events' invitations, nudges).

There is one sending path: this creates a CheckIn row due now, commits, and hands exactly
that row to the dispatcher, which queues it and enqueues the same send job planned
check-ins use. Nothing here talks to a transport.
"""
from __future__ import annotations

from datetime import datetime

from alumni.core.audit import audit
from alumni.core.consent import has_consent
from alumni.delivery.dispatcher import dispatch_checkins
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.schedule import utc_to_local, zone
from alumni.domain.send_rules import DEFER as DEFER_UNTIL_ALLOWED
from alumni.domain.send_rules import SKIP, STATUS_REASONS, may_send
from alumni.extensions import db
from alumni.models import PREFERRED_CHANNEL, Alumnus, CheckIn, CheckInKind, CheckInStatus, utcnow
from alumni.plans.plans import CHECKIN_TEMPLATE_KEY, quiet_hours
from alumni.plans.render import address_for, find_template, resolve_channel

REFUSE = "refuse"   # inside quiet hours: say no (a person pressed a button and is waiting)
DEFER = "defer"     # inside quiet hours: schedule it for the first allowed minute

IN_FLIGHT = (CheckInStatus.QUEUED, CheckInStatus.SENDING)


class CheckInRefused(Exception):
    """Why this check-in cannot go. `http_status` is 409 when the alumnus's state forbids it
    now (paused, withdrawn, quiet hours, one already on its way), 422 when the request
    itself cannot be met (no consent or no address for the channel, unknown template)."""

    def __init__(self, code: str, message: str, http_status: int):
        super().__init__(message)
        self.code = code
        self.message = message
        self.http_status = http_status


def check_in_now(alumnus: Alumnus, template_key: str | None = None, kind: str = CheckInKind.CHECKIN,
                 channel: str | None = None, now: datetime | None = None, when_quiet: str = REFUSE,
                 reply_window_hours: int = 48, actor: str | None = None) -> CheckIn:
    """Create and dispatch one check-in; CheckInRefused if it cannot go. With
    when_quiet=DEFER a check-in inside quiet hours is scheduled for the morning instead."""
    now = now or utcnow()
    checkin = add_checkin_now(alumnus, template_key, kind, channel, now, when_quiet, reply_window_hours, actor)
    db.session.commit()
    dispatch_checkins([checkin.id], now)  # only if due: a deferred one waits for the morning
    db.session.expire_all()
    return db.session.get(CheckIn, checkin.id)


def add_checkin_now(alumnus: Alumnus, template_key: str | None = None, kind: str = CheckInKind.CHECKIN,
                    channel: str | None = None, now: datetime | None = None, when_quiet: str = REFUSE,
                    reply_window_hours: int = 48, actor: str | None = None) -> CheckIn:
    """check_in_now's checks and row, in the caller's transaction: for a caller that must
    record something with it atomically. The caller commits, then calls dispatch_checkins."""
    now = now or utcnow()
    key = template_key or CHECKIN_TEMPLATE_KEY
    channel = channel or PREFERRED_CHANNEL
    resolved = resolve_channel(channel, alumnus)
    decision = may_send(alumnus_status=str(alumnus.status), channel=resolved,
                        has_consent=has_consent(alumnus.id, resolved), has_address=bool(address_for(resolved, alumnus)),
                        now=now, tz=alumnus.timezone, quiet=quiet_hours())
    if decision.action == SKIP and decision.code in STATUS_REASONS:
        raise CheckInRefused(decision.code, f"{alumnus.full_name} is {decision.code}: no messages go out.", 409)
    if find_template(key, alumnus.language) is None:
        raise CheckInRefused("unknown_template", f"There is no message template {key!r}.", 422)
    if decision.code == "no_consent":
        raise CheckInRefused("no_consent", f"{alumnus.full_name} has no current consent for {resolved}.", 422)
    if decision.code == "no_address":
        raise CheckInRefused("no_address", f"{alumnus.full_name} has no {resolved} address on record.", 422)
    if kind == CheckInKind.CHECKIN and db.session.scalar(db.select(CheckIn.id).where(
            CheckIn.alumnus_id == alumnus.id, CheckIn.kind == CheckInKind.CHECKIN,
            CheckIn.status.in_(IN_FLIGHT)).limit(1)):
        raise CheckInRefused("in_flight", "A check-in to this alumnus is already on its way.", 409)
    due = now
    if decision.action == DEFER_UNTIL_ALLOWED:
        if when_quiet != DEFER:
            local = utc_to_local(decision.until, zone(alumnus.timezone))
            raise CheckInRefused(
                "quiet_hours", f"It is inside {alumnus.full_name}'s quiet hours ({quiet_hours()} local time); "
                               f"the earliest is {local:%d %b %H:%M} ({alumnus.timezone}).", 409)
        due = decision.until
    checkin = CheckIn(alumnus_id=alumnus.id, kind=str(kind), template_key=key, channel=channel, due_at=due,
                      status=target(Move.CREATE), reply_window_hours=reply_window_hours,
                      created_at=now, updated_at=now)
    db.session.add(checkin)
    db.session.flush()
    audit("checkin.requested", alumnus_id=alumnus.id, actor=actor,
          detail={"checkin": checkin.id, "kind": str(kind), "template": key, "channel": channel,
                  "deferred_to": due.isoformat() if due > now else None})
    return checkin
