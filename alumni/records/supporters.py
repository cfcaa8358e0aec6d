"""An alumnus's supporters (family or friends who may be contacted): checking what was
typed, adding one (also at enrolment) and removing one, each audited."""
from __future__ import annotations

from flask import current_app

from alumni.core.audit import audit
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, Supporter
from alumni.records.alumni import ValidationFailed


def checked_supporter(data: dict) -> tuple[dict, dict[str, str]]:
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


def add_supporter_row(alumnus_id: int, values: dict) -> Supporter:
    supporter = Supporter(alumnus_id=alumnus_id, **values)
    db.session.add(supporter)
    audit("supporter.added", alumnus_id=alumnus_id, detail={"may_contact": supporter.may_contact})
    return supporter


def add_supporter(alumnus: Alumnus, data: dict) -> Supporter:
    values, errors = checked_supporter(data)
    if alumnus.status == AlumnusStatus.ERASED:
        errors["name"] = "This record was erased."
    if errors:
        raise ValidationFailed(errors)
    supporter = add_supporter_row(alumnus.id, values)
    db.session.commit()
    return supporter


def remove_supporter(alumnus: Alumnus, supporter_id: int) -> None:
    supporter = db.session.get(Supporter, supporter_id) if supporter_id <= 2**31 - 1 else None
    if supporter is None or supporter.alumnus_id != alumnus.id:
        raise LookupError("No such supporter.")
    from alumni.peer.supporter_invitations import stop_texts_to  # invitations to family sessions
    stop_texts_to(supporter.id, "supporter removed")
    db.session.delete(supporter)
    audit("supporter.removed", alumnus_id=alumnus.id)
    db.session.commit()
