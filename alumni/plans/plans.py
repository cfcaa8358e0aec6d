"""Follow-up plans: the default plan, attaching a plan to an alumnus, and re-planning.

One CheckIn row per plan step is materialised when a plan is attached. A step whose send
time has already passed is recorded as skipped ("enrolled late"), never sent in a burst.
Re-planning (discharge date, plan, time zone, preferred hour, status changes) touches only
future `scheduled` rows; anything that has happened stays as it was.

attach_plan / replan_future add to the caller's transaction (the enrolment or update
service commits, then enqueues); ensure_default_plan commits its own work by default.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlalchemy import Integer, any_, bindparam, func, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError

from alumni.core.audit import audit
from alumni.core.consent import has_consent
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.message_templates import WELCOME_TEMPLATE_KEY, WELCOME_TEMPLATES
from alumni.domain.monitor_items import MONITOR_TEMPLATE_KEY, MONITOR_TEMPLATES
from alumni.domain.schedule import QuietHours, SendTimeCalculator, local_midnight_utc
from alumni.extensions import db
from alumni.models import (
    PREFERRED_CHANNEL,
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInKind,
    CheckInStatus,
    Plan,
    PlanStep,
    utcnow,
)
from alumni.models.checkin import may_move
from alumni.plans.render import address_for, resolve_channel
from alumni.plans.shipped_templates import add_missing_templates

DEFAULT_PLAN_NAME = "Default follow-up"
CHECKIN_TEMPLATE_KEY = "checkin"
# days 1, 3, 7, 14, 30; then monthly to month 12; then quarterly to month 24 (a month = 30 days)
DEFAULT_DAY_OFFSETS = [1, 3, 7, 14, 30] + [30 * m for m in range(2, 13)] + [30 * m for m in (15, 18, 21, 24)]
# The recovery monitor (alumni/recovery/monitor.py): monthly in months 1-6, then quarterly
# to month 24, three days after that month's check-in so its 48-hour reply window has
# closed and a digit is not read against two questions at once.
DEFAULT_MONITOR_DAY_OFFSETS = [30 * m + 3 for m in (*range(1, 7), 9, 12, 15, 18, 21, 24)]

LATE_ENROLMENT = "enrolled late"
PLAN_STARTED_LATE = "plan attached after this step"
PLAN_CHANGED = "plan changed"
STEP_REMOVED = "step removed from the plan"
MOVED_INTO_PAST = "re-plan moved it into the past"

# Warm, short, non-judgemental; they never name the centre's speciality, and in discreet
# mode centre_name is empty so even the centre's name stays off a shared phone.
DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": ("Checking in",
           "Hi {{ first_name }}, thinking of you today. How are things? "
           "Reply with a number from 1 (a hard time) to 5 (doing well). Any answer is okay."
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
    "hi": ("आपका हालचाल",
           "नमस्ते {{ first_name }}, आज आपकी याद आई। आप कैसे हैं? "
           "1 से 5 में जवाब दें: 1 = मुश्किल समय, 5 = अच्छा समय। हर जवाब ठीक है।"
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
    "mr": ("तुमची खुशाली",
           "नमस्कार {{ first_name }}, आज तुमची आठवण आली. तुम्ही कसे आहात? "
           "1 ते 5 मध्ये उत्तर द्या: 1 = कठीण वेळ, 5 = चांगली वेळ. कोणतेही उत्तर चालेल."
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
}


def quiet_hours() -> QuietHours:
    return QuietHours.parse(current_app.config.get("QUIET_HOURS", "21:00-09:00"))


def ensure_default_plan(commit: bool = True) -> Plan:
    """The default plan and its en/hi/mr "checkin", "welcome" and monitor templates, created once. Idempotent, and
    it never overwrites what an admin has edited. commit=False leaves the commit to the caller."""
    plan = db.session.scalar(db.select(Plan).where(Plan.is_default.is_(True)).limit(1))
    if plan is None:
        plan = db.session.scalar(db.select(Plan).where(Plan.name == DEFAULT_PLAN_NAME))
    created = False
    if plan is None:
        plan = Plan(name=DEFAULT_PLAN_NAME, is_default=True,
                    description="Days 1, 3, 7, 14 and 30, then monthly to month 12, then quarterly "
                                "to month 24: a 'how are you, reply 1-5' check-in each time. The recovery "
                                "monitor three days after the check-in of months 1-6, 9, 12, 15, 18, 21 and 24.")
        plan.steps = [PlanStep(day_offset=day, template_key=CHECKIN_TEMPLATE_KEY) for day in DEFAULT_DAY_OFFSETS]
        plan.steps += [PlanStep(day_offset=day, template_key=MONITOR_TEMPLATE_KEY)
                       for day in DEFAULT_MONITOR_DAY_OFFSETS]
        db.session.add(plan)
        created = True
    if add_missing_templates({CHECKIN_TEMPLATE_KEY: DEFAULT_TEMPLATES, WELCOME_TEMPLATE_KEY: WELCOME_TEMPLATES,
                              **MONITOR_TEMPLATES}):
        created = True
    if not commit:
        db.session.flush()
        return plan
    if created:
        try:
            db.session.commit()
        except IntegrityError:  # another process created them at the same moment
            db.session.rollback()
            return ensure_default_plan(commit=True)
    return plan


@dataclass
class ReplanReport:
    created: int = 0
    skipped_late: int = 0
    moved: int = 0
    cancelled: int = 0
    checkins: list[CheckIn] = field(default_factory=list)

    def as_detail(self) -> dict:
        return {"created": self.created, "skipped_late": self.skipped_late, "moved": self.moved,
                "cancelled": self.cancelled}


def step_row(alumnus_id: int, step: PlanStep, due: datetime, now: datetime, late_reason: str) -> dict:
    """The CheckIn values for one plan step (shared by the one-at-a-time and bulk paths)."""
    late = due <= now
    return {
        "alumnus_id": alumnus_id, "plan_step_id": step.id, "kind": CheckInKind.CHECKIN.value,
        "template_key": step.template_key, "channel": step.channel, "due_at": due,
        "status": target(Move.CREATE_PASSED if late else Move.CREATE).value,
        "skip_reason": late_reason if late else None, "reply_window_hours": step.reply_window_hours,
        "attempts": 0, "created_at": now, "updated_at": now,
    }


def attach_plan(alumnus: Alumnus, plan: Plan, now: datetime | None = None, welcome: bool = False) -> ReplanReport:
    """Put the alumnus on `plan` and materialise its check-ins (caller commits). With
    welcome=True (enrolment) a first-time plan also gets a welcome check-in due now."""
    now = now or utcnow()
    if alumnus.id is None:
        db.session.flush()
    first_time = alumnus.plan_id is None and not _has_plan_rows(alumnus.id)
    alumnus.plan_id = plan.id
    report = _sync_future(alumnus, plan, now, LATE_ENROLMENT if first_time else PLAN_STARTED_LATE)
    detail = {"plan": plan.name, **report.as_detail()}
    if welcome and first_time and may_welcome(alumnus):
        report.checkins.append(add_welcome(alumnus.id, now))
        detail["welcome"] = True
    audit("plan.attached", alumnus_id=alumnus.id, detail=detail)
    return report


def may_welcome(alumnus: Alumnus) -> bool:
    """A welcome only goes where the alumnus said yes: consent on the channel they prefer."""
    channel = resolve_channel(PREFERRED_CHANNEL, alumnus)
    return has_consent(alumnus.id, channel) and bool(address_for(channel, alumnus))


def welcome_row(alumnus_id: int, now: datetime) -> dict:
    """The welcome check-in's values (shared by attach_plan and the bulk path). Due now:
    the dispatcher holds it back to the first allowed minute inside quiet hours. No plan
    step: re-planning leaves it alone, and it never counts as a plan row."""
    return {
        "alumnus_id": alumnus_id, "plan_step_id": None, "kind": CheckInKind.CHECKIN.value,
        "template_key": WELCOME_TEMPLATE_KEY, "channel": PREFERRED_CHANNEL, "due_at": now,
        "status": target(Move.CREATE).value, "skip_reason": None, "reply_window_hours": WELCOME_REPLY_HOURS,
        "attempts": 0, "created_at": now, "updated_at": now,
    }


WELCOME_REPLY_HOURS = 48


def add_welcome(alumnus_id: int, now: datetime) -> CheckIn:
    checkin = CheckIn(**welcome_row(alumnus_id, now))
    db.session.add(checkin)
    db.session.flush()
    return checkin


def replan_future(alumnus: Alumnus, now: datetime | None = None) -> ReplanReport:
    """Bring future scheduled check-ins in line with the alumnus's current plan, discharge
    date, zone, preferred hour and status (caller commits). History is left alone."""
    now = now or utcnow()
    db.session.flush()
    if alumnus.status in (AlumnusStatus.WITHDRAWN, AlumnusStatus.ERASED):
        report = ReplanReport(cancelled=cancel_future(alumnus.id, str(alumnus.status), now=None))
    else:
        plan = db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None
        report = _sync_future(alumnus, plan, now, PLAN_STARTED_LATE)
    if report.created or report.moved or report.cancelled or report.skipped_late:
        audit("plan.replanned", alumnus_id=alumnus.id, detail=report.as_detail())
    return report


def resume_future(alumnus: Alumnus, now: datetime | None = None) -> ReplanReport:
    """After a pause or a withdrawal: plan again the steps still to come (caller commits).
    A step that fell due while contact was stopped gets no new row: what was cancelled or
    skipped then stays the record of it, and nothing is sent late."""
    return _plan_the_rest(alumnus, now)


def restart_plan(alumnus: Alumnus, now: datetime | None = None) -> ReplanReport:
    """After a re-admission and a new discharge: the plan starts over from the new discharge
    date (caller commits). Check-ins due before that day belong to the earlier stay and stay
    as its record; every step whose time, counted from the new date, is still to come gets a
    row of its own, day 1 included. Steps already past on the new count are not sent late."""
    return _plan_the_rest(alumnus, now, since=local_midnight_utc(alumnus.discharge_date, alumnus.timezone))


def _plan_the_rest(alumnus: Alumnus, now: datetime | None, since: datetime | None = None) -> ReplanReport:
    now = now or utcnow()
    db.session.flush()
    plan = db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None
    report = _sync_future(alumnus, plan, now, PLAN_STARTED_LATE, fill_past=False, since=since)
    if report.created or report.moved or report.cancelled or report.skipped_late:
        detail = report.as_detail() if since is None else {**report.as_detail(), "restarted": True}
        audit("plan.replanned", alumnus_id=alumnus.id, detail=detail)
    return report


def cancel_future(alumnus_id: int, reason: str, now: datetime | None = None) -> int:
    """Cancel every scheduled check-in (all kinds) due after `now` (all of them when now is
    None): used on withdrawal and erasure. Returns how many."""
    query = db.update(CheckIn).where(CheckIn.alumnus_id == alumnus_id, may_move(Move.CANCEL))
    if now is not None:
        query = query.where(CheckIn.due_at > now)
    result = db.session.execute(
        query.values(status=target(Move.CANCEL), skip_reason=reason, updated_at=utcnow()),
        execution_options={"synchronize_session": False})
    db.session.expire_all()
    return result.rowcount or 0


def _has_plan_rows(alumnus_id: int) -> bool:
    return db.session.scalar(db.select(CheckIn.id).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.plan_step_id.is_not(None)).limit(1)) is not None


def _sync_future(alumnus: Alumnus, plan: Plan | None, now: datetime, late_reason: str,
                 fill_past: bool = True, since: datetime | None = None) -> ReplanReport:
    """`since`: rows due before it belong to an earlier stay and are left out of the count."""
    report = ReplanReport()
    calc = SendTimeCalculator(quiet_hours())
    query = db.select(CheckIn).where(CheckIn.alumnus_id == alumnus.id, CheckIn.plan_step_id.is_not(None))
    if since is not None:
        query = query.where(CheckIn.due_at >= since)
    rows = list(db.session.scalars(query))
    steps = list(plan.steps) if plan else []
    step_ids = {step.id for step in steps}
    by_step: dict[int, list[CheckIn]] = {}
    for row in rows:
        is_future = row.status == CheckInStatus.SCHEDULED and row.due_at > now
        if row.plan_step_id not in step_ids:
            if is_future:
                _close(row, Move.CANCEL, PLAN_CHANGED)
                report.cancelled += 1
            continue
        if row.status != CheckInStatus.CANCELLED:
            by_step.setdefault(row.plan_step_id, []).append(row)
    for step in steps:
        due = calc(alumnus.discharge_date, step.day_offset, alumnus.preferred_hour, alumnus.timezone)
        existing = by_step.get(step.id)
        if not existing:
            if not fill_past and due <= now:
                continue
            checkin = CheckIn(**step_row(alumnus.id, step, due, now, late_reason))
            db.session.add(checkin)
            report.created += 1
            report.skipped_late += checkin.status == CheckInStatus.SKIPPED
            report.checkins.append(checkin)
            continue
        for row in existing:
            if row.status != CheckInStatus.SCHEDULED or row.due_at <= now:
                continue  # already happened, or due now: the dispatcher's business
            row.channel, row.template_key = step.channel, step.template_key
            row.reply_window_hours = step.reply_window_hours
            if due <= now:
                row.due_at = due
                _close(row, Move.SKIP, MOVED_INTO_PAST)
                report.skipped_late += 1
            elif row.due_at != due:
                row.due_at = due
                report.moved += 1
    db.session.flush()
    return report


def _close(row: CheckIn, move: Move, reason: str) -> None:
    row.take(move)
    row.skip_reason = reason


def among(column, values, postgres: bool | None = None):
    """column IN values, for id lists of any length (the dispatcher uses it too). On
    PostgreSQL as one array parameter: binding and planning 5,000 separate parameters
    takes longer than running the query. On SQLite a long list goes as one JSON array.
    `postgres` says which, for callers outside the session (bulk writer threads)."""
    if postgres is None:
        postgres = db.session.get_bind().dialect.name == "postgresql"
    if postgres:
        return column == any_(literal(sorted(values), ARRAY(Integer)))
    if len(values) <= _SQLITE_INLINE_IDS:
        return column.in_(values)
    # Many ids: one JSON parameter that SQLite unpacks itself. Rendering 20,000 "?"
    # placeholders was 10% of materialising a plan for 100,000 alumni.
    ids = func.json_each(bindparam(None, json.dumps(sorted(values)), unique=True)).table_valued("value")
    return column.in_(db.select(ids.c.value))


_SQLITE_INLINE_IDS = 100
