"""Export of the filtered alumni list as CSV (alumni.csv_export: safe to open in a spreadsheet)."""
from __future__ import annotations

from alumni.core.audit import audit
from alumni.csv_export import csv_text
from alumni.domain.alumni_validation import CONSENT_FIELDS
from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, utcnow
from alumni.records.alumni_search import AlumniFilter, alumni_query

EXPORT_COLUMNS = ("id", "first_name", "last_name", "phone", "email", "language", "timezone",
                  "programme", "cohort", "discharge_date", "sobriety_date", "preferred_channel",
                  "status", "assigned_staff", *CONSENT_FIELDS, "discreet")


def _row(alumnus: Alumnus) -> list:
    values = {
        "id": alumnus.id, "first_name": alumnus.first_name, "last_name": alumnus.last_name,
        "phone": alumnus.phone, "email": alumnus.email, "language": alumnus.language,
        "timezone": alumnus.timezone, "programme": alumnus.programme,
        "cohort": alumnus.cohort.name if alumnus.cohort else "",
        "discharge_date": alumnus.discharge_date.isoformat(),
        "sobriety_date": alumnus.sobriety_date.isoformat() if alumnus.sobriety_date else "",
        "preferred_channel": alumnus.preferred_channel, "status": alumnus.status,
        "assigned_staff": alumnus.assigned_staff.email if alumnus.assigned_staff else "",
        # Every consent the import reads (the channels and the milestones opt-in), so a
        # re-imported export keeps each one.
        **{name: "yes" if alumnus.current_consent(kind) else "no" for name, kind in CONSENT_FIELDS.items()},
        "discreet": "yes" if alumnus.discreet else "no",
    }
    return [values[c] for c in EXPORT_COLUMNS]


def export_alumni_csv(filters: AlumniFilter, today) -> str:
    """The whole filtered list (not one page), UTF-8 with a BOM so Excel keeps Devanagari.
    The export itself is audited, with the filter and the ids it contained."""
    alumni = list(db.session.scalars(alumni_query(filters, today).options(
        db.selectinload(Alumnus.consents), db.selectinload(Alumnus.cohort),
        db.selectinload(Alumnus.assigned_staff))))
    text = csv_text(EXPORT_COLUMNS, (_row(alumnus) for alumnus in alumni))
    summary = audit("alumni.exported", detail={"filters": filters.as_args(), "count": len(alumni)})
    # One read row per person, so "who saw this record" finds exports too.
    if alumni:
        db.session.execute(AuditEvent.__table__.insert(), [
            {"at": utcnow(), "user_id": summary.user_id, "actor": summary.actor, "ip": summary.ip,
             "action": "alumnus.read", "alumnus_id": a.id, "detail": {"what": "export"}}
            for a in alumni])
    db.session.commit()
    return text
