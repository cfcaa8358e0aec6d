"""One alumnus's trajectory on one time axis, in days from discharge: the points (plain
values gathered by alumni/recovery/trajectory.py) and where each is drawn. Pure: no Flask,
no database; alumni/domain/trajectory_svg.py turns the layout into markup.

The figure is two bands of scores over a stack of event lanes, sharing the x axis:
- check-in scores (1 to 5) as a line;
- the recovery monitor's risk and protection (0 to 100) as two lines;
- lanes of markers: the monitor's days of use (the number written beside it), relapses,
  cases opened and closed, referral steps, meetings attended, mentor contacts.
Scores are lines because a trend is what staff read there; events are markers because
each one is a moment, not a level. Days before discharge (an earlier stay, after a
re-admission moved the discharge date) are negative and drawn left of day 0.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from alumni.domain.charts import PALETTE


class PointKind(StrEnum):
    CHECKIN_SCORE = "checkin_score"            # a check-in answered with a score, 1-5
    MONITOR_USE = "monitor_use"                # the monitor's days of use in the last 30
    MONITOR_RISK = "monitor_risk"              # the monitor's risk sub-score, 0-100
    MONITOR_PROTECTION = "monitor_protection"  # the monitor's protection sub-score, 0-100
    RELAPSE = "relapse"                        # a relapse event (the day it happened)
    CASE_OPENED = "case_opened"
    CASE_CLOSED = "case_closed"                # with its outcome in the label
    REFERRAL = "referral"                      # a referral step: referred, booked, attended ...
    MEETING = "meeting"                        # a peer meeting they attended
    MENTOR = "mentor"                          # a match begun or ended, a mentor text sent


@dataclass(frozen=True)
class Point:
    day: int                # days since discharge; negative before it
    on: date
    kind: PointKind
    value: int | None       # the score or count for score kinds; None for events
    label: str              # what happened, in words
    count: str = ""         # what a value is out of ("5 of 7 answered"), read beside it


WIDTH = 720
LEFT, RIGHT, TOP = 168, 28, 12
AXIS_SPACE = 58              # below the last lane: tick labels, the axis title, the legend
MIN_SPAN_DAYS = 30           # a week-old discharge still gets a month-wide axis
MAX_TICKS = 9
TICK_STEPS = (7, 14, 30, 60, 90, 180, 365, 730, 1825)


@dataclass(frozen=True)
class Band:
    """A strip of the figure with a y scale: scores are lines in it."""
    name: str
    kinds: tuple[PointKind, ...]
    low: float
    high: float
    ticks: tuple[float, ...]
    height: float


@dataclass(frozen=True)
class Lane:
    """A strip of markers: one row per kind of event."""
    name: str
    kinds: tuple[PointKind, ...]
    height: float = 22


BANDS = (
    Band("Check-in score", (PointKind.CHECKIN_SCORE,), 1, 5, (1, 3, 5), 72),
    Band("Risk, protection", (PointKind.MONITOR_RISK, PointKind.MONITOR_PROTECTION),
         0, 100, (0, 50, 100), 88),
)
LANES = (
    Lane("Days of use (monitor)", (PointKind.MONITOR_USE,)),
    Lane("Relapses", (PointKind.RELAPSE,)),
    Lane("Cases", (PointKind.CASE_OPENED, PointKind.CASE_CLOSED)),
    Lane("Referrals", (PointKind.REFERRAL,)),
    Lane("Meetings attended", (PointKind.MEETING,)),
    Lane("Mentor contacts", (PointKind.MENTOR,)),
)
GAP = 18                     # between strips: room for the tick labels at their edges

# Colour and shape per kind: shapes as well as colours, so nothing rests on colour alone.
STYLE: dict[PointKind, tuple[str, str]] = {
    PointKind.CHECKIN_SCORE: (PALETTE[0], "dot"),
    PointKind.MONITOR_RISK: (PALETTE[1], "dot"),
    PointKind.MONITOR_PROTECTION: (PALETTE[2], "square"),
    PointKind.MONITOR_USE: (PALETTE[3], "dot"),
    PointKind.RELAPSE: (PALETTE[1], "triangle"),
    PointKind.CASE_OPENED: (PALETTE[4], "ring"),
    PointKind.CASE_CLOSED: (PALETTE[4], "dot"),
    PointKind.REFERRAL: (PALETTE[6], "diamond"),
    PointKind.MEETING: (PALETTE[7], "square"),
    PointKind.MENTOR: (PALETTE[5], "dot"),
}
LINE_NAMES = {PointKind.CHECKIN_SCORE: "Check-in score", PointKind.MONITOR_RISK: "Risk",
              PointKind.MONITOR_PROTECTION: "Protection"}


@dataclass(frozen=True)
class Strip:
    """A band or a lane as drawn: its name, its y extent and its y tick labels."""
    name: str
    top: float
    bottom: float
    ticks: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Line:
    kind: PointKind
    name: str
    colour: str
    points: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Marker:
    kind: PointKind
    x: float
    y: float
    shape: str
    colour: str
    words: str              # its title: the day, the date and what happened
    text: str = ""          # shown beside it (the days of use)


@dataclass(frozen=True)
class TrajectoryLayout:
    width: int
    height: float
    first_day: int
    last_day: int
    plot_left: float
    plot_right: float
    x_ticks: tuple[tuple[int, float], ...]
    strips: tuple[Strip, ...]
    lines: tuple[Line, ...]
    markers: tuple[Marker, ...]
    discharge_x: float | None       # day 0, where the axis starts unless an earlier stay shows
    today_x: float | None


def days_since(discharged: date, on: date) -> int:
    return (on - discharged).days


def ordered(points: Iterable[Point]) -> list[Point]:
    """By day, then in the order the kinds are declared, then by label: the table's order."""
    rank = {kind: index for index, kind in enumerate(PointKind)}
    return sorted(points, key=lambda p: (p.day, p.on, rank[p.kind], p.label))


def not_enough_data(points: Sequence[Point]) -> str | None:
    """The words shown instead of the figure, or None. One event is worth a figure (a
    relapse on day 40 says something); nothing at all is not."""
    if not points:
        return "Not enough data yet: nothing recorded since discharge (no score, monitor answer or event)."
    return None


def day_span(points: Sequence[Point], today_day: int | None) -> tuple[int, int]:
    """The axis runs from day 0 (or the earliest point before it) to today or the latest
    point, and at least MIN_SPAN_DAYS wide."""
    days = [p.day for p in points] + ([today_day] if today_day is not None else [])
    first = min([0, *days])
    last = max([first + MIN_SPAN_DAYS, *days])
    return first, last


def tick_step(span: int) -> int:
    """Weeks, months, quarters, half years or years: the first that keeps the ticks few."""
    fits = [step for step in TICK_STEPS if span / step <= MAX_TICKS - 1]
    return fits[0] if fits else TICK_STEPS[-1] * math.ceil(span / (TICK_STEPS[-1] * (MAX_TICKS - 1)))


def day_ticks(first: int, last: int) -> list[int]:
    """Multiples of the step within [first, last]; day 0 is always one of them."""
    step = tick_step(last - first)
    start = math.ceil(first / step) * step
    return list(range(start, last + 1, step))


def x_of(day: int, first: int, last: int) -> float:
    span = max(last - first, 1)
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - first) / span


def _y_in(band: Band, top: float, value: float) -> float:
    clamped = min(max(value, band.low), band.high)
    return top + band.height - (clamped - band.low) / (band.high - band.low) * band.height


def say(words: Mapping[str, str] | None, english: str) -> str:
    """`english` in the reader's language when the caller passed its words (the pages pass
    the staff member's; the domain itself speaks English)."""
    return (words or {}).get(english, english)


def _words(point: Point, words: Mapping[str, str] | None = None) -> str:
    when = f"{say(words, 'Day')} {point.day}, {point.on.isoformat() if words else point.on.strftime('%d %b %Y')}"
    return f"{when}: {point.label}" + (f" ({point.count})" if point.count else "")


def layout(points: Sequence[Point], today_day: int | None = None,
           words: Mapping[str, str] | None = None) -> TrajectoryLayout:
    """Where every point is drawn. Call only when not_enough_data(points) is None."""
    first, last = day_span(points, today_day)
    strips: list[Strip] = []
    lines: list[Line] = []
    markers: list[Marker] = []
    y = float(TOP)
    for band in BANDS:
        top = y
        strips.append(Strip(say(words, band.name), top, top + band.height,
                            tuple((f"{tick:g}", _y_in(band, top, tick)) for tick in band.ticks)))
        for kind in band.kinds:
            colour, shape = STYLE[kind]
            drawn = [(x_of(p.day, first, last), _y_in(band, top, p.value), p)
                     for p in ordered(points) if p.kind is kind and p.value is not None]
            if drawn:
                lines.append(Line(kind, say(words, LINE_NAMES[kind]), colour, tuple((x, y_) for x, y_, _ in drawn)))
            markers += [Marker(kind, x, y_, shape, colour, _words(p, words)) for x, y_, p in drawn]
        y = top + band.height + GAP
    for lane in LANES:
        top = y
        middle = top + lane.height / 2
        strips.append(Strip(say(words, lane.name), top, top + lane.height))
        for p in ordered(points):
            if p.kind in lane.kinds:
                colour, shape = STYLE[p.kind]
                text = str(p.value) if p.kind is PointKind.MONITOR_USE and p.value is not None else ""
                markers.append(Marker(p.kind, x_of(p.day, first, last), middle, shape, colour, _words(p, words), text))
        y = top + lane.height
    height = y + AXIS_SPACE
    return TrajectoryLayout(
        width=WIDTH, height=height, first_day=first, last_day=last, plot_left=LEFT, plot_right=WIDTH - RIGHT,
        x_ticks=tuple((day, x_of(day, first, last)) for day in day_ticks(first, last)),
        strips=tuple(strips), lines=tuple(lines), markers=tuple(markers),
        discharge_x=x_of(0, first, last) if first < 0 else None,
        today_x=x_of(today_day, first, last) if today_day is not None else None)


def summary(points: Sequence[Point], words: Mapping[str, str] | None = None) -> str:
    """The figure's description for a screen reader: how many of each, not every point
    (those are in the table beside it)."""
    counts: dict[PointKind, int] = {}
    for point in points:
        counts[point.kind] = counts.get(point.kind, 0) + 1
    names = {
        PointKind.CHECKIN_SCORE: ("check-in score", "check-in scores"),
        PointKind.MONITOR_USE: ("monitor answer set", "monitor answer sets"),
        PointKind.RELAPSE: ("relapse", "relapses"), PointKind.CASE_OPENED: ("case opened", "cases opened"),
        PointKind.CASE_CLOSED: ("case closed", "cases closed"), PointKind.REFERRAL: ("referral step", "referral steps"),
        PointKind.MEETING: ("meeting attended", "meetings attended"),
        PointKind.MENTOR: ("mentor contact", "mentor contacts"),
    }
    parts = [f"{counts[kind]} {say(words, one if counts[kind] == 1 else many)}"
             for kind, (one, many) in names.items() if counts.get(kind)]
    return f"{say(words, 'Days since discharge across')}; " + (", ".join(parts) or say(words, "nothing recorded")) + "."
