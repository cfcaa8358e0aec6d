"""The schema comes only from migrations, and the migrations build exactly what the models say."""
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from alumni.extensions import db
from tests.conftest import ROOT

MIGRATIONS = str(ROOT / "migrations")


def _differences(connection) -> list:
    context = MigrationContext.configure(connection, opts={"compare_type": True, "compare_server_default": False})
    return compare_metadata(context, db.metadata)


def test_the_migrated_database_matches_the_models(app):
    with app.app_context(), db.engine.connect() as connection:
        differences = _differences(connection)
    assert differences == [], "models and migrations differ; add the change to your migration slot:\n" + \
        "\n".join(map(str, differences))


def test_the_migrations_form_one_line_of_history():
    scripts = ScriptDirectory.from_config(_alembic_config())
    assert len(scripts.get_heads()) == 1, f"several heads: {scripts.get_heads()}"
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None and revisions[-1].revision == "0001"


def _alembic_config() -> AlembicConfig:
    config = AlembicConfig(str(Path(MIGRATIONS) / "alembic.ini"))
    config.set_main_option("script_location", MIGRATIONS)
    return config


@pytest.fixture
def empty_database(app, database_url, tmp_path):
    """A database of its own, so upgrading and downgrading does not disturb the others."""
    if database_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'scratch.db'}"
        return
    server = make_url(database_url)
    name = f"alumni_scratch_{uuid.uuid4().hex[:10]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_every_migration_applies_downgrades_and_reapplies_on_an_empty_database(make_app, empty_database):
    scratch = make_app(DATABASE_URL=empty_database)
    with scratch.app_context():
        upgrade(directory=MIGRATIONS)
        assert "alumni" in inspect(db.engine).get_table_names()
        downgrade(directory=MIGRATIONS, revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as connection:
            assert _differences(connection) == []
        db.engine.dispose()
