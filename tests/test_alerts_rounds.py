"""A crisis alert goes to whoever is on call (every admin when nobody is) and to the
person holding the case, once per crisis message, ahead of any check-in backlog, and
leads to the case page without quoting the alumnus."""
from __future__ import annotations

from datetime import timedelta

from alumni.core.cases import open_case
from alumni.extensions import db
from alumni.models import Direction, FollowUp, FollowUpReason, Message, utcnow
from alumni.redis_conn import get_redis
from alumni.workspace import followups
from alumni.workspace.alerts import alert_on_call
from tests.support.accounts import make_user
from tests.support.delivery import queued_checkin
from tests.support.factories import make_alumnus


def _outbox() -> list[dict]:
    """What the console transport sent, oldest first."""
    from alumni.delivery.transports.console import recorded_messages
    return list(reversed(recorded_messages(get_redis(), limit=1000)))


def _texts_to(number: str) -> list[dict]:
    return [m for m in _outbox() if m["channel"] == "sms" and m["to"] == number]


def _crisis_message(alumnus, body="I want to end it tonight", at=None) -> Message:
    message = Message(direction=Direction.INBOUND, channel="sms", alumnus_id=alumnus.id if alumnus else None,
                      from_addr=alumnus.phone if alumnus else "+919876500000", body=body,
                      created_at=at or utcnow())
    db.session.add(message)
    db.session.commit()
    return message


def _crisis(alumnus=None, body="I want to end it tonight"):
    alumnus = alumnus or make_alumnus(first_name="Asha")
    message = _crisis_message(alumnus, body)
    case, _ = open_case(alumnus.id, FollowUpReason.CRISIS, message_id=message.id)
    db.session.commit()
    return case, message


def test_a_second_crisis_message_on_the_same_case_alerts_again(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    case, first = _crisis()
    alert_on_call(case.id, message_id=first.id)
    run_jobs()
    assert len(_texts_to("+919800000001")) == 1
    second = _crisis_message(case.alumnus, "still feel like dying")
    alert_on_call(case.id, message_id=second.id)
    run_jobs()
    assert len(_texts_to("+919800000001")) == 2


def test_a_crisis_message_after_an_acknowledgement_still_alerts(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    case, first = _crisis()
    followups.acknowledge(case.id, make_user("staff"))
    later = _crisis_message(case.alumnus, "it is worse now", at=utcnow() + timedelta(seconds=1))
    alert_on_call(case.id, message_id=later.id)
    run_jobs()
    assert len(_texts_to("+919800000001")) == 1


def test_an_acknowledgement_after_the_message_stops_its_alert(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    case, first = _crisis()
    alert_on_call(case.id, message_id=first.id)
    followups.acknowledge(case.id, make_user("staff"))
    run_jobs()
    assert _texts_to("+919800000001") == []


def test_the_person_holding_the_case_is_alerted_as_well_as_on_call_staff(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    holder = make_user("staff", phone="+919800000002")
    make_user("staff", phone="+919800000003")  # neither on call nor holding it: not woken
    case, message = _crisis()
    followups.claim(case.id, holder)
    later = _crisis_message(case.alumnus, "please call", at=utcnow() + timedelta(seconds=1))
    alert_on_call(case.id, message_id=later.id)
    run_jobs()
    texted = sorted(m["to"] for m in _outbox() if m["channel"] == "sms")
    assert texted == ["+919800000001", "+919800000002"]
    emailed = [m["to"] for m in _outbox() if m["channel"] == "email"]
    assert emailed.count(holder.email) == 1  # once, even though they are holder and acknowledger


def test_when_nobody_is_on_call_every_active_admin_is_alerted_at_once(app_context, run_jobs):
    make_user("admin", phone="+919800000011")
    make_user("admin", phone="+919800000012")
    make_user("admin", phone="+919800000013", active=False)
    make_user("staff", phone="+919800000014")
    make_user("coordinator", phone="+919800000015")
    case, message = _crisis()
    alert_on_call(case.id, message_id=message.id)
    run_jobs()
    assert sorted(m["to"] for m in _outbox() if m["channel"] == "sms") == ["+919800000011", "+919800000012"]


def test_the_alert_links_to_the_case_page_and_never_quotes_the_words_or_the_number(app_context, run_jobs):
    make_user("staff", phone="+919800000001", email="oncall@example.org", on_call=True)
    alumnus = make_alumnus(first_name="Asha")
    case, message = _crisis(alumnus, body="I want to end it tonight")
    alert_on_call(case.id, message_id=message.id)
    run_jobs()
    sent = _outbox()
    assert {m["channel"] for m in sent} == {"sms", "email"}
    for alert in sent:
        assert f"http://localhost/workspace/cases/{case.id}" in alert["body"]
        assert f"/alumni/{alumnus.id}" not in alert["body"]
        assert "Asha" in alert["body"] and f"#{alumnus.id}" in alert["body"]
        assert "end it tonight" not in alert["body"] + alert["subject"]
        assert alumnus.phone not in alert["body"] + alert["subject"]
        assert "acknowledge" in alert["body"]


def test_a_crisis_from_an_unknown_number_alerts_with_a_link_to_its_case(app_context, run_jobs):
    make_user("staff", phone="+919800000001", on_call=True)
    message = _crisis_message(None, body="who is this, I want to die")
    case = FollowUp(alumnus_id=None, reason=FollowUpReason.CRISIS, priority=0, message_id=message.id)
    db.session.add(case)
    db.session.commit()
    alert_on_call(case.id, message_id=message.id)
    run_jobs()
    [alert] = _texts_to("+919800000001")
    assert "a crisis text from an unknown number" in alert["body"]
    assert f"/workspace/cases/{case.id}" in alert["body"]
    assert "+919876500000" not in alert["body"] and "want to die" not in alert["body"]


def test_an_alert_is_sent_before_a_backlog_of_check_ins(app, make_app):
    from tests.support.delivery import run_jobs_in
    daytime = make_app(QUIET_HOURS="none")  # the check-ins may go whatever the hour the test runs
    with daytime.app_context():
        make_user("staff", phone="+919800000001", on_call=True)
        for _ in range(5):
            queued_checkin(make_alumnus())
        case, message = _crisis()
        alert_on_call(case.id, message_id=message.id)
    run_jobs_in(daytime)
    with daytime.app_context():
        texts = [m for m in _outbox() if m["channel"] == "sms"]
    assert len(texts) == 6
    assert texts[0]["to"] == "+919800000001" and "URGENT" in texts[0]["body"]


def test_every_worker_takes_the_alerts_queue_first_whatever_order_it_is_given():
    from alumni.jobs import ALERTS, ALL_QUEUES
    from workers.cli import serving_order
    assert ALL_QUEUES[0] == ALERTS                      # `flask worker`, `make run`, the test worker
    assert serving_order(()) == list(ALL_QUEUES)
    assert serving_order(("outreach", "alerts")) == ["alerts", "outreach"]
    assert serving_order(("periodic", "custom")) == ["periodic", "custom"]
