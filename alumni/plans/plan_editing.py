"""Changing a plan's steps. Alumni already on the plan are re-planned afterwards (future
scheduled check-ins only) by a background job, so a big programme never blocks the page."""
from __future__ import annotations

from dataclasses import dataclass

from alumni.core.audit import audit
from alumni.domain.checkin_lifecycle import Move, target
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.jobs import DEFAULT, enqueue
from alumni.models import (
    PREFERRED_CHANNEL,
    Alumnus,
    AlumnusStatus,
    CheckIn,
    MessageTemplate,
    Plan,
    PlanStep,
)
from alumni.models.checkin import may_move
from alumni.plans.plans import STEP_REMOVED, replan_future

STEP_CHANNELS = (PREFERRED_CHANNEL, *Channel)

# Where a plan went wrong and why, each once in English with its {parts}; the editor says
# them in the reader's language (alumni/web/plans/editor_words.py; a test checks they agree).
NAME_FIELD = "name"
STEP_DAY = "step {number} day"
STEP_CHANNEL = "step {number} channel"
STEP_TEMPLATE = "step {number} template"
STEP_WINDOW = "step {number} reply window"
STEP_MISSES = "step {number} misses"
FIELDS = (NAME_FIELD, STEP_DAY, STEP_CHANNEL, STEP_TEMPLATE, STEP_WINDOW, STEP_MISSES)
NO_NAME = "Give the plan a name."
NAME_TAKEN = "Another plan has this name."
BAD_DAY = "A day from 0 to 3650 after discharge."
DAY_TAKEN = "Day {day} is already in the plan."
BAD_CHANNEL = "One of {channels}."
NO_SUCH_TEMPLATE = "Choose a template that exists."
BAD_WINDOW = "Hours from 1 to 720."
BAD_MISSES = "A number from 1 to 20."
PROBLEMS = (NO_NAME, NAME_TAKEN, BAD_DAY, DAY_TAKEN, BAD_CHANNEL, NO_SUCH_TEMPLATE, BAD_WINDOW, BAD_MISSES)


class PlanRefused(ValueError):
    """Nothing was saved. `problems` maps a field (e.g. "step 2 day") to the reason: each
    one of FIELDS and PROBLEMS with its parts filled."""

    def __init__(self, problems: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))
        self.problems = problems


@dataclass
class StepDraft:
    step_id: int | None
    day_offset: str
    channel: str
    template_key: str
    reply_window_hours: str
    misses_before_case: str
    remove: bool = False


def _whole(text: str, low: int, high: int) -> int | None:
    try:
        value = int(str(text).strip())
    except ValueError:
        return None
    return value if low <= value <= high else None


def save_plan(plan: Plan | None, name: str, description: str, drafts: list[StepDraft]) -> Plan:
    """Validate everything first, then change the plan in one transaction."""
    problems: dict[str, str] = {}
    name = (name or "").strip()
    if not name:
        problems[NAME_FIELD] = NO_NAME
    elif db.session.scalar(db.select(Plan.id).where(Plan.name == name, Plan.id != (plan.id if plan else -1))):
        problems[NAME_FIELD] = NAME_TAKEN
    keys = set(db.session.scalars(db.select(MessageTemplate.key).distinct()))
    kept: list[tuple[StepDraft, tuple]] = []
    days_seen: set[int] = set()
    for number, draft in enumerate(drafts, start=1):
        if draft.remove or (draft.step_id is None and not str(draft.day_offset).strip()):
            continue
        day = _whole(draft.day_offset, 0, 3650)
        window = _whole(draft.reply_window_hours, 1, 720)
        misses = _whole(draft.misses_before_case, 1, 20)
        if day is None:
            problems[STEP_DAY.format(number=number)] = BAD_DAY
        elif day in days_seen:
            problems[STEP_DAY.format(number=number)] = DAY_TAKEN.format(day=day)
        else:
            days_seen.add(day)
        if draft.channel not in STEP_CHANNELS:
            problems[STEP_CHANNEL.format(number=number)] = BAD_CHANNEL.format(channels=", ".join(STEP_CHANNELS))
        if draft.template_key not in keys:
            problems[STEP_TEMPLATE.format(number=number)] = NO_SUCH_TEMPLATE
        if window is None:
            problems[STEP_WINDOW.format(number=number)] = BAD_WINDOW
        if misses is None:
            problems[STEP_MISSES.format(number=number)] = BAD_MISSES
        kept.append((draft, (day, draft.channel, draft.template_key, window, misses)))
    if problems:
        raise PlanRefused(problems)
    if plan is None:
        plan = Plan(name=name)
        db.session.add(plan)
    plan.name, plan.description = name, (description or "").strip()
    existing = {step.id: step for step in plan.steps}
    kept_ids = {d.step_id for d, _ in kept if d.step_id in existing}
    for step_id, step in existing.items():
        if step_id not in kept_ids:
            _remove_step(step)
    for draft, (day, channel, key, window, misses) in kept:
        step = existing.get(draft.step_id) if draft.step_id else None
        if step is None:
            step = PlanStep(plan=plan)
            db.session.add(step)
        step.day_offset, step.channel, step.template_key = day, channel, key
        step.reply_window_hours, step.misses_before_case = window, misses
    db.session.flush()
    audit("plan.saved", detail={"plan": plan.id, "name": plan.name, "steps": len(kept)})
    db.session.commit()
    enqueue("workers.dispatch.replan_plan", plan.id, queue=DEFAULT, job_id=f"replan-plan-{plan.id}")
    return plan


def _remove_step(step: PlanStep) -> None:
    """Future check-ins of a removed step are cancelled; past ones keep their history but
    let go of the step (their due time, channel and template stay on the row)."""
    db.session.execute(db.update(CheckIn).where(CheckIn.plan_step_id == step.id, may_move(Move.CANCEL))
                       .values(status=target(Move.CANCEL), skip_reason=STEP_REMOVED),
                       execution_options={"synchronize_session": False})
    db.session.execute(db.update(CheckIn).where(CheckIn.plan_step_id == step.id).values(plan_step_id=None),
                       execution_options={"synchronize_session": False})
    step.plan.steps.remove(step)


def replan_everyone_on(plan_id: int, batch_size: int = 200) -> int:
    """replan_future for every active or paused alumnus on the plan, committed in batches."""
    done, after = 0, 0
    while True:
        people = list(db.session.scalars(db.select(Alumnus).where(
            Alumnus.plan_id == plan_id, Alumnus.id > after,
            Alumnus.status.in_((AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED))).order_by(Alumnus.id).limit(batch_size)))
        if not people:
            return done
        for alumnus in people:
            replan_future(alumnus)
        db.session.commit()
        done += len(people)
        after = people[-1].id
