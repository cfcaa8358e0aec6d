"""An alumnus record: the fields a person types, their checks and what they refer to
(staff, plan, cohort), finding a record by phone or email, and the ways a write to a record
is refused. Enrolment, edits, status changes, erasure, supporters and the CSV import all
build on this; each of those owns its transaction."""
from __future__ import annotations

from flask import current_app
from sqlalchemy.exc import IntegrityError

from alumni.core.centre_day import centre_today
from alumni.domain.alumni_validation import validate_enrolment
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Cohort, Plan, User, utcnow

REACHABLE = (AlumnusStatus.ACTIVE, AlumnusStatus.PAUSED)
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


def commit_or_duplicate(phone: str | None) -> None:
    try:
        db.session.commit()
    except IntegrityError as error:
        # Two enrolments of one number at the same moment: the database index decides.
        db.session.rollback()
        raise integrity_refusal(error, phone) from None


PHONE_INDEX = "uq_alumni_phone_reachable"


def integrity_refusal(error: IntegrityError, phone: str | None) -> Exception:
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
