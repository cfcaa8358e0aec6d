"""attach_plan_bulk on several connections at once (PostgreSQL; SQLite always takes one stream):
the same rows as one stream, each alumnus written once, and after a failure whole alumni only."""
from collections import Counter
from datetime import date, datetime

import pytest
from sqlalchemy import text

from alumni.extensions import db
from alumni.models import Alumnus, AuditEvent, CheckIn
from alumni.plans.plan_bulk import BulkAttachReport, attach_plan_bulk
from alumni.plans.plans import attach_plan, ensure_default_plan
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)
REFUSAL = "test_refuse_checkins"   # the trigger's name (and, on PostgreSQL, its function's)


def _shape(alumnus_id):
    return [(r.plan_step_id, r.due_at, r.status, r.skip_reason) for r in db.session.scalars(
        db.select(CheckIn).where(CheckIn.alumnus_id == alumnus_id).order_by(CheckIn.id))]


def _postgres() -> bool:
    return db.engine.dialect.name == "postgresql"


def _per_alumnus(ids):
    rows = Counter(db.session.scalars(db.select(CheckIn.alumnus_id).where(CheckIn.alumnus_id.in_(ids))))
    audits = Counter(db.session.scalars(db.select(AuditEvent.alumnus_id).where(
        AuditEvent.action == "plan.attached", AuditEvent.alumnus_id.in_(ids))))
    planned = {a.id: a.plan_id for a in db.session.scalars(db.select(Alumnus).where(Alumnus.id.in_(ids)))}
    return rows, audits, planned


def _refuse_checkins_for(alumnus_id: int) -> None:
    """A trigger refusing inserts into checkins for one alumnus, committed: on PostgreSQL the
    rows go out with COPY on connections other than this session's."""
    alumnus_id = int(alumnus_id)
    if _postgres():
        statements = [
            f"CREATE FUNCTION {REFUSAL}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NEW.alumnus_id = {alumnus_id} THEN RAISE EXCEPTION 'refused by test trigger'; END IF; "
            "RETURN NEW; END $$",
            f"CREATE TRIGGER {REFUSAL} BEFORE INSERT ON checkins FOR EACH ROW EXECUTE FUNCTION {REFUSAL}()"]
    else:
        statements = [f"CREATE TRIGGER {REFUSAL} BEFORE INSERT ON checkins WHEN NEW.alumnus_id = {alumnus_id} "
                      "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"]
    for statement in statements:
        db.session.connection().exec_driver_sql(statement)
    db.session.commit()


def _allow_checkins() -> None:
    db.session.rollback()  # nothing of the test's own holds checkins while the trigger goes
    conn = db.session.connection()
    if _postgres():
        conn.exec_driver_sql("SET LOCAL lock_timeout = '10s'")  # fail rather than hang
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {REFUSAL} ON checkins")
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {REFUSAL}()")
    else:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {REFUSAL}")
    db.session.commit()


@pytest.fixture
def refused_checkins(db_session):
    """The database refusing one alumnus's check-ins: yields (install, remove). The trigger is
    committed, and emptying the tables between tests would not remove it: so it is always
    dropped here, whatever the test did."""
    yield _refuse_checkins_for, _allow_checkins
    _allow_checkins()


def _refused_error():
    """What the bulk path raises: the DB-API driver's own error (it writes on the raw connection)."""
    if _postgres():
        import psycopg
        return psycopg.errors.RaiseException
    import sqlite3
    return sqlite3.IntegrityError


def test_streams_write_each_alumnus_once_with_the_rows_of_one_stream(db_session):
    plan = ensure_default_plan()
    steps = len(plan.steps)
    single = make_alumnus(discharge_date=date(2024, 12, 31))
    assert attach_plan_bulk([single.id], plan, now=NOW) == BulkAttachReport(steps, 1)
    done = make_alumnus(discharge_date=date(2024, 12, 31))
    attach_plan(done, plan, now=NOW)
    db.session.commit()
    ids = [make_alumnus(discharge_date=date(2024, 12, 31 - i % 3)).id for i in range(7)] + [done.id]
    report = attach_plan_bulk(ids, plan, now=NOW, batch_size=2, streams=2)
    assert report == BulkAttachReport(7 * steps, 2 if _postgres() else 1)
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: steps for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})  # done's own, from attach_plan
    assert set(planned.values()) == {plan.id}
    assert _shape(ids[0]) == _shape(single.id)


def test_a_failing_stream_reaches_the_caller_and_leaves_whole_alumni(db_session, refused_checkins):
    refuse, allow = refused_checkins
    plan = ensure_default_plan()
    steps = len(plan.steps)
    ids = [make_alumnus(discharge_date=date(2025, 1, 10)).id for _ in range(8)]
    refuse(ids[5])   # the second batch of the second stream on PostgreSQL, the sixth of one on SQLite
    with pytest.raises(_refused_error(), match="refused by test trigger"):
        attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2)
    if _postgres():
        # It failed on a stream's connection: the caller's transaction was ended before the
        # streams began, and a new one is neither aborted nor holding any write.
        assert db.session.scalar(text("SELECT pg_current_xact_id_if_assigned() IS NULL")) is True
    db.session.rollback()
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows[ids[5]] == 0 and audits[ids[5]] == 0 and planned[ids[5]] is None
    for alumnus_id in ids:  # each alumnus: all of it committed, or none of it
        assert (rows[alumnus_id], audits[alumnus_id], planned[alumnus_id]) in {(steps, 1, plan.id), (0, 0, None)}

    allow()
    missing = sum(rows[alumnus_id] == 0 for alumnus_id in ids)
    report = attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2)
    assert report == BulkAttachReport(missing * steps, 2 if _postgres() else 1)
    db.session.expire_all()
    rows, audits, planned = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: steps for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})
    assert set(planned.values()) == {plan.id}


def test_alumni_the_caller_has_not_committed_are_planned_too(db_session):
    """Other connections could not see them without a commit of their own, before and apart
    from their check-ins: so this stays on the caller's connection, in its transaction."""
    plan = ensure_default_plan()
    people = [Alumnus(first_name="New", last_name=str(i), phone=f"+9198765{i:05d}", language="en",
                      timezone="Asia/Kolkata", discharge_date=date(2025, 1, 10), preferred_channel="sms")
              for i in range(5)]
    db.session.add_all(people)
    db.session.flush()
    ids = [p.id for p in people]
    assert attach_plan_bulk(ids, plan, now=NOW, batch_size=1, streams=2) == BulkAttachReport(5 * len(plan.steps), 1)
    db.session.expire_all()
    rows, audits, _ = _per_alumnus(ids)
    assert rows == Counter({alumnus_id: len(plan.steps) for alumnus_id in ids})
    assert audits == Counter({alumnus_id: 1 for alumnus_id in ids})
