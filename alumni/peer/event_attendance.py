"""The sign-in sheet and attendance: who came, who said yes and did not (no-shows)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_

from alumni.core.audit import audit
from alumni.domain.recurrence import is_no_show
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Event, EventOccurrence, Invitation, Rsvp, utcnow

SEARCH_LIMIT = 30


@dataclass(frozen=True)
class SheetRow:
    alumnus_id: int
    name: str
    rsvp: str          # yes | no | none | "" (not invited: a walk-in)
    attended: bool


def sign_in_rows(occurrence: EventOccurrence, query: str = "") -> list[SheetRow]:
    """Invited people (yes first) or, with a search, anyone active whose name matches,
    so a walk-in can be signed in too."""
    invitations = {i.alumnus_id: i for i in occurrence.invitations}
    query = query.strip()
    if query:
        pattern = f"%{query.casefold()}%"
        full = func.lower(Alumnus.first_name + " " + Alumnus.last_name)
        people = db.session.scalars(
            db.select(Alumnus).where(Alumnus.status.in_((AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)),
                                     or_(full.like(pattern), func.lower(Alumnus.last_name).like(pattern)))
            .order_by(Alumnus.first_name, Alumnus.last_name).limit(SEARCH_LIMIT)).all()
    else:
        people = [i.alumnus for i in occurrence.invitations
                  if i.alumnus.status not in (AlumnusStatus.ERASED,)]
    rows = []
    for person in people:
        invitation = invitations.get(person.id)
        rows.append(SheetRow(person.id, person.full_name, invitation.rsvp if invitation else "",
                             bool(invitation and invitation.attended)))
    order = {"yes": 0, "none": 1, "": 2, "no": 3}
    return sorted(rows, key=lambda r: (not r.attended, order.get(r.rsvp, 2), r.name.casefold()))


def set_attendance(occurrence_id: int, alumnus_id: int, present: bool, *, by_id: int | None,
                   now: datetime | None = None) -> Invitation:
    """Mark someone present (or undo it); a walk-in gets an invitation row with no text."""
    now = now or utcnow()
    occurrence = db.session.get(EventOccurrence, occurrence_id)
    alumnus = db.session.get(Alumnus, alumnus_id)
    if occurrence is None or alumnus is None or alumnus.status == AlumnusStatus.ERASED:
        raise LookupError("no such meeting or person")
    invitation = db.session.scalar(db.select(Invitation).where(
        Invitation.occurrence_id == occurrence_id, Invitation.alumnus_id == alumnus_id))
    if invitation is None:
        invitation = Invitation(occurrence_id=occurrence_id, alumnus_id=alumnus_id, rsvp=Rsvp.NONE)
        db.session.add(invitation)
    invitation.attended = present
    invitation.attended_at = now if present else None
    invitation.marked_by_id = by_id
    audit("event.attendance", alumnus_id=alumnus_id,
          detail={"occurrence_id": occurrence_id, "present": present})
    db.session.commit()
    return invitation


@dataclass(frozen=True)
class NoShow:
    invitation_id: int
    alumnus_id: int
    name: str
    event_title: str
    starts_at: datetime
    occurrence_id: int


def no_shows(now: datetime | None = None, days: int = 30, occurrence_id: int | None = None) -> list[NoShow]:
    """Said yes, meeting over, not marked present: staff may want to call."""
    now = now or utcnow()
    query = (db.select(Invitation, EventOccurrence, Event).select_from(Invitation)
             .join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
             .join(Event, Event.id == EventOccurrence.event_id)
             .where(Invitation.rsvp == Rsvp.YES, Invitation.attended.is_(False),
                    EventOccurrence.starts_at <= now, EventOccurrence.cancelled_at.is_(None)))
    if occurrence_id is not None:
        query = query.where(EventOccurrence.id == occurrence_id)
    else:
        query = query.where(EventOccurrence.starts_at >= now - timedelta(days=days))
    found = []
    for invitation, occurrence, event in db.session.execute(query.order_by(EventOccurrence.starts_at.desc())):
        if is_no_show(invitation.rsvp, invitation.attended, occurrence.starts_at, event.duration_minutes, now):
            found.append(NoShow(invitation.id, invitation.alumnus_id, invitation.alumnus.full_name,
                                event.title, occurrence.starts_at, occurrence.id))
    return found
