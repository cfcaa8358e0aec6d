"""Who is on call: the weekly rota read at one moment of the centre's local time.

A shift is a weekday (0 Monday) and whole hours [start, end), end exclusive, 24 meaning
the end of the day. A night shift is two shifts, one each side of midnight; `shifts_for`
splits "22 to 6" that way so the admin enters it as people say it."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Shift:
    user_id: int
    weekday: int
    start_hour: int
    end_hour: int

    def covers(self, weekday: int, hour: int) -> bool:
        return self.weekday == weekday and self.start_hour <= hour < self.end_hour


class ShiftError(ValueError):
    """A shift that cannot be kept, in words for the admin who entered it."""


def on_call_at(shifts: Iterable[Shift], local: datetime) -> set[int]:
    """The ids of the users whose shift covers this centre-local moment (minutes and
    seconds belong to their hour: 16:59 is inside a shift that ends at 17)."""
    weekday, hour = local.weekday(), local.hour
    return {shift.user_id for shift in shifts if shift.covers(weekday, hour)}


def shifts_for(weekdays: Iterable[int], start_hour: int, end_hour: int) -> list[tuple[int, int, int]]:
    """(weekday, start, end) rows for one shift on each chosen weekday. An end at or before
    the start runs past midnight: its second part falls on the next day (Sunday -> Monday).
    Raises ShiftError for an hour or weekday out of range or an empty choice."""
    days = sorted(set(weekdays))
    if not days:
        raise ShiftError("Choose at least one weekday.")
    if any(day not in range(7) for day in days):
        raise ShiftError("Choose weekdays from Monday to Sunday.")
    if start_hour not in range(24):
        raise ShiftError("The shift starts at an hour from 0 to 23.")
    if end_hour not in range(25):
        raise ShiftError("The shift ends at an hour from 0 to 24 (0 and 24 are both midnight).")
    end_hour = end_hour or 24
    if start_hour == end_hour:
        raise ShiftError("A shift must end at a different hour from the one it starts at.")
    rows: list[tuple[int, int, int]] = []
    for day in days:
        if end_hour > start_hour:
            rows.append((day, start_hour, end_hour))
        else:
            rows.extend([(day, start_hour, 24), ((day + 1) % 7, 0, end_hour)])
    return rows


def uncovered_hours(shifts: Iterable[Shift], weekday: int) -> list[tuple[int, int]]:
    """The [start, end) stretches of this weekday nobody's shift covers, for the rota page."""
    covered = [False] * 24
    for shift in shifts:
        if shift.weekday == weekday:
            for hour in range(shift.start_hour, shift.end_hour):
                covered[hour] = True
    gaps: list[tuple[int, int]] = []
    hour = 0
    while hour < 24:
        if covered[hour]:
            hour += 1
            continue
        start = hour
        while hour < 24 and not covered[hour]:
            hour += 1
        gaps.append((start, hour))
    return gaps
