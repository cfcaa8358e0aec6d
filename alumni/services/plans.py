"""Follow-up plans: the default plan, attaching a plan to an alumnus, and re-planning.

One CheckIn row per plan step is materialised when a plan is attached. A step whose send
time has already passed is recorded as skipped ("enrolled late"), never sent in a burst.
Re-planning (discharge date, plan, time zone, preferred hour, status changes) touches only
future `scheduled` rows; anything that has happened stays as it was.

attach_plan / replan_future add to the caller's transaction (the enrolment or update
service commits, then enqueues); ensure_default_plan commits its own work by default.
"""
from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app
from sqlalchemy import Integer, any_, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import IntegrityError

from alumni.domain.schedule import QuietHours, SendTimeCalculator
from alumni.extensions import db
from alumni.models import (Alumnus, AlumnusStatus, CheckIn, CheckInKind, CheckInStatus, MessageTemplate,
                           Plan, PlanStep, utcnow)
from alumni.services.audit import audit

DEFAULT_PLAN_NAME = "Default follow-up"
CHECKIN_TEMPLATE_KEY = "checkin"
# days 1, 3, 7, 14, 30; then monthly to month 12; then quarterly to month 24 (a month = 30 days)
DEFAULT_DAY_OFFSETS = [1, 3, 7, 14, 30] + [30 * m for m in range(2, 13)] + [30 * m for m in (15, 18, 21, 24)]

LATE_ENROLMENT = "enrolled late"
PLAN_STARTED_LATE = "plan attached after this step"
PLAN_CHANGED = "plan changed"
STEP_REMOVED = "step removed from the plan"
MOVED_INTO_PAST = "re-plan moved it into the past"

# Warm, short, non-judgemental; they never name the centre's speciality, and in discreet
# mode centre_name is empty so even the centre's name stays off a shared phone.
DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": ("Checking in",
           "Hi {{ first_name }}, thinking of you today. How are things? "
           "Reply with a number from 1 (a hard time) to 5 (doing well). Any answer is okay."
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
    "hi": ("आपका हालचाल",
           "नमस्ते {{ first_name }}, आज आपकी याद आई। आप कैसे हैं? "
           "1 से 5 में जवाब दें: 1 = मुश्किल समय, 5 = अच्छा समय। हर जवाब ठीक है।"
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
    "mr": ("तुमची खुशाली",
           "नमस्कार {{ first_name }}, आज तुमची आठवण आली. तुम्ही कसे आहात? "
           "1 ते 5 मध्ये उत्तर द्या: 1 = कठीण वेळ, 5 = चांगली वेळ. कोणतेही उत्तर चालेल."
           "{% if centre_name %} - {{ centre_name }}{% endif %}"),
}


def quiet_hours() -> QuietHours:
    return QuietHours.parse(current_app.config.get("QUIET_HOURS", "21:00-09:00"))


def ensure_default_plan(commit: bool = True) -> Plan:
    """The default plan and its en/hi/mr "checkin" templates, created once. Idempotent, and
    it never overwrites what an admin has edited. commit=False leaves the commit to the caller."""
    plan = db.session.scalar(db.select(Plan).where(Plan.is_default.is_(True)).limit(1))
    if plan is None:
        plan = db.session.scalar(db.select(Plan).where(Plan.name == DEFAULT_PLAN_NAME))
    created = False
    if plan is None:
        plan = Plan(name=DEFAULT_PLAN_NAME, is_default=True,
                    description="Days 1, 3, 7, 14 and 30, then monthly to month 12, then quarterly "
                                "to month 24: a 'how are you, reply 1-5' check-in each time.")
        plan.steps = [PlanStep(day_offset=day, template_key=CHECKIN_TEMPLATE_KEY) for day in DEFAULT_DAY_OFFSETS]
        db.session.add(plan)
        created = True
    existing = set(db.session.execute(
        db.select(MessageTemplate.language).where(MessageTemplate.key == CHECKIN_TEMPLATE_KEY)).scalars())
    for language, (subject, body) in DEFAULT_TEMPLATES.items():
        if language not in existing:
            db.session.add(MessageTemplate(key=CHECKIN_TEMPLATE_KEY, language=language, subject=subject, body=body))
            created = True
    if not commit:
        db.session.flush()
        return plan
    if created:
        try:
            db.session.commit()
        except IntegrityError:  # another process created them at the same moment
            db.session.rollback()
            return ensure_default_plan(commit=True)
    return plan


@dataclass
class ReplanReport:
    created: int = 0
    skipped_late: int = 0
    moved: int = 0
    cancelled: int = 0
    checkins: list[CheckIn] = field(default_factory=list)

    def as_detail(self) -> dict:
        return {"created": self.created, "skipped_late": self.skipped_late, "moved": self.moved,
                "cancelled": self.cancelled}


def step_row(alumnus_id: int, step: PlanStep, due: datetime, now: datetime, late_reason: str) -> dict:
    """The CheckIn values for one plan step (shared by the one-at-a-time and bulk paths)."""
    late = due <= now
    return {
        "alumnus_id": alumnus_id, "plan_step_id": step.id, "kind": CheckInKind.CHECKIN.value,
        "template_key": step.template_key, "channel": step.channel, "due_at": due,
        "status": (CheckInStatus.SKIPPED if late else CheckInStatus.SCHEDULED).value,
        "skip_reason": late_reason if late else None, "reply_window_hours": step.reply_window_hours,
        "attempts": 0, "created_at": now, "updated_at": now,
    }


def attach_plan(alumnus: Alumnus, plan: Plan, now: datetime | None = None) -> ReplanReport:
    """Put the alumnus on `plan` and materialise its check-ins (caller commits)."""
    now = now or utcnow()
    if alumnus.id is None:
        db.session.flush()
    first_time = alumnus.plan_id is None and not _has_plan_rows(alumnus.id)
    alumnus.plan_id = plan.id
    report = _sync_future(alumnus, plan, now, LATE_ENROLMENT if first_time else PLAN_STARTED_LATE)
    audit("plan.attached", alumnus_id=alumnus.id, detail={"plan": plan.name, **report.as_detail()})
    return report


def replan_future(alumnus: Alumnus, now: datetime | None = None) -> ReplanReport:
    """Bring future scheduled check-ins in line with the alumnus's current plan, discharge
    date, zone, preferred hour and status (caller commits). History is left alone."""
    now = now or utcnow()
    db.session.flush()
    if alumnus.status in (AlumnusStatus.WITHDRAWN, AlumnusStatus.ERASED):
        report = ReplanReport(cancelled=cancel_future(alumnus.id, str(alumnus.status), now=None))
    else:
        plan = db.session.get(Plan, alumnus.plan_id) if alumnus.plan_id else None
        report = _sync_future(alumnus, plan, now, PLAN_STARTED_LATE)
    if report.created or report.moved or report.cancelled or report.skipped_late:
        audit("plan.replanned", alumnus_id=alumnus.id, detail=report.as_detail())
    return report


def cancel_future(alumnus_id: int, reason: str, now: datetime | None = None) -> int:
    """Cancel every scheduled check-in (all kinds) due after `now` (all of them when now is
    None): used on withdrawal and erasure. Returns how many."""
    query = db.update(CheckIn).where(CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED)
    if now is not None:
        query = query.where(CheckIn.due_at > now)
    result = db.session.execute(
        query.values(status=CheckInStatus.CANCELLED, skip_reason=reason, updated_at=utcnow()),
        execution_options={"synchronize_session": False})
    db.session.expire_all()
    return result.rowcount or 0


def _has_plan_rows(alumnus_id: int) -> bool:
    return db.session.scalar(db.select(CheckIn.id).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.plan_step_id.is_not(None)).limit(1)) is not None


def _sync_future(alumnus: Alumnus, plan: Plan | None, now: datetime, late_reason: str) -> ReplanReport:
    report = ReplanReport()
    calc = SendTimeCalculator(quiet_hours())
    rows = list(db.session.scalars(db.select(CheckIn).where(
        CheckIn.alumnus_id == alumnus.id, CheckIn.plan_step_id.is_not(None))))
    steps = list(plan.steps) if plan else []
    step_ids = {step.id for step in steps}
    by_step: dict[int, list[CheckIn]] = {}
    for row in rows:
        is_future = row.status == CheckInStatus.SCHEDULED and row.due_at > now
        if row.plan_step_id not in step_ids:
            if is_future:
                _close(row, CheckInStatus.CANCELLED, PLAN_CHANGED)
                report.cancelled += 1
            continue
        if row.status != CheckInStatus.CANCELLED:
            by_step.setdefault(row.plan_step_id, []).append(row)
    for step in steps:
        due = calc(alumnus.discharge_date, step.day_offset, alumnus.preferred_hour, alumnus.timezone)
        existing = by_step.get(step.id)
        if not existing:
            checkin = CheckIn(**step_row(alumnus.id, step, due, now, late_reason))
            db.session.add(checkin)
            report.created += 1
            report.skipped_late += checkin.status == CheckInStatus.SKIPPED
            report.checkins.append(checkin)
            continue
        for row in existing:
            if row.status != CheckInStatus.SCHEDULED or row.due_at <= now:
                continue  # already happened, or due now: the dispatcher's business
            row.channel, row.template_key = step.channel, step.template_key
            row.reply_window_hours = step.reply_window_hours
            if due <= now:
                row.due_at = due
                _close(row, CheckInStatus.SKIPPED, MOVED_INTO_PAST)
                report.skipped_late += 1
            elif row.due_at != due:
                row.due_at = due
                report.moved += 1
    db.session.flush()
    return report


def _close(row: CheckIn, status: CheckInStatus, reason: str) -> None:
    row.status = status.value
    row.skip_reason = reason


def among(column, values, postgres: bool | None = None):
    """column IN values. On PostgreSQL as one array parameter: binding and planning 5,000
    separate parameters takes longer than running the query (the dispatcher uses it too).
    `postgres` says which, for callers outside the session (bulk writer threads)."""
    if postgres is None:
        postgres = db.session.get_bind().dialect.name == "postgresql"
    if postgres:
        return column == any_(literal(sorted(values), ARRAY(Integer)))
    return column.in_(values)


CHECKIN_COLUMNS = ("alumnus_id", "plan_step_id", "kind", "template_key", "channel", "due_at", "status",
                   "skip_reason", "reply_window_hours", "attempts", "created_at", "updated_at")
AUDIT_COLUMNS = ("alumnus_id", "at", "user_id", "actor", "action", "ip", "detail")


def attach_plan_bulk(alumnus_ids: list[int], plan: Plan, now: datetime | None = None,
                     batch_size: int | None = None, actor: str = "system", streams: int | None = None) -> int:
    """attach_plan for many new alumni at once (CSV import, benchmarks): the same rows as
    attach_plan (step_row), written with the driver's bulk path, committed per batch.
    Alumni that already have plan check-ins are left out. Returns check-ins written.

    Each batch is one transaction holding its alumni's check-ins, audit rows and plan_id,
    so after a failure every alumnus is either fully planned or untouched, and running it
    again finishes the rest. The error is raised once the batches in flight have ended.

    Fast path: a cohort shares few (discharge date, preferred hour, zone) combinations, so
    each combination's rows (minus alumnus_id) are built once, already in the driver's
    wire form (SQLite's stored text, or COPY text lines), and reused for every alumnus.

    On PostgreSQL the batches go out on `streams` connections at once (default: one per
    core) when the caller's transaction has written nothing: see _parallel_streams."""
    now = now or utcnow()
    postgres = db.session.get_bind().dialect.name == "postgresql"
    batch_size = batch_size or _bulk_batch_size(postgres)
    batches = [alumnus_ids[start:start + batch_size] for start in range(0, len(alumnus_ids), batch_size)]
    writer = _BulkWriter(plan, now, actor, postgres)
    db.session.flush()  # the caller's pending rows count, as its own queries would see them
    # Asked once, before anything is written: asked per batch, the question runs against a
    # table this call is filling, whose statistics still say "empty" (a fresh database, or
    # not analysed yet), so PostgreSQL scans all rows written so far for every batch, and
    # with parallel streams checks each of the other streams' uncommitted rows too (in
    # one 2-stream run of 100,000 alumni, 119 s of its 125 s).
    already: set[int] = set()
    for chunk in batches:
        already.update(db.session.scalars(db.select(CheckIn.alumnus_id).distinct().where(
            among(CheckIn.alumnus_id, chunk, postgres), CheckIn.plan_step_id.is_not(None))))
    parallel = _parallel_streams(postgres, len(batches), streams)
    if parallel <= 1:
        written = 0
        for chunk in batches:
            written += writer.write(db.session.connection(), chunk, already)
            db.session.commit()
        return written
    return _write_in_parallel(writer, batches, already, parallel)


def _parallel_streams(postgres: bool, batches: int, wanted: int | None) -> int:
    """How many connections to write on. PostgreSQL runs each connection's COPY and its
    foreign-key checks on one core, and that server time is nearly all of the work, so
    one stream per core. Only when the caller's transaction has written nothing (nor
    locked rows): the streams would need its writes committed first, separately from
    their check-ins, and the CSV import relies on its alumni, consents and audit rows
    being committed together with their check-ins (one batch on the caller's connection).
    So then everything stays on the caller's connection in one stream, as before."""
    if not postgres or batches < 2:
        return 1
    wanted = wanted or os.cpu_count() or 1
    if wanted < 2:
        return 1
    if db.session.scalar(db.text("SELECT pg_current_xact_id_if_assigned() IS NULL")) is not True:
        return 1
    return min(wanted, batches)


@dataclass(frozen=True)
class _Step:
    """The PlanStep fields step_row reads, as plain values: the writer threads must not
    touch ORM objects (a session is not thread-safe, and a commit would expire them)."""
    id: int
    day_offset: int
    template_key: str
    channel: str
    reply_window_hours: int


class _BulkWriter:
    """Writes one batch of alumni on a given connection, inside its transaction. Safe to
    share between threads: it reads no ORM state, and its caches only ever gain entries
    that any thread would compute identically."""

    def __init__(self, plan: Plan, now: datetime, actor: str, postgres: bool):
        self.now, self.actor, self.postgres = now, actor, postgres
        self.plan_id, self.plan_name = plan.id, plan.name
        self.steps = [_Step(s.id, s.day_offset, s.template_key, s.channel, s.reply_window_hours) for s in plan.steps]
        self.calc = SendTimeCalculator(quiet_hours())
        self.json = getattr(db.session.get_bind().dialect, "_json_serializer", None) or json.dumps
        # One template per combination: (per-step check-in row tails, its audit row tail).
        self.templates: dict[tuple, tuple[list, list]] = {}

    def _wire(self, tails: list[tuple]) -> list:
        if self.postgres:
            return ["\t" + "\t".join(_copy_text(v) for v in tail) + "\n" for tail in tails]
        return [tuple(_sqlite_value(v) for v in tail) for tail in tails]

    def _template(self, discharge, hour, tz_name) -> tuple[list, list]:
        key = (discharge, hour, tz_name)
        found = self.templates.get(key)
        if found is None:
            rows = [step_row(0, step, self.calc(discharge, step.day_offset, hour, tz_name), self.now, LATE_ENROLMENT)
                    for step in self.steps]
            late = sum(row["status"] == CheckInStatus.SKIPPED for row in rows)
            detail = {"plan": self.plan_name, "created": len(self.steps), "skipped_late": late}
            found = self.templates[key] = (
                self._wire([tuple(row[c] for c in CHECKIN_COLUMNS[1:]) for row in rows]),
                self._wire([(self.now, None, self.actor, "plan.attached", None, self.json(detail))]))
        return found

    def write(self, conn, chunk: list[int], already: set[int]) -> int:
        """Writes the check-ins of the alumni in `chunk` that are not in `already`."""
        postgres = self.postgres
        people = conn.execute(db.select(
            Alumnus.id, Alumnus.discharge_date, Alumnus.preferred_hour, Alumnus.timezone)
            .where(among(Alumnus.id, chunk, postgres))).all()
        rows: list = []
        events: list = []
        fresh: list[int] = []
        count = 0
        for alumnus_id, discharge, hour, tz_name in people:
            if alumnus_id in already:
                continue
            tails, audit_tail = self._template(discharge, hour, tz_name)
            if postgres:
                prefix = str(alumnus_id)
                rows.append("".join([prefix + line for line in tails]))
                events.append(prefix + audit_tail[0])
            else:
                rows.append((alumnus_id, tails))
                events.append((alumnus_id, audit_tail))
            fresh.append(alumnus_id)
            count += len(tails)
        if count:
            # The audit rows are written like the check-ins (the same stored values as
            # audit(), without building and JSON-encoding 100,000 dictionaries).
            raw = conn.connection.dbapi_connection
            if postgres:
                _copy_lines(raw, "checkins", CHECKIN_COLUMNS, rows)
                _copy_lines(raw, "audit_events", AUDIT_COLUMNS, events)
            else:
                _sqlite_insert(raw, "checkins", CHECKIN_COLUMNS, rows)
                _sqlite_insert(raw, "audit_events", AUDIT_COLUMNS, events)
            conn.execute(db.update(Alumnus).where(among(Alumnus.id, fresh, postgres)).values(plan_id=self.plan_id),
                         execution_options={"synchronize_session": False})
        return count


def _write_in_parallel(writer: _BulkWriter, batches: list[list[int]], already: set[int], streams: int) -> int:
    """Each stream takes a contiguous run of the batches on a connection of its own and
    commits each batch. After a failure the other streams stop at their next batch (what
    they committed stays: whole alumni, see attach_plan_bulk) and the first error is
    raised here, after every stream has ended, so none is left writing behind the caller."""
    # Ends the caller's transaction (it has written nothing: _parallel_streams checked),
    # as the first batch's commit always did; objects it loaded are reloaded when next used.
    db.session.commit()
    engine = db.session.get_bind()
    failed = threading.Event()
    share, extra = divmod(len(batches), streams)
    runs, start = [], 0
    for k in range(streams):
        end = start + share + (k < extra)
        runs.append(batches[start:end])
        start = end

    def stream(run: list[list[int]]) -> int:
        written = 0
        with engine.connect() as conn:
            for chunk in run:
                if failed.is_set():
                    break
                try:
                    written += writer.write(conn, chunk, already)
                    conn.commit()
                except BaseException:
                    failed.set()
                    raise
        return written

    with ThreadPoolExecutor(max_workers=streams, thread_name_prefix="attach-plan") as pool:
        futures = [pool.submit(stream, run) for run in runs]
        wait(futures)
    errors = [f.exception() for f in futures if f.exception() is not None]
    if errors:
        raise errors[0]
    return sum(f.result() for f in futures)


def _bulk_batch_size(postgres: bool) -> int:
    """Alumni per committed batch. SQLite: 20,000 (400,000 check-ins, a couple of seconds
    of holding the write lock): each commit rewrites the index pages the batch touched and
    may checkpoint, and at 5,000 per batch the commits were a quarter of a 2M-row run.
    PostgreSQL commits cheaply and its COPY text is built per batch, so smaller batches."""
    return 5000 if postgres else 20000


def _sqlite_value(value):
    """SQLAlchemy's stored text form of a datetime on SQLite (so comparisons with bound
    parameters stay exact); anything else as it is."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(value) -> str:
    """One field in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).translate(_COPY_ESCAPES)


def _copy_lines(raw, table: str, columns: tuple[str, ...], lines: list[str]) -> None:
    """COPY ready text-format lines into `table` on the DB-API connection `raw` (PostgreSQL)."""
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for start in range(0, len(lines), 1000):
            copy.write("".join(lines[start:start + 1000]))


# A bigger page cache while bulk-inserting on SQLite: the check-in indexes on due_at take
# rows at a few hundred insertion points at once, more index pages than the default 2 MB
# cache holds, so every batch would otherwise re-read and re-write them.
_SQLITE_BULK_CACHE_KIB = 65536


def _sqlite_insert(raw, table: str, columns: tuple[str, ...], people: list[tuple[int, list[tuple]]]) -> None:
    """Insert on the DB-API connection `raw` (SQLite), inside its transaction. `people` is
    (first column, shared row tails in stored form) per person, in insertion order.

    The few distinct tails and the people go into two small temporary tables and SQLite
    joins them into `table` itself, in the same order: no Python tuple and no parameter
    binding per written row (15% of the CPU of a 2M-row plan materialisation). The
    temporary columns have no type, so values reach `table` exactly as bound values would."""
    numbers: dict[int, int] = {}
    tails_rows: list[tuple] = []
    people_rows: list[tuple] = []
    for first_column, tails in people:
        number = numbers.get(id(tails))
        if number is None:
            number = numbers[id(tails)] = len(numbers)
            tails_rows += [(number, step, *tail) for step, tail in enumerate(tails)]
        people_rows.append((first_column, number))
    rest = [f"c{j}" for j in range(len(columns) - 1)]
    cursor = raw.cursor()
    try:
        # The DROPs below are part of the transaction: if it is rolled back after this
        # (a later statement of the batch failed), the tables come back on this connection.
        cursor.execute("DROP TABLE IF EXISTS temp.bulk_tails")
        cursor.execute("DROP TABLE IF EXISTS temp.bulk_people")
        cursor.execute(f"CREATE TEMP TABLE bulk_tails (tails, step, {', '.join(rest)}, PRIMARY KEY (tails, step))")
        cursor.execute("CREATE TEMP TABLE bulk_people (first, tails)")
        cursor.executemany(f"INSERT INTO bulk_tails VALUES ({', '.join('?' * (len(rest) + 2))})", tails_rows)
        cursor.executemany("INSERT INTO bulk_people VALUES (?, ?)", people_rows)
        old = cursor.execute("PRAGMA cache_size").fetchone()[0]
        if -_SQLITE_BULK_CACHE_KIB < old < 0 or 0 < old * 4 < _SQLITE_BULK_CACHE_KIB:
            cursor.execute(f"PRAGMA cache_size = -{_SQLITE_BULK_CACHE_KIB}")
        try:
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT p.first, {', '.join('t.' + c for c in rest)} FROM bulk_people p "
                "JOIN bulk_tails t ON t.tails = p.tails ORDER BY p.rowid, t.step")
        finally:
            cursor.execute(f"PRAGMA cache_size = {int(old)}")
    finally:
        cursor.execute("DROP TABLE IF EXISTS temp.bulk_tails")
        cursor.execute("DROP TABLE IF EXISTS temp.bulk_people")
        cursor.close()
