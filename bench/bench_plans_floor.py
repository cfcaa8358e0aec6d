"""Where a PostgreSQL plan materialisation's time goes (PostgreSQL only; on SQLite it
prints nothing). The check-ins of N alumni (default 25,000: 500,000 rows) are copied out
of `checkins` as COPY text, then COPYed back, on one connection, into four tables:
`checkins` itself (its indexes, and its references to alumni and plan_steps checked once
per statement: migration 0009), a copy with the same references as per-row foreign keys
(what checkins had before 0009), a copy with the indexes and no reference checks, and a
bare copy. Per row and scaled to the 2,000,000 rows of 100,000 alumni, that is the server
time each part costs, the floor under `python -m bench plans` on this machine.
BENCH_FLOOR_ALUMNI sets N."""
from __future__ import annotations

import os
import time
from datetime import datetime

from bench.common import Figure, scratch_app

FULL_PLAN_ROWS = 2_000_000   # the default plan for 100,000 alumni
COLUMNS = ("alumnus_id, plan_step_id, kind, template_key, channel, due_at, status, skip_reason, "
           "reply_window_hours, attempts, created_at, updated_at")


def _copy_into(raw, table: str, text: bytes) -> float:
    started = time.perf_counter()
    with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({COLUMNS}) FROM STDIN") as copy:
        for start in range(0, len(text), 1 << 20):
            copy.write(text[start:start + (1 << 20)])
    raw.commit()
    return time.perf_counter() - started


def run() -> list[Figure]:
    if not os.environ.get("DATABASE_URL", "").startswith("postgresql"):
        return []
    from alumni.extensions import db
    from alumni.plans.plan_bulk import attach_plan_bulk
    from alumni.plans.plans import ensure_default_plan
    from bench.bench_plans import _add_alumni

    n = int(os.environ.get("BENCH_FLOOR_ALUMNI", "25000"))
    figures: list[Figure] = []
    with scratch_app() as app, app.app_context():
        ids = _add_alumni(n)
        attach_plan_bulk(ids, ensure_default_plan(), now=datetime(2024, 12, 1), streams=1)
        db.session.commit()
        raw = db.engine.raw_connection()
        with raw.cursor() as cursor:
            with cursor.copy(f"COPY checkins ({COLUMNS}) TO STDOUT") as copy:
                text = b"".join(bytes(chunk) for chunk in copy)
            rows = text.count(b"\n")
            cursor.execute("CREATE TABLE floor_indexed (LIKE checkins INCLUDING DEFAULTS INCLUDING INDEXES)")
            cursor.execute("CREATE TABLE floor_bare (LIKE checkins INCLUDING DEFAULTS)")
            cursor.execute("CREATE TABLE floor_foreign_keys (LIKE checkins INCLUDING DEFAULTS INCLUDING INDEXES)")
            cursor.execute("ALTER TABLE floor_foreign_keys ADD FOREIGN KEY (alumnus_id) REFERENCES alumni (id), "
                           "ADD FOREIGN KEY (plan_step_id) REFERENCES plan_steps (id)")
            # Empty, with fresh indexes, like the other two (the tables that refer to
            # check-ins are empty here too).
            cursor.execute("TRUNCATE checkins CASCADE")
        raw.commit()
        variants = (("checkins (references checked per statement + indexes)", "checkins"),
                    ("same, references as per-row foreign keys", "floor_foreign_keys"),
                    ("same indexes, no reference checks", "floor_indexed"),
                    ("bare table (primary key only)", "floor_bare"))
        per_row = {}
        for label, table in variants:
            seconds = _copy_into(raw, table, text)
            per_row[table] = seconds / rows
            figures.append(Figure(f"floor: COPY {rows:,} rows, one stream, into {label}", seconds, "s"))
        raw.close()
        scale = FULL_PLAN_ROWS / 1e6
        figures.append(Figure("floor: server time per 2M rows, whole", per_row["checkins"] * 1e6 * scale, "core-s"))
        figures.append(Figure("floor:   of it reference checks (per statement)",
                              (per_row["checkins"] - per_row["floor_indexed"]) * 1e6 * scale, "core-s"))
        figures.append(Figure("floor:   of it index inserts",
                              (per_row["floor_indexed"] - per_row["floor_bare"]) * 1e6 * scale, "core-s"))
        figures.append(Figure("floor:   bare heap COPY", per_row["floor_bare"] * 1e6 * scale, "core-s"))
        figures.append(Figure("floor: the same references as per-row foreign keys would cost",
                              (per_row["floor_foreign_keys"] - per_row["floor_indexed"]) * 1e6 * scale, "core-s"))
    return figures


if __name__ == "__main__":
    from bench.common import print_figures
    print_figures(run())
