"""The dashboard: today's numbers, open cases by reason, charts from the roll-up, CSV."""
import csv
import io
from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, Cohort, FollowUpReason, utcnow
from alumni.workspace.figures import rollup
from tests.support.factories import make_alumnus


def _checkin(alumnus, status, hours_ago=1, score=None, channel="sms"):
    now = utcnow()
    row = CheckIn(alumnus_id=alumnus.id, channel=channel, due_at=now - timedelta(hours=hours_ago), status=status,
                  score=score, sent_at=now - timedelta(hours=hours_ago),
                  delivered_at=now if status in ("delivered", "replied") else None)
    db.session.add(row)
    return row


def _seed(app):
    with app.app_context():
        cohort = Cohort(name="Monsoon 2025")
        db.session.add(cohort)
        db.session.commit()
        a = make_alumnus(cohort_id=cohort.id)
        b = make_alumnus()
        _checkin(a, CheckInStatus.REPLIED, score=4, hours_ago=0)
        _checkin(b, CheckInStatus.DELIVERED, hours_ago=0)
        _checkin(b, CheckInStatus.FAILED, hours_ago=0)
        _checkin(a, CheckInStatus.REPLIED, score=2, hours_ago=24 * 8)
        _checkin(b, CheckInStatus.MISSED, hours_ago=24 * 8)
        open_case(a.id, FollowUpReason.LOW_SCORE)
        open_case(b.id, FollowUpReason.CRISIS)
        db.session.commit()
        rollup(days_back=30)


def _stat(html, label):
    import re
    match = re.search(r'<span class="value">([\d,]+)</span><span class="label">' + label + "<", html)
    return int(match.group(1).replace(",", ""))


def test_todays_numbers_and_open_cases(app, login_as):
    _seed(app)
    html = login_as("staff").get("/reports/").get_data(as_text=True)
    # due today: whatever of the three rows falls on the centre's today (all were due this hour)
    assert _stat(html, "Due") == 3 and _stat(html, "Sent") == 2 and _stat(html, "Replied") == 1
    assert _stat(html, "Failed") == 1 and _stat(html, "Delivered") == 2
    assert 'data-reason="crisis">1<' in html and 'data-reason="low_score">1<' in html
    assert 'data-reason="all">2<' in html


def test_charts_are_inline_svg_with_titles(app, login_as):
    _seed(app)
    html = login_as("staff").get("/reports/").get_data(as_text=True)
    for title in ("Weekly response rate", "Wellbeing score by cohort", "Delivery failures per week"):
        assert f">{title}</title>" in html
    # Every reply so far fell in the first month since discharge: one point is no curve.
    assert ">Engagement by month since discharge</title>" not in html
    assert "Not enough data yet: 1 point so far" in html
    assert "Monsoon 2025" in html  # a cohort line
    assert "<script" not in html


def test_csv_export_gives_managers_the_figures_behind_a_chart(app, login_as):
    _seed(app)
    response = login_as("coordinator").get("/reports/export/response-rate.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][:4] == ["week_starting", "series", "answered", "concluded_checkins"]
    assert sum(int(r[2]) for r in rows[1:]) == 2 and sum(int(r[3]) for r in rows[1:]) == 3
    export = login_as("admin").get("/reports/export/failures.csv").get_data(as_text=True)
    failures = list(csv.reader(io.StringIO(export)))
    assert sum(int(r[2]) for r in failures[1:]) == 1


def test_staff_see_the_dashboard_but_not_the_exports(app, login_as):
    staff = login_as("staff")
    assert staff.get("/reports/").status_code == 200
    assert "Download CSV" not in staff.get("/reports/").get_data(as_text=True)
    assert staff.get("/reports/export/engagement.csv").status_code == 403


def test_rollup_is_idempotent(app):
    _seed(app)
    with app.app_context():
        from alumni.models.followup import DailyFigure
        before = sorted((f.day, f.metric, f.key, f.total, f.count) for f in db.session.scalars(db.select(DailyFigure)))
        rollup(days_back=30)
        after = sorted((f.day, f.metric, f.key, f.total, f.count) for f in db.session.scalars(db.select(DailyFigure)))
        assert before == after and before


def test_an_empty_dashboard_says_not_enough_data_instead_of_drawing_empty_axes(app, login_as):
    html = login_as("staff").get("/reports/").get_data(as_text=True)
    assert html.count('class="hint chart-empty"') == 5   # the four check-in charts and the monitor's
    assert "Not enough data yet: no message has been sent in the last 12 weeks." in html
    assert "Not enough data yet: no recovery monitor has had its use question answered yet." in html
    assert "<svg" not in html.split('id="charts-heading"')[1].split("</section>")[0]


def test_rates_carry_their_counts_and_the_average_score_the_replies_it_is_from(app, login_as):
    _seed(app)
    html = login_as("staff").get("/reports/").get_data(as_text=True)
    # This week one check-in was answered out of one concluded: the rate and the count together.
    assert "All alumni, " in html and ": 100% (1 of 1)</title>" in html
    assert '<th scope="col">Average score</th><th scope="col">From</th>' in html
    assert "<td>4.0 of 5</td><td>1 reply</td>" in html
    assert "Count</th>" not in html and "Out of</th>" not in html
