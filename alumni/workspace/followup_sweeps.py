"""What the periodic follow-up jobs do (workers/followups.py only calls these).

- sweep_replies: a check-in or nudge still `sent`/`delivered` after its reply window is
  `missed`; N consecutive missed plan check-ins (PlanStep.misses_before_case) open a
  `missed` case; and each miss climbs the non-response ladder one rung.
- realert_crises: an open crisis nobody acknowledged within CRISIS_ACK_MINUTES alerts the
  on-call staff and the admins again (and again every CRISIS_ACK_MINUTES).
Nothing here ever closes a case. Each row is handled in its own short transaction with a
guarded update, so two sweeps running at once do each piece of work once."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import or_, update

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.core.consent import has_consent
from alumni.domain.checkin_lifecycle import Move, sources, target
from alumni.domain.ladder import LadderSettings, Step, next_rung, parse_channels
from alumni.domain.vocabulary import CHANNEL_WORDS, PREFERRED_CHANNEL, Channel
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    FollowUp,
    FollowUpReason,
    FollowUpStatus,
    MessageTemplate,
    PlanStep,
    utcnow,
)
from alumni.models.followup import LadderAction, LadderRung
from alumni.models.plan import Plan

AWAITING_REPLY = tuple(sorted(sources(Move.MISS)))
CONCLUDED = (CheckInStatus.REPLIED, CheckInStatus.MISSED)
LADDER_KINDS = (CheckInKind.CHECKIN, CheckInKind.NUDGE)
DEFAULT_MISSES_BEFORE_CASE = 2


@dataclass
class SweepReport:
    missed: int = 0
    cases_opened: int = 0
    nudges: int = 0
    call_tasks: int = 0
    nudge_ids: list[int] = field(default_factory=list)


def sweep_replies(now: datetime | None = None, batch_size: int = 500) -> SweepReport:
    now = now or utcnow()
    report = SweepReport()
    # The shortest possible window bounds the scan; each row's own window decides.
    candidates = db.session.execute(
        db.select(CheckIn.id, CheckIn.sent_at, CheckIn.due_at, CheckIn.reply_window_hours)
        .where(CheckIn.status.in_(AWAITING_REPLY), CheckIn.kind.in_(LADDER_KINDS),
               CheckIn.due_at <= now - timedelta(hours=1))
        .order_by(CheckIn.due_at).limit(batch_size)).all()
    for checkin_id, sent_at, due_at, window in candidates:
        if (sent_at or due_at) + timedelta(hours=window) > now:
            continue
        if _mark_missed(checkin_id, report, now):
            report.missed += 1
    return report


def _mark_missed(checkin_id: int, report: SweepReport, now: datetime) -> bool:
    moved = db.session.execute(
        update(CheckIn).where(CheckIn.id == checkin_id, CheckIn.status.in_(AWAITING_REPLY))
        .values(status=target(Move.MISS), updated_at=now)).rowcount
    if not moved:
        db.session.rollback()
        return False  # a reply or another sweeper got there first
    checkin = db.session.get(CheckIn, checkin_id)
    db.session.refresh(checkin)
    audit("checkin.missed", alumnus_id=checkin.alumnus_id, actor="sweeper",
          detail={"checkin_id": checkin.id, "kind": checkin.kind})
    alumnus = db.session.get(Alumnus, checkin.alumnus_id)
    if checkin.kind == CheckInKind.CHECKIN and _consecutive_misses_reached(checkin):
        _, created = open_case(checkin.alumnus_id, FollowUpReason.MISSED, checkin_id=checkin.id,
                               note="Several check-ins in a row went unanswered.", actor="sweeper")
        report.cases_opened += int(created)
    nudge_id = None
    if alumnus is not None and alumnus.status == AlumnusStatus.ACTIVE:
        nudge_id = _climb_ladder(checkin, alumnus, report, now)
    db.session.commit()  # the miss, any case, the nudge and its rung: together or not at all
    if nudge_id is not None:
        from alumni.delivery.dispatcher import dispatch_checkins
        dispatch_checkins([nudge_id], now)  # if it dies first, the periodic dispatcher sends it
    return True


def _consecutive_misses_reached(checkin: CheckIn) -> bool:
    step = db.session.get(PlanStep, checkin.plan_step_id) if checkin.plan_step_id else None
    needed = step.misses_before_case if step else DEFAULT_MISSES_BEFORE_CASE
    if needed <= 0:
        return False
    latest = db.session.scalars(
        db.select(CheckIn.status).where(CheckIn.alumnus_id == checkin.alumnus_id,
                                        CheckIn.kind == CheckInKind.CHECKIN,
                                        CheckIn.status.in_(CONCLUDED), CheckIn.due_at <= checkin.due_at)
        .order_by(CheckIn.due_at.desc(), CheckIn.id.desc()).limit(needed)).all()
    return len(latest) == needed and all(s == CheckInStatus.MISSED for s in latest)


def ladder_settings(plan: Plan | None) -> LadderSettings:
    if plan is None:
        return LadderSettings()
    try:
        channels = parse_channels(plan.ladder_channels)
    except ValueError:
        channels = LadderSettings().channels
    return LadderSettings(channels=channels, max_nudges=plan.ladder_max_nudges)


def _reachable_channels(alumnus: Alumnus) -> set[str]:
    address = {Channel.SMS: alumnus.phone, Channel.WHATSAPP: alumnus.phone, Channel.EMAIL: alumnus.email}
    return {c for c, to in address.items() if to and has_consent(alumnus.id, c)}


def _channel_of(checkin: CheckIn, alumnus: Alumnus) -> str:
    return alumnus.preferred_channel if checkin.channel == PREFERRED_CHANNEL else checkin.channel


def _climb_ladder(missed: CheckIn, alumnus: Alumnus, report: SweepReport, now: datetime) -> int | None:
    """The next rung after a miss (in the caller's transaction): the new nudge's id, or None
    when the rung is a call task or there is none."""
    if missed.kind == CheckInKind.NUDGE:
        below = db.session.scalar(db.select(LadderRung).where(LadderRung.nudge_checkin_id == missed.id))
        if below is None:
            return None  # a nudge staff sent by hand: not part of a ladder
        origin = db.session.get(CheckIn, below.origin_checkin_id)
    else:
        origin = missed
    rungs = db.session.scalars(db.select(LadderRung).where(LadderRung.origin_checkin_id == origin.id)
                               .order_by(LadderRung.rung)).all()
    if any(r.action == LadderAction.CALL_TASK for r in rungs):
        return None
    step = db.session.get(PlanStep, origin.plan_step_id) if origin.plan_step_id else None
    plan = db.session.get(Plan, step.plan_id) if step else (
        db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None)
    tried = [_channel_of(origin, alumnus)] + [r.channel for r in rungs if r.action == LadderAction.NUDGE]
    decision = next_rung(ladder_settings(plan), tried=tried, consented=_reachable_channels(alumnus))
    number = len(rungs) + 1
    if decision.step == Step.NUDGE:
        nudge = _add_nudge(alumnus, origin, decision.channel, now)
        if nudge is not None:
            db.session.add(LadderRung(alumnus_id=alumnus.id, origin_checkin_id=origin.id, rung=number,
                                      action=LadderAction.NUDGE, channel=decision.channel,
                                      nudge_checkin_id=nudge.id, created_at=now))
            audit("ladder.nudge", alumnus_id=alumnus.id, actor="sweeper",
                  detail={"checkin_id": origin.id, "nudge_checkin_id": nudge.id, "channel": decision.channel})
            report.nudges += 1
            report.nudge_ids.append(nudge.id)
            return nudge.id
        # The nudge could not go (no address, template, ...): straight to a person.
    tried_words = ", ".join(CHANNEL_WORDS.get(c, c) for c in tried)
    case, _ = open_case(alumnus.id, FollowUpReason.MISSED, checkin_id=origin.id, actor="sweeper",
                        note=f"No reply to the check-in or nudges (tried {tried_words}). Please call.")
    db.session.add(LadderRung(alumnus_id=alumnus.id, origin_checkin_id=origin.id, rung=number,
                              action=LadderAction.CALL_TASK, followup_id=case.id, created_at=now))
    audit("ladder.call_task", alumnus_id=alumnus.id, actor="sweeper",
          detail={"checkin_id": origin.id, "followup_id": case.id})
    report.call_tasks += 1
    return None


def _add_nudge(alumnus: Alumnus, origin: CheckIn, channel: str, now: datetime) -> CheckIn | None:
    """A nudge is an ordinary CheckIn of kind "nudge" made by check-in-now's rules:
    consent, quiet hours (deferred to the morning), rendering and the send job all apply --
    the one sending path. It is added in the sweeper's transaction, so the nudge and its
    rung are committed together: a crash cannot leave a nudge the ladder does not know.
    None when it is refused (nothing was added); the caller opens a call task instead."""
    from alumni.delivery.checkin_now import DEFER, CheckInRefused, add_checkin_now
    template_key = origin.template_key
    if db.session.scalar(db.select(MessageTemplate.id).where(MessageTemplate.key == "nudge").limit(1)):
        template_key = "nudge"
    try:
        return add_checkin_now(alumnus, template_key=template_key, kind=CheckInKind.NUDGE, channel=channel,
                               now=now, when_quiet=DEFER, reply_window_hours=origin.reply_window_hours,
                               actor="sweeper")
    except CheckInRefused:
        return None  # refused before anything was added


# --- crisis re-alerts -------------------------------------------------------------------

def crises_due_for_realert(now: datetime | None = None) -> list[int]:
    """Mark and return the unacknowledged crisis cases whose last alert (or opening) is at
    least CRISIS_ACK_MINUTES old. The mark commits before any alert is sent, so a second
    sweep does not alert twice."""
    now = now or utcnow()
    cutoff = now - timedelta(minutes=current_app.config["CRISIS_ACK_MINUTES"])
    ids = db.session.scalars(db.select(FollowUp.id).where(
        FollowUp.reason == FollowUpReason.CRISIS, FollowUp.status != FollowUpStatus.RESOLVED,
        FollowUp.acknowledged_at.is_(None),
        or_(FollowUp.last_alert_at <= cutoff,
            (FollowUp.last_alert_at.is_(None)) & (FollowUp.opened_at <= cutoff)))).all()
    marked = []
    for case_id in ids:
        moved = db.session.execute(
            update(FollowUp).where(FollowUp.id == case_id, FollowUp.acknowledged_at.is_(None),
                                   or_(FollowUp.last_alert_at.is_(None), FollowUp.last_alert_at <= cutoff))
            .values(last_alert_at=now)).rowcount
        if moved:
            case = db.session.get(FollowUp, case_id)
            audit("followup.realerted", alumnus_id=case.alumnus_id, actor="sweeper",
                  detail={"followup_id": case_id})
            marked.append(case_id)
        db.session.commit()
    return marked
