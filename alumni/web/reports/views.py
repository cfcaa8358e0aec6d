from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flask import abort, render_template
from markupsafe import Markup

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.csv_export import csv_download, csv_text
from alumni.domain.charts import Chart, Series, bar_chart, line_chart, not_enough_data
from alumni.recovery.monitor_figures import monitor_use_rows
from alumni.recovery.referral_figures import linkage_rows
from alumni.web.reports import bp
from alumni.workspace import figures
from alumni.workspace.followups import REASON_WORDS

WEEKS = 12


def _week_label(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %b")


def _rate(row: figures.ChartRow) -> float | None:
    return row.value


def _failed(row: figures.ChartRow) -> float | None:
    return float(row.total) if row.count else None


def _series(rows: list[figures.ChartRow], scale: float = 1.0, out_of: Callable[[figures.ChartRow], str] | None = None,
            value_of: Callable[[figures.ChartRow], float | None] = _rate) -> tuple[list[str], list[Series]]:
    """Labels and series from the rows; a row counted from nothing is a gap (None), not a
    zero. `out_of` words what each value is from ("1 of 1"), shown beside it."""
    labels: list[str] = []
    by_series: dict[str, Series] = {}
    for row in rows:
        if row.label not in labels:
            labels.append(row.label)
        value = value_of(row)
        series = by_series.setdefault(row.series, Series(row.series, [], [] if out_of else None))
        series.values.append(None if value is None else round(value * scale, 1))
        if series.counts is not None and out_of is not None:
            series.counts.append(out_of(row) if row.count else "")
    return labels, list(by_series.values())


def _of(row: figures.ChartRow) -> str:
    return f"{row.total:,} of {row.count:,}"


def _replies(row: figures.ChartRow) -> str:
    return f"{row.count:,} {'reply' if row.count == 1 else 'replies'}"


def _percent(row: figures.ChartRow) -> str:
    return "" if row.value is None else f"{row.value * 100:.0f}%"


# key -> (title, column headings, the cells of one row); rows counted from nothing are left out.
TABLES: dict[str, tuple[str, tuple[str, ...], Callable[[figures.ChartRow], tuple[str, ...]]]] = {
    "response-rate": ("Weekly response rate", ("Week starting", "Series", "Answered", "Response rate"),
                      lambda r: (_week_label(r.label), r.series, _of(r), _percent(r))),
    "wellbeing": ("Wellbeing score by cohort", ("Week starting", "Cohort", "Average score", "From"),
                  lambda r: (_week_label(r.label), r.series, f"{r.value or 0:.1f} of 5", _replies(r))),
    "engagement": ("Engagement by month since discharge", ("Month since discharge", "Series", "Answered",
                                                            "Response rate"),
                   lambda r: (r.label, r.series, _of(r), _percent(r))),
    "failures": ("Delivery failures per week", ("Week starting", "Channel", "Failed", "Failure rate"),
                 lambda r: (_week_label(r.label), r.series, _of(r), _percent(r))),
    "monitor-use": ("Monitor: any use in the last 30 days, by month since discharge",
                    ("Month since discharge", "Series", "Reporting use", "Share"),
                    lambda r: (r.label, r.series, f"{r.total:,} of {r.count:,} answered", _percent(r))),
}


def chart_rows() -> dict[str, list[figures.ChartRow]]:
    return {
        "response-rate": figures.weekly_response_rate(WEEKS),
        "wellbeing": figures.wellbeing_by_cohort(WEEKS),
        "engagement": figures.engagement_curve(),
        "failures": figures.weekly_failures(WEEKS),
        "monitor-use": monitor_use_rows(),
    }


def build_charts(rows: dict[str, list[figures.ChartRow]]) -> list[dict]:
    made: dict[str, tuple[Chart, Callable[[Chart, str], str], str]] = {}
    labels, series = _series(rows["response-rate"], 100, _of)
    made["response-rate"] = (Chart(
        title="Weekly response rate", y_max=100, y_suffix="%", y_label="answered", min_points=2,
        empty_words="no check-in has been answered or missed in the last 12 weeks",
        desc="Share of check-ins answered within their reply window, per week (week starting), last 12 weeks.",
        labels=[_week_label(label) for label in labels], series=series), line_chart, "chart-response")
    labels, series = _series(rows["wellbeing"], out_of=_replies)
    made["wellbeing"] = (Chart(
        title="Wellbeing score by cohort", y_max=5, y_label="average score", min_points=2,
        empty_words="no reply with a score in the last 12 weeks",
        desc="Average reply score (1 = a hard time, 5 = doing well) per week, for the cohorts with the most replies.",
        labels=[_week_label(label) for label in labels] or [""], series=series), line_chart, "chart-wellbeing")
    labels, series = _series(rows["engagement"], 100, _of)
    made["engagement"] = (Chart(
        title="Engagement by month since discharge", y_max=100, y_suffix="%", y_label="answered", min_points=2,
        empty_words="no check-in has been answered or missed yet",
        desc="Share of check-ins answered, by month since discharge (a month = 30 days), all time.",
        labels=[label.replace("Month ", "") for label in labels], series=series), line_chart, "chart-engagement")
    # The bars count failed messages: a week with nothing sent is a gap, not a zero.
    labels, series = _series(rows["failures"], out_of=_of, value_of=_failed)
    made["failures"] = (Chart(
        title="Delivery failures per week", y_label="failed messages", whole_numbers=True,
        empty_words="no message has been sent in the last 12 weeks",
        desc="Check-ins that could not be delivered, per week and channel, last 12 weeks.",
        labels=[_week_label(label) for label in labels], series=series), bar_chart, "chart-failures")
    labels, series = _series(rows["monitor-use"], 100, _of)
    made["monitor-use"] = (Chart(
        title="Monitor: any use in the last 30 days", y_max=100, y_suffix="%", y_label="reporting use",
        min_points=2, empty_words="no recovery monitor has had its use question answered yet",
        desc="Of the recovery monitor rounds whose use question was answered, the share reporting one day or "
             "more of drinking or drug use in the last 30, by month since discharge (a month = 30 days), all time.",
        labels=[label.replace("Month ", "") for label in labels], series=series), line_chart, "chart-monitor-use")
    charts = []
    for key, (chart, draw, chart_id) in made.items():
        title, headings, cells = TABLES[key]
        empty = not_enough_data(chart)
        charts.append({"key": key, "title": title, "empty": empty, "headings": headings,
                       "svg": None if empty else Markup(draw(chart, chart_id)),
                       "cells": [cells(row) for row in rows[key] if row.count]})
    return charts


@bp.route("/")
@allow(*ALL_STAFF)
def dashboard():
    rows = chart_rows()
    return render_template("reports/dashboard.html", today=figures.today_numbers(),
                           today_date=figures.local_today(), open_cases=figures.open_cases_by_reason(),
                           reasons=REASON_WORDS, charts=build_charts(rows),
                           as_of=figures.latest_rollup_day(), linkage=linkage_rows())


CSV_HEADERS = {
    "response-rate": ("week_starting", "series", "answered", "concluded_checkins", "response_rate_percent"),
    "wellbeing": ("week_starting", "cohort", "score_sum", "scores", "average_score"),
    "engagement": ("month_since_discharge", "series", "answered", "concluded_checkins", "response_rate_percent"),
    "failures": ("week_starting", "channel", "failed", "attempted", "failure_rate_percent"),
    "monitor-use": ("month_since_discharge", "series", "reporting_use", "answered_rounds", "share_using_percent"),
}


@bp.route("/export/<chart>.csv")
@allow(*MANAGERS)
def export(chart: str):
    if chart not in CSV_HEADERS:
        abort(404)
    percent = chart != "wellbeing"

    def shown(value):
        return "" if value is None else (f"{value * 100:.1f}" if percent else f"{value:.2f}")
    rows = ((row.label, row.series, row.total, row.count, shown(row.value)) for row in chart_rows()[chart])
    # No byte-order mark: these files have always been plain UTF-8 for the tools reading them.
    return csv_download(csv_text(CSV_HEADERS[chart], rows, bom=False), f"{chart}.csv")
