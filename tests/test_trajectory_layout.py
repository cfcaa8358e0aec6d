"""The trajectory figure's layout and markup, and the monitor's cohort figure: plain
functions, plain values, no database."""
import xml.etree.ElementTree as ET
from datetime import date, timedelta

from alumni.domain.monitor_cohort import MONTHS, month_since_discharge, use_by_month
from alumni.domain.trajectory import (
    LEFT,
    RIGHT,
    WIDTH,
    Point,
    PointKind,
    day_span,
    day_ticks,
    layout,
    not_enough_data,
    ordered,
    summary,
    x_of,
)
from alumni.domain.trajectory_svg import trajectory_svg

NS = "{http://www.w3.org/2000/svg}"
DISCHARGED = date(2025, 1, 1)


def at(day: int, kind: PointKind, value: int | None = None, label: str = "", count: str = "") -> Point:
    return Point(day, DISCHARGED + timedelta(days=day), kind, value, label or kind.value, count)


def history() -> list[Point]:
    return [at(30, PointKind.CHECKIN_SCORE, 4, "Check-in answered: 4 of 5"),
            at(60, PointKind.CHECKIN_SCORE, 2, "Check-in answered: 2 of 5"),
            at(33, PointKind.MONITOR_USE, 0, "Days of use in the last 30: 0"),
            at(33, PointKind.MONITOR_RISK, 25, "Risk 25 of 100", "7 of 7 answered"),
            at(33, PointKind.MONITOR_PROTECTION, 100, "Protection 100 of 100", "7 of 7 answered"),
            at(63, PointKind.MONITOR_USE, 3, "Days of use in the last 30: 3"),
            at(63, PointKind.MONITOR_RISK, 75, "Risk 75 of 100", "4 of 7 answered"),
            at(61, PointKind.RELAPSE, None, "Relapse: alcohol"),
            at(61, PointKind.CASE_OPENED, None, "Case opened: Crisis words in a reply"),
            at(64, PointKind.CASE_CLOSED, None, "Case closed: Referred back to treatment"),
            at(64, PointKind.REFERRAL, None, "Referred: District hospital"),
            at(14, PointKind.MEETING, None, "Attended: Sunday circle"),
            at(5, PointKind.MENTOR, None, "Mentor match began")]


def test_nothing_recorded_is_not_enough_data_and_one_event_is():
    assert not_enough_data([]).startswith("Not enough data yet")
    assert not_enough_data([at(40, PointKind.RELAPSE)]) is None


def test_the_axis_starts_at_discharge_and_reaches_today_and_at_least_a_month():
    assert day_span([at(5, PointKind.MEETING)], today_day=9) == (0, 30)
    assert day_span([at(5, PointKind.MEETING)], today_day=200) == (0, 200)
    assert day_span([at(400, PointKind.MEETING)], today_day=200) == (0, 400)


def test_an_earlier_stay_is_drawn_left_of_day_zero():
    first, last = day_span([at(-45, PointKind.CHECKIN_SCORE, 3)], today_day=20)
    assert (first, last) == (-45, 20)
    assert 0 in day_ticks(first, last) and min(day_ticks(first, last)) >= first
    drawn = layout([at(-45, PointKind.CHECKIN_SCORE, 3)], today_day=20)
    assert drawn.discharge_x == x_of(0, first, last) and LEFT < drawn.discharge_x < WIDTH - RIGHT


def test_ticks_are_weeks_for_a_month_and_quarters_or_more_for_two_years():
    assert day_ticks(0, 30) == [0, 7, 14, 21, 28]
    ticks = day_ticks(0, 730)
    assert ticks[0] == 0 and ticks[1] - ticks[0] >= 90 and len(ticks) <= 9


def test_day_zero_is_the_plot_left_edge_and_the_last_day_its_right_edge():
    assert x_of(0, 0, 100) == LEFT
    assert x_of(100, 0, 100) == WIDTH - RIGHT
    assert x_of(30, 0, 100) < x_of(60, 0, 100)


def test_scores_are_lines_higher_for_a_better_score_in_their_band():
    drawn = layout(history(), today_day=70)
    lines = {line.kind: line for line in drawn.lines}
    assert set(lines) == {PointKind.CHECKIN_SCORE, PointKind.MONITOR_RISK, PointKind.MONITOR_PROTECTION}
    (x4, y4), (x2, y2) = lines[PointKind.CHECKIN_SCORE].points
    assert x4 < x2 and y4 < y2          # day 30 before day 60; a 4 drawn above a 2
    band = drawn.strips[0]
    assert band.name.startswith("Check-in") and band.top <= y4 <= band.bottom and band.top <= y2 <= band.bottom
    assert [words for words, _ in band.ticks] == ["1", "3", "5"]
    risk_band = drawn.strips[1]
    assert all(risk_band.top <= y <= risk_band.bottom for _, y in lines[PointKind.MONITOR_RISK].points)


def test_events_sit_in_their_own_lanes_with_the_day_and_date_in_words():
    drawn = layout(history(), today_day=70)
    lanes = {strip.name: strip for strip in drawn.strips}
    relapse = next(m for m in drawn.markers if m.kind is PointKind.RELAPSE)
    assert lanes["Relapses"].top < relapse.y < lanes["Relapses"].bottom
    assert relapse.shape == "triangle" and relapse.x == x_of(61, 0, 70)
    assert relapse.words == "Day 61, 03 Mar 2025: Relapse: alcohol"
    cases = [m for m in drawn.markers if m.kind in (PointKind.CASE_OPENED, PointKind.CASE_CLOSED)]
    assert {m.shape for m in cases} == {"ring", "dot"} and len({m.y for m in cases}) == 1
    assert lanes["Cases"].top < cases[0].y < lanes["Cases"].bottom


def test_days_of_use_are_written_beside_their_marker_and_rates_carry_their_counts():
    drawn = layout(history(), today_day=70)
    use = [m.text for m in drawn.markers if m.kind is PointKind.MONITOR_USE]
    assert use == ["0", "3"]
    risk = [m.words for m in drawn.markers if m.kind is PointKind.MONITOR_RISK]
    assert risk[1].endswith("Risk 75 of 100 (4 of 7 answered)")


def test_the_table_order_is_by_day_then_kind():
    days = [p.day for p in ordered(history())]
    assert days == sorted(days)
    same_day = [p.kind for p in ordered(history()) if p.day == 33]
    assert same_day == [PointKind.MONITOR_USE, PointKind.MONITOR_RISK, PointKind.MONITOR_PROTECTION]


def test_the_svg_is_accessible_script_free_and_carries_each_point_title():
    svg = trajectory_svg(layout(history(), today_day=70), "tr", "Trajectory <Asha>", summary(history()),
                         described_by="tr-table-note")
    root = ET.fromstring(svg)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "tr-title"
    assert root.get("aria-describedby") == "tr-desc tr-table-note"
    assert root.find(f"{NS}title").text == "Trajectory <Asha>"
    assert "1 relapse," in root.find(f"{NS}desc").text and "2 check-in scores" in root.find(f"{NS}desc").text
    titles = [t.text for t in root.iter(f"{NS}title")][1:]
    assert len(titles) == len(history())
    assert "<script" not in svg and "style=" not in svg
    texts = {t.text for t in root.iter(f"{NS}text")}
    assert {"Days since discharge", "Relapses", "Mentor contacts", "0", "3", "today"} <= texts


def test_a_month_is_thirty_days_from_discharge_up_to_month_24():
    assert [month_since_discharge(d) for d in (-1, 0, 29, 30, 719, 720)] == [None, 1, 1, 2, 24, None]


def test_the_cohort_figure_counts_rounds_reporting_any_use_beside_those_answered():
    months = use_by_month([(3, 0), (10, 2), (40, 0), (-5, 9), (800, 4)])
    assert len(months) == MONTHS and months[0].month == 1
    assert (months[0].using, months[0].answered, months[0].rate) == (1, 2, 0.5)
    assert (months[1].using, months[1].answered, months[1].rate) == (0, 1, 0.0)
    assert months[2].answered == 0 and months[2].rate is None
    assert sum(m.answered for m in months) == 3   # before discharge and past month 24 left out
