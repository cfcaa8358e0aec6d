"""Relapse events: using again, as an alumnus told us, recorded on their timeline with a
closer plan offered to the coordinator: check-ins every two days for two weeks, applied
only when a coordinator or admin confirms.

The closer plan's check-ins are ordinary scheduled check-ins at the alumnus's preferred
hour; the dispatcher sends each when it is due, with its usual consent, status and
quiet-hours rules, exactly as it sends planned ones."""
from __future__ import annotations

from datetime import datetime

from alumni.core.audit import audit
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.crisis import Finding
from alumni.domain.schedule import planned_send_time, utc_to_local, zone
from alumni.extensions import db
from alumni.models import (
    PREFERRED_CHANNEL,
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    PlanOffer,
    RelapseEvent,
    utcnow,
)
from alumni.plans.plans import CHECKIN_TEMPLATE_KEY, quiet_hours

CLOSER_PLAN_EVERY_DAYS = 2
CLOSER_PLAN_FOR_DAYS = 14
CLOSER_PLAN_DAYS = tuple(range(CLOSER_PLAN_EVERY_DAYS, CLOSER_PLAN_FOR_DAYS + 1, CLOSER_PLAN_EVERY_DAYS))
CLOSER_PLAN_REPLY_WINDOW_HOURS = 48


class OfferClosed(ValueError):
    """The offer was already decided (or the record cannot take check-ins): plain words."""


def record_relapse(alumnus: Alumnus, finding: Finding, *, message_id: int | None, followup_id: int | None,
                   now: datetime, actor: str | None = "system") -> RelapseEvent:
    """A relapse the alumnus told us about, on the day it is where they live, with a closer
    plan offered. In the caller's transaction."""
    event = RelapseEvent(alumnus_id=alumnus.id, message_id=message_id, followup_id=followup_id,
                         occurred_on=utc_to_local(now, zone(alumnus.timezone)).date(),
                         substance=(finding.substance or None) and finding.substance[:40],
                         trigger=finding.explain()[:200], plan_offer=PlanOffer.OFFERED, created_at=now)
    db.session.add(event)
    db.session.flush()
    audit("relapse.recorded", alumnus_id=alumnus.id, actor=actor,
          detail={"relapse_event_id": event.id, "message_id": message_id, "followup_id": followup_id})
    return event


def open_offers(alumnus_id: int) -> list[RelapseEvent]:
    """Relapse events whose closer plan nobody has decided on yet, newest first."""
    return list(db.session.scalars(
        db.select(RelapseEvent).where(RelapseEvent.alumnus_id == alumnus_id,
                                      RelapseEvent.plan_offer == PlanOffer.OFFERED)
        .order_by(RelapseEvent.occurred_on.desc(), RelapseEvent.id.desc())))


def _open_offer(relapse_event_id: int) -> RelapseEvent:
    event = db.session.get(RelapseEvent, relapse_event_id, with_for_update=True)
    if event is None or event.plan_offer != PlanOffer.OFFERED:
        raise OfferClosed("That closer plan has already been decided.")
    return event


def closer_plan_times(alumnus: Alumnus, now: datetime) -> list[datetime]:
    """When the closer plan's check-ins are due (naive UTC): every two days from today, where
    the alumnus lives, for two weeks, at their preferred hour, out of quiet hours."""
    today = utc_to_local(now, zone(alumnus.timezone)).date()
    quiet = quiet_hours()
    return [planned_send_time(today, day, alumnus.preferred_hour, alumnus.timezone, quiet)
            for day in CLOSER_PLAN_DAYS]


def apply_closer_plan(relapse_event_id: int, by, now: datetime | None = None) -> list[CheckIn]:
    """Add the closer plan's check-ins and mark the offer applied; commits. OfferClosed when
    the offer was decided already or the alumnus takes no messages now."""
    now = now or utcnow()
    event = _open_offer(relapse_event_id)
    alumnus = db.session.get(Alumnus, event.alumnus_id)
    if alumnus.status != AlumnusStatus.ACTIVE:
        raise OfferClosed(f"{alumnus.full_name} is {alumnus.status}: no check-ins can be added.")
    checkins = [CheckIn(alumnus_id=alumnus.id, kind=CheckInKind.CHECKIN.value, template_key=CHECKIN_TEMPLATE_KEY,
                        channel=PREFERRED_CHANNEL, due_at=due, status=target(Move.CREATE).value,
                        reply_window_hours=CLOSER_PLAN_REPLY_WINDOW_HOURS, attempts=0,
                        created_at=now, updated_at=now)
                for due in closer_plan_times(alumnus, now)]
    db.session.add_all(checkins)
    _decide(event, PlanOffer.APPLIED, by, now)
    db.session.flush()
    audit("relapse.closer_plan_applied", alumnus_id=alumnus.id, user=by,
          detail={"relapse_event_id": event.id, "checkins": [c.id for c in checkins]})
    db.session.commit()
    return checkins


def decline_closer_plan(relapse_event_id: int, by, now: datetime | None = None) -> RelapseEvent:
    """Not now: the offer is closed and no check-ins are added; commits."""
    now = now or utcnow()
    event = _open_offer(relapse_event_id)
    _decide(event, PlanOffer.DECLINED, by, now)
    audit("relapse.closer_plan_declined", alumnus_id=event.alumnus_id, user=by,
          detail={"relapse_event_id": event.id})
    db.session.commit()
    return event


def _decide(event: RelapseEvent, offer: PlanOffer, by, now: datetime) -> None:
    event.plan_offer = offer
    event.decided_by_id = getattr(by, "id", None)
    event.decided_at = now


def closer_plan_summary() -> str:
    weeks = CLOSER_PLAN_FOR_DAYS // 7
    return f"a check-in every {CLOSER_PLAN_EVERY_DAYS} days for {weeks} weeks ({len(CLOSER_PLAN_DAYS)} check-ins)"


