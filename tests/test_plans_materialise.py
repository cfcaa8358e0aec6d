"""Attaching a plan materialises one check-in per step; re-planning changes only the future."""
from datetime import date, datetime, timedelta

from alumni.extensions import db
from alumni.models import AlumnusStatus, CheckIn, CheckInStatus, MessageTemplate, Plan
from alumni.plans.plan_bulk import attach_plan_bulk
from alumni.plans.plans import (
    DEFAULT_DAY_OFFSETS,
    DEFAULT_MONITOR_DAY_OFFSETS,
    LATE_ENROLMENT,
    attach_plan,
    ensure_default_plan,
    replan_future,
)
from alumni.plans.render import render_checkin
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)  # 11:30 in Kolkata


def _checkins(alumnus):
    return list(db.session.scalars(db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id)
                                   .order_by(CheckIn.due_at)))


def test_default_plan_has_the_two_year_schedule_and_three_languages(db_session):
    plan = ensure_default_plan()
    assert [s.day_offset for s in plan.steps if s.template_key == "checkin"] == DEFAULT_DAY_OFFSETS
    assert DEFAULT_DAY_OFFSETS[:5] == [1, 3, 7, 14, 30]
    assert DEFAULT_DAY_OFFSETS[-1] == 720
    # The recovery monitor: monthly in months 1-6, then quarterly, after that month's check-in.
    assert [s.day_offset for s in plan.steps if s.template_key == "monitor"] == DEFAULT_MONITOR_DAY_OFFSETS
    assert DEFAULT_MONITOR_DAY_OFFSETS == [33, 63, 93, 123, 153, 183, 273, 363, 453, 543, 633, 723]
    for key in ("checkin", "monitor", "monitor_next"):
        languages = set(db.session.scalars(db.select(MessageTemplate.language).where(MessageTemplate.key == key)))
        assert languages == {"en", "hi", "mr"}


def test_default_plan_is_created_once_and_keeps_edits(db_session):
    plan = ensure_default_plan()
    template = db.session.scalar(db.select(MessageTemplate).where(MessageTemplate.language == "en"))
    template.body = "Edited {{ first_name }}"
    db.session.commit()
    again = ensure_default_plan()
    assert again.id == plan.id
    assert db.session.scalar(db.select(db.func.count()).select_from(Plan)) == 1
    assert db.session.get(MessageTemplate, template.id).body == "Edited {{ first_name }}"


def test_enrolment_creates_one_checkin_per_step_at_ten_local(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    rows = _checkins(alumnus)
    assert len(rows) == len(plan.steps)
    assert all(r.status == CheckInStatus.SCHEDULED for r in rows)
    # day 1 at 10:00 Asia/Kolkata = 04:30 UTC
    assert rows[0].due_at == datetime(2025, 1, 11, 4, 30)
    assert rows[-1].due_at == datetime(2025, 1, 10, 4, 30) + timedelta(days=723)   # the last monitor


def test_late_enrolment_records_past_steps_as_skipped_not_sent(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2024, 12, 31))   # 10 days before NOW
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    rows = _checkins(alumnus)
    skipped = [r for r in rows if r.status == CheckInStatus.SKIPPED]
    assert [r.due_at.date() for r in skipped] == [date(2025, 1, 1), date(2025, 1, 3), date(2025, 1, 7)]
    assert {r.skip_reason for r in skipped} == {LATE_ENROLMENT}
    assert all(r.status == CheckInStatus.SCHEDULED for r in rows if r not in skipped)


def test_changing_the_discharge_date_moves_only_future_checkins(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2024, 12, 31))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    before = {r.id: (r.status, r.due_at, r.skip_reason) for r in _checkins(alumnus)}
    alumnus.discharge_date = date(2025, 1, 5)
    replan_future(alumnus, now=NOW)
    db.session.commit()
    after = {r.id: r for r in _checkins(alumnus)}
    assert set(after) == set(before), "re-planning creates or deletes no rows"
    for row_id, (status, due, reason) in before.items():
        row = after[row_id]
        if status == CheckInStatus.SKIPPED:  # history stays exactly as it was
            assert (row.status, row.due_at, row.skip_reason) == (status, due, reason)
        else:
            assert row.due_at == due + timedelta(days=5)


def test_moving_the_discharge_date_back_skips_steps_now_in_the_past(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    alumnus.discharge_date = date(2025, 1, 5)  # day 1 and day 3 are now behind us
    replan_future(alumnus, now=NOW)
    db.session.commit()
    statuses = [r.status for r in _checkins(alumnus)]
    assert statuses[:2] == [CheckInStatus.SKIPPED, CheckInStatus.SKIPPED]
    assert set(statuses[2:]) == {CheckInStatus.SCHEDULED}


def test_time_zone_and_preferred_hour_change_re_plans(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    alumnus.timezone, alumnus.preferred_hour = "Europe/London", 18
    replan_future(alumnus, now=NOW)
    db.session.commit()
    assert _checkins(alumnus)[0].due_at == datetime(2025, 1, 11, 18, 0)


def test_changing_plan_cancels_the_old_future_and_materialises_the_new(db_session):
    default = ensure_default_plan()
    short = Plan(name="Short")
    from alumni.models import PlanStep
    short.steps = [PlanStep(day_offset=2), PlanStep(day_offset=5)]
    db.session.add(short)
    alumnus = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, default, now=NOW)
    db.session.commit()
    alumnus.plan_id = short.id
    replan_future(alumnus, now=NOW)
    db.session.commit()
    rows = _checkins(alumnus)
    assert sum(r.status == CheckInStatus.CANCELLED for r in rows) == len(default.steps)
    live = [r for r in rows if r.status == CheckInStatus.SCHEDULED]
    assert [r.plan_step_id for r in live] == [s.id for s in short.steps]


def test_withdrawal_cancels_every_scheduled_checkin(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    alumnus.status = AlumnusStatus.WITHDRAWN
    replan_future(alumnus, now=NOW)
    db.session.commit()
    assert {r.status for r in _checkins(alumnus)} == {CheckInStatus.CANCELLED}


def test_bulk_attach_writes_the_same_rows_as_one_at_a_time(db_session):
    plan = ensure_default_plan()
    one = make_alumnus(discharge_date=date(2024, 12, 31))
    many = make_alumnus(discharge_date=date(2024, 12, 31))
    attach_plan(one, plan, now=NOW)
    db.session.commit()
    assert attach_plan_bulk([many.id, one.id], plan, now=NOW).written == len(plan.steps)
    shape = lambda a: [(r.plan_step_id, r.due_at, r.status, r.skip_reason) for r in _checkins(a)]  # noqa: E731
    assert shape(one) == shape(many)
    assert db.session.get(type(many), many.id).plan_id == plan.id


def test_checkin_renders_in_the_alumnus_language(db_session):
    plan = ensure_default_plan()
    alumnus = make_alumnus(first_name="Ravi", language="mr", discharge_date=date(2025, 1, 10))
    attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    message = render_checkin(_checkins(alumnus)[0])
    assert message.channel == "sms" and message.to == alumnus.phone
    assert "Ravi" in message.body and "नमस्कार" in message.body
    assert "1" in message.body and "5" in message.body


def test_discreet_mode_leaves_the_centre_name_out(db_session, app):
    plan = ensure_default_plan()
    open_ = make_alumnus(discharge_date=date(2025, 1, 10))
    quiet = make_alumnus(discharge_date=date(2025, 1, 10), discreet=True)
    for alumnus in (open_, quiet):
        attach_plan(alumnus, plan, now=NOW)
    db.session.commit()
    centre = app.config["CENTRE_NAME"]
    assert centre in render_checkin(_checkins(open_)[0]).body
    body = render_checkin(_checkins(quiet)[0]).body
    assert centre not in body and "Recovery" not in body
    for word in ("addiction", "treatment", "rehab", "recovery", "alcohol", "drug", "sober"):
        assert word not in body.lower()


def test_bulk_attach_audits_each_alumnus_readably(db_session):
    from alumni.models import AuditEvent
    plan = ensure_default_plan()
    late = make_alumnus(discharge_date=date(2024, 12, 31))      # days 1, 3 and 7 already past
    on_time = make_alumnus(discharge_date=date(2025, 1, 10))
    report = attach_plan_bulk([late.id, on_time.id], plan, now=NOW, actor="importer@example.org")
    assert report.written == 2 * len(plan.steps)
    db.session.expire_all()
    events = {e.alumnus_id: e for e in db.session.scalars(
        db.select(AuditEvent).where(AuditEvent.action == "plan.attached"))}
    assert events[late.id].detail == {"plan": plan.name, "created": len(plan.steps), "skipped_late": 3}
    assert events[on_time.id].detail["skipped_late"] == 0
    assert {(e.actor, e.at, e.user_id, e.ip) for e in events.values()} == {("importer@example.org", NOW, None, None)}


def test_bulk_rows_are_stored_as_the_orm_stores_them(db_session):
    """Same stored form (e.g. SQLite's datetime text), so comparisons with bound values and
    the indexes behave the same for bulk-written and one-at-a-time rows."""
    plan = ensure_default_plan()
    one = make_alumnus(discharge_date=date(2025, 1, 10))
    many = make_alumnus(discharge_date=date(2025, 1, 10))
    attach_plan(one, plan, now=NOW)
    db.session.commit()
    attach_plan_bulk([many.id], plan, now=NOW)
    own_columns = ("id", "alumnus_id", "created_at", "updated_at")
    columns = [c.name for c in CheckIn.__table__.columns if c.name not in own_columns]
    stored = db.text(f"SELECT {', '.join(columns)} FROM checkins WHERE alumnus_id = :a ORDER BY id")
    assert db.session.execute(stored, {"a": one.id}).all() == db.session.execute(stored, {"a": many.id}).all()
    first_due = datetime(2025, 1, 11, 4, 30)
    found = db.session.scalars(db.select(CheckIn.alumnus_id).where(CheckIn.due_at == first_due)).all()
    assert sorted(found) == sorted([one.id, many.id])


def test_the_profile_shows_steps_skipped_at_enrolment_as_one_line(app, login_as):
    with app.app_context():
        plan = ensure_default_plan()
        alumnus = make_alumnus(first_name="Kiran", discharge_date=date.today() - timedelta(days=15))
        attach_plan(alumnus, plan)
        db.session.commit()
        alumnus_id = alumnus.id
    page = login_as("staff").get(f"/alumni/{alumnus_id}")
    assert page.status_code == 200
    timeline = page.text.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    assert "4 earlier steps skipped: enrolled after day 14" in timeline
    assert timeline.count("skipped") == 1 and LATE_ENROLMENT not in timeline, "one line, not one per step"
