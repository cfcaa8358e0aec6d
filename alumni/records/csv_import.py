"""CSV enrolment: upload -> preview (a report row by row) -> confirm.

The upload is kept server-side (INSTANCE_PATH/imports/<id>.csv) between preview and
confirm, never in the cookie, and is validated again on confirm because the database may
have changed in between. All-or-nothing unless the user explicitly asks to import the
valid rows only. Rows are written with bulk inserts: 10,000 rows in a few seconds.

This module writes; reading and checking the file is alumni/records/csv_checks.py, the files
kept between the steps alumni/records/csv_uploads.py."""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from alumni.domain.alumni_validation import CONSENT_FIELDS
from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, Cohort, Consent, ConsentSource, Plan, User, utcnow
from alumni.records.csv_checks import ImportReport, check_csv


class ImportRefused(Exception):
    def __init__(self, report: ImportReport, message: str):
        super().__init__(message)
        self.report = report


ALUMNUS_COLUMNS = ("first_name", "last_name", "phone", "email", "language", "timezone", "programme",
                   "discharge_date", "sobriety_date", "preferred_channel", "preferred_hour",
                   "discreet", "notes")


def import_csv(content: bytes, *, by: User | None, ip: str | None = None, valid_only: bool = False,
               filename: str = "") -> tuple[ImportReport, int]:
    """Validate again and write. All-or-nothing unless valid_only. Returns (report, count).
    `by` and `ip` (the address the upload came from) go on every audit row."""
    report = check_csv(content)
    if not report.importable:
        raise ImportRefused(report, "The file could not be read; nothing was imported.")
    if report.problems and not valid_only:
        raise ImportRefused(report, "Some rows have problems; nothing was imported.")
    rows = [row.values for row in report.valid_rows]
    if not rows:
        raise ImportRefused(report, "No row is valid; nothing was imported.")
    try:
        ids = write_rows(rows, by=by, ip=ip, filename=filename, skipped=len(report.rows) - len(rows))
    except IntegrityError:
        db.session.rollback()
        raise ImportRefused(report, "Someone enrolled one of these phone numbers meanwhile; "
                                    "nothing was imported. Check the file again.") from None
    for row, alumnus_id in zip(report.valid_rows, ids, strict=True):
        row.alumnus_id = alumnus_id
    return report, len(ids)


def write_rows(rows: list[dict], *, by: User | None, ip: str | None = None, filename: str = "",
               skipped: int = 0) -> list[int]:
    """Bulk-insert validated rows with their consents, audit rows and plans, one commit
    (plus one per extra plan named). Returns the new ids, in the order of the rows."""
    from alumni.plans.plan_bulk import attach_plan_bulk
    from alumni.plans.plans import ensure_default_plan
    now = utcnow()
    actor = by.email if by is not None else "system"
    user_id = by.id if by is not None else None
    cohort_ids = _cohort_ids({r["cohort"]: r["programme"] for r in rows if r.get("cohort")})
    ids = _allocate_alumnus_ids(len(rows))
    records = [{**{c: r[c] for c in ALUMNUS_COLUMNS}, "id": alumnus_id,
                "cohort_id": cohort_ids.get(r.get("cohort")),
                "assigned_staff_id": r.get("assigned_staff_id"), "status": "active",
                "created_at": now, "updated_at": now} for alumnus_id, r in zip(ids, rows, strict=True)]
    db.session.execute(Alumnus.__table__.insert(), records)
    consents, events = [], []
    for alumnus_id, row in zip(ids, rows, strict=True):
        events.append({"at": now, "user_id": user_id, "actor": actor, "action": "alumnus.enrolled",
                       "alumnus_id": alumnus_id, "ip": ip, "detail": {"source": "csv"}})
        for name, channel in CONSENT_FIELDS.items():
            if row[name]:
                consents.append({"alumnus_id": alumnus_id, "channel": channel, "granted": True,
                                 "source": ConsentSource.CSV.value, "recorded_by_id": user_id,
                                 "recorded_at": now})
                events.append({"at": now, "user_id": user_id, "actor": actor, "action": "consent.granted",
                               "alumnus_id": alumnus_id, "ip": ip,
                               "detail": {"channel": channel, "source": "csv"}})
    events.append({"at": now, "user_id": user_id, "actor": actor, "action": "alumni.imported",
                   "alumnus_id": None, "ip": ip,
                   "detail": {"rows": len(ids), "skipped": skipped, "file": filename[:120]}})
    if consents:
        db.session.execute(Consent.__table__.insert(), consents)
    db.session.execute(AuditEvent.__table__.insert(), events)
    by_plan: dict[int, list[int]] = {}
    default_plan = None
    for alumnus_id, row in zip(ids, rows, strict=True):
        plan_id = row.get("plan_id")
        if plan_id is None:
            default_plan = default_plan or ensure_default_plan(commit=False)
            plan_id = default_plan.id
        by_plan.setdefault(plan_id, []).append(alumnus_id)
    # attach_plan_bulk commits: with one batch per plan, the first commit carries the
    # alumni, consents and audit rows together with their check-ins.
    for plan_id, members in by_plan.items():
        attach_plan_bulk(members, db.session.get(Plan, plan_id), now=now,
                         batch_size=max(len(members), 1), actor=actor, welcome=True)
    db.session.commit()
    return ids


def _allocate_alumnus_ids(count: int) -> list[int]:
    """Ids for a bulk insert, known before it, so consents and check-ins can refer to them
    (an ORM bulk insert with ordered RETURNING falls back to one row at a time on SQLite)."""
    if db.engine.dialect.name == "postgresql":
        return list(db.session.scalars(db.text(
            "SELECT nextval(pg_get_serial_sequence('alumni', 'id')) FROM generate_series(1, :n)"),
            {"n": count}))
    # SQLite has one writer at a time: once this transaction has written (the cohorts, or
    # this no-op update), no other process can insert until we commit.
    db.session.execute(db.update(Alumnus).where(db.false()).values(status=Alumnus.status))
    start = (db.session.scalar(db.select(db.func.max(Alumnus.id))) or 0) + 1
    return list(range(start, start + count))


def _cohort_ids(wanted: dict[str, str | None]) -> dict[str, int]:
    if not wanted:
        return {}
    known = dict(db.session.execute(db.select(Cohort.name, Cohort.id).where(
        Cohort.name.in_(list(wanted)))).all())
    for name, programme in wanted.items():
        if name not in known:
            cohort = Cohort(name=name, programme=programme)
            db.session.add(cohort)
            db.session.flush()
            known[name] = cohort.id
    return known
