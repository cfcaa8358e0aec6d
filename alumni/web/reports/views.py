from __future__ import annotations

from collections.abc import Callable
from datetime import date

from flask import abort, render_template
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_pgettext, ngettext
from markupsafe import Markup

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.core.reader_clock import said_in_words
from alumni.csv_export import csv_download, csv_text
from alumni.domain.charts import Chart, Series, bar_chart, line_chart, not_enough_data, point_count
from alumni.recovery.monitor_figures import monitor_use_rows
from alumni.recovery.referral_figures import linkage_rows
from alumni.web.display_words import channel_words
from alumni.web.reports import bp
from alumni.workspace import figures
from alumni.workspace.followups import REASON_WORDS

WEEKS = 12


# Series the figures name in English (alumni/workspace/figures.py, recovery/monitor_figures.py),
# as the reader says them; a cohort's own name and a channel's are shown as they are.
SERIES_WORDS = {"All alumni": _l("All alumni"), "Answered": _l("Answered"), "No cohort": _l("No cohort"),
                "Any use in the last 30 days": _l("Any use in the last 30 days")}


def _week_label(iso: str) -> str:
    return said_in_words(date.fromisoformat(iso), "%d %b", "d MMM")


def _series_name(name: str) -> str:
    return str(SERIES_WORDS.get(name, channel_words(name)))


def _month_label(label: str) -> str:
    """ "Month 3" as the figures write it, in the reader's words."""
    return _("Month %(num)s", num=label.removeprefix("Month ")) if label.startswith("Month ") else label


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
        series = by_series.setdefault(row.series, Series(_series_name(row.series), [], [] if out_of else None))
        series.values.append(None if value is None else round(value * scale, 1))
        if series.counts is not None and out_of is not None:
            series.counts.append(out_of(row) if row.count else "")
    return labels, list(by_series.values())


def _of(row: figures.ChartRow) -> str:
    return _("%(num)s of %(all)s", num=f"{row.total:,}", all=f"{row.count:,}")


def _replies(row: figures.ChartRow) -> str:
    return ngettext("%(num)s reply", "%(num)s replies", row.count)


def _percent(row: figures.ChartRow) -> str:
    return "" if row.value is None else f"{row.value * 100:.0f}%"


# key -> (title, column headings, the cells of one row); rows counted from nothing are left out.
TABLES: dict[str, tuple[str, tuple[str, ...], Callable[[figures.ChartRow], tuple[str, ...]]]] = {
    "response-rate": (_l("Weekly response rate"),
                      (_l("Week starting"), _l("Series"), _l("Answered"), _l("Response rate")),
                      lambda r: (_week_label(r.label), _series_name(r.series), _of(r), _percent(r))),
    "wellbeing": (_l("Wellbeing score by cohort"),
                  (_l("Week starting"), _l("Cohort"), _l("Average score"), lazy_pgettext("counted from", "From")),
                  lambda r: (_week_label(r.label), _series_name(r.series),
                             _("%(score)s of 5", score=f"{r.value or 0:.1f}"), _replies(r))),
    "engagement": (_l("Engagement by month since discharge"),
                   (_l("Month since discharge"), _l("Series"), _l("Answered"), _l("Response rate")),
                   lambda r: (_month_label(r.label), _series_name(r.series), _of(r), _percent(r))),
    "failures": (_l("Delivery failures per week"),
                 (_l("Week starting"), _l("Channel"), _l("Failed"), _l("Failure rate")),
                 lambda r: (_week_label(r.label), _series_name(r.series), _of(r), _percent(r))),
    "monitor-use": (_l("Monitor: any use in the last 30 days, by month since discharge"),
                    (_l("Month since discharge"), _l("Series"), _l("Reporting use"), _l("Share")),
                    lambda r: (_month_label(r.label), _series_name(r.series),
                               _("%(num)s of %(all)s answered", num=f"{r.total:,}", all=f"{r.count:,}"),
                               _percent(r))),
}


def _not_enough_data(chart: Chart) -> str | None:
    """The domain's sentence (alumni/domain/charts.py), said in the reader's language."""
    if not_enough_data(chart) is None:
        return None
    drawn = point_count(chart)
    if drawn == 0:
        return _("Not enough data yet: %(why)s.", why=chart.empty_words)
    return ngettext("Not enough data yet: %(num)s point so far; the chart needs at least %(least)s.",
                    "Not enough data yet: %(num)s points so far; the chart needs at least %(least)s.",
                    drawn, least=chart.min_points)


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
        title=_("Weekly response rate"), y_max=100, y_suffix="%", y_label=_("answered"), min_points=2,
        empty_words=_("no check-in has been answered or missed in the last 12 weeks"),
        desc=_("Share of check-ins answered within their reply window, per week (week starting), last 12 weeks."),
        labels=[_week_label(label) for label in labels], series=series), line_chart, "chart-response")
    labels, series = _series(rows["wellbeing"], out_of=_replies)
    made["wellbeing"] = (Chart(
        title=_("Wellbeing score by cohort"), y_max=5, y_label=_("average score"), min_points=2,
        empty_words=_("no reply with a score in the last 12 weeks"),
        desc=_("Average reply score (1 = a hard time, 5 = doing well) per week, for the cohorts with the most "
               "replies."),
        labels=[_week_label(label) for label in labels] or [""], series=series), line_chart, "chart-wellbeing")
    labels, series = _series(rows["engagement"], 100, _of)
    made["engagement"] = (Chart(
        title=_("Engagement by month since discharge"), y_max=100, y_suffix="%", y_label=_("answered"),
        min_points=2, empty_words=_("no check-in has been answered or missed yet"),
        desc=_("Share of check-ins answered, by month since discharge (a month = 30 days), all time."),
        labels=[label.replace("Month ", "") for label in labels], series=series), line_chart, "chart-engagement")
    # The bars count failed messages: a week with nothing sent is a gap, not a zero.
    labels, series = _series(rows["failures"], out_of=_of, value_of=_failed)
    made["failures"] = (Chart(
        title=_("Delivery failures per week"), y_label=_("failed messages"), whole_numbers=True,
        empty_words=_("no message has been sent in the last 12 weeks"),
        desc=_("Check-ins that could not be delivered, per week and channel, last 12 weeks."),
        labels=[_week_label(label) for label in labels], series=series), bar_chart, "chart-failures")
    labels, series = _series(rows["monitor-use"], 100, _of)
    made["monitor-use"] = (Chart(
        title=_("Monitor: any use in the last 30 days"), y_max=100, y_suffix="%", y_label=_("reporting use"),
        min_points=2, empty_words=_("no recovery monitor has had its use question answered yet"),
        desc=_("Of the recovery monitor rounds whose use question was answered, the share reporting one day or "
               "more of drinking or drug use in the last 30, by month since discharge (a month = 30 days), "
               "all time."),
        labels=[label.replace("Month ", "") for label in labels], series=series), line_chart, "chart-monitor-use")
    charts = []
    for key, (chart, draw, chart_id) in made.items():
        title, headings, cells = TABLES[key]
        empty = _not_enough_data(chart)
        charts.append({"key": key, "title": str(title), "empty": empty, "headings": [str(h) for h in headings],
                       "svg": None if empty else Markup(draw(chart, chart_id)),
                       "cells": [cells(row) for row in rows[key] if row.count]})
    return charts


def _long_date(day: date) -> str:
    """"Wednesday 02 December 2026", the weekday and month in the reader's language."""
    return said_in_words(day, "%A %d %B %Y", "EEEE d MMMM y")


@bp.route("/")
@allow(*ALL_STAFF)
def dashboard():
    rows = chart_rows()
    return render_template("reports/dashboard.html", today=figures.today_numbers(),
                           today_date=_long_date(figures.centre_today()), open_cases=figures.open_cases_by_reason(),
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
