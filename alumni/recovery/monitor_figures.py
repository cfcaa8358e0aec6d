"""The dashboard's monitor figure: of the answered monitor rounds (the use question
answered), the share reporting any use in the last 30 days, by month since discharge
(alumni/domain/monitor_cohort.py counts). Counts only, no one's record is shown, so
nothing here is a read of a record to audit.

Read live rather than from the daily roll-up: there is at most one round a month per
alumnus (12 over two years), and only the three columns the figure needs are fetched."""
from __future__ import annotations

from alumni.core.centre_day import centre_zone
from alumni.domain.monitor_cohort import use_by_month
from alumni.domain.trajectory import days_since
from alumni.extensions import db
from alumni.models import Alumnus, MonitorRound
from alumni.workspace.figures import UTC, ChartRow

SERIES = "Any use in the last 30 days"


def monitor_use_rows() -> list[ChartRow]:
    """One row per month 1..24: total = rounds reporting use, count = rounds answered."""
    tz = centre_zone()
    rows = db.session.execute(
        db.select(MonitorRound.started_at, MonitorRound.use_days, Alumnus.discharge_date)
        .join(Alumnus, Alumnus.id == MonitorRound.alumnus_id).where(MonitorRound.use_days.is_not(None)))
    months = use_by_month((days_since(discharged, started.replace(tzinfo=UTC).astimezone(tz).date()), use_days)
                          for started, use_days, discharged in rows)
    return [ChartRow(f"Month {m.month}", SERIES, m.using, m.answered) for m in months]
