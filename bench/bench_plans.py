"""Plans and dispatcher at scale: materialise the default plan for N alumni (20 check-ins
each, bulk inserts) and dispatch N due check-ins (conditional UPDATEs + one Redis pipeline
per batch, through the same enqueue function the dispatcher always uses), for N = 10,000
and 100,000. SQLite + embedded Redis by default; DATABASE_URL / REDIS_URL for PostgreSQL.
On PostgreSQL attach_plan_bulk writes on one connection per core here (nothing uncommitted in
the bench's session), so the figure is the server's COPY on both cores."""
from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta

from bench.common import Figure, scratch_app, timed

NOW = datetime(2025, 1, 10, 6, 0)  # 11:30 in Kolkata: outside quiet hours
# With the declared foreign keys and RQ's own enqueue (no bypass of either), the targets are
# a 100,000-alumni materialisation under 30 s and a dispatch of at least 5,000 check-ins a second.
MATERIALISE_TARGET_SECONDS = 30.0
DISPATCH_TARGET_PER_SECOND = 5000.0


def _sizes() -> list[int]:
    raw = os.environ.get("BENCH_PLANS_SIZES", "10000,100000")
    return [int(n) for n in raw.split(",") if n.strip()]


def _add_alumni(n: int) -> list[int]:
    from alumni.extensions import db
    from alumni.models import Alumnus, Consent
    alumni = Alumnus.__table__
    rows = [{"first_name": f"Bench{i}", "last_name": "", "phone": f"+91{9000000000 + i}", "language": "en",
             "timezone": "Asia/Kolkata", "preferred_hour": 10, "preferred_channel": "sms", "status": "active",
             "discharge_date": date(2025, 2, 1) + timedelta(days=i % 30), "discreet": False,
             "created_at": NOW, "updated_at": NOW} for i in range(n)]
    for start in range(0, n, 10000):
        db.session.execute(alumni.insert(), rows[start:start + 10000])
    db.session.commit()
    ids = list(db.session.scalars(db.select(Alumnus.id).order_by(Alumnus.id)))
    consents = [{"alumnus_id": i, "channel": "sms", "granted": True, "source": "form", "recorded_at": NOW} for i in ids]
    for start in range(0, n, 10000):
        db.session.execute(Consent.__table__.insert(), consents[start:start + 10000])
    db.session.commit()
    return ids


def _one_size(n: int, label: str) -> tuple[list[Figure], float, float]:
    from alumni.delivery.dispatcher import dispatch_due
    from alumni.extensions import db
    from alumni.models import CheckIn
    from alumni.plans.plan_bulk import attach_plan_bulk
    from alumni.plans.plans import ensure_default_plan

    figures: list[Figure] = []
    with scratch_app() as app, app.app_context():
        ids = _add_alumni(n)
        # The machine is shared: wall clock means little without the load beside it.
        figures.append(Figure(f"{label}: load average (1 min) before N = {n:,}", os.getloadavg()[0], ""))
        plan = ensure_default_plan()
        cpu = time.process_time()
        with timed() as t:
            attached = attach_plan_bulk(ids, plan, now=datetime(2024, 12, 1))
        written = attached.written
        materialise, materialise_cpu = t.seconds, time.process_time() - cpu
        at_scale = n >= 100000
        figures.append(Figure(f"{label}: materialise default plan, {n:,} alumni ({written:,} rows)", materialise,
                              "s", f"< {MATERIALISE_TARGET_SECONDS:.0f} s" if at_scale else "",
                              materialise < MATERIALISE_TARGET_SECONDS if at_scale else None))
        figures.append(Figure(f"{label}: materialise rate", written / materialise, "rows/s"))
        figures.append(Figure(f"{label}: materialise CPU time of this process", materialise_cpu, "s"))
        figures.append(Figure(f"{label}: materialise connections writing at once", attached.streams, ""))

        # Exactly n due check-ins: the first step of every alumnus, made due now.
        first_step = plan.steps[0].id
        db.session.execute(db.update(CheckIn).where(CheckIn.plan_step_id == first_step)
                           .values(due_at=NOW - timedelta(minutes=1), status="scheduled"))
        db.session.commit()
        cpu = time.process_time()
        with timed() as t:
            report = dispatch_due(NOW, batch_size=5000)
        dispatch, dispatch_cpu = t.seconds, time.process_time() - cpu
        assert report.queued == n and report.enqueued == n, report.summary()
        figures.append(Figure(f"{label}: dispatch {n:,} due check-ins (update + enqueue)", dispatch, "s"))
        figures.append(Figure(f"{label}: dispatch rate", n / dispatch, "rows/s",
                              f">= {DISPATCH_TARGET_PER_SECOND:,.0f}/s" if at_scale else "",
                              n / dispatch >= DISPATCH_TARGET_PER_SECOND if at_scale else None))
        figures.append(Figure(f"{label}: dispatch CPU time of this process", dispatch_cpu, "s"))
    return figures, materialise, dispatch


def run() -> list[Figure]:
    label = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgresql") else "sqlite"
    figures: list[Figure] = []
    timings: dict[int, tuple[float, float]] = {}
    for n in _sizes():
        found, materialise, dispatch = _one_size(n, label)
        figures += found
        timings[n] = (materialise, dispatch)
    if len(timings) >= 2:
        small, large = min(timings), max(timings)
        scale = large / small
        figures.append(Figure(f"{label}: materialise cost growth {small:,} -> {large:,} (x{scale:.0f} rows)",
                              timings[large][0] / timings[small][0], "x"))
        figures.append(Figure(f"{label}: dispatch cost growth {small:,} -> {large:,} (x{scale:.0f} rows)",
                              timings[large][1] / timings[small][1], "x"))
    return figures


if __name__ == "__main__":
    from bench.common import print_figures
    print_figures(run())
