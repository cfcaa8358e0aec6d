"""Dashboard figures. Today's numbers and open cases are read live (small indexed ranges);
the charts read `daily_figures`, rebuilt for recent days by a periodic roll-up, so no page
ever scans millions of check-ins. Days are the centre's local days (DEFAULT_TIMEZONE)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert

from alumni.core.centre_day import centre_today, centre_zone
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInKind, CheckInStatus, Cohort, FollowUp, FollowUpStatus
from alumni.models.followup import DailyFigure

UTC = ZoneInfo("UTC")
SENT_OR_LATER = (CheckInStatus.SENT, CheckInStatus.DELIVERED, CheckInStatus.REPLIED, CheckInStatus.MISSED)
ATTEMPTED = SENT_OR_LATER + (CheckInStatus.FAILED,)
NOT_CANCELLED = tuple(status for status in CheckInStatus if status != CheckInStatus.CANCELLED)
MONTH_DAYS = 30  # "month since discharge", the same 30-day month the plans use
ENGAGEMENT_MONTHS = 24




def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants (naive) a local day starts and ends at."""
    tz = centre_zone()
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC).replace(tzinfo=None)
    return start, end


@dataclass
class TodayNumbers:
    due: int = 0
    sent: int = 0
    delivered: int = 0
    replied: int = 0
    failed: int = 0


def today_statement(start: datetime, end: datetime):
    """Check-ins due in [start, end) that were not cancelled, counted by status (and how
    many of each were delivered). The statuses are named, not "!= cancelled", so the
    (status, due_at) index serves the range."""
    return (db.select(CheckIn.status, func.count(), func.count(CheckIn.delivered_at))
            .where(CheckIn.status.in_(NOT_CANCELLED), CheckIn.due_at >= start, CheckIn.due_at < end)
            .group_by(CheckIn.status))


def today_numbers(now: datetime | None = None) -> TodayNumbers:
    """Of the messages due today: how many went out, arrived, were answered, failed."""
    rows = db.session.execute(today_statement(*day_bounds(centre_today(now)))).all()
    numbers = TodayNumbers()
    for status, count, delivered in rows:
        numbers.due += count
        if status in SENT_OR_LATER:
            numbers.sent += count
        numbers.delivered += delivered if status != CheckInStatus.DELIVERED else count
        if status == CheckInStatus.REPLIED:
            numbers.replied += count
        if status == CheckInStatus.FAILED:
            numbers.failed += count
    return numbers


def open_cases_by_reason() -> dict[str, int]:
    rows = db.session.execute(
        db.select(FollowUp.reason, func.count())
        .where(FollowUp.status.in_((FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)))
        .group_by(FollowUp.reason)).all()
    return {reason: count for reason, count in rows}


# --- roll-up ---------------------------------------------------------------------------

def rollup(days_back: int = 14, now: datetime | None = None) -> int:
    """Rebuild daily_figures for the last `days_back` local days (today included), a
    month at a time. Replies and misses settle within the reply window, so re-deriving two
    weeks each run keeps the figures right; `flask reports rollup --days N` backfills."""
    today = centre_today(now)
    written = 0
    first = today - timedelta(days=days_back)
    while first <= today:
        last = min(first + timedelta(days=30), today)
        written += _rollup_days(first, last)
        first = last + timedelta(days=1)
    db.session.commit()
    return written


def _rollup_days(first: date, last: date) -> int:
    start, _ = day_bounds(first)
    _, end = day_bounds(last)
    tz = centre_zone()
    figures: dict[tuple[date, str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = db.session.execute(
        db.select(CheckIn.due_at, CheckIn.status, CheckIn.score, CheckIn.channel,
                  Alumnus.cohort_id, Alumnus.discharge_date)
        .join(Alumnus, Alumnus.id == CheckIn.alumnus_id)
        .where(CheckIn.due_at >= start, CheckIn.due_at < end, CheckIn.kind == CheckInKind.CHECKIN,
               CheckIn.status.in_(ATTEMPTED)))
    for due_at, status, score, channel, cohort_id, discharged in rows:
        day = due_at.replace(tzinfo=UTC).astimezone(tz).date()
        replied = status == CheckInStatus.REPLIED
        failed = status == CheckInStatus.FAILED
        attempts = figures[(day, "failed", channel)]
        attempts[0] += failed
        attempts[1] += 1
        if failed or status not in (CheckInStatus.REPLIED, CheckInStatus.MISSED):
            continue  # still awaiting a reply: not yet part of the response figures
        response = figures[(day, "response", "")]
        response[0] += replied
        response[1] += 1
        month = max((day - discharged).days, 0) // MONTH_DAYS
        if month < ENGAGEMENT_MONTHS:
            engaged = figures[(day, "engagement", str(month))]
            engaged[0] += replied
            engaged[1] += 1
        if score is not None:
            wellbeing = figures[(day, "wellbeing", str(cohort_id or 0))]
            wellbeing[0] += score
            wellbeing[1] += 1
    db.session.execute(delete(DailyFigure).where(DailyFigure.day >= first, DailyFigure.day <= last))
    values = [{"day": d, "metric": m, "key": k, "total": t, "count": c}
              for (d, m, k), (t, c) in figures.items()]
    if values:
        db.session.execute(insert(DailyFigure), values)
    return len(values)


# --- chart data ------------------------------------------------------------------------

@dataclass
class ChartRow:
    """One figure behind a chart point: the label, the series, and numerator/denominator."""
    label: str
    series: str
    total: int
    count: int

    @property
    def value(self) -> float | None:
        return None if not self.count else self.total / self.count


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_labels(weeks: int, now: datetime | None = None) -> list[date]:
    this_week = week_start(centre_today(now))
    return [this_week - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]


def _weekly(metric: str, weeks: int, now: datetime | None) -> dict[tuple[date, str], list[int]]:
    starts = week_labels(weeks, now)
    rows = db.session.execute(
        db.select(DailyFigure.day, DailyFigure.key, DailyFigure.total, DailyFigure.count)
        .where(DailyFigure.metric == metric, DailyFigure.day >= starts[0])).all()
    sums: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    for day, key, total, count in rows:
        cell = sums[(week_start(day), key)]
        cell[0] += total
        cell[1] += count
    return sums


def weekly_response_rate(weeks: int = 12, now: datetime | None = None) -> list[ChartRow]:
    sums = _weekly("response", weeks, now)
    return [ChartRow(start.isoformat(), "All alumni", *sums.get((start, ""), [0, 0]))
            for start in week_labels(weeks, now)]


def wellbeing_by_cohort(weeks: int = 12, now: datetime | None = None, top: int = 6) -> list[ChartRow]:
    """Average score per week for the cohorts with the most scores (the rest would be
    unreadable lines); the CSV carries the same rows."""
    sums = _weekly("wellbeing", weeks, now)
    volume: dict[str, int] = defaultdict(int)
    for (_, key), (_, count) in sums.items():
        volume[key] += count
    keys = sorted(volume, key=lambda k: -volume[k])[:top]
    names = dict(db.session.execute(db.select(Cohort.id, Cohort.name)
                                    .where(Cohort.id.in_([int(k) for k in keys if k != "0"]))).all())
    rows = []
    for key in keys:
        name = names.get(int(key), "No cohort") if key != "0" else "No cohort"
        for start in week_labels(weeks, now):
            rows.append(ChartRow(start.isoformat(), name, *sums.get((start, key), [0, 0])))
    return rows


def engagement_curve() -> list[ChartRow]:
    """Share of check-ins answered, by month since discharge (all time). After the first
    month plans write about once a month, so this is close to the share of alumni still
    replying in that month."""
    rows = db.session.execute(
        db.select(DailyFigure.key, func.sum(DailyFigure.total), func.sum(DailyFigure.count))
        .where(DailyFigure.metric == "engagement").group_by(DailyFigure.key)).all()
    by_month = {int(key): (int(total or 0), int(count or 0)) for key, total, count in rows}
    last = max(by_month, default=11)
    return [ChartRow(f"Month {m + 1}", "Answered", *by_month.get(m, (0, 0))) for m in range(last + 1)]


def weekly_failures(weeks: int = 12, now: datetime | None = None) -> list[ChartRow]:
    sums = _weekly("failed", weeks, now)
    channels = sorted({key for (_, key) in sums}) or [Channel.SMS]
    return [ChartRow(start.isoformat(), channel, *sums.get((start, channel), [0, 0]))
            for channel in channels for start in week_labels(weeks, now)]


def latest_rollup_day() -> date | None:
    return db.session.scalar(db.select(func.max(DailyFigure.day)))
