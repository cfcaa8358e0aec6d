"""Materialising a plan for many alumni at once (CSV import, benchmarks): the rows
attach_plan would write, through the database driver's bulk path (COPY on PostgreSQL,
SQLite joining temporary tables), committed per batch, on parallel connections where
PostgreSQL allows it."""
from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime

from alumni.domain.schedule import SendTimeCalculator
from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, CheckInStatus, Consent, Plan, utcnow
from alumni.plans.plans import LATE_ENROLMENT, among, quiet_hours, step_row, welcome_row
from alumni.plans.render import address_for

CHECKIN_COLUMNS = ("alumnus_id", "plan_step_id", "kind", "template_key", "channel", "due_at", "status",
                   "skip_reason", "reply_window_hours", "attempts", "created_at", "updated_at")
AUDIT_COLUMNS = ("alumnus_id", "at", "user_id", "actor", "action", "ip", "detail")


@dataclass(frozen=True)
class BulkAttachReport:
    written: int   # check-ins written
    streams: int   # connections they were written on at once


def attach_plan_bulk(alumnus_ids: list[int], plan: Plan, now: datetime | None = None,
                     batch_size: int | None = None, actor: str = "system", streams: int | None = None,
                     welcome: bool = False) -> BulkAttachReport:
    """attach_plan for many new alumni at once (CSV import, benchmarks): the same rows as
    attach_plan (step_row), written with the driver's bulk path, committed per batch.
    Alumni that already have plan check-ins are left out. Reports the check-ins written
    and on how many connections at once.

    Each batch is one transaction holding its alumni's check-ins, audit rows and plan_id,
    so after a failure every alumnus is either fully planned or untouched, and running it
    again finishes the rest. The error is raised once the batches in flight have ended.

    Fast path: a cohort shares few (discharge date, preferred hour, zone) combinations, so
    each combination's rows (minus alumnus_id) are built once, already in the driver's
    wire form (SQLite's stored text, or COPY text lines), and reused for every alumnus.

    On PostgreSQL the batches go out on `streams` connections at once (default: one per
    core) when the caller's transaction has written nothing: see _parallel_streams.

    welcome=True (the CSV import) adds attach_plan's welcome check-in, due now, to each
    alumnus with consent on their preferred channel: one more row each, counted in written."""
    now = now or utcnow()
    postgres = db.session.get_bind().dialect.name == "postgresql"
    batch_size = batch_size or _bulk_batch_size(postgres)
    batches = [alumnus_ids[start:start + batch_size] for start in range(0, len(alumnus_ids), batch_size)]
    writer = _BulkWriter(plan, now, actor, postgres, welcome)
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
        return BulkAttachReport(written, 1)
    return BulkAttachReport(_write_in_parallel(writer, batches, already, parallel), parallel)


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

    def __init__(self, plan: Plan, now: datetime, actor: str, postgres: bool, welcome: bool = False):
        self.now, self.actor, self.postgres, self.welcome = now, actor, postgres, welcome
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

    def _template(self, discharge, hour, tz_name, welcomed: bool = False) -> tuple[list, list]:
        key = (discharge, hour, tz_name, welcomed)
        found = self.templates.get(key)
        if found is None:
            rows = [step_row(0, step, self.calc(discharge, step.day_offset, hour, tz_name), self.now, LATE_ENROLMENT)
                    for step in self.steps]
            late = sum(row["status"] == CheckInStatus.SKIPPED for row in rows)
            detail = {"plan": self.plan_name, "created": len(self.steps), "skipped_late": late}
            if welcomed:
                rows.append(welcome_row(0, self.now))
                detail["welcome"] = True
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
        welcomed = self._welcomed(conn, chunk) if self.welcome else set()
        rows: list = []
        events: list = []
        fresh: list[int] = []
        count = 0
        for alumnus_id, discharge, hour, tz_name in people:
            if alumnus_id in already:
                continue
            tails, audit_tail = self._template(discharge, hour, tz_name, alumnus_id in welcomed)
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
            # The alumni first: on PostgreSQL the check-ins' reference check then locks
            # the new row versions, instead of the update having to replace versions the
            # check has just locked (0.4 s of 9 for 100,000 alumni on 2 cores).
            conn.execute(db.update(Alumnus).where(among(Alumnus.id, fresh, postgres)).values(plan_id=self.plan_id),
                         execution_options={"synchronize_session": False})
            # The audit rows are written like the check-ins (the same stored values as
            # audit(), without building and JSON-encoding 100,000 dictionaries).
            raw = conn.connection.dbapi_connection
            if postgres:
                _copy_lines(raw, "checkins", CHECKIN_COLUMNS, rows)
                _copy_lines(raw, "audit_events", AUDIT_COLUMNS, events)
            else:
                _sqlite_insert(raw, "checkins", CHECKIN_COLUMNS, rows)
                _sqlite_insert(raw, "audit_events", AUDIT_COLUMNS, events)
        return count


    def _welcomed(self, conn, chunk: list[int]) -> set[int]:
        """Who in `chunk` may get a welcome: their latest consent on their preferred
        channel is a yes, and there is an address for it (may_welcome, one query)."""
        people = {row.id: row for row in conn.execute(db.select(
            Alumnus.id, Alumnus.preferred_channel, Alumnus.phone, Alumnus.email)
            .where(among(Alumnus.id, chunk, self.postgres)))}
        latest: dict[tuple[int, str], bool] = {}
        for alumnus_id, channel, granted in conn.execute(db.select(
                Consent.alumnus_id, Consent.channel, Consent.granted)
                .where(among(Consent.alumnus_id, chunk, self.postgres)).order_by(Consent.id)):
            latest[(alumnus_id, channel)] = granted
        return {alumnus_id for alumnus_id, person in people.items()
                if latest.get((alumnus_id, person.preferred_channel)) and address_for(person.preferred_channel, person)}


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
