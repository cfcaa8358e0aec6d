"""Two dispatchers in two real processes, started at the same instant, on the same database
(SQLite, or PostgreSQL when DATABASE_URL says so): every check-in is queued exactly once."""
import json
import subprocess
import sys
import time
from datetime import datetime, timedelta

from rq import Queue

from alumni.extensions import db
from alumni.jobs import OUTREACH
from alumni.models import CheckIn, CheckInStatus
from alumni.redis_conn import get_redis
from tests.conftest import ROOT
from tests.support.factories import make_alumnus

NOW = datetime(2025, 1, 10, 6, 0)  # 11:30 in Kolkata

DISPATCHER = """
import json, sys, time
from datetime import datetime
from pathlib import Path
from alumni import create_app
from config import Config
app = create_app(Config.from_env())
go, ready, batch, now = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), datetime.fromisoformat(sys.argv[4])
with app.app_context():
    from alumni.extensions import db
    from alumni.delivery.dispatcher import dispatch_due
    db.session.execute(db.text("select 1")); db.session.commit()   # connected before the start
    ready.touch()
    while not go.exists():
        time.sleep(0.002)
    report = dispatch_due(now, batch_size=batch)
    print(json.dumps({"queued": report.queued, "enqueued": report.enqueued, "batches": report.batches}))
"""


def test_two_concurrent_dispatchers_never_queue_a_checkin_twice(db_session, subprocess_env, tmp_path):
    alumni = [make_alumnus() for _ in range(20)]
    db.session.execute(CheckIn.__table__.insert(), [
        {"alumnus_id": a.id, "channel": "preferred", "template_key": "checkin", "status": "scheduled",
         "due_at": NOW - timedelta(minutes=n), "attempts": 0, "reply_window_hours": 48,
         "kind": "checkin", "created_at": NOW, "updated_at": NOW}
        for a in alumni for n in range(30)])
    db.session.commit()
    go = tmp_path / "go"
    processes = []
    for name in ("a", "b"):
        ready = tmp_path / f"ready-{name}"
        processes.append((ready, subprocess.Popen(
            [sys.executable, "-c", DISPATCHER, str(go), str(ready), "15", NOW.isoformat()],
            cwd=str(ROOT), env=subprocess_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _ in processes):
        assert time.monotonic() < deadline, "dispatcher processes did not start"
        assert all(p.poll() is None for _, p in processes), [p.communicate() for _, p in processes]
        time.sleep(0.01)
    go.touch()  # both start now
    results = []
    for _, process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    print("dispatchers:", results)
    assert sum(r["queued"] for r in results) == 600, results
    assert sum(r["enqueued"] for r in results) == 600, results
    statuses = db.session.scalars(db.select(CheckIn.status)).all()
    assert set(statuses) == {CheckInStatus.QUEUED} and len(statuses) == 600
    job_ids = Queue(OUTREACH, connection=get_redis()).get_job_ids()
    assert len(job_ids) == len(set(job_ids)) == 600
