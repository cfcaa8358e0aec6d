"""Email over SMTP to a real local SMTP server (aiosmtpd): text and HTML parts from the
templates, discreet mode, and refusals turned into plain words."""
from __future__ import annotations

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller

from alumni.delivery.transports.base import OutboundMessage, TransportError
from alumni.delivery.transports.email_smtp import SmtpEmailTransport, SmtpSettings
from alumni.extensions import db
from alumni.models import Channel, CheckIn, CheckInStatus, FollowUp, FollowUpReason
from tests.support.delivery import queued_checkin, run_jobs_in
from tests.support.factories import make_alumnus


class Mailbox:
    def __init__(self):
        self.messages = []
        self.refuse = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    mailbox.url = f"smtp://127.0.0.1:{controller.port}"
    yield mailbox
    controller.stop()


@pytest.fixture
def email_app(app, make_app, smtp_server):
    from tests.support.twilio_double import ACCOUNT_SID
    return make_app(OUTBOUND_TRANSPORT="twilio", TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN="x",
                    SMTP_URL=smtp_server.url, MAIL_FROM="Sunrise <care@sunrise.example>",
                    SEND_RETRY_BASE_SECONDS=0, QUIET_HOURS="none")  # the sender asks about quiet hours too


def test_smtp_url_forms():
    plain = SmtpSettings.from_url("smtp://apikey:s%3Acret@smtp.sendgrid.net:587?starttls=true")
    assert (plain.host, plain.port, plain.username, plain.password, plain.starttls, plain.implicit_tls) == \
        ("smtp.sendgrid.net", 587, "apikey", "s:cret", True, False)
    tls = SmtpSettings.from_url("smtps://mail.example.org")
    assert (tls.port, tls.implicit_tls) == (465, True)
    with pytest.raises(ValueError):
        SmtpSettings.from_url("http://mail.example.org")


def test_a_checkin_by_email_has_text_and_html_parts(email_app, smtp_server):
    with email_app.app_context():
        alumnus = make_alumnus(consent=(Channel.EMAIL,), first_name="Asha <b>")
        checkin_id = queued_checkin(alumnus, channel="email").id
        address = alumnus.email
    run_jobs_in(email_app)

    [sent] = smtp_server.messages
    assert sent["To"] == address and sent["From"] == "Sunrise <care@sunrise.example>"
    text = sent.get_body(("plain",)).get_content()
    html = sent.get_body(("html",)).get_content()
    assert "Asha <b>" in text and "Sunrise Recovery Centre" in text
    assert "Asha &lt;b&gt;" in html and "<b>" not in html.replace("&lt;b&gt;", "")
    with email_app.app_context():
        assert db.session.get(CheckIn, checkin_id).status == CheckInStatus.SENT


def test_discreet_email_names_no_centre(email_app, smtp_server):
    with email_app.app_context():
        alumnus = make_alumnus(consent=(Channel.EMAIL,), discreet=True)
        queued_checkin(alumnus, channel="email")
    run_jobs_in(email_app)
    [sent] = smtp_server.messages
    assert "Sunrise" not in sent.as_string().replace("care@sunrise.example", "").replace("Sunrise <", "")


def test_a_refused_address_fails_the_checkin_and_opens_an_unreachable_case(email_app, smtp_server):
    with email_app.app_context():
        alumnus = make_alumnus(consent=(Channel.EMAIL,))
        smtp_server.refuse.add(alumnus.email)
        checkin_id = queued_checkin(alumnus, channel="email").id
        alumnus_id = alumnus.id
    run_jobs_in(email_app)
    with email_app.app_context():
        checkin = db.session.get(CheckIn, checkin_id)
        assert checkin.status == CheckInStatus.FAILED
        assert "refused the email address" in checkin.last_error
        case = db.session.scalar(db.select(FollowUp).where(FollowUp.alumnus_id == alumnus_id))
        assert case.reason == FollowUpReason.UNREACHABLE


def test_an_unreachable_mail_server_is_a_transient_failure(app_context):
    transport = SmtpEmailTransport(SmtpSettings("127.0.0.1", _free_port(), timeout=2), "care@example.org")
    with pytest.raises(TransportError) as caught:
        transport.send(OutboundMessage(channel="email", to="a@example.org", body="hello", subject="Hi"))
    assert not caught.value.permanent and "could not be reached" in str(caught.value)


def test_an_email_resent_after_a_crash_keeps_its_message_id(email_app, smtp_server):
    """SMTP cannot be asked whether a message went out, so the sweeper resends a stale
    email; it goes under the same Message-ID, which mailboxes treat as one message."""
    from datetime import timedelta

    from alumni.delivery.reconcile import reconcile_stale_sending
    from alumni.models import Message, utcnow
    with email_app.app_context():
        checkin_id = queued_checkin(make_alumnus(consent=(Channel.EMAIL,)), channel="email").id
        queued_checkin(make_alumnus(consent=(Channel.EMAIL,)), channel="email")  # another check-in, its own id
    run_jobs_in(email_app)
    with email_app.app_context():
        # What a worker SIGKILLed after the SMTP server accepted, before recording, leaves.
        checkin = db.session.get(CheckIn, checkin_id)
        checkin.status, checkin.sending_started_at = CheckInStatus.SENDING, utcnow()
        message = db.session.scalar(db.select(Message).where(Message.checkin_id == checkin_id))
        message.provider_id, message.provider_status = None, "pending"
        db.session.commit()
        assert reconcile_stale_sending(now=utcnow() + timedelta(hours=1)).requeued == 1
    run_jobs_in(email_app)

    first, other, resent = smtp_server.messages
    assert resent["To"] == first["To"]
    assert resent["Message-ID"] == first["Message-ID"] != other["Message-ID"]
    with email_app.app_context():
        assert db.session.get(CheckIn, checkin_id).status == CheckInStatus.SENT
