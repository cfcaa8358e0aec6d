"""The dashboard's monitor figure: of the monitor rounds whose use question was answered,
the share reporting any day of drinking or drug use in the last 30, by month since
discharge. Pure: the service passes (days since discharge, days of use) pairs.

A month is 30 days, the same month the plans and the engagement curve use; month 1 is
days 0-29. A round from before the discharge date (an earlier stay, when a re-admission
moved the date) belongs to no month of this stay and is left out, as is one past month 24.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

MONTH_DAYS = 30
MONTHS = 24


@dataclass(frozen=True)
class MonthShare:
    month: int          # 1..MONTHS
    using: int          # rounds reporting one day of use or more
    answered: int       # rounds whose use question was answered

    @property
    def rate(self) -> float | None:
        return self.using / self.answered if self.answered else None


def month_since_discharge(days: int) -> int | None:
    """1 for days 0-29, 2 for days 30-59 ...; None before discharge or past MONTHS."""
    if days < 0:
        return None
    month = days // MONTH_DAYS + 1
    return month if month <= MONTHS else None


def use_by_month(rounds: Iterable[tuple[int, int]]) -> list[MonthShare]:
    """Every month 1..MONTHS, counted from nothing where no round was answered."""
    using = [0] * (MONTHS + 1)
    answered = [0] * (MONTHS + 1)
    for days, use_days in rounds:
        month = month_since_discharge(days)
        if month is None:
            continue
        answered[month] += 1
        using[month] += use_days > 0
    return [MonthShare(m, using[m], answered[m]) for m in range(1, MONTHS + 1)]
