"""The on-call rota: who is on call at a moment, the admin's rota page, the warning in
the header and in /healthz when nobody is, and alerts following the rota."""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from alumni.domain.on_call import Shift, ShiftError, on_call_at, shifts_for, uncovered_hours
from alumni.extensions import db
from alumni.models import AuditEvent, OnCallShift
from tests.support.accounts import make_user

IST = ZoneInfo("Asia/Kolkata")


def _at(weekday_date: str, hh_mm: str) -> datetime:
    return datetime.fromisoformat(f"{weekday_date}T{hh_mm}").replace(tzinfo=IST)


# --- who is on call at a moment (pure) ------------------------------------------------

MONDAY = "2026-11-30"
TUESDAY = "2026-12-01"
SUNDAY = "2026-12-06"


def test_a_shift_covers_from_its_start_hour_up_to_but_not_including_its_end():
    day_shift = [Shift(1, 0, 9, 17)]
    assert on_call_at(day_shift, _at(MONDAY, "08:59")) == set()
    assert on_call_at(day_shift, _at(MONDAY, "09:00")) == {1}
    assert on_call_at(day_shift, _at(MONDAY, "16:59")) == {1}
    assert on_call_at(day_shift, _at(MONDAY, "17:00")) == set()
    assert on_call_at(day_shift, _at(TUESDAY, "10:00")) == set()


def test_24_is_the_end_of_the_day_and_a_night_shift_is_two_rows():
    rows = shifts_for([6], 22, 6)  # Sunday night into Monday morning
    assert rows == [(6, 22, 24), (0, 0, 6)]
    shifts = [Shift(7, *row) for row in rows]
    assert on_call_at(shifts, _at(SUNDAY, "23:59")) == {7}
    assert on_call_at(shifts, _at(MONDAY, "00:00")) == {7}
    assert on_call_at(shifts, _at(MONDAY, "05:59")) == {7}
    assert on_call_at(shifts, _at(MONDAY, "06:00")) == set()
    assert shifts_for([0, 2], 8, 0) == [(0, 8, 24), (2, 8, 24)]  # 0 as the end is midnight
    assert shifts_for([3], 0, 24) == [(3, 0, 24)]


@pytest.mark.parametrize("weekdays,start,end", [([], 9, 17), ([7], 9, 17), ([1], 24, 6), ([1], 9, 25), ([1], 9, 9)])
def test_impossible_shifts_are_refused_in_words(weekdays, start, end):
    with pytest.raises(ShiftError):
        shifts_for(weekdays, start, end)


def test_uncovered_hours_name_the_gaps_of_a_day():
    assert uncovered_hours([Shift(1, 0, 9, 17), Shift(2, 0, 16, 20)], 0) == [(0, 9), (20, 24)]
    assert uncovered_hours([], 3) == [(0, 24)]


# --- the rota page --------------------------------------------------------------------

def _local_now(app) -> datetime:
    return datetime.now(UTC).astimezone(ZoneInfo(app.config["DEFAULT_TIMEZONE"]))


def test_an_admin_adds_a_shift_sees_it_per_weekday_and_removes_it_all_audited(app, login_as):
    admin = login_as("admin")
    with app.app_context():
        nurse = make_user("staff", name="Nurse Kavita", phone="+919800000001")
        nurse_id = nurse.id
    response = admin.post("/admin/on-call", data={"user": nurse_id, "weekday": ["0", "2"],
                                                  "start_hour": "22", "end_hour": "6"}, follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "Added 4 shifts" in html
    with app.app_context():
        rows = sorted((s.weekday, s.start_hour, s.end_hour) for s in db.session.scalars(db.select(OnCallShift)))
        assert rows == [(0, 22, 24), (1, 0, 6), (2, 22, 24), (3, 0, 6)]
        shift_id = db.session.scalar(db.select(OnCallShift.id).where(OnCallShift.weekday == 1))
    assert "22:00–24:00 Nurse Kavita" in html and "00:00–06:00 Nurse Kavita" in html
    admin.post(f"/admin/on-call/{shift_id}/remove")
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(OnCallShift.id))) == 3
        actions = list(db.session.scalars(db.select(AuditEvent.action).where(AuditEvent.action.like("on_call.%"))
                                          .order_by(AuditEvent.id)))
        assert actions == ["on_call.shift_added", "on_call.shift_removed"]


def test_a_bad_shift_is_explained_and_changes_nothing(app, login_as):
    admin = login_as("admin")
    with app.app_context():
        nurse_id = make_user("staff").id
    response = admin.post("/admin/on-call", data={"user": nurse_id, "start_hour": "9", "end_hour": "17"})
    assert response.status_code == 422
    assert "Choose at least one weekday." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(OnCallShift.id))) == 0


@pytest.mark.parametrize("role", ["staff", "coordinator"])
def test_only_admins_may_open_or_change_the_rota(app, login_as, role):
    client = login_as(role)
    with app.app_context():
        someone = make_user("staff").id
    assert client.get("/admin/on-call").status_code == 403
    assert client.post("/admin/on-call", data={"user": someone, "weekday": "0", "start_hour": "0",
                                               "end_hour": "24"}).status_code == 403
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(OnCallShift.id))) == 0


def test_the_rota_form_needs_its_csrf_token(app, login_as):
    admin = login_as("admin")
    with app.app_context():
        nurse_id = make_user("staff").id
    response = admin.post("/admin/on-call", data={"user": nurse_id, "weekday": "0", "start_hour": "0",
                                                  "end_hour": "24"}, with_csrf=False)
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count(OnCallShift.id))) == 0


# --- nobody on call: the header and /healthz --------------------------------------------

def _whole_week(user_id: int) -> None:
    db.session.add_all([OnCallShift(user_id=user_id, weekday=day, start_hour=0, end_hour=24) for day in range(7)])
    db.session.commit()


def test_every_signed_in_page_warns_when_nobody_is_on_call(app, login_as):
    staff = login_as("staff")
    page = staff.get("/workspace/").get_data(as_text=True)
    assert "Nobody is on call now." in page and "Ask an admin to fill the on-call rota" in page
    admin_page = login_as("admin").get("/workspace/").get_data(as_text=True)
    assert 'href="/admin/on-call"' in admin_page
    with app.app_context():
        _whole_week(make_user("staff").id)
    assert "Nobody is on call now." not in staff.get("/workspace/").get_data(as_text=True)


def test_the_always_on_call_box_counts_as_someone_on_call(app, login_as):
    staff = login_as("staff")
    with app.app_context():
        make_user("staff", on_call=True)
    assert "Nobody is on call now." not in staff.get("/workspace/").get_data(as_text=True)


def test_a_deactivated_persons_shift_leaves_nobody_on_call(app, login_as):
    staff = login_as("staff")
    with app.app_context():
        _whole_week(make_user("staff", active=False).id)
    assert "Nobody is on call now." in staff.get("/workspace/").get_data(as_text=True)


def test_the_sign_in_page_shows_no_on_call_warning(client):
    assert "Nobody is on call" not in client.get("/login").get_data(as_text=True)


def test_healthz_warns_when_nobody_is_on_call_without_failing_on_it(app, client):
    report = client.get("/healthz").json
    assert report["on_call"] == {"ok": False, "warning": "nobody is on call"}
    with app.app_context():
        _whole_week(make_user("staff").id)
    assert client.get("/healthz").json["on_call"] == {"ok": True}


# --- alerts follow the rota -------------------------------------------------------------

def test_a_crisis_alerts_whoever_the_rota_has_on_call_this_hour(app_context, run_jobs):
    from alumni.core.cases import open_case
    from alumni.delivery.transports.console import recorded_messages
    from alumni.models import FollowUpReason
    from alumni.redis_conn import get_redis
    from alumni.workspace.alerts import alert_on_call
    from tests.support.factories import make_alumnus
    local = _local_now(app_context)
    on_shift = make_user("staff", phone="+919800000001")
    off_shift = make_user("staff", phone="+919800000002")
    make_user("admin", phone="+919800000003")  # someone is on call: admins are not woken
    db.session.add_all([
        # this hour and the next, so the test does not depend on the minute it runs at
        OnCallShift(user_id=on_shift.id, weekday=local.weekday(), start_hour=local.hour,
                    end_hour=min(local.hour + 2, 24)),
        OnCallShift(user_id=off_shift.id, weekday=(local.weekday() + 3) % 7, start_hour=0, end_hour=24)])
    db.session.commit()
    case, _ = open_case(make_alumnus().id, FollowUpReason.CRISIS)
    db.session.commit()
    alert_on_call(case.id)
    run_jobs()
    assert [m["to"] for m in recorded_messages(get_redis()) if m["channel"] == "sms"] == ["+919800000001"]
