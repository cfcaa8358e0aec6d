"""Peer support's part of the inbound pipeline works in any process, not only one that
happened to import the web pages: a worker replaying spooled texts, a CLI command."""
import json
import subprocess
import sys
from datetime import timedelta

from alumni.domain.event_rules import EventDraft
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, FollowUp, Invitation, Message, utcnow
from alumni.peer.events import create_event, invite_occurrence
from tests.conftest import ROOT
from tests.support.factories import make_alumnus

# A bare Flask app with only the database and Redis: no blueprint, no page module.
HANDLE_ONE_TEXT = """
import json, sys
from flask import Flask
from alumni.extensions import db
from alumni.redis_conn import init_redis
from alumni.replies.inbound import InboundMessage, handle_inbound
from config import Config

app = Flask("replay")
app.config.from_object(Config.from_env())
db.init_app(app)
init_redis(app)
with app.app_context():
    result = handle_inbound(InboundMessage(channel="sms", provider_id="SM" + "7" * 32,
                                           from_addr=sys.argv[1], to_addr="+15005550006", body="Yes"))
print(json.dumps({"reply": result.reply,
                  "web_modules": sorted(m for m in sys.modules if m.startswith("alumni.web"))}))
"""


def _invited_to_a_meeting():
    alumnus = make_alumnus(first_name="Asha")
    event = create_event(EventDraft(title="Sunday circle", starts_at=utcnow() + timedelta(days=3),
                                    place="Community hall"), by_id=None)
    invite_occurrence(event.occurrences[0].id)
    invitation = db.session.scalar(db.select(Invitation))
    checkin = db.session.get(CheckIn, invitation.checkin_id)
    checkin.status, checkin.sent_at = CheckInStatus.SENT, utcnow()
    db.session.commit()
    return alumnus, invitation.id


def test_a_yes_to_an_invitation_is_an_rsvp_in_a_process_without_the_web_pages(db_session, subprocess_env):
    alumnus, invitation_id = _invited_to_a_meeting()

    done = subprocess.run([sys.executable, "-c", HANDLE_ONE_TEXT, alumnus.phone], env=subprocess_env,
                          cwd=str(ROOT), capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr[-2000:]
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["web_modules"] == []
    assert outcome["reply"] == "Thank you, we have you down as coming. We will remind you the day before."
    db.session.expire_all()
    assert db.session.get(Invitation, invitation_id).rsvp == "yes"
    handling = db.session.scalar(db.select(Message.handling).where(Message.alumnus_id == alumnus.id))
    assert handling.startswith("RSVP YES to Sunday circle")
    assert db.session.scalar(db.select(FollowUp)) is None  # understood: nobody needs to read it
