"""Gathering one alumnus's trajectory: every score and event since discharge as plain
points (alumni/domain/trajectory.py), for the profile's panel and the API. Reads only;
the caller audits the read (the profile page does, the API route does).

Days are the alumnus's own calendar days (their time zone), counted from their discharge
date; after a re-admission moved that date, the earlier stay's points are negative days.
What counts:
- check-in scores: check-ins answered with a score, on the day they answered;
- the monitor: per answer set, the days of use, risk and protection, on the day the
  questionnaire began, with how many of its questions were answered;
- relapses on the day they happened; cases on the day opened and the day closed, with the
  outcome; each referral step on its day (a booking on the appointment's day);
- meetings they attended, on the meeting's day;
- mentor contacts: their match beginning and ending, and each text the match sent
  (introductions, the mentor's reminders to get in touch) once it went out.
The mentor is not named: naming them would be a read of another alumnus's record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.case_words import outcome_words
from alumni.domain.monitor_items import ITEMS
from alumni.domain.trajectory import Point, PointKind, days_since, ordered
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    CheckIn,
    CheckInKind,
    Event,
    EventOccurrence,
    FollowUp,
    Invitation,
    MentorMatch,
    MentorMessage,
    MentorMessagePurpose,
    Referral,
    ReferralStep,
    RelapseEvent,
    utcnow,
)
from alumni.recovery.monitor import rounds_for
from alumni.recovery.referrals import STEP_WORDS
from alumni.workspace.followups import reason_words

UTC = ZoneInfo("UTC")
# Points' words are put into the reader's language when the trajectory is read (a page:
# the staff member's; the API and anything outside a request: English).
MENTOR_TEXT_WORDS = {
    MentorMessagePurpose.INTRO_MENTEE: _l("Introduced to their mentor"),
    MentorMessagePurpose.INTRO_MENTOR: _l("Their mentor was introduced to them"),
    MentorMessagePurpose.NUDGE: _l("Their mentor was reminded to get in touch"),
    MentorMessagePurpose.REQUEST: _l("Asked for a mentor"),
}


@dataclass(frozen=True)
class Trajectory:
    alumnus_id: int
    discharge_date: date
    today: date
    today_day: int
    points: list[Point]


class _Days:
    """Turns instants and dates into points on this alumnus's axis."""

    def __init__(self, alumnus: Alumnus):
        try:
            self.zone = ZoneInfo(alumnus.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = UTC
        self.discharged = alumnus.discharge_date

    def local(self, at: datetime) -> date:
        return at.replace(tzinfo=UTC).astimezone(self.zone).date()

    def point(self, on: date | datetime, kind: PointKind, label: str, value: int | None = None,
              count: str = "") -> Point:
        day = self.local(on) if isinstance(on, datetime) else on
        return Point(days_since(self.discharged, day), day, kind, value, label, count)


def _checkins(alumnus_id: int, days: _Days) -> list[Point]:
    rows = db.session.execute(db.select(CheckIn.replied_at, CheckIn.due_at, CheckIn.score).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.kind == CheckInKind.CHECKIN, CheckIn.score.is_not(None)))
    return [days.point(replied_at or due_at, PointKind.CHECKIN_SCORE,
                       _("Check-in answered: %(score)s of 5", score=score), score)
            for replied_at, due_at, score in rows]


def _monitor(alumnus_id: int, days: _Days) -> list[Point]:
    points = []
    for round_ in rounds_for(alumnus_id):
        count = _("%(num)s of %(all)s answered", num=len(round_.answers), all=len(ITEMS))
        for kind, value, words in (
                (PointKind.MONITOR_USE, round_.use_days,
                 _("Days of use in the last 30: %(num)s", num=round_.use_days)),
                (PointKind.MONITOR_RISK, round_.risk, _("Risk %(num)s of 100", num=round_.risk)),
                (PointKind.MONITOR_PROTECTION, round_.protection,
                 _("Protection %(num)s of 100", num=round_.protection))):
            if value is not None:
                points.append(days.point(round_.started_at, kind, words, value, count))
    return points


def _relapses(alumnus_id: int, days: _Days) -> list[Point]:
    rows = db.session.execute(db.select(RelapseEvent.occurred_on, RelapseEvent.substance)
                              .where(RelapseEvent.alumnus_id == alumnus_id))
    return [days.point(on, PointKind.RELAPSE,
                       _("Relapse: %(substance)s", substance=substance) if substance else _("Relapse"))
            for on, substance in rows]


def _cases(alumnus_id: int, days: _Days) -> list[Point]:
    points = []
    for case in db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id)):
        why = reason_words(case.reason)
        points.append(days.point(case.opened_at, PointKind.CASE_OPENED, _("Case opened: %(why)s", why=why)))
        if case.resolved_at is not None:
            outcome = outcome_words(case.outcome) or _("no outcome recorded")
            points.append(days.point(case.resolved_at, PointKind.CASE_CLOSED,
                                     _("Case closed (%(why)s): %(outcome)s", why=why, outcome=outcome)))
    return points


def _referrals(alumnus_id: int, days: _Days) -> list[Point]:
    rows = db.session.execute(
        db.select(ReferralStep.step, ReferralStep.day, Referral.referred_to)
        .join(Referral, Referral.id == ReferralStep.referral_id).where(Referral.alumnus_id == alumnus_id))
    return [days.point(day, PointKind.REFERRAL, _("Referred back to treatment: %(to)s",
                                                  to=to or _("to whom not named yet"))
                       if step == "referred" else _("Referral: %(step)s", step=STEP_WORDS.get(step, step)))
            for step, day, to in rows]


def _meetings(alumnus_id: int, days: _Days) -> list[Point]:
    rows = db.session.execute(
        db.select(EventOccurrence.starts_at, Event.title)
        .join(Invitation, Invitation.occurrence_id == EventOccurrence.id)
        .join(Event, Event.id == EventOccurrence.event_id)
        .where(Invitation.alumnus_id == alumnus_id, Invitation.attended.is_(True)))
    return [days.point(starts_at, PointKind.MEETING, _("Attended: %(title)s", title=title))
            for starts_at, title in rows]


def _mentor(alumnus_id: int, days: _Days) -> list[Point]:
    points = []
    for match in db.session.scalars(db.select(MentorMatch).where(MentorMatch.mentee_id == alumnus_id)):
        points.append(days.point(match.started_at, PointKind.MENTOR, _("Mentor match began")))
        if match.ended_at is not None:
            points.append(days.point(match.ended_at, PointKind.MENTOR, _("Mentor match ended")))
    sent = db.session.execute(
        db.select(MentorMessage.purpose, CheckIn.sent_at)
        .join(MentorMatch, MentorMatch.id == MentorMessage.match_id)
        .join(CheckIn, CheckIn.id == MentorMessage.checkin_id)
        .where(MentorMatch.mentee_id == alumnus_id, CheckIn.sent_at.is_not(None)))
    points += [days.point(sent_at, PointKind.MENTOR, str(MENTOR_TEXT_WORDS.get(purpose, _("Mentor text sent"))))
               for purpose, sent_at in sent]
    return points


SOURCES = (_checkins, _monitor, _relapses, _cases, _referrals, _meetings, _mentor)


def trajectory_of(alumnus: Alumnus, now: datetime | None = None) -> Trajectory:
    """Every point on the alumnus's axis, in the table's order (by day, then kind)."""
    days = _Days(alumnus)
    today = days.local(now or utcnow())
    points = [point for source in SOURCES for point in source(alumnus.id, days)]
    return Trajectory(alumnus.id, alumnus.discharge_date, today, days_since(alumnus.discharge_date, today),
                      ordered(points))
