"""Two runs of the milestone job in two real processes, started at the same instant on the
same database (SQLite, or PostgreSQL when DATABASE_URL says so): each milestone's text is
owed exactly once, whichever run gets there first."""
import json
import subprocess
import sys
import time
from datetime import timedelta

from alumni.domain.milestones import MILESTONE_CONSENT
from alumni.domain.schedule import utc_to_local, zone
from alumni.extensions import db
from alumni.models import CheckIn, Consent, ConsentSource, MilestoneText, utcnow
from tests.conftest import ROOT
from tests.support.factories import make_alumnus

OWE = """
import json, sys, time
from pathlib import Path
from alumni import create_app
from config import Config
app = create_app(Config.from_env())
go, ready = Path(sys.argv[1]), Path(sys.argv[2])
with app.app_context():
    from alumni.extensions import db
    from alumni.recovery.milestones_texts import owe_milestone_texts
    db.session.execute(db.text("select 1")); db.session.commit()   # connected before the start
    ready.touch()
    while not go.exists():
        time.sleep(0.002)
    print(json.dumps({"owed": owe_milestone_texts()}))
"""


def test_two_concurrent_runs_owe_each_milestone_text_once(db_session, subprocess_env, tmp_path):
    # Tomorrow's milestones (the job owes today's and tomorrow's): today's have no allowed
    # minute left once the evening's quiet hours begin, which made this test fail after 21:00
    # in Kolkata.
    tomorrow = utc_to_local(utcnow(), zone("Asia/Kolkata")).date() + timedelta(days=1)
    people = [make_alumnus(sobriety_date=tomorrow - timedelta(days=(30, 60, 90, 180)[n % 4])) for n in range(40)]
    db.session.add_all([Consent(alumnus_id=p.id, channel=MILESTONE_CONSENT, granted=True, source=ConsentSource.FORM)
                        for p in people])
    db.session.commit()
    go = tmp_path / "go"
    processes = []
    for name in ("a", "b"):
        ready = tmp_path / f"ready-{name}"
        processes.append((ready, subprocess.Popen(
            [sys.executable, "-c", OWE, str(go), str(ready)], cwd=str(ROOT), env=subprocess_env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _ in processes):
        assert time.monotonic() < deadline, "processes did not start"
        assert all(p.poll() is None for _, p in processes), [p.communicate() for _, p in processes]
        time.sleep(0.01)
    go.touch()  # both start now
    results = []
    for _, process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1])["owed"])

    assert sum(results) == 40, results
    assert db.session.scalar(db.select(db.func.count(MilestoneText.id))) == 40
    assert db.session.scalar(db.select(db.func.count(CheckIn.id)).where(CheckIn.template_key == "milestone")) == 40
