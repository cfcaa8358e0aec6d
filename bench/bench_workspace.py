"""Staff workspace at scale: the "Needs follow-up" queue page and the dashboard, p95
server time (in-process WSGI: routing, queries, audit writes, template rendering).

Seeds (not timed) 100,000 alumni, 2,000,000 messages, 1,000,000 check-ins over two years
and 20,000 open cases, then rolls the dashboard figures up once, as the periodic job
would. BENCH_SCALE=0.1 seeds a tenth (default 1 = the issue's size). Prints the query
plans the pages rely on. SQLite by default; DATABASE_URL=postgresql://... for PostgreSQL.

    python -m bench workspace
    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres python -m bench workspace
"""
from __future__ import annotations

import os
import random
import re
import statistics
import time
from datetime import date, timedelta

from bench.common import Figure, scratch_app, timed

TARGET_MS = 150
RUNS = 40
CHUNK = 20_000
REASONS = ["low_score", "callback", "missed", "unreachable", "unread_text", "mentor_request"]


def _scale() -> float:
    return float(os.environ.get("BENCH_SCALE", "1"))


def _chunks(rows, size=CHUNK):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bulk(table, rows) -> None:
    """executemany in chunks (SQLAlchemy's insertmanyvalues: multi-row INSERTs)."""
    from alumni.extensions import db
    for batch in _chunks(rows):
        db.session.execute(table.insert(), batch)
        db.session.commit()


def seed(scale: float) -> dict:
    from alumni.accounts.accounts import create_user
    from alumni.domain.queue_order import queue_rank
    from alumni.extensions import db
    from alumni.models import Alumnus, CheckIn, Cohort, Contact, FollowUp, Message, utcnow
    rng = random.Random(8)
    n_alumni = int(100_000 * scale)
    n_messages = int(2_000_000 * scale)
    n_checkins = n_messages // 2
    n_cases = int(20_000 * scale)
    now = utcnow()
    today = now.date()
    first = create_user("staff0@bench.org", "staff", "bench-password-123", name="Staff 0")
    from alumni.models import User
    others = [User(email=f"staff{i}@bench.org", role="staff", name=f"Staff {i}", password_hash=first.password_hash)
              for i in range(1, 20)]
    db.session.add_all(others)
    db.session.commit()
    staff = [first.id] + [u.id for u in others]
    cohorts = [Cohort(name=f"Cohort {y}-{m:02d}") for y in (2024, 2025, 2026) for m in range(1, 13)]
    db.session.add_all(cohorts)
    db.session.commit()
    cohort_ids = [c.id for c in cohorts]
    alumni_t = Alumnus.__table__
    _bulk(alumni_t, ({"first_name": f"Person{i}", "last_name": f"Bench{i}", "phone": f"+9170{i:08d}",
                      "email": f"p{i}@bench.org", "language": rng.choice(["en", "hi", "mr"]),
                      "timezone": "Asia/Kolkata", "preferred_hour": 10, "cohort_id": rng.choice(cohort_ids),
                      "discharge_date": today - timedelta(days=rng.randint(1, 730)), "preferred_channel": "sms",
                      "status": "active", "discreet": False, "created_at": now, "updated_at": now}
                     for i in range(n_alumni)))
    first_alumnus = db.session.scalar(db.select(db.func.min(Alumnus.id)))
    statuses = ["replied"] * 55 + ["missed"] * 30 + ["delivered"] * 5 + ["failed"] * 5 + ["scheduled"] * 5

    def checkins():
        for _ in range(n_checkins):
            due = now - timedelta(minutes=rng.randint(-20_000, 730 * 24 * 60))
            status = "scheduled" if due > now else rng.choice(statuses)
            yield {"alumnus_id": first_alumnus + rng.randrange(n_alumni), "kind": "checkin", "template_key": "checkin",
                   "channel": rng.choice(["sms", "sms", "whatsapp", "email"]), "due_at": due, "status": status,
                   "attempts": 1, "reply_window_hours": 48, "score": rng.randint(1, 5) if status == "replied" else None,
                   "sent_at": due if status not in ("scheduled", "failed") else None,
                   "delivered_at": due if status in ("delivered", "replied") else None,
                   "replied_at": due + timedelta(hours=2) if status == "replied" else None,
                   "created_at": due, "updated_at": due}
    _bulk(CheckIn.__table__, checkins())
    first_checkin = db.session.scalar(db.select(db.func.min(CheckIn.id)))

    def messages():
        for i in range(n_messages):
            at = now - timedelta(minutes=rng.randint(0, 730 * 24 * 60))
            inbound = i % 2 == 1
            yield {"direction": "inbound" if inbound else "outbound", "channel": "sms",
                   "alumnus_id": first_alumnus + rng.randrange(n_alumni),
                   "checkin_id": first_checkin + (i // 2) % n_checkins, "to_addr": "", "from_addr": "",
                   "body": "I am finding it hard this week, please call" if inbound else "Checking in: reply 1-5",
                   "provider_id": None, "provider_status": "received" if inbound else "delivered",
                   "dismissed": False, "created_at": at}
    _bulk(Message.__table__, messages())
    first_message = db.session.scalar(db.select(db.func.min(Message.id)))

    case_alumni = rng.sample(range(n_alumni), n_cases)
    def cases():
        for k, offset in enumerate(case_alumni):
            reason = "crisis" if k < max(3, n_cases // 400) else rng.choice(REASONS)
            from alumni.models import REASON_PRIORITY
            priority = REASON_PRIORITY[reason]
            acknowledged = now - timedelta(hours=1) if reason == "crisis" and k % 2 else None
            yield {"alumnus_id": first_alumnus + offset, "reason": reason, "priority": priority, "status": "open",
                   "assignee_id": rng.choice(staff + [None] * 20), "message_id": first_message + 2 * k + 1,
                   "opened_at": now - timedelta(minutes=rng.randint(1, 60 * 24 * 60)),
                   "acknowledged_at": acknowledged,
                   "queue_rank": queue_rank(reason, priority, acknowledged=acknowledged is not None)}
    _bulk(FollowUp.__table__, cases())
    _bulk(Contact.__table__, ({"alumnus_id": first_alumnus + rng.choice(case_alumni), "staff_id": rng.choice(staff),
                               "kind": "call", "outcome": rng.choice(["reached", "no_answer", "left_message"]),
                               "note": "bench", "at": now - timedelta(minutes=rng.randint(1, 90 * 24 * 60))}
                              for _ in range(n_cases * 2)))
    return {"alumni": n_alumni, "messages": n_messages, "checkins": n_checkins, "cases": n_cases,
            "cohort": cohort_ids[5]}


def _login(client) -> None:
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    response = client.post("/login", data={"email": "staff0@bench.org", "password": "bench-password-123",
                                           "csrf_token": token})
    assert response.status_code == 302, response.status_code


def _p95(client, url: str) -> tuple[float, float]:
    for _ in range(3):
        assert client.get(url).status_code == 200
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    times.sort()
    return times[int(len(times) * 0.95) - 1], statistics.median(times)


def explain(statements) -> None:
    from alumni.extensions import db
    dialect = db.engine.dialect.name
    print(f"   -- query plans ({dialect}) --")
    for name, statement in statements:
        sql = str(statement.compile(dialect=db.engine.dialect, compile_kwargs={"literal_binds": True}))
        prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
        rows = db.session.execute(db.text(prefix + sql)).all()
        print(f"   [{name}]")
        for row in rows:
            print("      " + (str(row[-1]) if dialect == "sqlite" else str(row[0])))


def plan_statements(cohort_id: int):
    from sqlalchemy import func

    from alumni.extensions import db
    from alumni.models import FollowUp
    from alumni.models.followup import DailyFigure
    from alumni.workspace.figures import day_bounds, local_today, today_statement
    from alumni.workspace.queue import QueueFilters, _filtered

    class Anyone:
        id = 1
    start, end = day_bounds(local_today())
    first = _filtered(db.select(FollowUp), QueueFilters(), Anyone()).order_by(
        FollowUp.queue_rank, FollowUp.opened_at, FollowUp.id).limit(50)
    cohort = _filtered(db.select(FollowUp), QueueFilters(cohort_id=cohort_id, language="hi"), Anyone()).order_by(
        FollowUp.queue_rank, FollowUp.opened_at, FollowUp.id).limit(50)
    return [
        ("queue: first page", first),
        ("queue: count", _filtered(db.select(func.count(FollowUp.id)), QueueFilters(), Anyone())),
        ("queue: cohort + language filter", cohort),
        ("queue/dashboard: open cases by reason", db.select(FollowUp.reason, func.count(FollowUp.id))
         .where(FollowUp.status == "open").group_by(FollowUp.reason)),
        ("dashboard: today's numbers", today_statement(start, end)),
        ("dashboard: weekly figures", db.select(DailyFigure.day, DailyFigure.key, DailyFigure.total, DailyFigure.count)
         .where(DailyFigure.metric == "response", DailyFigure.day >= date.today() - timedelta(weeks=12))),
    ]


def run() -> list[Figure]:
    scale = _scale()
    with scratch_app() as app:
        with app.app_context():
            from alumni.extensions import db
            dialect = db.engine.dialect.name
            with timed() as seeding:
                sizes = seed(scale)
            with timed() as full_rollup:
                from alumni.workspace.figures import rollup
                rollup(days_back=740)
            with timed() as recent_rollup:
                rollup(days_back=14)
            if dialect == "postgresql":
                db.session.commit()
                with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                    conn.execute(db.text("VACUUM ANALYZE"))
            else:
                db.session.execute(db.text("ANALYZE"))
                db.session.commit()
            print(f"   seeded {sizes['alumni']:,} alumni, {sizes['messages']:,} messages, "
                  f"{sizes['checkins']:,} check-ins, {sizes['cases']:,} open cases in {seeding.seconds:.0f} s "
                  f"(not timed); full roll-up {full_rollup.seconds:.1f} s")
            explain(plan_statements(sizes["cohort"]))
            cohort = sizes["cohort"]
        client = app.test_client()
        _login(client)
        queue_p95, queue_median = _p95(client, "/workspace/")
        filtered_p95, _ = _p95(client, f"/workspace/?cohort={cohort}&language=hi")
        last_page_p95, _ = _p95(client, "/workspace/?holder=unassigned&page=20")
        dash_p95, dash_median = _p95(client, "/reports/")
    label = f"{dialect}, scale {scale:g}"
    return [
        Figure(f"queue page p95 ({label})", queue_p95, "ms", f"< {TARGET_MS} ms", queue_p95 < TARGET_MS),
        Figure(f"queue page median ({label})", queue_median, "ms"),
        Figure(f"queue page, cohort+language filter p95 ({label})", filtered_p95, "ms", f"< {TARGET_MS} ms",
               filtered_p95 < TARGET_MS),
        Figure(f"queue page, unassigned page 20 p95 ({label})", last_page_p95, "ms", f"< {TARGET_MS} ms",
               last_page_p95 < TARGET_MS),
        Figure(f"dashboard p95 ({label})", dash_p95, "ms", f"< {TARGET_MS} ms", dash_p95 < TARGET_MS),
        Figure(f"dashboard median ({label})", dash_median, "ms"),
        Figure(f"roll-up of the last 14 days ({label})", recent_rollup.seconds, "s"),
    ]


if __name__ == "__main__":
    from bench.common import print_figures
    print_figures(run())
