"""Alumni records: enrol, edit, pause/resume, withdraw, erase, find. Each function owns its
transaction: it validates, writes the record, its consents and audit rows, attaches or
re-plans check-ins, and commits once."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy.exc import IntegrityError

from alumni.core.audit import audit
from alumni.core.consent import record_consent
from alumni.domain.alumni_validation import CONSENT_FIELDS, validate_enrolment
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInStatus,
    Cohort,
    Contact,
    FollowUp,
    Message,
    Plan,
    Supporter,
    User,
    utcnow,
)

REACHABLE = (AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)
# Changing any of these moves future check-ins.
PLANNING_FIELDS = ("discharge_date", "plan", "timezone", "preferred_hour")
EDITABLE = ("first_name", "last_name", "phone", "email", "language", "timezone", "programme",
            "discharge_date", "sobriety_date", "preferred_channel", "preferred_hour", "discreet",
            "notes")


class ValidationFailed(Exception):
    def __init__(self, fields: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in fields.items()))
        self.fields = fields


class DuplicatePhone(Exception):
    def __init__(self, existing_id: int):
        super().__init__(f"This phone number already belongs to alumnus {existing_id}.")
        self.existing_id = existing_id


class ConflictingWrite(Exception):
    """Another write at the same moment broke a database constraint other than the phone's
    (named in `constraint`); nothing was saved and the request may be tried again."""

    def __init__(self, constraint: str):
        super().__init__(f"The record conflicts with another change made at the same moment ({constraint}).")
        self.constraint = constraint


class RecordClosed(Exception):
    """The record is in a state that does not allow this (e.g. erased)."""


def centre_today() -> date:
    return datetime.now(ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])).date()


def validate(data: dict):
    return validate_enrolment(data, default_region=current_app.config["DEFAULT_REGION"],
                              default_timezone=current_app.config["DEFAULT_TIMEZONE"],
                              today=centre_today())


# --- references that need the database -------------------------------------------------

def find_staff(reference: str | None) -> User | None:
    """Staff by id (the form's select) or by email (CSV and API)."""
    if not reference:
        return None
    if reference.isdecimal():
        # Ids are 32-bit in the database: a longer number is nobody, not a database error.
        user = db.session.get(User, int(reference)) if len(reference) < 10 else None
    else:
        user = db.session.scalar(db.select(User).where(User.email == reference.strip().lower()))
    return user if user is not None and user.active else None


def find_plan(name: str | None) -> Plan | None:
    """The named plan, or the default plan (created on first use) when no name is given."""
    if not name:
        from alumni.plans.plans import ensure_default_plan
        return ensure_default_plan()
    return db.session.scalar(db.select(Plan).where(Plan.name == name))


def cohort_named(name: str | None, programme: str | None = None) -> Cohort | None:
    """Cohorts are typed by name and created the first time they are used."""
    if not name:
        return None
    by_name = db.select(Cohort).where(Cohort.name == name)
    cohort = db.session.scalar(by_name)
    if cohort is None:
        # Several enrolments may name a new cohort at the same moment: the insert that loses
        # does nothing (waiting, on PostgreSQL, for the winner to commit) and all read the one row.
        db.session.execute(_insert_for_dialect(Cohort).values(name=name, programme=programme, created_at=utcnow())
                           .on_conflict_do_nothing(index_elements=["name"]))
        cohort = db.session.scalar(by_name)
    return cohort


def _insert_for_dialect(table):
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def resolve_references(values: dict, errors: dict) -> dict:
    """Staff and plan named in the data must exist; adds field errors when they do not."""
    refs = {"staff": None, "plan": None}
    if values.get("assigned_staff"):
        refs["staff"] = find_staff(values["assigned_staff"])
        if refs["staff"] is None:
            errors["assigned_staff"] = "No active staff member with this email."
    if "plan" in values:
        refs["plan"] = find_plan(values.get("plan"))
        if refs["plan"] is None:
            errors["plan"] = "No follow-up plan has this name."
    return refs


# --- finding ---------------------------------------------------------------------------

# Built once: every inbound text looks its sender up, and building the statement cost
# more CPU than running it.
_BY_PHONE = (db.select(Alumnus).where(Alumnus.phone == db.bindparam("phone"))
             .order_by(db.case((Alumnus.status.in_(REACHABLE), 0), else_=1), Alumnus.id.desc())
             .limit(1))


def find_alumnus_by_phone(e164: str) -> Alumnus | None:
    """Active or paused first (the person we still talk to), then the newest record."""
    if not e164:
        return None
    return db.session.scalar(_BY_PHONE, {"phone": e164})


def find_alumnus_by_email(addr: str) -> Alumnus | None:
    if not addr:
        return None
    reachable_first = db.case((Alumnus.status.in_(REACHABLE), 0), else_=1)
    return db.session.scalar(db.select(Alumnus)
                             .where(db.func.lower(Alumnus.email) == addr.strip().lower())
                             .order_by(reachable_first, Alumnus.id.desc()).limit(1))


def reachable_with_phone(e164: str | None, *, other_than: int | None = None) -> Alumnus | None:
    if not e164:
        return None
    query = db.select(Alumnus).where(Alumnus.phone == e164, Alumnus.status.in_(REACHABLE))
    if other_than is not None:
        query = query.where(Alumnus.id != other_than)
    return db.session.scalar(query.limit(1))


# --- enrolment and edits ---------------------------------------------------------------

def _attach_plan(alumnus: Alumnus, plan: Plan | None, welcome: bool = False) -> None:
    from alumni.plans.plans import attach_plan
    if plan is not None:
        attach_plan(alumnus, plan, welcome=welcome)


def _replan(alumnus: Alumnus) -> None:
    from alumni.plans.plans import replan_future
    replan_future(alumnus)


def enrol_alumnus(data: dict, *, recorded_by_id: int | None, source: str,
                  supporter: dict | None = None) -> Alumnus:
    """Validate everything, then create the record, its consents, its plan and (when any of
    its fields was filled in) one supporter in one commit. Raises ValidationFailed (nothing
    saved; a supporter's errors are keyed supporter_<field>), DuplicatePhone or ConflictingWrite."""
    result = validate(data)
    refs = resolve_references(result.values, result.errors)
    supporter_values = None
    if supporter and any(value not in (None, "", False) for value in supporter.values()):
        supporter_values, supporter_errors = _supporter_values(supporter)
        result.errors.update({f"supporter_{name}": message for name, message in supporter_errors.items()})
    if result.errors:
        db.session.rollback()
        raise ValidationFailed(result.errors)
    values = result.values
    existing = reachable_with_phone(values["phone"])
    if existing is not None:
        db.session.rollback()
        raise DuplicatePhone(existing.id)
    alumnus = Alumnus(**{name: values[name] for name in EDITABLE})
    alumnus.cohort = cohort_named(values["cohort"], values["programme"])
    alumnus.assigned_staff_id = refs["staff"].id if refs["staff"] else None
    db.session.add(alumnus)
    try:
        db.session.flush()
    except IntegrityError as error:
        db.session.rollback()
        raise _conflict(error, values["phone"]) from None
    audit("alumnus.enrolled", alumnus_id=alumnus.id, detail={"source": source})
    for name, channel in CONSENT_FIELDS.items():
        if values[name]:
            record_consent(alumnus.id, channel, True, source, recorded_by_id=recorded_by_id)
    _attach_plan(alumnus, refs["plan"], welcome=True)
    if supporter_values is not None:
        _add_supporter_row(alumnus.id, supporter_values)
    _commit_or_duplicate(alumnus.phone)
    return alumnus


def _commit_or_duplicate(phone: str | None) -> None:
    try:
        db.session.commit()
    except IntegrityError as error:
        # Two enrolments of one number at the same moment: the database index decides.
        db.session.rollback()
        raise _conflict(error, phone) from None


PHONE_INDEX = "uq_alumni_phone_reachable"


def _conflict(error: IntegrityError, phone: str | None) -> Exception:
    """DuplicatePhone only when the phone's own unique index refused the row; any other
    constraint is reported by name, not passed off as a duplicate number."""
    constraint = _violated_constraint(error)
    if constraint in (PHONE_INDEX, "alumni.phone"):
        existing = reachable_with_phone(phone)
        return DuplicatePhone(existing.id if existing else 0)
    return ConflictingWrite(constraint or "unknown")


def _violated_constraint(error: IntegrityError) -> str | None:
    diag = getattr(error.orig, "diag", None)  # psycopg names the constraint
    if diag is not None and getattr(diag, "constraint_name", None):
        return diag.constraint_name
    text_ = str(error.orig)  # SQLite: "UNIQUE constraint failed: alumni.phone"
    if "constraint failed:" in text_:
        return text_.split("constraint failed:", 1)[1].strip().split(",")[0]
    return None


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


def update_alumnus(alumnus: Alumnus, changes: dict, *, recorded_by_id: int | None,
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
            record_consent(alumnus.id, channel, values[name], source, recorded_by_id=recorded_by_id)
    if changed or plan_changed:
        # Field names only: the audit trail must not become a second copy of the record.
        audit("alumnus.updated", alumnus_id=alumnus.id,
              detail={"fields": changed + (["plan"] if plan_changed else []), "source": source})
    if plan_changed:
        _attach_plan(alumnus, refs["plan"])
    elif any(name in changed for name in PLANNING_FIELDS) and alumnus.status == AlumnusStatus.ACTIVE:
        _replan(alumnus)
    _commit_or_duplicate(alumnus.phone)
    return alumnus


# --- status changes --------------------------------------------------------------------

class ReasonNeeded(ValueError):
    """Stopping contact with someone is recorded with why: the next coordinator will ask."""


@dataclass(frozen=True)
class PlannedContact:
    """What stopping contact would stop: the check-ins still to be sent, and the next one."""
    scheduled: int
    next_due: datetime | None


def planned_contact(alumnus: Alumnus) -> PlannedContact:
    count, next_due = db.session.execute(
        db.select(db.func.count(CheckIn.id), db.func.min(CheckIn.due_at))
        .where(CheckIn.alumnus_id == alumnus.id, CheckIn.status == CheckInStatus.SCHEDULED)).one()
    return PlannedContact(scheduled=count or 0, next_due=next_due)


def _required(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ReasonNeeded("Say why, in a few words: it is kept on the record.")
    return reason[:200]


def _set_status(alumnus: Alumnus, allowed_from: tuple, status: str) -> str:
    if alumnus.status not in allowed_from:
        raise RecordClosed(f"An alumnus who is {alumnus.status} cannot be {status}.")
    before, alumnus.status = alumnus.status, status
    return before


def pause_outreach(alumnus: Alumnus, *, reason: str) -> Alumnus:
    """Nothing is sent while paused; check-ins that fall due meanwhile are skipped, not saved up."""
    reason = _required(reason)
    _set_status(alumnus, (AlumnusStatus.ACTIVE,), AlumnusStatus.PAUSED)
    waiting = planned_contact(alumnus).scheduled
    audit("alumnus.paused", alumnus_id=alumnus.id, detail={"reason": reason, "scheduled": waiting})
    _replan(alumnus)
    db.session.commit()
    return alumnus


def resume_outreach(alumnus: Alumnus, *, reason: str = "") -> Alumnus:
    """Back to active from paused or withdrawn. Only the future is planned again: what was
    skipped or cancelled while contact was stopped stays as it was."""
    if alumnus.status == AlumnusStatus.WITHDRAWN:
        # Withdrawal frees the number for a new record; two reachable records must not share it.
        other = reachable_with_phone(alumnus.phone, other_than=alumnus.id)
        if other is not None:
            raise RecordClosed(f"This number now belongs to alumnus #{other.id}, who is followed up "
                               "instead. Change the number on this record first.")
    before = _set_status(alumnus, (AlumnusStatus.PAUSED, AlumnusStatus.WITHDRAWN), AlumnusStatus.ACTIVE)
    from alumni.plans.plans import resume_future
    report = resume_future(alumnus)
    detail = {"from": str(before), "scheduled": planned_contact(alumnus).scheduled, "created": report.created}
    if reason.strip():
        detail["reason"] = reason.strip()[:200]
    audit("alumnus.resumed", alumnus_id=alumnus.id, detail=detail)
    _commit_or_duplicate(alumnus.phone)
    return alumnus


def _cancel_scheduled(alumnus_id: int, why: str) -> int:
    from alumni.plans.plans import cancel_future
    return cancel_future(alumnus_id, why)


WITHDRAWN_REASON = "withdrawn from the programme"


def withdraw(alumnus: Alumnus, *, reason: str) -> Alumnus:
    """Leaves the programme: every scheduled check-in is cancelled; the record stays and
    follow-up can be resumed later."""
    reason = _required(reason)
    _set_status(alumnus, REACHABLE, AlumnusStatus.WITHDRAWN)
    cancelled = _cancel_scheduled(alumnus.id, WITHDRAWN_REASON)
    audit("alumnus.withdrawn", alumnus_id=alumnus.id, detail={"reason": reason, "cancelled": cancelled})
    db.session.commit()
    return alumnus


ERASED_NAME = "Erased"


def erase_alumnus(alumnus: Alumnus) -> Alumnus:
    """Irreversible: wipe what identifies the person, keep counts and anonymous outcomes
    (check-in statuses and scores, case reasons, consent history without addresses)."""
    if alumnus.status == AlumnusStatus.ERASED:
        raise RecordClosed("This record is already erased.")
    alumnus_id = alumnus.id
    for name in ("phone", "email", "notes", "sobriety_date", "plan_id"):
        setattr(alumnus, name, None)
    alumnus.first_name, alumnus.last_name = ERASED_NAME, ""
    alumnus.status, alumnus.erased_at = AlumnusStatus.ERASED, utcnow()
    db.session.execute(db.delete(Supporter).where(Supporter.alumnus_id == alumnus_id))
    db.session.execute(db.update(Message).where(Message.alumnus_id == alumnus_id)
                       .values(body="", to_addr="", from_addr="", handling=None))
    db.session.execute(db.update(FollowUp).where(FollowUp.alumnus_id == alumnus_id).values(note=None))
    db.session.execute(db.update(Contact).where(Contact.alumnus_id == alumnus_id).values(note=None))
    db.session.execute(db.update(CheckIn).where(CheckIn.alumnus_id == alumnus_id).values(last_error=None))
    _cancel_scheduled(alumnus_id, "record erased")
    from alumni.peer.mentors import forget_alumnus  # peer support keeps its own records
    forget_alumnus(alumnus_id)
    from alumni.recovery.milestones import forget_alumnus as forget_milestones  # sobriety dates kept there
    forget_milestones(alumnus_id)
    audit("alumnus.erased", alumnus_id=alumnus_id)
    db.session.commit()
    db.session.expire_all()
    return alumnus


# --- supporters ------------------------------------------------------------------------

def _supporter_values(data: dict) -> tuple[dict, dict[str, str]]:
    """A supporter's fields as stored, and the errors in what was typed (by field name)."""
    from alumni.domain.alumni_validation import parse_bool, parse_email
    from alumni.domain.phones import parse_phone
    errors, name = {}, str(data.get("name") or "").strip()
    if not name:
        errors["name"] = "Enter the supporter's name."
    phone = email = None
    try:
        raw = str(data.get("phone") or "").strip()
        phone = parse_phone(raw, current_app.config["DEFAULT_REGION"]) if raw else None
    except ValueError as error:
        errors["phone"] = str(error)
    try:
        email = parse_email(data.get("email"))
    except ValueError as error:
        errors["email"] = str(error)
    if "phone" not in errors and "email" not in errors and not phone and not email:
        errors["phone"] = "Enter a phone number or an email address."
    values = {"name": name[:120], "relation": str(data.get("relation") or "").strip()[:60], "phone": phone,
              "email": email, "may_contact": parse_bool(data.get("may_contact") or False)}
    return values, errors


def _add_supporter_row(alumnus_id: int, values: dict) -> Supporter:
    supporter = Supporter(alumnus_id=alumnus_id, **values)
    db.session.add(supporter)
    audit("supporter.added", alumnus_id=alumnus_id, detail={"may_contact": supporter.may_contact})
    return supporter


def add_supporter(alumnus: Alumnus, data: dict) -> Supporter:
    values, errors = _supporter_values(data)
    if alumnus.status == AlumnusStatus.ERASED:
        errors["name"] = "This record was erased."
    if errors:
        raise ValidationFailed(errors)
    supporter = _add_supporter_row(alumnus.id, values)
    db.session.commit()
    return supporter


def remove_supporter(alumnus: Alumnus, supporter_id: int) -> None:
    supporter = db.session.get(Supporter, supporter_id) if supporter_id <= 2**31 - 1 else None
    if supporter is None or supporter.alumnus_id != alumnus.id:
        raise LookupError("No such supporter.")
    db.session.delete(supporter)
    audit("supporter.removed", alumnus_id=alumnus.id)
    db.session.commit()
