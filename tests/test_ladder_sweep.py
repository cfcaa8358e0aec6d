"""The sweeper: unanswered check-ins become missed, climb the non-response ladder
(nudge on the next consented channel, then a call task) and open `missed` cases after N
misses in a row. It never closes anything."""
from datetime import timedelta

from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInKind, CheckInStatus, FollowUp, FollowUpReason, FollowUpStatus, utcnow
from alumni.models.followup import LadderRung
from alumni.plans.plans import ensure_default_plan
from alumni.workspace.followup_sweeps import sweep_replies
from tests.support.factories import make_alumnus

ALL = (Channel.SMS, Channel.WHATSAPP, Channel.EMAIL)


def _sent(alumnus, hours_ago=50, channel="sms", kind=CheckInKind.CHECKIN, step=None, status=CheckInStatus.SENT):
    now = utcnow()
    row = CheckIn(alumnus_id=alumnus.id, kind=kind, channel=channel, due_at=now - timedelta(hours=hours_ago),
                  sent_at=now - timedelta(hours=hours_ago), status=status, reply_window_hours=48,
                  plan_step_id=step.id if step else None)
    db.session.add(row)
    db.session.commit()
    return row


def _plan(max_nudges=1, misses=2, channels="sms,whatsapp,email"):
    plan = ensure_default_plan()
    plan.ladder_max_nudges = max_nudges
    plan.ladder_channels = channels
    for step in plan.steps:
        step.misses_before_case = misses
    db.session.commit()
    return plan


def test_a_checkin_inside_its_reply_window_is_left_alone(db_session):
    alumnus = make_alumnus(consent=ALL)
    row = _sent(alumnus, hours_ago=10)
    assert sweep_replies().missed == 0
    assert db.session.get(CheckIn, row.id).status == CheckInStatus.SENT


def test_unanswered_sms_checkin_is_missed_and_nudged_on_whatsapp(db_session):
    plan = _plan(misses=5)
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    row = _sent(alumnus, step=plan.steps[0])
    report = sweep_replies()
    assert report.missed == 1 and report.nudges == 1
    assert db.session.get(CheckIn, row.id).status == CheckInStatus.MISSED
    nudge = db.session.scalar(db.select(CheckIn).where(CheckIn.kind == CheckInKind.NUDGE))
    assert (nudge.channel, nudge.alumnus_id) == ("whatsapp", alumnus.id)
    # handed to the dispatcher now, or held for the morning inside quiet hours
    assert nudge.status in (CheckInStatus.QUEUED, CheckInStatus.SCHEDULED)
    # Running again changes nothing: the rung is recorded once.
    assert sweep_replies().nudges == 0
    assert db.session.scalar(db.select(db.func.count()).select_from(LadderRung)) == 1


def test_unanswered_nudge_opens_a_call_task_in_the_queue(db_session):
    plan = _plan(misses=5)
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    _sent(alumnus, step=plan.steps[0])
    sweep_replies()
    nudge = db.session.scalar(db.select(CheckIn).where(CheckIn.kind == CheckInKind.NUDGE))
    nudge.status, nudge.due_at = CheckInStatus.DELIVERED, utcnow() - timedelta(hours=49)
    nudge.sent_at = nudge.due_at
    db.session.commit()
    report = sweep_replies()
    assert report.call_tasks == 1
    case = db.session.scalar(db.select(FollowUp))
    assert case.reason == FollowUpReason.MISSED and case.status == FollowUpStatus.OPEN
    assert "SMS, WhatsApp" in case.note


def test_without_another_consented_channel_the_call_task_comes_at_once(db_session):
    plan = _plan(misses=5)
    alumnus = make_alumnus(consent=(Channel.SMS,), plan_id=plan.id)
    _sent(alumnus, step=plan.steps[0])
    report = sweep_replies()
    assert report.nudges == 0 and report.call_tasks == 1


def test_a_replied_nudge_stops_the_ladder(db_session):
    plan = _plan(misses=5)
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    _sent(alumnus, step=plan.steps[0])
    sweep_replies()
    nudge = db.session.scalar(db.select(CheckIn).where(CheckIn.kind == CheckInKind.NUDGE))
    nudge.status = CheckInStatus.REPLIED
    db.session.commit()
    assert sweep_replies().call_tasks == 0
    assert db.session.scalar(db.select(FollowUp)) is None


def test_two_misses_in_a_row_open_a_missed_case_per_the_plan_step(db_session):
    plan = _plan(channels="", misses=2)  # ladder off: only the N-misses rule
    plan.ladder_max_nudges = 0
    db.session.commit()
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    _sent(alumnus, hours_ago=400, step=plan.steps[0], status=CheckInStatus.MISSED)
    _sent(alumnus, step=plan.steps[1])
    report = sweep_replies()
    assert report.cases_opened == 1
    assert db.session.scalar(db.select(FollowUp)).reason == FollowUpReason.MISSED


def test_a_reply_between_misses_resets_the_count(db_session):
    plan = _plan(channels="", misses=2)
    plan.ladder_max_nudges = 0
    db.session.commit()
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    _sent(alumnus, hours_ago=800, step=plan.steps[0], status=CheckInStatus.MISSED)
    _sent(alumnus, hours_ago=400, step=plan.steps[1], status=CheckInStatus.REPLIED)
    _sent(alumnus, step=plan.steps[2])
    report = sweep_replies()
    assert report.missed == 1 and report.cases_opened == 0 and report.call_tasks == 1


def test_the_sweeper_never_closes_a_case(db_session):
    plan = _plan()
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id)
    from alumni.core.cases import open_case
    open_case(alumnus.id, FollowUpReason.LOW_SCORE)
    db.session.commit()
    _sent(alumnus, step=plan.steps[0], status=CheckInStatus.REPLIED)
    sweep_replies()
    assert db.session.scalar(db.select(FollowUp)).status == FollowUpStatus.OPEN


def test_paused_alumni_get_no_nudges(db_session):
    plan = _plan(misses=5)
    alumnus = make_alumnus(consent=ALL, plan_id=plan.id, status="paused")
    _sent(alumnus, step=plan.steps[0])
    report = sweep_replies()
    assert report.missed == 1 and report.nudges == 0 and report.call_tasks == 0
