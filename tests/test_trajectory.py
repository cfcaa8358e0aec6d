"""An alumnus's trajectory gathered from a history made the way it happens: the monitor's
questions sent by the dispatcher and a real RQ worker and answered by signed webhooks (a
day of use there opens the crisis case and the relapse), a check-in answered by text,
the case resolved as "referred back to treatment" by staff (which makes the referral),
a booking, a meeting attended and a mentor match whose introductions went out. Then the
profile panel, the API, and the dashboard's monitor figure with its CSV."""
import csv
import io
from datetime import timedelta

import pytest

from alumni.accounts.tokens import issue_token
from alumni.delivery.dispatcher import dispatch_due
from alumni.domain.event_rules import EventDraft
from alumni.domain.trajectory import PointKind
from alumni.extensions import db
from alumni.models import AuditEvent, CheckIn, CheckInStatus, FollowUp, MonitorRound, utcnow
from alumni.peer.event_attendance import set_attendance
from alumni.peer.events import create_event
from alumni.peer.mentors import confirm_match, save_mentor_profile
from alumni.recovery.monitor import ensure_monitor_templates
from alumni.recovery.referrals import record_step, referrals_of
from alumni.recovery.trajectory import trajectory_of
from alumni.workspace.followups import resolve
from tests.support.accounts import PASSWORD, make_user
from tests.support.client import FormClient
from tests.support.days import centre_today
from tests.support.delivery import run_burst_worker
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, open_checkin, post_sms

DISCHARGED_DAYS_AGO = 40


@pytest.fixture(scope="module")
def history_app(make_app, migrated):
    # No quiet hours, so what is sent does not depend on the hour the suite runs at.
    app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN, QUIET_HOURS="none")
    app.test_client_class = FormClient
    return app


@pytest.fixture
def site(app, history_app):
    with history_app.app_context():
        yield history_app


@pytest.fixture
def send(site):
    """The dispatcher's run, then a real RQ worker: whatever is owed goes out."""
    def run() -> None:
        with site.app_context():
            dispatch_due(utcnow())
        run_burst_worker(site)
    return run


def answer(site, send, alumnus, text: str) -> None:
    assert post_sms(site.test_client(), text, alumnus.phone).status_code == 200
    send()


def monitor_sent(alumnus, send) -> None:
    """A monitor text owed now (as a plan step would be), sent through the dispatcher. The
    templates come with the migration; each test starts from empty tables, so add them."""
    ensure_monitor_templates()
    db.session.add(CheckIn(alumnus_id=alumnus.id, template_key="monitor", channel="sms", due_at=utcnow(),
                           status=CheckInStatus.SCHEDULED))
    db.session.commit()
    send()


def lived_history(site, send):
    staff = make_user("coordinator", email="priya@example.org")
    today = centre_today()
    asha = make_alumnus(first_name="Asha", discharge_date=today - timedelta(days=DISCHARGED_DAYS_AGO))
    mentor = make_alumnus(first_name="Meera", discharge_date=today - timedelta(days=900))
    # The monitor: three days of use (a relapse: the crisis case and the relapse event), then the rest.
    monitor_sent(asha, send)
    for text in ("3", "4", "2", "2", "2", "1", "yes"):
        answer(site, send, asha, text)
    # A check-in answered by text.
    open_checkin(asha)
    answer(site, send, asha, "4")
    # Staff close the crisis case as referred back to treatment; the appointment is booked.
    crisis = db.session.scalars(db.select(FollowUp).where(FollowUp.alumnus_id == asha.id,
                                                          FollowUp.reason == "crisis")).one()
    resolve(crisis.id, "referred", "Booked at the district hospital OPD", staff)
    [referral] = referrals_of(asha.id)
    record_step(referral.id, "booked", day=today + timedelta(days=3), by=staff)
    # A meeting ten days ago that she came to; a mentor whose introductions went out.
    past = utcnow() - timedelta(days=10)
    event = create_event(EventDraft(title="Sunday circle", starts_at=past, place="Hall"), by_id=staff.id,
                         now=past - timedelta(days=1))
    set_attendance(event.occurrences[0].id, asha.id, True, by_id=staff.id)
    save_mentor_profile(mentor.id, consent=True, trained_on=today, capacity=2, languages=["en"], area="")
    confirm_match(asha.id, mentor.id, nudge_days=[], by_id=staff.id, share_number=True)
    send()
    db.session.expire_all()
    return staff, db.session.get(type(asha), asha.id)


def kinds(points) -> dict[PointKind, list]:
    found: dict[PointKind, list] = {}
    for point in points:
        found.setdefault(point.kind, []).append(point)
    return found


def test_the_trajectory_gathers_scores_and_events_in_days_since_discharge(site, send):
    _, asha = lived_history(site, send)
    found = trajectory_of(asha)
    got = kinds(found.points)
    today = DISCHARGED_DAYS_AGO

    assert found.today_day == today and found.discharge_date == asha.discharge_date
    [score] = got[PointKind.CHECKIN_SCORE]
    assert (score.day, score.value, score.label) == (today, 4, "Check-in answered: 4 of 5")
    [use] = got[PointKind.MONITOR_USE]
    assert (use.day, use.value, use.count) == (today, 3, "7 of 7 answered")
    round_ = db.session.scalars(db.select(MonitorRound).where(MonitorRound.alumnus_id == asha.id)).one()
    assert [p.value for p in got[PointKind.MONITOR_RISK]] == [round_.risk]
    assert [p.value for p in got[PointKind.MONITOR_PROTECTION]] == [round_.protection]
    [relapse] = got[PointKind.RELAPSE]
    assert relapse.label.startswith("Relapse") and relapse.value is None
    assert any(p.label == "Case opened: Crisis words in a reply" for p in got[PointKind.CASE_OPENED])
    [closed] = got[PointKind.CASE_CLOSED]
    assert closed.label == "Case closed (Crisis words in a reply): Referred back to treatment"
    referral_days = [(p.day, p.label) for p in got[PointKind.REFERRAL]]
    assert any(day == today and label.startswith("Referred back to treatment: ") for day, label in referral_days)
    assert (today + 3, "Referral: Appointment booked") in referral_days
    [meeting] = got[PointKind.MEETING]
    assert (meeting.day, meeting.label) == (today - 10, "Attended: Sunday circle")
    mentor_words = [p.label for p in got[PointKind.MENTOR]]
    assert "Mentor match began" in mentor_words and "Introduced to their mentor" in mentor_words
    assert not any("Meera" in p.label for p in found.points)   # the mentor is not named
    assert [p.day for p in found.points] == sorted(p.day for p in found.points)


def test_nothing_since_discharge_is_an_empty_trajectory(site):
    quiet = make_alumnus(first_name="Kiran")
    assert trajectory_of(quiet).points == []


def test_the_profile_panel_draws_the_figure_with_its_table(site, send):
    staff, asha = lived_history(site, send)
    client = site.test_client()
    client.post("/login", data={"email": staff.email, "password": PASSWORD})
    page = client.get(f"/alumni/{asha.id}").get_data(as_text=True)

    assert 'id="trajectory-heading"' in page and "<svg" in page and "chart-trajectory" in page
    assert 'aria-describedby="trajectory-figure-desc trajectory-table-note"' in page
    assert 'id="trajectory-table-note"' in page
    assert "Attended: Sunday circle" in page and "7 of 7 answered" in page


def test_the_profile_panel_says_so_when_there_is_nothing_yet(site):
    staff = make_user("staff", email="ravi@example.org")
    quiet = make_alumnus(first_name="Kiran")
    client = site.test_client()
    client.post("/login", data={"email": staff.email, "password": PASSWORD})
    page = client.get(f"/alumni/{quiet.id}").get_data(as_text=True)

    assert 'id="trajectory-heading"' in page and "chart-trajectory" not in page
    assert "Not enough data yet: nothing recorded since discharge" in page and "Trajectory as a table" not in page


def test_the_api_returns_the_same_points_and_audits_the_read(site, send):
    staff, asha = lived_history(site, send)
    token = issue_token(staff.email, "trajectory", scopes=("read",))
    response = site.test_client().get(f"/api/v1/alumni/{asha.id}/trajectory",
                                      headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 200
    body = response.get_json()
    expected = trajectory_of(asha)
    assert body["discharge_date"] == asha.discharge_date.isoformat() and body["today_day"] == DISCHARGED_DAYS_AGO
    assert [(p["day"], p["date"], p["kind"], p["value"], p["label"]) for p in body["points"]] == [
        (p.day, p.on.isoformat(), str(p.kind), p.value, p.label) for p in expected.points]
    use = next(p for p in body["points"] if p["kind"] == "monitor_use")
    assert use["value"] == 3 and use["out_of"] == "7 of 7 answered"
    reads = db.session.scalars(db.select(AuditEvent).where(AuditEvent.action == "alumnus.read",
                                                           AuditEvent.alumnus_id == asha.id)).all()
    assert any(r.detail.get("what") == "api trajectory" and r.user_id == staff.id for r in reads)


def test_the_api_says_404_for_no_one(site):
    staff = make_user("staff", email="ravi@example.org")
    token = issue_token(staff.email, "trajectory")
    missing = site.test_client().get("/api/v1/alumni/999999/trajectory", headers={"Authorization": f"Bearer {token}"})
    assert missing.status_code == 404 and missing.get_json()["error"]["code"] == "not_found"


def test_the_api_refuses_a_request_without_a_token(client):
    # Outside an app context, so the request has its own `g` and nobody is signed in.
    refused = client.get("/api/v1/alumni/1/trajectory")
    assert refused.status_code == 401 and refused.get_json()["error"]["code"] == "unauthorised"


def monitor_answered(alumnus, text: str, site) -> None:
    """The first monitor question out an hour ago, answered through the signed webhook."""
    sent = utcnow() - timedelta(hours=1)
    db.session.add(CheckIn(alumnus_id=alumnus.id, template_key="monitor", channel="sms", due_at=sent,
                           sent_at=sent, status=CheckInStatus.SENT))
    db.session.commit()
    assert post_sms(site.test_client(), text, alumnus.phone).status_code == 200


def test_the_dashboard_shows_the_share_using_by_month_with_counts_and_a_csv(site):
    today = centre_today()
    for days_ago, text in ((10, "0"), (20, "2"), (45, "0"), (50, "0")):
        monitor_answered(make_alumnus(discharge_date=today - timedelta(days=days_ago)), text, site)
    manager = make_user("coordinator", email="priya@example.org")
    client = site.test_client()
    client.post("/login", data={"email": manager.email, "password": PASSWORD})

    page = client.get("/reports/").get_data(as_text=True)
    assert 'id="figure-monitor-use"' in page and "chart-monitor-use" in page
    assert "50% (1 of 2)" in page and "0% (0 of 2)" in page          # the count beside each rate
    assert "1 of 2 answered" in page                                 # and in the table

    exported = client.get("/reports/export/monitor-use.csv")
    assert exported.status_code == 200
    rows = list(csv.reader(io.StringIO(exported.get_data(as_text=True))))
    assert rows[0] == ["month_since_discharge", "series", "reporting_use", "answered_rounds", "share_using_percent"]
    assert rows[1] == ["Month 1", "Any use in the last 30 days", "1", "2", "50.0"]
    assert rows[2] == ["Month 2", "Any use in the last 30 days", "0", "2", "0.0"]
    assert rows[3][2:] == ["0", "0", ""] and len(rows) == 25


def test_the_monitor_figure_is_empty_until_two_months_have_answers(site):
    monitor_answered(make_alumnus(discharge_date=centre_today() - timedelta(days=5)), "0", site)
    manager = make_user("coordinator", email="priya@example.org")
    client = site.test_client()
    client.post("/login", data={"email": manager.email, "password": PASSWORD})
    page = client.get("/reports/").get_data(as_text=True)
    assert "chart-monitor-use" not in page and "Not enough data yet: 1 point so far" in page
