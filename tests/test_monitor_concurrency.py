"""Two answers to the same monitor question, taken by two real processes at the same
instant on the same database (SQLite, or PostgreSQL when DATABASE_URL says so): one answer
is kept and one next question owed, whichever gets there first; the other changes nothing."""
import subprocess
import sys
import time

from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, MonitorAnswer, MonitorRound, utcnow
from tests.conftest import ROOT
from tests.support.factories import make_alumnus

ANSWER = """
import json, sys, time
from pathlib import Path
from alumni import create_app
from config import Config
app = create_app(Config.from_env())
go, ready, sid, phone = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
with app.app_context():
    from alumni.extensions import db
    from alumni.replies.inbound import InboundMessage, handle_inbound
    db.session.execute(db.text("select 1")); db.session.commit()   # connected before the start
    ready.touch()
    while not go.exists():
        time.sleep(0.002)
    result = handle_inbound(InboundMessage(channel="sms", provider_id=sid, from_addr=phone,
                                           to_addr="+15005550006", body="0"))
    print(json.dumps({"message_id": result.message_id}))
"""


def test_two_answers_at_once_keep_one_answer_and_owe_one_next_question(db_session, subprocess_env, tmp_path):
    alumnus = make_alumnus()
    sent = utcnow()
    opening = CheckIn(alumnus_id=alumnus.id, channel="sms", template_key="monitor", due_at=sent, sent_at=sent,
                      status=CheckInStatus.SENT, reply_window_hours=48)
    db.session.add(opening)
    db.session.commit()
    go = tmp_path / "go"
    processes = []
    for name in ("a", "b"):
        ready = tmp_path / f"ready-{name}"
        processes.append((ready, subprocess.Popen(
            [sys.executable, "-c", ANSWER, str(go), str(ready), f"SM{name * 32}", alumnus.phone], cwd=str(ROOT),
            env=subprocess_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for ready, _ in processes):
        assert time.monotonic() < deadline, "processes did not start"
        assert all(p.poll() is None for _, p in processes), [p.communicate() for _, p in processes]
        time.sleep(0.01)
    go.touch()  # both start now
    for _, process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err

    db.session.expire_all()
    [round_] = db.session.scalars(db.select(MonitorRound)).all()
    assert [(a.item_key, a.value) for a in db.session.scalars(db.select(MonitorAnswer))] == [("use_days", 0)]
    owed = db.session.scalars(db.select(CheckIn).where(CheckIn.template_key == "monitor_next")).all()
    assert len(owed) == 1 and round_.question_checkin_id == owed[0].id and round_.item_index == 1
