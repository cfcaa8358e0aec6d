"""attach_plan_bulk on several connections at once (PostgreSQL; SQLite always takes one stream):
the same rows as one stream, each alumnus written once, and after a failure whole alumni only."""
from collections import Counter
from datetime import date, datetime

import pytest

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn
from alumni.services import plan_bulk
from alumni.services.plan_bulk import attach_plan_bulk
from alumni.services.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)


def _shape(alumnus_id):
    return [(r.plan_step_id, r.due_at, r.status, r.skip_reason) for r in db.session.scalars(
        db.select(CheckIn).where(CheckIn.alumnus_id == alumnus_id).order_by(CheckIn.id))]


def _count_parallel_runs(monkeypatch) -> list:
    runs = []
    real = plan_bulk._write_in_parallel

    def spy(*args):
        runs.append(args[-1])
        return real(*args)
    monkeypatch.setattr(plan_bulk, "_write_in_parallel", spy)
    return runs


def _postgres() -> bool:
    return db.engine.dialect.name == "postgresql"


def _per_alumnus(ids):
    rows = Counter(db.session.scalars(db.select(CheckIn.alumnus_id).where(CheckIn.alumnus_id.in_(ids))))
    audits = Counter(db.session.scalars(db.select(AuditEvent.alumnus_id).where(
        AuditEvent.action == "plan.attached", AuditEvent.alumnus_id.in_(ids))))
    planned = {a.id: a.plan_id for a in db.session.scalars(db.select(Alumnus).where(Alumnus.id.in_(ids)))}
    return rows, audits, planned


def test_streams_write_each_alumnus_once_with_the_rows_of_one_stream(db_session, monkeypatch):
    runs = _count_parallel_runs(monkeypatch)
    plan = ensure_default_plan()
    steps = len(plan.steps)
    single = make_alumnus(discharge_date=date(2024, 12, 31))
    attach_plan_bulk([single.id], plan, now=NOW)
    done = make_alumnus(discharge_date=date(2024, 12, 31))
    attach_plan(done, plan, now=NOW)
    db.session.commit()
    ids = [make_alumnus(discharge_date=date(2024, 12, 31 - i % 3)).id for i in range(7)] + [done.id]
    assert attach_plan_bulk(ids, plan, now=NOW, batch_size=2, streams=2) == 7 * steps
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: steps for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})  # done's own, from attach_plan
    assert set(planned.values()) == {plan.id}
    assert _shape(ids[0]) == _shape(single.id)
    assert runs == ([2] if _postgres() else [])


def test_a_failing_stream_reaches_the_caller_and_leaves_whole_alumni(db_session, monkeypatch):
    plan = ensure_default_plan()
    steps = len(plan.steps)
    ids = [make_alumnus(discharge_date=date(2025, 1, 10)).id for _ in range(8)]
    real_write = plan_bulk._BulkWriter.write

    def failing_write(self, conn, chunk, already):
        written = real_write(self, conn, chunk, already)   # rows written, then the batch fails
        if ids[5] in chunk:
            raise RuntimeError("connection lost")
        return written

    monkeypatch.setattr(plan_bulk._BulkWriter, "write", failing_write)
    runs = _count_parallel_runs(monkeypatch)
    with pytest.raises(RuntimeError, match="connection lost"):
        attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2)
    assert runs == ([2] if _postgres() else [])
    db.session.rollback()
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows[ids[5]] == 0 and audits[ids[5]] == 0 and planned[ids[5]] is None
    for alumnus_id in ids:  # each alumnus: all of it committed, or none of it
        assert (rows[alumnus_id], audits[alumnus_id], planned[alumnus_id]) in {(steps, 1, plan.id), (0, 0, None)}

    monkeypatch.setattr(plan_bulk._BulkWriter, "write", real_write)
    missing = sum(rows[alumnus_id] == 0 for alumnus_id in ids)
    assert attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2) == missing * steps
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: steps for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})


def test_alumni_the_caller_has_not_committed_are_planned_too(db_session, monkeypatch):
    """Other connections could not see them without a commit of their own, before and apart
    from their check-ins: so this stays on the caller's connection, in its transaction."""
    runs = _count_parallel_runs(monkeypatch)
    plan = ensure_default_plan()
    people = [Alumnus(first_name="New", last_name=str(i), phone=f"+9198765{i:05d}", language="en",
                      timezone="Asia/Kolkata", discharge_date=date(2025, 1, 10), preferred_channel="sms")
              for i in range(5)]
    db.session.add_all(people)
    db.session.flush()
    ids = [p.id for p in people]
    assert attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2) == 5 * len(plan.steps)
    db.session.expire_all()
    rows, audits, _ = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: len(plan.steps) for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})
    assert runs == []
