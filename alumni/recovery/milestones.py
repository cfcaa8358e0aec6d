"""Sobriety milestones for staff: who opted in to a text on theirs, and whose fall this week.

The opt-in is a consent row like the channel consents (append-only, newest wins, who and
how recorded, audited), of the kind MILESTONE_CONSENT. The day, the words and the send time
are decided in alumni/domain/milestones.py; the texts are owed by milestones_texts.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from alumni.core.consent import has_consent, record_consent
from alumni.domain.milestones import MILESTONE_CONSENT, Milestone, milestones_between, next_milestone
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, CheckIn, ConsentSource
from alumni.models.milestone import MilestoneText, SobrietyDateChange
from alumni.recovery.milestones_texts import opted_in, withdraw_unwanted_texts


def wants_milestone_texts(alumnus_id: int) -> bool:
    return has_consent(alumnus_id, MILESTONE_CONSENT)


def set_milestone_texts(alumnus: Alumnus, wanted: bool, *, by_id: int | None,
                        source: str = ConsentSource.FORM) -> bool:
    """Record the alumnus's yes or no to milestone texts; commits. A no withdraws a text
    not yet sent. Returns False when it was already so (nothing recorded)."""
    if wanted == wants_milestone_texts(alumnus.id):
        return False
    record_consent(alumnus.id, MILESTONE_CONSENT, wanted, source, by_id=by_id)
    db.session.flush()
    withdraw_unwanted_texts(alumnus.id)
    db.session.commit()
    return True


@dataclass(frozen=True)
class WeekMilestone:
    alumnus_id: int
    name: str
    phone: str | None
    language: str
    milestone: Milestone
    texted: bool          # opted in to a text on the day
    text_status: str | None


def milestones_in(first: date, last: date) -> list[WeekMilestone]:
    """Every active or paused alumnus's milestone from `first` to `last`, by day then name."""
    people = db.session.execute(db.select(
        Alumnus.id, Alumnus.first_name, Alumnus.last_name, Alumnus.phone, Alumnus.language, Alumnus.sobriety_date)
        .where(Alumnus.status.in_((AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)),
               Alumnus.sobriety_date.is_not(None), Alumnus.sobriety_date <= last)).all()
    found = [(person, milestone) for person in people
             for milestone in milestones_between(person.sobriety_date, first, last)]
    ids = {person.id for person, _ in found}
    texting = opted_in(ids)
    statuses = {(row.alumnus_id, row.sobriety_date, row.milestone_key): row.status for row in db.session.execute(
        db.select(MilestoneText.alumnus_id, MilestoneText.sobriety_date, MilestoneText.milestone_key, CheckIn.status)
        .join(CheckIn, CheckIn.id == MilestoneText.checkin_id)
        .where(MilestoneText.milestone_on >= first, MilestoneText.milestone_on <= last))}
    rows = [WeekMilestone(person.id, f"{person.first_name} {person.last_name}".strip(), person.phone,
                          person.language, milestone, person.id in texting,
                          statuses.get((person.id, person.sobriety_date, milestone.key)))
            for person, milestone in found]
    return sorted(rows, key=lambda row: (row.milestone.on, row.name.lower(), row.alumnus_id))


def upcoming_milestone(alumnus: Alumnus, today: date) -> Milestone | None:
    return next_milestone(alumnus.sobriety_date, today) if alumnus.sobriety_date else None


def forget_alumnus(alumnus_id: int) -> None:
    """On erasure: the sobriety dates kept beside the record go with it (the texts' check-in
    rows stay, as anonymous outcomes). In the caller's transaction."""
    db.session.execute(db.delete(MilestoneText).where(MilestoneText.alumnus_id == alumnus_id))
    db.session.execute(db.update(SobrietyDateChange).where(SobrietyDateChange.alumnus_id == alumnus_id)
                       .values(previous_date=None, new_date=None))
