"""The same MessageSid delivered by several connections at once (a Twilio retry racing
the original): a real threaded HTTP server, one row, the same answer for all."""
import threading
import urllib.parse
import urllib.request

import pytest
from werkzeug.serving import make_server

from alumni.extensions import db
from alumni.models import CheckIn, FollowUp, Message
from tests.support.factories import make_alumnus
from tests.support.inbound import TWILIO_TOKEN, new_sid, open_checkin, sign


@pytest.fixture
def live_server(app, make_app):
    server_app = make_app(TWILIO_AUTH_TOKEN=TWILIO_TOKEN)
    server = make_server("127.0.0.1", 0, server_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    with server_app.app_context():
        db.session.remove()
        db.engine.dispose()


def test_simultaneous_deliveries_of_one_message_store_one_row_and_answer_alike(app, live_server):
    with app.app_context():
        alumnus = make_alumnus()
        checkin_id = open_checkin(alumnus).id
        form = {"MessageSid": new_sid(), "From": alumnus.phone, "To": "+15005550006", "Body": "2"}
    body = urllib.parse.urlencode(form).encode()
    headers = {"X-Twilio-Signature": sign(form), "Content-Type": "application/x-www-form-urlencoded"}
    barrier = threading.Barrier(6)
    answers = []

    def deliver():
        barrier.wait()
        request = urllib.request.Request(live_server + "/webhooks/twilio/sms", data=body, headers=headers)
        with urllib.request.urlopen(request, timeout=60) as response:
            answers.append((response.status, response.read()))

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 6 and {status for status, _ in answers} == {200}
    assert len({text for _, text in answers}) == 1 and b"Thank you" in answers[0][1]
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Message)) == 1
        assert db.session.scalar(db.select(db.func.count()).select_from(FollowUp)) == 1
        assert db.session.get(CheckIn, checkin_id).score == 2
