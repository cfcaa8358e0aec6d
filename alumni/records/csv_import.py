"""CSV enrolment: upload -> preview (a report row by row) -> confirm.

The upload is kept server-side (INSTANCE_PATH/imports/<id>.csv) between preview and
confirm, never in the cookie, and is validated again on confirm because the database may
have changed in between. All-or-nothing unless the user explicitly asks to import the
valid rows only. Rows are written with bulk inserts: 10,000 rows in a few seconds."""
from __future__ import annotations

import csv
import io
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy.exc import IntegrityError

from alumni.csv_export import FORMULA_STARTS, csv_text
from alumni.domain.alumni_validation import CONSENT_FIELDS, FIELDS, validate_enrolment
from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, Cohort, Consent, ConsentSource, Plan, User, utcnow
from alumni.private_files import private_directory, write_private_file
from alumni.records.alumni import REACHABLE, centre_today
from alumni.records.alumni_export import EXPORT_COLUMNS

TEMPLATE_HEADERS = FIELDS
# One filled-in row so the format of every column is plain; left in the file, it is refused.
TEMPLATE_EXAMPLE = {"first_name": "Asha", "last_name": "Patil", "phone": "98765 43210",
                    "email": "asha@example.org", "language": "Marathi", "timezone": "Asia/Kolkata",
                    "programme": "Residential 90 days", "cohort": "2024 Batch 3",
                    "discharge_date": "2024-03-31", "sobriety_date": "2024-01-02",
                    "preferred_channel": "sms", "preferred_hour": "10", "consent_sms": "yes",
                    "consent_whatsapp": "no", "consent_email": "no", "assigned_staff": "",
                    "plan": "", "discreet": "no", "notes": ""}
# Columns an export carries that an enrolment does not (the id, the status): an export
# re-imports, and these say nothing about the new record.
EXPORT_ONLY_HEADERS = tuple(name for name in EXPORT_COLUMNS if name not in FIELDS)
PROBLEM_HEADER = "problem"  # the column the skipped-rows file adds; ignored on re-import
IGNORED_HEADERS = (*EXPORT_ONLY_HEADERS, PROBLEM_HEADER)
REQUIRED_HEADERS = ("first_name", "discharge_date")
HEADER_ALIASES = {"assigned_staff_email": "assigned_staff", "staff": "assigned_staff",
                  "mobile": "phone", "phone_number": "phone"}
PENDING_MAX_AGE = 24 * 3600
_UPLOAD_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass
class Problem:
    line: int       # 1 is the header line; 0 is the file as a whole
    column: str
    message: str


@dataclass
class CheckedRow:
    line: int
    values: dict
    problems: list[Problem] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # as read, for the skipped-rows file
    alumnus_id: int | None = None  # once imported


@dataclass
class ImportReport:
    rows: list[CheckedRow] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    header: list[str] = field(default_factory=list)

    @property
    def valid_rows(self) -> list[CheckedRow]:
        return [row for row in self.rows if not row.problems]

    @property
    def problems(self) -> list[Problem]:
        return self.file_problems + [p for row in self.rows for p in row.problems]

    @property
    def importable(self) -> bool:
        return not self.file_problems and bool(self.rows)


def template_csv() -> str:
    """The exact headers and the example row, with a byte-order mark so Excel opens
    Devanagari correctly."""
    return csv_text(TEMPLATE_HEADERS, [[TEMPLATE_EXAMPLE[name] for name in TEMPLATE_HEADERS]])


def unguard_cell(text: str) -> str:
    """Undo exactly what alumni.csv_export.guard_cell does: drop the apostrophe it puts
    before a formula-like cell, so an export re-imports; any other apostrophe stays."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _header_name(raw: str) -> str:
    name = re.sub(r"[\s\-]+", "_", (raw or "").strip().lower())
    return HEADER_ALIASES.get(name, name)


def check_csv(content: bytes) -> ImportReport:
    """Read and validate every row; nothing is written."""
    report = ImportReport()
    try:
        text = content.decode("utf-8-sig")  # with or without a byte-order mark
    except UnicodeDecodeError:
        report.file_problems.append(Problem(0, "", "The file is not UTF-8 text. In Excel, save it as "
                                                    "'CSV UTF-8 (Comma delimited)'."))
        return report
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        report.file_problems.append(Problem(0, "", "The file is empty."))
        return report
    report.header = header
    columns = [_header_name(unguard_cell(h)) for h in header]
    for name in columns:
        if name and name not in TEMPLATE_HEADERS and name not in IGNORED_HEADERS:
            report.file_problems.append(Problem(1, name, "Unknown column; the template lists the columns we read."))
    for name in REQUIRED_HEADERS:
        if name not in columns:
            report.file_problems.append(Problem(1, name, "This column is missing."))
    if "phone" not in columns and "email" not in columns:
        report.file_problems.append(Problem(1, "phone", "Add a phone or an email column."))
    if report.file_problems:
        return report
    line = reader.line_num
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            # A short row leaves its last columns out; a long one is reported just below.
            row = CheckedRow(start, {name: unguard_cell(cell) for name, cell in zip(columns, cells, strict=False)
                                     if name not in IGNORED_HEADERS}, cells=cells)
            if len(cells) > len(columns):
                row.problems.append(Problem(start, "", "This row has more cells than the header has columns."))
            report.rows.append(row)
    except csv.Error as error:
        report.file_problems.append(Problem(line + 1, "", f"The file cannot be read past here: {error}."))
        return report
    if not report.rows:
        report.file_problems.append(Problem(0, "", "The file has a header but no rows."))
        return report
    _validate_rows(report.rows)
    return report


def _validate_rows(rows: list[CheckedRow]) -> None:
    config = current_app.config
    today = centre_today()
    staff = {u.email: u.id for u in db.session.scalars(db.select(User).where(User.active.is_(True)))}
    plans = {p.name: p.id for p in db.session.scalars(db.select(Plan))}
    seen_phones: dict[str, int] = {}
    for row in rows:
        if _is_template_example(row.values):
            row.problems.append(Problem(row.line, "", "This is the template's example row; delete it."))
        result = validate_enrolment(row.values, default_region=config["DEFAULT_REGION"],
                                    default_timezone=config["DEFAULT_TIMEZONE"], today=today)
        values = result.values
        staff_ref = (values.get("assigned_staff") or "").lower()
        if staff_ref and staff_ref not in staff:
            result.errors["assigned_staff"] = "No active staff member with this email."
        values["assigned_staff_id"] = staff.get(staff_ref)
        if values.get("plan") and values["plan"] not in plans:
            result.errors["plan"] = "No follow-up plan has this name."
        values["plan_id"] = plans.get(values.get("plan"))
        phone = values.get("phone")
        if phone and "phone" not in result.errors:
            if phone in seen_phones:
                result.errors["phone"] = f"The same phone number is on line {seen_phones[phone]}."
            else:
                seen_phones[phone] = row.line
        row.problems.extend(Problem(row.line, column, message) for column, message in result.errors.items())
        row.values = values
    _check_database_duplicates(rows, seen_phones)


def _is_template_example(values: dict) -> bool:
    return all((values.get(name) or "").strip() == example for name, example in TEMPLATE_EXAMPLE.items())


def _check_database_duplicates(rows: list[CheckedRow], phones: dict[str, int]) -> None:
    existing: dict[str, int] = {}
    numbers = list(phones)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        existing.update(db.session.execute(db.select(Alumnus.phone, Alumnus.id).where(
            Alumnus.phone.in_(chunk), Alumnus.status.in_(REACHABLE))).all())
    if not existing:
        return
    for row in rows:
        phone = row.values.get("phone")
        if phone in existing and phones.get(phone) == row.line:
            row.problems.append(Problem(row.line, "phone",
                                        f"Already enrolled: alumnus {existing[phone]} has this phone number."))


# --- the pending upload, kept server-side between preview and confirm -------------------

def _imports_dir() -> Path:
    return private_directory(Path(current_app.config["INSTANCE_PATH"]) / "imports")


def save_pending(content: bytes, filename: str, user_id: int) -> str:
    """Store the upload and return its id; stale uploads (they hold personal data) go."""
    folder = _imports_dir()
    cutoff = time.time() - PENDING_MAX_AGE
    for old in folder.iterdir():
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    upload_id = secrets.token_urlsafe(18)
    write_private_file(folder / f"{upload_id}.csv", content)
    write_private_file(folder / f"{upload_id}.json", json.dumps({"filename": filename, "user_id": user_id}).encode())
    return upload_id


def load_pending(upload_id: str, user_id: int) -> tuple[bytes, str] | None:
    """The upload's bytes and file name, only for the user who uploaded it."""
    if not _UPLOAD_ID.match(upload_id or ""):
        return None
    folder = _imports_dir()
    meta_path, data_path = folder / f"{upload_id}.json", folder / f"{upload_id}.csv"
    if not meta_path.exists() or not data_path.exists():
        return None
    meta = json.loads(meta_path.read_text())
    if meta.get("user_id") != user_id:
        return None
    return data_path.read_bytes(), meta.get("filename", "")


def discard_pending(upload_id: str) -> None:
    if _UPLOAD_ID.match(upload_id or ""):
        for suffix in (".csv", ".json"):
            (_imports_dir() / f"{upload_id}{suffix}").unlink(missing_ok=True)


# --- the report of a finished import, kept (as long as an upload) after the upload goes ---

@dataclass
class ImportedRow:
    line: int
    alumnus_id: int
    name: str


@dataclass
class SkippedRow:
    line: int
    cells: list[str]
    problems: list[str]


@dataclass
class ImportResult:
    filename: str
    header: list[str]
    imported: list[ImportedRow]
    skipped: list[SkippedRow]


def _problem_text(problem: Problem) -> str:
    return f"{problem.column}: {problem.message}" if problem.column else problem.message


def save_result(upload_id: str, report: ImportReport, filename: str, user_id: int) -> None:
    """Replace the upload with what became of each row: the imported rows by alumnus id,
    the skipped ones with their cells as read and why they were left out."""
    result = {"filename": filename, "user_id": user_id, "header": report.header,
              "imported": [{"line": row.line, "alumnus_id": row.alumnus_id,
                            "name": " ".join(filter(None, (row.values.get("first_name"), row.values.get("last_name"))))}
                           for row in report.rows if row.alumnus_id is not None],
              "skipped": [{"line": row.line, "cells": row.cells,
                           "problems": [_problem_text(p) for p in row.problems]}
                          for row in report.rows if row.alumnus_id is None]}
    if _UPLOAD_ID.match(upload_id or ""):
        write_private_file(_imports_dir() / f"{upload_id}.result.json", json.dumps(result).encode())
        discard_pending(upload_id)


def load_result(upload_id: str, user_id: int) -> ImportResult | None:
    """The report of a finished import, only for the user who ran it."""
    if not _UPLOAD_ID.match(upload_id or ""):
        return None
    path = _imports_dir() / f"{upload_id}.result.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    if data.get("user_id") != user_id:
        return None
    return ImportResult(filename=data["filename"], header=data["header"],
                        imported=[ImportedRow(**row) for row in data["imported"]],
                        skipped=[SkippedRow(**row) for row in data["skipped"]])


def skipped_rows_csv(result: ImportResult) -> str:
    """The skipped rows in their original columns, plus why each was left out, to fix and
    upload again (the importer ignores the problem column)."""
    width = len(result.header)
    # A file that was itself a skipped-rows file gets its old problems replaced, not doubled.
    keep = [i for i, name in enumerate(result.header) if _header_name(unguard_cell(name)) != PROBLEM_HEADER]
    rows = [[(row.cells + [""] * width)[i] for i in keep] + ["; ".join(row.problems)] for row in result.skipped]
    return csv_text([*(result.header[i] for i in keep), PROBLEM_HEADER], rows)


# --- writing ----------------------------------------------------------------------------

class ImportRefused(Exception):
    def __init__(self, report: ImportReport, message: str):
        super().__init__(message)
        self.report = report


ALUMNUS_COLUMNS = ("first_name", "last_name", "phone", "email", "language", "timezone", "programme",
                   "discharge_date", "sobriety_date", "preferred_channel", "preferred_hour",
                   "discreet", "notes")


def import_csv(content: bytes, *, user: User | None, ip: str | None = None, valid_only: bool = False,
               filename: str = "") -> tuple[ImportReport, int]:
    """Validate again and write. All-or-nothing unless valid_only. Returns (report, count).
    `user` and `ip` (the address the upload came from) go on every audit row."""
    report = check_csv(content)
    if not report.importable:
        raise ImportRefused(report, "The file could not be read; nothing was imported.")
    if report.problems and not valid_only:
        raise ImportRefused(report, "Some rows have problems; nothing was imported.")
    rows = [row.values for row in report.valid_rows]
    if not rows:
        raise ImportRefused(report, "No row is valid; nothing was imported.")
    try:
        ids = write_rows(rows, user=user, ip=ip, filename=filename, skipped=len(report.rows) - len(rows))
    except IntegrityError:
        db.session.rollback()
        raise ImportRefused(report, "Someone enrolled one of these phone numbers meanwhile; "
                                    "nothing was imported. Check the file again.") from None
    for row, alumnus_id in zip(report.valid_rows, ids, strict=True):
        row.alumnus_id = alumnus_id
    return report, len(ids)


def write_rows(rows: list[dict], *, user: User | None, ip: str | None = None, filename: str = "",
               skipped: int = 0) -> list[int]:
    """Bulk-insert validated rows with their consents, audit rows and plans, one commit
    (plus one per extra plan named). Returns the new ids, in the order of the rows."""
    from alumni.plans.plan_bulk import attach_plan_bulk
    from alumni.plans.plans import ensure_default_plan
    now = utcnow()
    actor = user.email if user is not None else "system"
    user_id = user.id if user is not None else None
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
