"""SQLite settings for a database that a web process, workers and the scheduler share.

WAL lets readers run while one writer commits, and a commit appends to the log instead of
rewriting pages under a rollback journal; synchronous=NORMAL is safe with WAL (a power cut
may lose the last commits, never corrupt the file). Both matter once several processes
write, as `make run` does. SQLite checks foreign keys only when asked to, per connection:
without it the declared references (a check-in's alumnus, say) were not enforced at all.
Migrations turn the check off while they rebuild tables (migrations/env.py)."""
from pathlib import Path

from flask import Flask
from sqlalchemy import event

from alumni.private_files import create_private_file


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def tune_sqlite(app: Flask) -> None:
    from alumni.extensions import db
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _on_connect)
            if engine.url.database and engine.url.database != ":memory:":
                # Created here, before SQLite would create it with the umask's mode; its
                # -wal and -shm files take the database file's mode.
                create_private_file(Path(engine.url.database))
