"""Editing a record (the edit form, the API's PATCH): the changes given, checked by the
same rules as enrolment, with consent changes recorded and future check-ins moved when a
planning field changes."""
from __future__ import annotations

from alumni.core.audit import audit
from alumni.core.consent import record_consent
from alumni.domain.alumni_validation import CONSENT_FIELDS
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Plan
from alumni.plans.plans import attach_plan, replan_future
from alumni.records.alumni import (
    EDITABLE,
    REACHABLE,
    DuplicatePhone,
    RecordClosed,
    ValidationFailed,
    cohort_named,
    commit_or_duplicate,
    reachable_with_phone,
    resolve_references,
    validate,
)

# Changing any of these moves future check-ins.
PLANNING_FIELDS = ("discharge_date", "plan", "timezone", "preferred_hour")


def current_values(alumnus: Alumnus) -> dict:
    """The record as an enrolment dict (what the edit form and PATCH start from)."""
    values = {name: getattr(alumnus, name) for name in EDITABLE}
    values.update(
        cohort=alumnus.cohort.name if alumnus.cohort else "",
        assigned_staff=alumnus.assigned_staff.email if alumnus.assigned_staff else "",
        plan=_plan_name(alumnus),
        **{name: alumnus.current_consent(channel) for name, channel in CONSENT_FIELDS.items()},
    )
    return values


def _plan_name(alumnus: Alumnus) -> str:
    plan = db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None
    return plan.name if plan else ""


def update_alumnus(alumnus: Alumnus, changes: dict, *, by_id: int | None,
                   source: str) -> Alumnus:
    """Apply the changes given (the rest stays); same rules as enrolment."""
    if alumnus.status == AlumnusStatus.ERASED:
        raise RecordClosed("This record was erased and cannot be changed.")
    before = current_values(alumnus)
    merged = dict(before)
    merged.update({k: v for k, v in changes.items() if k in before})
    result = validate(merged)
    if "plan" not in changes:
        result.values.pop("plan", None)
    refs = resolve_references(result.values, result.errors)
    if result.errors:
        db.session.rollback()
        raise ValidationFailed(result.errors)
    values = result.values
    if values["phone"] != alumnus.phone and alumnus.status in REACHABLE:
        existing = reachable_with_phone(values["phone"], other_than=alumnus.id)
        if existing is not None:
            db.session.rollback()
            raise DuplicatePhone(existing.id)
    changed = [name for name in EDITABLE if values[name] != getattr(alumnus, name)]
    for name in changed:
        setattr(alumnus, name, values[name])
    if values["cohort"] != before["cohort"] and (values["cohort"] or before["cohort"]):
        alumnus.cohort = cohort_named(values["cohort"], values["programme"])
        changed.append("cohort")
    staff_id = refs["staff"].id if refs["staff"] else None
    if staff_id != alumnus.assigned_staff_id:
        alumnus.assigned_staff_id = staff_id
        changed.append("assigned_staff")
    plan_changed = refs["plan"] is not None and refs["plan"].id != alumnus.plan_id
    for name, channel in CONSENT_FIELDS.items():
        if values[name] != before[name]:
            record_consent(alumnus.id, channel, values[name], source, by_id=by_id)
    if values["consent_milestones"] != before["consent_milestones"]:
        from alumni.recovery.milestones_texts import withdraw_unwanted_texts  # a no withdraws an unsent text
        db.session.flush()
        withdraw_unwanted_texts(alumnus.id)
    if changed or plan_changed:
        # Field names only: the audit trail must not become a second copy of the record.
        audit("alumnus.updated", alumnus_id=alumnus.id,
              detail={"fields": changed + (["plan"] if plan_changed else []), "source": source})
    if plan_changed:
        attach_plan(alumnus, refs["plan"])
    elif any(name in changed for name in PLANNING_FIELDS) and alumnus.status == AlumnusStatus.ACTIVE:
        replan_future(alumnus)
    commit_or_duplicate(alumnus.phone)
    return alumnus
