"""Where a PostgreSQL plan materialisation's time goes (PostgreSQL only; on SQLite it
prints nothing). The check-ins of N alumni (default 25,000) are copied out of `checkins` as
COPY text, then COPYed back, on one connection, into four tables: `checkins` itself (its
declared foreign keys, status checks and indexes), a copy with the same checks and indexes
but no foreign keys, one with the indexes only, and a bare one. Per row, scaled to the rows
of the default plan for 100,000 alumni, that is the server time each part costs: the floor
under `python -m bench plans` on this machine. BENCH_FLOOR_ALUMNI sets N."""
from __future__ import annotations

import os
import time
from datetime import datetime

from bench.common import Figure, scratch_app

FULL_PLAN_ALUMNI = 100_000
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
            cursor.execute("CREATE TABLE floor_checked (LIKE checkins INCLUDING DEFAULTS INCLUDING INDEXES "
                           "INCLUDING CONSTRAINTS)")
            cursor.execute("CREATE TABLE floor_indexed (LIKE checkins INCLUDING DEFAULTS INCLUDING INDEXES)")
            cursor.execute("CREATE TABLE floor_bare (LIKE checkins INCLUDING DEFAULTS)")
            # Empty, with fresh indexes, like the others (the tables that refer to
            # check-ins are empty here too).
            cursor.execute("TRUNCATE checkins CASCADE")
        raw.commit()
        variants = (("checkins as declared (foreign keys, status checks, indexes)", "checkins"),
                    ("same checks and indexes, no foreign keys", "floor_checked"),
                    ("same indexes, no checks", "floor_indexed"),
                    ("bare table (primary key only)", "floor_bare"))
        per_row = {}
        for label, table in variants:
            seconds = _copy_into(raw, table, text)
            per_row[table] = seconds / rows
            figures.append(Figure(f"floor: COPY {rows:,} rows, one stream, into {label}", seconds, "s"))
        raw.close()
        full_rows = rows / n * FULL_PLAN_ALUMNI

        def scaled(seconds_per_row: float) -> float:
            return seconds_per_row * full_rows

        figures.append(Figure(f"floor: server time for {full_rows:,.0f} rows (100,000 alumni), whole",
                              scaled(per_row["checkins"]), "core-s"))
        figures.append(Figure("floor:   of it foreign keys (one query per row and reference)",
                              scaled(per_row["checkins"] - per_row["floor_checked"]), "core-s"))
        figures.append(Figure("floor:   of it status checks",
                              scaled(per_row["floor_checked"] - per_row["floor_indexed"]), "core-s"))
        figures.append(Figure("floor:   of it index inserts",
                              scaled(per_row["floor_indexed"] - per_row["floor_bare"]), "core-s"))
        figures.append(Figure("floor:   bare heap COPY", scaled(per_row["floor_bare"]), "core-s"))
    return figures


if __name__ == "__main__":
    from bench.common import print_figures
    print_figures(run())
