"""Peer-support reports page (server-side SVG charts, no script), its words in the reader's language."""
from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _
from markupsafe import Markup

from alumni.access import ALL_STAFF, allow
from alumni.domain.charts import Chart, Series, bar_chart, line_chart
from alumni.models import utcnow
from alumni.peer.peer_reports import attendance_by_month, engagement_by_mentoring
from alumni.web.events import bp


@bp.route("/reports")
@allow(*ALL_STAFF)
def reports():
    attendance = attendance_by_month(utcnow())
    engagement = engagement_by_mentoring()
    attendance_chart = bar_chart(Chart(
        title=_("Meeting attendance by month"),
        desc=_("People marked present at meetings, and people who had said yes, per month."),
        labels=attendance.months,
        series=[Series(_("Attended"), attendance.attended), Series(_("Said yes"), attendance.said_yes)],
        y_label=_("people")), "attendance-chart")
    rate_chart = line_chart(Chart(
        title=_("Yes-to-attendance rate by month"),
        desc=_("Of those who said yes, the share marked present, per month."),
        labels=attendance.months, series=[Series(_("Came after a yes"), attendance.rsvp_rate)],
        y_max=100, y_suffix="%"), "rsvp-rate-chart")
    engagement_chart = line_chart(Chart(
        title=_("Check-in response rate by month since discharge"),
        desc=_("Share of check-ins answered, for alumni who have had a peer mentor and those who have not."),
        labels=[str(m) for m in engagement.months],
        series=[Series(_("Mentored"), engagement.mentored), Series(_("Not mentored"), engagement.not_mentored)],
        y_max=100, y_suffix="%", y_label=_("answered")), "engagement-chart")
    return render_template("events/reports.html", attendance=attendance, engagement=engagement,
                           attendance_chart=Markup(attendance_chart), rate_chart=Markup(rate_chart),
                           engagement_chart=Markup(engagement_chart))
