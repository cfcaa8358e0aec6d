"""After a relapse, a new sobriety date is offered to staff, never set on its own.

A relapse event (alumni/replies/relapse.py) stands open here until a coordinator or admin
decides: set a new sobriety date (the relapse's day unless they give another), or keep the
one on record. Either way the decision is one row per relapse event (its unique key turns
away a second decision) and an audit event; milestones then count from the date on record.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.exc import IntegrityError

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, RelapseEvent, utcnow
from alumni.models.milestone import SobrietyDateChange, SobrietyDecision
from alumni.recovery.milestones_texts import withdraw_unwanted_texts


class SobrietyOfferClosed(ValueError):
    """Decided already, or not a date that can be set: plain words for the page."""


def open_sobriety_offers(alumnus: Alumnus) -> list[RelapseEvent]:
    """Relapses after the sobriety date on record (or with none on record) that nobody has
    decided on, newest first."""
    decided = db.select(SobrietyDateChange.id).where(SobrietyDateChange.relapse_event_id == RelapseEvent.id)
    query = db.select(RelapseEvent).where(RelapseEvent.alumnus_id == alumnus.id, ~decided.exists())
    if alumnus.sobriety_date is not None:
        query = query.where(RelapseEvent.occurred_on > alumnus.sobriety_date)
    return list(db.session.scalars(query.order_by(RelapseEvent.occurred_on.desc(), RelapseEvent.id.desc())))


def set_new_sobriety_date(alumnus: Alumnus, relapse_event_id: int, new_date: date | None, *, by,
                          today: date) -> SobrietyDateChange:
    """A person confirmed a new sobriety date after this relapse (its day when none is
    given); commits. Milestone texts counted from the old date and not yet sent are
    withdrawn."""
    event = _undecided(alumnus, relapse_event_id)
    new_date = new_date or event.occurred_on
    if new_date > today:
        raise SobrietyOfferClosed("The sobriety date cannot be in the future.")
    if new_date < event.occurred_on:
        raise SobrietyOfferClosed(
            f"The new sobriety date cannot be before the relapse on {event.occurred_on:%d %b %Y}.")
    change = _decide(alumnus, event, SobrietyDecision.APPLIED, new_date, by)
    alumnus.sobriety_date = new_date
    withdraw_unwanted_texts(alumnus.id)
    audit("sobriety_date.changed", alumnus_id=alumnus.id, user=by,
          detail={"relapse_event_id": event.id, "fields": ["sobriety_date"]})
    _commit()
    return change


def keep_sobriety_date(alumnus: Alumnus, relapse_event_id: int, *, by) -> SobrietyDateChange:
    """A person decided the date on record stays; commits."""
    event = _undecided(alumnus, relapse_event_id)
    change = _decide(alumnus, event, SobrietyDecision.KEPT, alumnus.sobriety_date, by)
    audit("sobriety_date.kept", alumnus_id=alumnus.id, user=by, detail={"relapse_event_id": event.id})
    _commit()
    return change


def _undecided(alumnus: Alumnus, relapse_event_id: int) -> RelapseEvent:
    if alumnus.status == AlumnusStatus.ERASED:
        raise SobrietyOfferClosed("This record was erased.")
    event = db.session.get(RelapseEvent, relapse_event_id, with_for_update=True)
    if event is None or event.alumnus_id != alumnus.id or event not in open_sobriety_offers(alumnus):
        raise SobrietyOfferClosed("The sobriety date after that relapse has already been decided.")
    return event


def _decide(alumnus: Alumnus, event: RelapseEvent, decision: SobrietyDecision, new_date: date | None,
            by) -> SobrietyDateChange:
    change = SobrietyDateChange(alumnus_id=alumnus.id, relapse_event_id=event.id, decision=decision,
                                previous_date=alumnus.sobriety_date, new_date=new_date,
                                decided_by_id=getattr(by, "id", None), decided_at=utcnow())
    db.session.add(change)
    return change


def _commit() -> None:
    try:
        db.session.commit()
    except IntegrityError:
        # Two people decided at the same moment: the first decision stands.
        db.session.rollback()
        raise SobrietyOfferClosed("The sobriety date after that relapse has already been decided.") from None
