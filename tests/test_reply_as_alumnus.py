"""Reply as this alumnus: from the Outbox page, outside production, a manager answers a
check-in as the alumnus it went to, and the text goes through the real inbound pipeline."""
from __future__ import annotations

import re

from markupsafe import escape

from alumni.extensions import db
from alumni.models import AuditEvent, Channel, FollowUp, FollowUpReason, Message
from tests.conftest import PRODUCTION
from tests.support.accounts import PASSWORD, make_user
from tests.support.client import TOKEN, FormClient
from tests.support.delivery import daytime_zone, queued_checkin
from tests.support.factories import make_alumnus

REPLY_FORM = re.compile(r'action="/outbox/reply/(\d+)"')


def _checkin_sent_to(app, run_jobs, **fields):
    with app.app_context():
        alumnus = make_alumnus(consent=(Channel.SMS,), timezone=daytime_zone(), **fields)
        queued_checkin(alumnus)
        alumnus_id = alumnus.id
    run_jobs()
    return alumnus_id


def test_a_low_score_sent_from_the_outbox_lands_in_the_queue_and_the_answer_in_the_outbox(app, login_as, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs, first_name="Ravi", last_name="Sharma")
    coordinator = login_as("coordinator")
    page = coordinator.get("/outbox").text
    assert "Reply as this alumnus" in page
    assert REPLY_FORM.findall(page) == [str(alumnus_id)]

    sent = coordinator.post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "1"},
                            follow_redirects=True)
    assert sent.status_code == 200 and "Sent as Ravi Sharma" in sent.text

    with app.app_context():
        reply = db.session.scalar(db.select(Message).filter_by(direction="inbound"))
        assert reply.alumnus_id == alumnus_id and reply.body == "1" and reply.channel == "sms"
        assert reply.provider_id.startswith("outbox-")
        assert reply.checkin.score == 1   # it answered the check-in that was sent
        case = db.session.scalar(db.select(FollowUp).filter_by(alumnus_id=alumnus_id))
        assert case.reason == FollowUpReason.LOW_SCORE
        audited = db.session.scalar(db.select(AuditEvent).filter_by(action="outbox.replied_as_alumnus"))
        assert audited.alumnus_id == alumnus_id and audited.actor == coordinator.user_email
    queue = login_as("staff").get("/workspace/").text
    assert "Ravi Sharma" in queue and "Nobody needs follow-up" not in queue
    # Our answer, as Twilio would have sent it back, is now the newest message in the outbox.
    outbox = coordinator.get("/outbox").text
    assert len(REPLY_FORM.findall(outbox)) == 2
    with app.app_context():
        answer = db.session.scalar(db.select(Message.reply_body).filter_by(direction="inbound"))
    assert answer and str(escape(answer)) in outbox.split("outbox-body", 2)[1]


def test_a_crisis_in_hindi_from_the_outbox_opens_a_crisis_case(app, login_as, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs, language="hi")
    login_as("admin").post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "मैं मरना चाहता हूँ"})
    with app.app_context():
        reasons = set(db.session.scalars(db.select(FollowUp.reason).filter_by(alumnus_id=alumnus_id)))
    assert FollowUpReason.CRISIS in reasons


def test_an_empty_reply_is_refused_and_stores_nothing(app, login_as, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs)
    page = login_as("coordinator").post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "  "},
                                        follow_redirects=True)
    assert "Write the text the alumnus sends" in page.text
    with app.app_context():
        assert db.session.scalar(db.select(Message).filter_by(direction="inbound")) is None


def test_staff_may_not_reply_as_an_alumnus(app, login_as, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs)
    response = login_as("staff").post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "1"})
    assert response.status_code == 403


def test_a_reply_without_the_forms_csrf_token_is_refused(app, login_as, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs)
    response = login_as("coordinator").post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "1"},
                                            with_csrf=False)
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(db.select(Message).filter_by(direction="inbound")) is None


def test_in_production_there_is_no_reply_box_and_the_route_is_not_found(app, make_app, run_jobs):
    alumnus_id = _checkin_sent_to(app, run_jobs)
    production = make_app(**PRODUCTION, OUTBOUND_TRANSPORT="console")
    production.test_client_class = FormClient
    with production.app_context():
        make_user("admin", email="lead@example.org")
    client = production.test_client()
    # Production session cookies are Secure, and a form post over https must name its page.
    https = {"base_url": "https://localhost", "headers": {"Referer": "https://localhost/outbox"}}

    def token(page: str) -> str:
        return TOKEN.search(client.get(page, **https).text).group(1)
    signed_in = client.post("/login", data={"email": "lead@example.org", "password": PASSWORD,
                                            "csrf_token": token("/login")}, **https)
    assert signed_in.status_code == 302
    page = client.get("/outbox", **https)
    assert page.status_code == 200 and "Reply as this alumnus" not in page.text
    refused = client.post(f"/outbox/reply/{alumnus_id}", data={"channel": "sms", "body": "1",
                                                               "csrf_token": token("/account/password")}, **https)
    assert refused.status_code == 404
    with app.app_context():
        assert db.session.scalar(db.select(Message).filter_by(direction="inbound")) is None
