"""Peer-support figures: meeting attendance by month, RSVP-to-attendance, and check-in
response rate by month since discharge for mentored and not-mentored alumni."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInKind, CheckInStatus, EventOccurrence, Invitation, MentorMatch, Rsvp

ASKED = (CheckInStatus.SENT, CheckInStatus.DELIVERED, CheckInStatus.REPLIED, CheckInStatus.MISSED)


def _months_back(today: date, count: int) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


@dataclass
class AttendanceFigures:
    months: list[str]
    attended: list[int]
    said_yes: list[int]
    yes_attended: list[int]

    @property
    def rsvp_rate(self) -> list[float | None]:
        return [round(100 * a / y, 1) if y else None
                for a, y in zip(self.yes_attended, self.said_yes, strict=True)]

    @property
    def total_yes(self) -> int:
        return sum(self.said_yes)

    @property
    def overall_rate(self) -> float | None:
        return round(100 * sum(self.yes_attended) / self.total_yes, 1) if self.total_yes else None


def attendance_by_month(now: datetime, months: int = 12) -> AttendanceFigures:
    """Meetings that have happened, by the month they were held in (UTC)."""
    labels = _months_back(now.date(), months)
    attended, yes, yes_came = (defaultdict(int) for _ in range(3))
    rows = db.session.execute(
        db.select(EventOccurrence.starts_at, Invitation.rsvp, Invitation.attended)
        .select_from(Invitation).join(EventOccurrence, EventOccurrence.id == Invitation.occurrence_id)
        .where(EventOccurrence.starts_at <= now, EventOccurrence.cancelled_at.is_(None)))
    for starts_at, rsvp, came in rows:
        key = f"{starts_at:%Y-%m}"
        attended[key] += bool(came)
        if rsvp == Rsvp.YES:
            yes[key] += 1
            yes_came[key] += bool(came)
    return AttendanceFigures(labels, [attended[m] for m in labels], [yes[m] for m in labels],
                             [yes_came[m] for m in labels])


@dataclass
class EngagementFigures:
    months: list[int]                    # months since discharge
    mentored: list[float | None]         # response rate %, None where nothing was asked
    not_mentored: list[float | None]
    mentored_people: int
    not_mentored_people: int


def engagement_by_mentoring(max_month: int = 12) -> EngagementFigures:
    """Share of check-ins answered, by month since discharge. "Mentored" means the alumnus
    has had a mentor match (current or ended)."""
    mentored_ids = set(db.session.scalars(db.select(MentorMatch.mentee_id).distinct()))
    asked = {True: defaultdict(int), False: defaultdict(int)}
    answered = {True: defaultdict(int), False: defaultdict(int)}
    people = {True: set(), False: set()}
    rows = db.session.execute(
        db.select(CheckIn.alumnus_id, CheckIn.due_at, CheckIn.status, Alumnus.discharge_date)
        .join(Alumnus, Alumnus.id == CheckIn.alumnus_id)
        .where(CheckIn.kind == CheckInKind.CHECKIN, CheckIn.status.in_(ASKED)))
    for alumnus_id, due_at, status, discharge in rows:
        month = max(0, (due_at.date() - discharge).days // 30)
        if month > max_month:
            continue
        group = alumnus_id in mentored_ids
        people[group].add(alumnus_id)
        asked[group][month] += 1
        answered[group][month] += status == CheckInStatus.REPLIED

    def rates(group: bool) -> list[float | None]:
        return [round(100 * answered[group][m] / asked[group][m], 1) if asked[group][m] else None
                for m in range(max_month + 1)]
    return EngagementFigures(list(range(max_month + 1)), rates(True), rates(False),
                             len(people[True]), len(people[False]))
