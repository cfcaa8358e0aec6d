"""Reading an uploaded enrolment CSV and checking every row, writing nothing: the columns
(with the names people actually type, and those an export or a skipped-rows file adds),
each row by the enrolment rules, the staff and plan it names, and its phone against the
file's other rows and the records already enrolled. The preview shows this report; the
import runs it again before writing."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from flask import current_app

from alumni.core.centre_day import centre_today
from alumni.csv_export import FORMULA_STARTS, csv_text
from alumni.domain.alumni_validation import FIELDS, validate_enrolment
from alumni.extensions import db
from alumni.models import Alumnus, Plan, User
from alumni.records.alumni import REACHABLE
from alumni.records.alumni_export import EXPORT_COLUMNS

TEMPLATE_HEADERS = FIELDS
# One filled-in row so the format of every column is plain; left in the file, it is refused.
TEMPLATE_EXAMPLE = {"first_name": "Asha", "last_name": "Patil", "phone": "98765 43210",
                    "email": "asha@example.org", "language": "Marathi", "timezone": "Asia/Kolkata",
                    "programme": "Residential 90 days", "cohort": "2024 Batch 3",
                    "discharge_date": "2024-03-31", "sobriety_date": "2024-01-02",
                    "preferred_channel": "sms", "preferred_hour": "10", "consent_sms": "yes",
                    "consent_whatsapp": "no", "consent_email": "no", "consent_milestones": "no",
                    "assigned_staff": "",
                    "plan": "", "discreet": "no", "notes": ""}
# Columns an export carries that an enrolment does not (the id, the status): an export
# re-imports, and these say nothing about the new record.
EXPORT_ONLY_HEADERS = tuple(name for name in EXPORT_COLUMNS if name not in FIELDS)
PROBLEM_HEADER = "problem"  # the column the skipped-rows file adds; ignored on re-import
IGNORED_HEADERS = (*EXPORT_ONLY_HEADERS, PROBLEM_HEADER)
REQUIRED_HEADERS = ("first_name", "discharge_date")
HEADER_ALIASES = {"assigned_staff_email": "assigned_staff", "staff": "assigned_staff",
                  "mobile": "phone", "phone_number": "phone"}


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


def header_name(raw: str) -> str:
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
    columns = [header_name(unguard_cell(h)) for h in header]
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
