from __future__ import annotations

from datetime import date

from flask import abort, render_template
from markupsafe import Markup

from alumni.access import ALL_STAFF, MANAGERS, allow
from alumni.csv_export import csv_download, csv_text
from alumni.domain.charts import Chart, Series, bar_chart, line_chart
from alumni.recovery.referral_figures import linkage_rows
from alumni.web.reports import bp
from alumni.workspace import figures
from alumni.workspace.followups import REASON_WORDS

WEEKS = 12


def _week_label(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %b")


def _series(rows: list[figures.ChartRow], scale: float = 1.0) -> tuple[list[str], list[Series]]:
    labels: list[str] = []
    by_series: dict[str, list[float | None]] = {}
    for row in rows:
        if row.label not in labels:
            labels.append(row.label)
        value = row.value
        by_series.setdefault(row.series, []).append(None if value is None else round(value * scale, 1))
    return labels, [Series(name, values) for name, values in by_series.items()]


def chart_rows() -> dict[str, list[figures.ChartRow]]:
    return {
        "response-rate": figures.weekly_response_rate(WEEKS),
        "wellbeing": figures.wellbeing_by_cohort(WEEKS),
        "engagement": figures.engagement_curve(),
        "failures": figures.weekly_failures(WEEKS),
    }


def build_charts(rows: dict[str, list[figures.ChartRow]]) -> list[dict]:
    charts = []
    labels, series = _series(rows["response-rate"], 100)
    charts.append({"key": "response-rate", "svg": line_chart(Chart(
        title="Weekly response rate", y_max=100, y_suffix="%", y_label="answered",
        desc="Share of check-ins answered within their reply window, per week (week starting), last 12 weeks.",
        labels=[_week_label(label) for label in labels], series=series), "chart-response")})
    labels, series = _series(rows["wellbeing"])
    charts.append({"key": "wellbeing", "svg": line_chart(Chart(
        title="Wellbeing score by cohort", y_max=5, y_label="average score",
        desc="Average reply score (1 = a hard time, 5 = doing well) per week, for the cohorts with the most replies.",
        labels=[_week_label(label) for label in labels] or [""], series=series), "chart-wellbeing")})
    labels, series = _series(rows["engagement"], 100)
    charts.append({"key": "engagement", "svg": line_chart(Chart(
        title="Engagement by month since discharge", y_max=100, y_suffix="%", y_label="answered",
        desc="Share of check-ins answered, by month since discharge (a month = 30 days), all time.",
        labels=[label.replace("Month ", "") for label in labels], series=series), "chart-engagement")})
    failures = [figures.ChartRow(r.label, r.series, r.total, 1) for r in rows["failures"]]
    labels, series = _series(failures)
    charts.append({"key": "failures", "svg": bar_chart(Chart(
        title="Delivery failures per week", y_label="failed messages",
        desc="Check-ins that could not be delivered, per week and channel, last 12 weeks.",
        labels=[_week_label(label) for label in labels], series=series), "chart-failures")})
    titles = {"response-rate": "Weekly response rate", "wellbeing": "Wellbeing score by cohort",
              "engagement": "Engagement by month since discharge", "failures": "Delivery failures per week"}
    for chart in charts:
        chart["title"] = titles[chart["key"]]
        chart["svg"] = Markup(chart["svg"])
        chart["rows"] = rows[chart["key"]]
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
