"""Referrals back to treatment, end to end: a relapse texted in through the signed webhook,
the call that refers them back, the reminder the periodic job (a real RQ worker) puts in
the queue when a step is late, and a re-admission that pauses their check-ins until the
discharge restarts them through the real dispatcher and sender."""
from datetime import date, datetime, timedelta

from alumni.core.centre_day import centre_today
from alumni.core.timeline import build_timeline
from alumni.delivery.dispatcher import dispatch_checkins
from alumni.extensions import db
from alumni.jobs import enqueue
from alumni.models import (
    Alumnus,
    AuditEvent,
    CheckIn,
    CheckInStatus,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    Referral,
    RelapseEvent,
    User,
    utcnow,
)
from alumni.plans.plans import attach_plan, ensure_default_plan
from alumni.recovery.referrals import record_step, refer
from tests.support.accounts import make_user
from tests.support.delivery import run_jobs_in
from tests.support.factories import make_alumnus
from tests.support.inbound import post_sms


def _referrals(alumnus_id: int) -> list[Referral]:
    db.session.expire_all()
    return list(db.session.scalars(db.select(Referral).where(Referral.alumnus_id == alumnus_id)))


def _reminder(alumnus_id: int) -> FollowUp | None:
    db.session.expire_all()
    return db.session.scalar(db.select(FollowUp).where(
        FollowUp.alumnus_id == alumnus_id, FollowUp.reason == FollowUpReason.REFERRAL_DUE))


# --- from a case: the outcome "referred back to treatment" --------------------------------

def test_a_call_after_a_relapse_text_that_refers_them_back_opens_a_referral_tied_to_the_case_and_relapse(
        sms, login_as):
    alumnus = make_alumnus(first_name="Ravi")
    post_sms(sms, "I relapsed last night", alumnus.phone)
    event = db.session.scalar(db.select(RelapseEvent).where(RelapseEvent.alumnus_id == alumnus.id))
    case_id = event.followup_id
    assert case_id is not None

    staff = login_as("staff")
    response = staff.post(f"/workspace/cases/{case_id}/contact",
                          data={"kind": "call", "outcome": "referred", "note": "Will see Dr Rao at the OPD"})
    assert response.status_code == 302

    [referral] = _referrals(alumnus.id)
    assert (referral.status, referral.followup_id, referral.relapse_event_id) == ("referred", case_id, event.id)
    assert referral.reason == "Will see Dr Rao at the OPD" and referral.referred_to == ""
    assert referral.referred_by.email == staff.user_email
    assert [s.step for s in referral.steps] == ["referred"]

    # Closing the same case as "referred" links it to that referral: no second one.
    staff.post(f"/workspace/cases/{case_id}/resolve", data={"outcome": "referred", "note": ""})
    assert len(_referrals(alumnus.id)) == 1
    assert db.session.scalar(db.select(AuditEvent).where(AuditEvent.action == "referral.linked")) is not None

    profile = staff.get(f"/alumni/{alumnus.id}").text
    assert "Referrals back to treatment" in profile and "not named yet" in profile
    assert f'href="/recovery/referrals/{referral.id}"' in profile
    titles = [e.title for e in build_timeline(db.session.get(Alumnus, alumnus.id)) if e.kind == "referral"]
    assert titles == [f"Referred back to treatment (referral #{referral.id})"]


def test_a_contact_logged_on_the_profile_as_referred_opens_a_referral_without_a_case(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
    staff = login_as("staff")
    staff.post(f"/workspace/alumni/{alumnus_id}/contact", data={"kind": "visit", "outcome": "referred", "note": ""})
    staff.post(f"/workspace/alumni/{alumnus_id}/contact", data={"kind": "call", "outcome": "reached", "note": ""})
    with app.app_context():
        [referral] = _referrals(alumnus_id)
        assert referral.followup_id is None and referral.reason == "Recorded with a contact"


def test_staff_name_where_they_were_referred_and_book_the_appointment_on_the_referral_page(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus(first_name="Sunil").id
    staff = login_as("staff")
    refused = staff.post(f"/recovery/alumni/{alumnus_id}/referrals/new", data={"referred_to": "", "reason": "x"})
    assert refused.status_code == 200 and "Say to whom they were referred." in refused.text
    made = staff.post(f"/recovery/alumni/{alumnus_id}/referrals/new",
                      data={"referred_to": "Sassoon OPD", "reason": "Using again since the wedding"})
    assert made.status_code == 302
    page = staff.get(made.headers["Location"]).text
    assert "Sassoon OPD" in page and "Referred, no appointment yet" in page
    with app.app_context():
        [referral] = _referrals(alumnus_id)
        appointment = centre_today() + timedelta(days=4)
    booked = staff.post(f"/recovery/referrals/{referral.id}/step",
                        data={"step": "booked", "day": appointment.isoformat(), "note": "Tuesday 10am"})
    assert booked.status_code == 302
    wrong = staff.post(f"/recovery/referrals/{referral.id}/step", data={"step": "discharged", "day": ""})
    assert wrong.status_code == 422
    with app.app_context():
        [referral] = _referrals(alumnus_id)
        assert (referral.status, referral.appointment_on) == ("booked", appointment)
        reads = db.session.scalars(db.select(AuditEvent.detail).where(
            AuditEvent.action == "alumnus.read", AuditEvent.alumnus_id == alumnus_id)).all()
        assert {"what": "referral"} in reads


# --- reminders: a late step puts a case in the queue --------------------------------------

def test_no_appointment_a_week_after_the_referral_puts_a_reminder_in_the_queue_until_one_is_booked(
        app, login_as, run_jobs):
    with app.app_context():
        alumnus = make_alumnus(first_name="Meena")
        today = centre_today()
        referral = refer(alumnus.id, referred_to="District hospital", reason="Drinking again",
                         on=today - timedelta(days=8), by=make_user("staff"))
        alumnus_id, referral_id = alumnus.id, referral.id
        enqueue("workers.referrals.remind_overdue_referrals", queue="periodic")
    run_jobs()

    with app.app_context():
        case = _reminder(alumnus_id)
        assert case is not None and case.status == FollowUpStatus.OPEN
        assert case.note == f"Referral #{referral_id}: No appointment booked 8 days after the referral."
    staff = login_as("staff")
    queue = staff.get("/workspace/?reason=referral_due").text
    assert "Meena" in queue and "Referral back to treatment needs its next step" in queue
    with app.app_context():
        [late] = [e for e in build_timeline(db.session.get(Alumnus, alumnus_id))
                  if e.title.startswith(f"Referral #{referral_id} overdue")]
        assert late.badge == "danger"

    staff.post(f"/recovery/referrals/{referral_id}/step",
               data={"step": "booked", "day": (today + timedelta(days=2)).isoformat()})
    with app.app_context():
        case = _reminder(alumnus_id)
        assert case.status == FollowUpStatus.RESOLVED and case.outcome == "next step recorded"
        enqueue("workers.referrals.remind_overdue_referrals", queue="periodic")
    run_jobs()
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(FollowUp.id)).where(
            FollowUp.reason == FollowUpReason.REFERRAL_DUE)) == 1, "nothing late now: no new reminder"


def test_an_appointment_day_passed_with_no_outcome_is_a_reminder_and_a_no_show_settles_it(app, run_jobs):
    with app.app_context():
        alumnus_id = make_alumnus().id
        today = centre_today()
        staff = make_user("staff")
        referral = refer(alumnus_id, referred_to="De-addiction OPD", reason="Relapse", on=today - timedelta(days=5),
                         by=staff)
        record_step(referral.id, "booked", day=today - timedelta(days=1), by=staff)
        referral_id, staff_id = referral.id, staff.id
        enqueue("workers.referrals.remind_overdue_referrals", queue="periodic")
    run_jobs()
    with app.app_context():
        assert "passed with no outcome recorded" in _reminder(alumnus_id).note
        record_step(referral_id, "no_show", by=db.session.get(User, staff_id))
        assert _reminder(alumnus_id).status == FollowUpStatus.RESOLVED


# --- re-admission pauses the plan; the discharge restarts it ------------------------------

def _planned(discharged_days_ago: int) -> int:
    alumnus = make_alumnus(first_name="Kiran", discharge_date=centre_today() - timedelta(days=discharged_days_ago))
    attach_plan(alumnus, ensure_default_plan())
    db.session.commit()
    return alumnus.id


def _next_scheduled(alumnus_id: int) -> CheckIn:
    """The next plan check-in (the recovery monitor's steps fall between them)."""
    db.session.expire_all()
    return db.session.scalar(db.select(CheckIn).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED,
        CheckIn.template_key == "checkin").order_by(CheckIn.due_at))


def test_readmission_pauses_their_check_ins_and_the_discharge_plans_the_rest_from_the_new_date(
        app, make_app, login_as):
    daytime = make_app(QUIET_HOURS="none")  # the check-in may go whatever the hour the test runs
    with app.app_context():
        alumnus_id = _planned(discharged_days_ago=20)
        staff = make_user("coordinator", email="rekha@example.org")
        referral = refer(alumnus_id, referred_to="Residential ward", reason="Daily use again", by=staff)
        referral_id, staff_id = referral.id, staff.id
        day_30 = _next_scheduled(alumnus_id)
        day_30_id, day_30_due = day_30.id, day_30.due_at
    client = login_as("staff")
    client.post(f"/recovery/referrals/{referral_id}/step", data={"step": "readmitted", "day": ""})

    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "paused"
        paused = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.paused", alumnus_id=alumnus_id))
        assert paused.detail["reason"] == f"Re-admitted for treatment (referral #{referral_id})"
        # The day-30 check-in falls due while they are in treatment: the dispatcher and the
        # sender skip it, nothing is sent and nothing is saved up.
        dispatch_checkins([day_30_id], now=day_30_due + timedelta(minutes=1))
    run_jobs_in(app)
    with app.app_context():
        skipped = db.session.get(CheckIn, day_30_id)
        assert skipped.status == CheckInStatus.SKIPPED and skipped.sent_at is None

        discharged_on = centre_today()
        record_step(referral_id, "discharged", day=discharged_on, by=db.session.get(User, staff_id))
        alumnus = db.session.get(Alumnus, alumnus_id)
        assert (alumnus.status, alumnus.discharge_date) == ("active", discharged_on)
        assert db.session.get(CheckIn, day_30_id).status == CheckInStatus.SKIPPED, "the past is kept"
        following = _next_scheduled(alumnus_id)
        # The plan starts over: day 1 counted from the new discharge, at their preferred hour,
        # though the earlier stay's day-1 check-in went long ago.
        local_due = datetime.combine(discharged_on + timedelta(days=1), datetime.min.time())
        assert abs((following.due_at - local_due).total_seconds()) < 36 * 3600
        assert db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(
            CheckIn.alumnus_id == alumnus_id, CheckIn.plan_step_id == following.plan_step_id)) == 2
        resumed = db.session.scalar(db.select(AuditEvent).filter_by(action="alumnus.resumed", alumnus_id=alumnus_id))
        assert resumed.detail["reason"] == f"Discharged after re-admission (referral #{referral_id})"
        # Sixty days on, its day has come: it goes like any other check-in.
        following.due_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
        following_id = following.id
    with daytime.app_context():
        dispatch_checkins([following_id])
    run_jobs_in(daytime)
    with app.app_context():
        sent = db.session.get(CheckIn, following_id)
        assert sent.status in (CheckInStatus.SENT, CheckInStatus.DELIVERED) and sent.sent_at is not None


def test_a_pause_someone_made_for_another_reason_is_not_lifted_by_the_discharge(app):
    with app.app_context():
        alumnus_id = _planned(discharged_days_ago=20)
        alumnus = db.session.get(Alumnus, alumnus_id)
        alumnus.status = "paused"
        db.session.commit()
        staff = make_user("staff")
        referral = refer(alumnus_id, referred_to="Ward", reason="Relapse", by=staff)
        record_step(referral.id, "readmitted", by=staff)
        assert referral.paused_plan is False
        record_step(referral.id, "discharged", by=staff)
        db.session.expire_all()
        assert db.session.get(Alumnus, alumnus_id).status == "paused"


# --- the dashboard's linkage figures -------------------------------------------------------

def test_the_dashboard_shows_linkage_by_discharge_month_and_managers_download_it(app, login_as):
    with app.app_context():
        today = centre_today()
        staff = make_user("staff")
        discharged = date(today.year, today.month, 1) - timedelta(days=40)
        month = discharged.strftime("%Y-%m")
        for status in ("attended", "declined"):
            alumnus = make_alumnus(discharge_date=discharged)
            db.session.add(RelapseEvent(alumnus_id=alumnus.id, occurred_on=today - timedelta(days=6)))
            db.session.commit()
            referral = refer(alumnus.id, referred_to="OPD", reason="Relapse", on=today - timedelta(days=4), by=staff)
            record_step(referral.id, status, day=today - timedelta(days=1) if status == "attended" else None, by=staff)
    page = login_as("staff").get("/reports/").text
    assert "Linkage back to treatment" in page and month in page and "50%" in page
    csv = login_as("coordinator").get("/recovery/referrals/linkage.csv")
    assert csv.status_code == 200
    assert csv.text.splitlines() == [
        "discharge_month,referrals,reached_treatment,linkage_rate_percent,median_days_relapse_to_treatment,"
        "referrals_timed", f"{month},2,1,50.0,5.0,1"]


def test_erasing_the_record_forgets_where_and_why_they_were_referred_and_keeps_the_outcome(app, login_as):
    with app.app_context():
        alumnus_id = make_alumnus().id
        staff = make_user("staff")
        referral = refer(alumnus_id, referred_to="Dr Rao, Aundh", reason="Told his sister he is drinking",
                         note="Sister will bring him", by=staff)
        record_step(referral.id, "attended", note="Came with his sister", by=staff)
        referral_id = referral.id
    login_as("admin").post(f"/alumni/{alumnus_id}/erase", data={"confirmation": "ERASE"})
    with app.app_context():
        assert db.session.get(Alumnus, alumnus_id).status == "erased"
        [referral] = _referrals(alumnus_id)
        assert (referral.referred_to, referral.reason) == ("", "")
        assert [(s.step, s.note) for s in referral.steps] == [("referred", None), ("attended", None)]
        assert referral.status == "attended" and referral.treated_on is not None, "the outcome still counts"
    assert login_as("staff").get(f"/recovery/referrals/{referral_id}").status_code == 404
