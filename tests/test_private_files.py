"""The files under the instance folder that hold health data or the signing key are created
readable by their owner only: the SQLite database (and its WAL), the development secret key,
pending CSV uploads, and the folders they are made in."""
import os
import stat

import pytest
from sqlalchemy import text

from alumni import create_app
from alumni.extensions import db
from alumni.records import csv_uploads
from config import Config


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def ordinary_umask():
    """The umask most hosts run with: without care, new files are readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def fresh_instance(tmp_path):
    return tmp_path / "var" / "alumni"   # neither folder exists yet


def test_the_development_secret_key_and_its_folders_are_the_owners_only(fresh_instance, ordinary_umask):
    config = Config.from_env({"INSTANCE_PATH": str(fresh_instance)})
    key = fresh_instance / "secret_key"
    assert key.read_text().strip() == config.SECRET_KEY and len(config.SECRET_KEY) == 64
    assert _mode(key) == 0o600
    assert _mode(fresh_instance) == 0o700 and _mode(fresh_instance.parent) == 0o700
    # Kept across starts: the same key is read back, and still private.
    assert Config.from_env({"INSTANCE_PATH": str(fresh_instance)}).SECRET_KEY == config.SECRET_KEY
    assert _mode(key) == 0o600


def test_the_sqlite_database_and_its_write_ahead_log_are_the_owners_only(fresh_instance, redis_url, ordinary_umask):
    app = create_app(Config.from_env({"INSTANCE_PATH": str(fresh_instance), "SECRET_KEY": "x",
                                      "REDIS_URL": redis_url}))
    database = fresh_instance / "alumni.db"
    with app.app_context():
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body TEXT)"))
            conn.execute(text("INSERT INTO notes VALUES ('I relapsed')"))
        assert _mode(database) == 0o600
        for companion in ("alumni.db-wal", "alumni.db-shm"):
            assert (fresh_instance / companion).exists()
            assert _mode(fresh_instance / companion) == 0o600
        db.engine.dispose()
    assert _mode(fresh_instance) == 0o700


def test_a_pending_csv_upload_is_the_owners_only(make_app, migrated, fresh_instance, ordinary_umask):
    app = make_app(INSTANCE_PATH=str(fresh_instance))
    with app.test_request_context():
        upload_id = csv_uploads.save_pending(b"first_name,phone\r\nAsha,+919812345678\r\n", "alumni.csv", 1)
        assert csv_uploads.load_pending(upload_id, 1)[0].startswith(b"first_name")
    folder = fresh_instance / "imports"
    assert _mode(folder) == 0o700 and _mode(fresh_instance) == 0o700
    files = sorted(folder.iterdir())
    assert [f.suffix for f in files] == [".csv", ".json"]
    assert all(_mode(f) == 0o600 for f in files)
