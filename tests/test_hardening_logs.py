"""Health data never reaches a log: a failing statement during a real inbound text, RQ's own
loggers, and gunicorn's access log started from the production command."""
import io
import logging
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from alumni.extensions import db
from alumni.models import Message
from tests.conftest import ROOT
from tests.support.factories import make_alumnus
from tests.support.inbound import post_sms

REFUSAL = "test_refuse_messages"
CRISIS_TEXT = "I relapsed last night and I am scared"


def _postgres() -> bool:
    return db.engine.dialect.name == "postgresql"


def _refuse_messages() -> None:
    """The database refusing every new message, committed. On PostgreSQL a CHECK constraint:
    its error carries a DETAIL line quoting the whole failing row, which hiding the
    statement's parameters does not hide."""
    if _postgres():
        statement = f"ALTER TABLE messages ADD CONSTRAINT {REFUSAL} CHECK (body IS NULL) NOT VALID"
    else:
        statement = (f"CREATE TRIGGER {REFUSAL} BEFORE INSERT ON messages "
                     "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END")
    db.session.connection().exec_driver_sql(statement)
    db.session.commit()


def _allow_messages() -> None:
    db.session.rollback()
    conn = db.session.connection()
    if _postgres():
        conn.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
        conn.exec_driver_sql(f"ALTER TABLE messages DROP CONSTRAINT IF EXISTS {REFUSAL}")
    else:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {REFUSAL}")
    db.session.commit()


@pytest.fixture
def refused_messages(sms):
    _refuse_messages()
    yield
    _allow_messages()


def _everything_logged(caplog) -> str:
    """Each record as the handlers see it: its message and the exception text they print."""
    return caplog.text + "\n".join(f"{r.getMessage()}\n{r.exc_text or ''}" for r in caplog.records)


def test_a_database_error_during_an_inbound_crisis_text_logs_neither_the_number_nor_the_words(
        sms, refused_messages, caplog):
    alumnus = make_alumnus()
    caplog.set_level(logging.INFO)

    response = post_sms(sms, CRISIS_TEXT, alumnus.phone)

    assert response.status_code == 500   # Twilio delivers it again later
    logged = _everything_logged(caplog)
    assert "Unhandled error" in logged
    assert ("test_refuse_messages" if _postgres() else "refused by test trigger") in logged  # the cause stays
    national = alumnus.phone[3:]
    for secret in (alumnus.phone, national, f"{national[:5]} {national[5:]}", "relapsed", "scared"):
        assert secret not in logged
    assert db.session.scalar(db.select(db.func.count()).select_from(Message)) == 0


def test_a_number_email_or_text_is_masked_in_the_output_of_any_library_logger_and_handler(app):
    """RQ and gunicorn add their own handlers to their own loggers: each one's output is masked."""
    for name in ("rq.worker", "gunicorn.error", "sqlalchemy.engine", "alumni.delivery.sender"):
        output = io.StringIO()
        handler = logging.StreamHandler(output)
        logger = logging.getLogger(name)
        # The migrations' logging setup (alembic's fileConfig) disabled the loggers that
        # existed when this test session applied them.
        was_disabled, logger.disabled = logger.disabled, False
        logger.addHandler(handler)
        try:
            try:
                raise ValueError("no alumnus for +919812345678 or asha@example.org")
            except ValueError:
                logger.error("job for %s <%s> failed: %r", "+91 98123 45678", "asha@example.org",
                             {"Body": "I relapsed", "To": "09812345678"}, exc_info=True)
        finally:
            logger.removeHandler(handler)
            logger.disabled = was_disabled
        logged = output.getvalue()
        assert "job for" in logged and "ValueError: no alumnus for" in logged, name
        for secret in ("98123", "45678", "asha@example.org", "relapsed"):
            assert secret not in logged, name


def test_an_identifier_that_starts_with_a_run_of_digits_is_logged_whole_beside_a_masked_number(app):
    """A console message id is hex: one in every few hundred starts with eleven digits that
    read like a mobile number with its leading 0. The id is what ties a log line to a
    message, so it stays whole; a number written as a word of its own is still masked."""
    output = io.StringIO()
    handler = logging.StreamHandler(output)
    logger = logging.getLogger("alumni.delivery.sender")
    logger.addHandler(handler)
    try:
        logger.warning("sent console-09282227734d473c9f3dd7ac and job 9812345678ab to %s, then to %s",
                    "09282227734", "91 98765 43210")
    finally:
        logger.removeHandler(handler)
    logged = output.getvalue()
    assert "console-09282227734d473c9f3dd7ac" in logged and "job 9812345678ab" in logged
    assert logged.count("09282227734") == 1 and "98765" not in logged
    assert logged.count("[redacted]") == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_production_access_log_names_the_path_but_not_the_query(subprocess_env, tmp_path, migrated):
    port, access_log = _free_port(), tmp_path / "access.log"
    gunicorn = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "python:alumni.gunicorn_config", "--workers", "1",
         "--bind", f"127.0.0.1:{port}", "--access-logfile", str(access_log), "wsgi:app"],
        cwd=str(ROOT), env=subprocess_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/login?q=9812345678&next=/alumni/%3Fq%3D98123",
                                                 headers={"Referer": f"http://127.0.0.1:{port}/alumni/?q=98123"})
                with urllib.request.urlopen(request, timeout=5) as response:
                    assert response.status == 200
                break
            except OSError:
                if time.monotonic() > deadline or gunicorn.poll() is not None:
                    raise
                time.sleep(0.2)
        deadline = time.monotonic() + 10
        while "/login" not in (access_log.read_text() if access_log.exists() else ""):
            assert time.monotonic() < deadline, "gunicorn wrote no access line"
            time.sleep(0.1)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
    line = access_log.read_text()
    assert '"GET /login HTTP/1.1" 200' in line
    assert "98123" not in line and "q=" not in line
