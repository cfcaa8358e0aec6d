"""A crisis nobody acknowledges re-alerts on-call staff and the admins after
CRISIS_ACK_MINUTES; acknowledging stops it."""
from datetime import timedelta

from alumni.extensions import db
from alumni.models import FollowUp, FollowUpReason, utcnow
from alumni.redis_conn import get_redis
from alumni.services import followups
from alumni.services.cases import open_case
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
    from alumni.outreach.transports.console import recorded_messages
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
