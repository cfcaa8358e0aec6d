"""Enrolling one alumnus (the form, the API, the demo seed): the record, its consents, its
plan and a first supporter, validated first and written in one commit. The CSV import
enrols many at once in alumni/records/csv_import.py."""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from alumni.core.audit import audit
from alumni.core.consent import record_consent
from alumni.domain.alumni_validation import CONSENT_FIELDS
from alumni.extensions import db
from alumni.models import Alumnus
from alumni.plans.plans import attach_plan
from alumni.records.alumni import (
    EDITABLE,
    DuplicatePhone,
    ValidationFailed,
    cohort_named,
    commit_or_duplicate,
    integrity_refusal,
    reachable_with_phone,
    resolve_references,
    validate,
)
from alumni.records.supporters import add_supporter_row, checked_supporter


def enrol_alumnus(data: dict, *, by_id: int | None, source: str,
                  supporter: dict | None = None) -> Alumnus:
    """Validate everything, then create the record, its consents, its plan and (when any of
    its fields was filled in) one supporter in one commit. Raises ValidationFailed (nothing
    saved; a supporter's errors are keyed supporter_<field>), DuplicatePhone or ConflictingWrite."""
    result = validate(data)
    refs = resolve_references(result.values, result.errors)
    supporter_values = None
    if supporter and any(value not in (None, "", False) for value in supporter.values()):
        supporter_values, supporter_errors = checked_supporter(supporter)
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
        raise integrity_refusal(error, values["phone"]) from None
    audit("alumnus.enrolled", alumnus_id=alumnus.id, detail={"source": source})
    for name, channel in CONSENT_FIELDS.items():
        if values[name]:
            record_consent(alumnus.id, channel, True, source, by_id=by_id)
    if refs["plan"] is not None:
        attach_plan(alumnus, refs["plan"], welcome=True)
    if supporter_values is not None:
        add_supporter_row(alumnus.id, supporter_values)
    commit_or_duplicate(alumnus.phone)
    return alumnus
