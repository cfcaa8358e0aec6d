"""A crisis nobody acknowledges re-alerts on-call staff and the admins after
CRISIS_ACK_MINUTES; acknowledging stops it."""
from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import FollowUp, FollowUpReason, utcnow
from alumni.redis_conn import get_redis
from alumni.workspace import followups
from tests.support.accounts import make_user
from tests.support.factories import make_alumnus
from workers.followups import realert_crises


def _old_crisis(minutes=20):
    alumnus = make_alumnus()
    case, _ = open_case(alumnus.id, FollowUpReason.CRISIS)
    case.opened_at = utcnow() - timedelta(minutes=minutes)
    db.session.commit()
    return case


def _outbox():
    from alumni.delivery.transports.console import recorded_messages
    return recorded_messages(get_redis())


def test_unacknowledged_crisis_realerts_on_call_staff_and_admins_only(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    make_user("admin", phone="+919800000002")
    make_user("staff", phone="+919800000003")          # not on call: not woken
    make_user("coordinator", email="coord@example.org")  # neither
    case = _old_crisis()
    assert realert_crises() == 1
    run_jobs()
    texts = [m for m in _outbox() if m["channel"] == "sms"]
    assert sorted(m["to"] for m in texts) == ["+919800000001", "+919800000002"]
    assert f"#{case.alumnus_id}" in texts[0]["body"]
    # Within the next CRISIS_ACK_MINUTES it does not alert again.
    assert realert_crises() == 0


def test_a_fresh_or_acknowledged_crisis_does_not_realert(app_context):
    make_user("admin", phone="+919800000002")
    _old_crisis(minutes=5)
    acknowledged = _old_crisis(minutes=30)
    followups.acknowledge(acknowledged.id, make_user("staff"))
    assert realert_crises() == 0


def test_realert_repeats_every_ack_period_until_acknowledged(app_context):
    case = _old_crisis(minutes=40)
    assert realert_crises() == 1
    case = db.session.get(FollowUp, case.id)
    case.last_alert_at = utcnow() - timedelta(minutes=16)
    db.session.commit()
    assert realert_crises() == 1


def test_realert_reaches_the_holder_and_says_nobody_has_acknowledged_with_the_case_link(app_context, run_jobs):
    make_user("admin", phone="+919800000002")
    holder = make_user("staff", phone="+919800000004")
    case = _old_crisis()
    followups.assign(case.id, holder.id, make_user("coordinator"))  # assigning is not acknowledging
    assert realert_crises() == 1
    run_jobs()
    texts = [m for m in _outbox() if m["channel"] == "sms"]
    assert sorted(m["to"] for m in texts) == ["+919800000002", "+919800000004"]
    assert all("Nobody has acknowledged it yet" in m["body"] and f"/workspace/cases/{case.id}" in m["body"]
               for m in texts)


def test_realert_goes_to_whoever_the_rota_has_on_call_now(app_context, run_jobs):
    from alumni.models import OnCallShift
    nurse = make_user("staff", phone="+919800000005")
    db.session.add_all([OnCallShift(user_id=nurse.id, weekday=day, start_hour=0, end_hour=24) for day in range(7)])
    db.session.commit()
    _old_crisis()
    assert realert_crises() == 1
    run_jobs()
    assert [m["to"] for m in _outbox() if m["channel"] == "sms"] == ["+919800000005"]


def test_realert_jobs_wait_on_the_alerts_queue(app_context):
    from alumni.jobs import ALERTS, get_queue
    make_user("admin", phone="+919800000002")
    _old_crisis()
    realert_crises()
    assert len(get_queue(ALERTS).get_jobs()) == 2  # SMS and email
