"""The inbound path's database work, counted (never timed): the sender is read in one
statement, the message row is written once with what it means, cases open without a
savepoint, and a pooled connection the database dropped is replaced, not failed on."""
from contextlib import contextmanager

import pytest
from sqlalchemy import event, text

from alumni.core.cases import insert_case, open_case
from alumni.extensions import db, ping_after_idle
from alumni.models import FollowUp, FollowUpReason, Message
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, open_checkin, post_sms


@contextmanager
def statements():
    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        seen.append(" ".join(statement.split()))
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def touching(seen: list[str], verb: str, table: str) -> list[str]:
    prefix = {"INSERT": f"INSERT INTO {table} ", "UPDATE": f"UPDATE {table} "}[verb]
    return [s for s in seen if s.startswith(prefix)]


def test_a_score_is_stored_once_with_its_meaning_after_one_look_up(sms):
    alumnus = make_alumnus()
    open_checkin(alumnus)
    phone = alumnus.phone
    with statements() as seen:
        assert post_sms(sms, "4", phone).status_code == 200
    assert len(touching(seen, "INSERT", "messages")) == 1
    assert touching(seen, "UPDATE", "messages") == []
    assert seen.index(touching(seen, "INSERT", "messages")[0]) == 1   # the sender read comes first
    assert not any(s.startswith("SAVEPOINT") for s in seen)
    message = db.session.scalar(db.select(Message))
    assert message.handling == "Score 4 recorded" and message.checkin_id is not None


def test_a_low_score_opens_its_case_without_a_savepoint(sms):
    alumnus = make_alumnus()
    open_checkin(alumnus)
    phone = alumnus.phone
    with statements() as seen:
        post_sms(sms, "2", phone)
    assert len(touching(seen, "INSERT", "followups")) == 1
    assert not any(s.startswith("SAVEPOINT") for s in seen)
    assert touching(seen, "UPDATE", "messages") == []
    assert "opened a low-score case" in db.session.scalar(db.select(Message.handling))


def test_text_joining_an_open_case_writes_no_case_row_and_says_so(sms):
    phone = make_alumnus().phone
    post_sms(sms, "who is this?", phone)
    with statements() as seen:
        post_sms(sms, "hello again", phone)
    assert touching(seen, "INSERT", "followups") == []
    assert touching(seen, "UPDATE", "messages") == []
    newest = db.session.scalars(db.select(Message).order_by(Message.id.desc())).first()
    assert newest.handling == "Added to the open unread-text case"
    assert len(db.session.scalars(db.select(FollowUp)).all()) == 1


def test_opening_a_case_someone_else_just_opened_returns_theirs_and_leaves_the_transaction_usable(app_context):
    alumnus = make_alumnus()
    theirs, _ = open_case(alumnus.id, FollowUpReason.CALLBACK)
    db.session.commit()
    # As a caller that read "none open" a moment before the other opener committed.
    case, created = insert_case(alumnus.id, FollowUpReason.CALLBACK)
    assert (case.id, created) == (theirs.id, False)
    assert db.session.scalar(db.select(db.func.count()).select_from(FollowUp)) == 1
    db.session.commit()


def test_an_opened_case_has_its_queue_rank(app_context):
    alumnus = make_alumnus()
    crisis, _ = insert_case(alumnus.id, FollowUpReason.CRISIS)
    low, _ = insert_case(alumnus.id, FollowUpReason.LOW_SCORE)
    db.session.commit()
    db.session.expire_all()
    assert crisis.queue_rank < low.queue_rank


def test_a_pooled_connection_the_database_killed_is_replaced_before_use(make_app, migrated):
    app = make_app()
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("SQLite connections are files, not sessions a server can drop")
        ping_after_idle(db.engine, seconds=0)   # every checkout counts as idle here
        victim = db.session.scalar(text("SELECT pg_backend_pid()"))
        db.session.remove()   # back to the pool
        from sqlalchemy import create_engine
        other = create_engine(db.engine.url)
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": victim})
        other.dispose()
        assert db.session.scalar(text("SELECT pg_backend_pid()")) != victim
        db.session.remove()
        db.engine.dispose()


def test_a_webhook_on_a_connection_the_database_dropped_is_stored_once_on_a_fresh_one(make_app, migrated, app):
    signed = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN)
    with signed.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("SQLite connections are files, not sessions a server can drop")
        phone = make_alumnus().phone
        victim = db.session.scalar(text("SELECT pg_backend_pid()"))
        db.session.remove()   # back to the pool, used again within the idle limit: no ping
        from sqlalchemy import create_engine
        other = create_engine(db.engine.url)
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": victim})
        other.dispose()
        response = post_sms(signed.test_client(), "who is this?", phone)
        assert response.status_code == 200 and b"read your message" in response.get_data()
        assert db.session.scalar(db.select(db.func.count()).select_from(Message)) == 1
        db.session.remove()
        db.engine.dispose()
