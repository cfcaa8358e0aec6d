"""A check-in always names an alumnus and (if any) a plan step that exist, kept by the two
foreign keys the models declare, on both databases (SQLite checks them on every
connection: alumni/sqlite_tuning.py; PostgreSQL since migration 0012, which replaced 0009's
triggers). PostgreSQL's tests also hold it to the foreign key's locking."""
import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from alumni.extensions import db
from alumni.models import Alumnus, CheckIn, PlanStep
from alumni.plans.plans import ensure_default_plan
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)
MISSING = 987654321


@pytest.fixture(autouse=True)
def _database(db_session):
    return db_session


@pytest.fixture
def postgres_only():
    if db.engine.dialect.name != "postgresql":
        pytest.skip("COPY and row locking under concurrent writers are PostgreSQL's")


def _row(alumnus_id, plan_step_id=None, **fields):
    return {"alumnus_id": alumnus_id, "plan_step_id": plan_step_id, "kind": "checkin", "template_key": "checkin",
            "channel": "sms", "due_at": NOW, "status": "scheduled", "attempts": 0, "reply_window_hours": 48,
            "created_at": NOW, "updated_at": NOW, **fields}


def _count_checkins() -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(CheckIn))


def _refused(error: IntegrityError, constraint: str) -> bool:
    """Refused by that reference (SQLite does not name the constraint)."""
    if db.engine.dialect.name == "sqlite":
        return "FOREIGN KEY constraint failed" in str(error)
    return error.orig.diag.constraint_name == constraint


def _says(error: IntegrityError, words: str) -> bool:
    return db.engine.dialect.name == "sqlite" or words in str(error)


def test_the_references_are_declared_foreign_keys_with_the_models_names_and_no_triggers_remain():
    """What a DBA, a dump and a restore see: constraints, nothing hidden in triggers."""
    declared = {fk["name"]: (fk["constrained_columns"], fk["referred_table"])
                for fk in inspect(db.engine).get_foreign_keys("checkins")}
    if db.engine.dialect.name == "sqlite":  # SQLite does not keep constraint names
        assert sorted(declared.values()) == [(["alumnus_id"], "alumni"), (["plan_step_id"], "plan_steps"),
                                             (["supporter_id"], "supporters")]
        return
    assert declared == {"fk_checkins_alumnus_id_alumni": (["alumnus_id"], "alumni"),
                        "fk_checkins_plan_step_id_plan_steps": (["plan_step_id"], "plan_steps"),
                        "fk_checkins_supporter_id_supporters": (["supporter_id"], "supporters")}
    triggers = db.session.scalars(text(
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid IN "
        "('checkins'::regclass, 'alumni'::regclass, 'plan_steps'::regclass)")).all()
    assert triggers == []


def test_a_checkin_for_an_alumnus_that_does_not_exist_is_refused_and_nothing_of_the_statement_is_kept():
    alumnus = make_alumnus()
    with pytest.raises(IntegrityError) as refused:
        db.session.execute(CheckIn.__table__.insert(), [_row(alumnus.id), _row(MISSING), _row(alumnus.id)])
    db.session.rollback()
    assert _refused(refused.value, "fk_checkins_alumnus_id_alumni")
    assert _says(refused.value, f"Key (alumnus_id)=({MISSING}) is not present")
    assert _count_checkins() == 0


def test_a_checkin_for_a_plan_step_that_does_not_exist_is_refused():
    alumnus = make_alumnus()
    step = ensure_default_plan().steps[0]
    db.session.execute(CheckIn.__table__.insert(), [_row(alumnus.id, step.id), _row(alumnus.id)])  # both fine
    db.session.commit()
    with pytest.raises(IntegrityError) as refused:
        db.session.execute(CheckIn.__table__.insert(), [_row(alumnus.id, step.id), _row(alumnus.id, MISSING)])
    db.session.rollback()
    assert _refused(refused.value, "fk_checkins_plan_step_id_plan_steps")
    assert _count_checkins() == 2


def test_copy_checks_the_references_of_every_row_it_writes(postgres_only):
    alumnus_id = make_alumnus().id   # read before the COPY holds the connection
    raw = db.session.connection().connection.dbapi_connection
    with pytest.raises(Exception) as refused:
        with raw.cursor() as cursor, cursor.copy(
                "COPY checkins (alumnus_id, kind, template_key, channel, due_at, status, attempts, "
                "reply_window_hours, created_at, updated_at) FROM STDIN") as copy:
            for named in (alumnus_id, MISSING):
                copy.write_row((named, "checkin", "checkin", "sms", NOW, "scheduled", 0, 48, NOW, NOW))
    db.session.rollback()
    assert type(refused.value).__name__ == "ForeignKeyViolation"
    assert _count_checkins() == 0


def test_moving_a_checkin_to_an_alumnus_or_step_that_does_not_exist_is_refused_and_letting_go_of_a_step_is_not():
    alumnus = make_alumnus()
    step = ensure_default_plan().steps[0]
    db.session.execute(CheckIn.__table__.insert(), [_row(alumnus.id, step.id)])
    db.session.commit()
    for change, constraint in (({"alumnus_id": MISSING}, "fk_checkins_alumnus_id_alumni"),
                               ({"plan_step_id": MISSING}, "fk_checkins_plan_step_id_plan_steps")):
        with pytest.raises(IntegrityError) as refused:
            db.session.execute(db.update(CheckIn).values(**change))
        db.session.rollback()
        assert _refused(refused.value, constraint)
    db.session.execute(db.update(CheckIn).values(plan_step_id=None, status="sent"))
    db.session.commit()
    assert db.session.scalar(db.select(CheckIn.status)) == "sent"


def test_an_alumnus_or_plan_step_that_checkins_name_cannot_be_deleted_but_one_they_do_not_can():
    named, unnamed = _alumnus_without_consents(), _alumnus_without_consents()
    step = ensure_default_plan().steps[0].id
    db.session.execute(CheckIn.__table__.insert(), [_row(named, step)])
    db.session.commit()
    for statement, constraint in ((f"DELETE FROM alumni WHERE id = {named}", "fk_checkins_alumnus_id_alumni"),
                                  (f"UPDATE alumni SET id = {MISSING} WHERE id = {named}",
                                   "fk_checkins_alumnus_id_alumni"),
                                  (f"DELETE FROM plan_steps WHERE id = {step}",
                                   "fk_checkins_plan_step_id_plan_steps")):
        with pytest.raises(IntegrityError) as refused:
            db.session.execute(text(statement))
        db.session.rollback()
        assert _refused(refused.value, constraint), statement
        assert _says(refused.value, 'is still referenced from table "checkins"')
    db.session.execute(text(f"DELETE FROM alumni WHERE id = {unnamed}"))
    db.session.commit()
    assert db.session.get(Alumnus, unnamed) is None
    assert db.session.get(Alumnus, named) is not None and db.session.get(PlanStep, step) is not None


def _alumnus_without_consents() -> int:
    """An alumnus nothing but check-ins could refer to, so deleting it tests only them."""
    alumnus_id = make_alumnus().id
    db.session.execute(text(f"DELETE FROM consents WHERE alumnus_id = {alumnus_id}"))
    db.session.commit()
    return alumnus_id


def _waiting_for_a_lock(conn) -> bool:
    return conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                             "AND datname = current_database()")).scalar() > 0


def _second_after_first(first, second) -> dict:
    """Runs first(conn) and leaves it uncommitted; runs second(conn) on another connection
    and thread; once second waits for first's lock, commits first. Returns second's
    outcome: {"error": ...} if it failed."""
    outcome = {}
    with db.engine.connect() as one, db.engine.connect() as two, db.engine.connect() as observer:
        first(one)

        def run():
            try:
                two.execute(text("SET lock_timeout = '20s'"))
                second(two)
                two.commit()
            except Exception as error:  # noqa: BLE001 - handed to the test
                outcome["error"] = error
        thread = threading.Thread(target=run)
        thread.start()
        for _ in range(500):
            if _waiting_for_a_lock(observer):
                break
            assert thread.is_alive(), "the second transaction ended without waiting"
            time.sleep(0.01)
        else:
            raise AssertionError("the second transaction never waited for the first")
        one.commit()
        thread.join(30)
        two.rollback()
    return outcome


def test_an_insert_that_waits_for_a_concurrent_delete_of_its_alumnus_fails_once_the_delete_commits(postgres_only):
    alumnus_id = _alumnus_without_consents()
    outcome = _second_after_first(
        lambda deleter: deleter.execute(text(f"DELETE FROM alumni WHERE id = {alumnus_id}")),
        lambda inserter: inserter.execute(CheckIn.__table__.insert(), [_row(alumnus_id)]))
    assert isinstance(outcome.get("error"), IntegrityError), outcome
    assert _refused(outcome["error"], "fk_checkins_alumnus_id_alumni")
    assert _count_checkins() == 0


def test_a_delete_that_waits_for_a_concurrent_insert_naming_its_alumnus_fails_once_the_insert_commits(
        postgres_only):
    alumnus_id = _alumnus_without_consents()
    outcome = _second_after_first(
        lambda inserter: inserter.execute(CheckIn.__table__.insert(), [_row(alumnus_id)]),
        lambda deleter: deleter.execute(text(f"DELETE FROM alumni WHERE id = {alumnus_id}")))
    assert isinstance(outcome.get("error"), IntegrityError), outcome
    assert _refused(outcome["error"], "fk_checkins_alumnus_id_alumni")
    assert db.session.get(Alumnus, alumnus_id) is not None
    assert _count_checkins() == 1
