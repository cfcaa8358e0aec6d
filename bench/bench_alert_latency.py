"""Crisis alert latency behind a check-in backlog: from the signed webhook that carries a
crisis text to the on-call alert handed to the provider.

BACKLOG check-ins (2,000) are queued for sending; the Twilio double answers every request
after 200 ms and TWILIO_MAX_MPS is 50, so one worker has ~40 s of sending ahead of it. One
`flask worker` starts, exactly as `make run` starts it (its defaults, every queue). Once it
is sending, CRISES alumni (20) each text "I want to die" through the real signed Twilio
webhook, one every SPACING seconds. Each crisis alerts the one on-call staff member by SMS
(the Twilio double) and by email (a local SMTP server); each alert's latency is from just
before its webhook was posted to when the double / SMTP server received it. Target: p95 <
60 s for each channel. Also reported: check-ins still waiting when the last crisis
arrived (the backlog was really there), and alerts received of those expected.

    python -m bench alert_latency
    DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres \\
    REDIS_URL=redis://127.0.0.1:6379/13 python -m bench alert_latency
"""
from __future__ import annotations

import email
import math
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from email import policy
from pathlib import Path

from bench.common import Figure, print_figures, scratch_app

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.twilio_double import Behaviour, TwilioDouble, twilio_settings  # noqa: E402

BACKLOG = int(os.environ.get("BENCH_ALERT_BACKLOG", "2000"))
CRISES = int(os.environ.get("BENCH_ALERT_CRISES", "20"))
SPACING = float(os.environ.get("BENCH_ALERT_SPACING", "1.0"))
MPS = 50
TOKEN = "bench-twilio-token"
PUBLIC = "http://127.0.0.1:9"
ON_CALL_PHONE = "+919899900000"
ON_CALL_EMAIL = "oncall@bench.example"
CASE_LINK = re.compile(r"/workspace/cases/(\d+)")


class Mailbox:
    """An SMTP server's handler that notes when each message arrived."""

    def __init__(self):
        self.received: list[tuple[float, email.message.EmailMessage]] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        at = time.time()
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        with self._lock:
            self.received.append((at, message))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed(app) -> list[str]:
    """The backlog (queued check-ins with their send jobs), the crisis senders (each with an
    answered-for check-in open) and the on-call person. Returns the crisis senders' phones."""
    from alumni.accounts.accounts import hash_password
    from alumni.delivery.send_jobs import enqueue_send_jobs
    from alumni.extensions import db
    from alumni.models import CheckInStatus, Role, User, utcnow
    from alumni.plans.plans import ensure_default_plan
    from bench.common import seed_sms_alumni_with_checkins
    with app.app_context():
        ensure_default_plan()
        now = utcnow()
        backlog = seed_sms_alumni_with_checkins(BACKLOG, "+9180", status=CheckInStatus.QUEUED, queued_at=now)
        senders = seed_sms_alumni_with_checkins(CRISES, "+9182", status=CheckInStatus.SENT, sent_at=now,
                                                reply_window_hours=48)
        db.session.add(User(email=ON_CALL_EMAIL, name="On call", role=Role.STAFF, phone=ON_CALL_PHONE,
                            on_call=True, password_hash=hash_password("bench-password-1")))
        db.session.commit()
        enqueue_send_jobs([c.id for c in backlog], claimed=True)
        phones = [c.alumnus.phone for c in senders]
        db.session.remove()
        return phones


def _checkins_waiting(app) -> int:
    from alumni.extensions import db
    from alumni.models import CheckIn, CheckInStatus
    with app.app_context():
        n = db.session.scalar(db.select(db.func.count()).select_from(CheckIn).where(
            CheckIn.status == CheckInStatus.QUEUED))
        db.session.remove()
        return n


def _case_of(alumnus_phone: str, app) -> int | None:
    from alumni.extensions import db
    from alumni.models import Alumnus, FollowUp, FollowUpReason
    with app.app_context():
        case_id = db.session.scalar(db.select(FollowUp.id).join(Alumnus, Alumnus.id == FollowUp.alumnus_id).where(
            Alumnus.phone == alumnus_phone, FollowUp.reason == FollowUpReason.CRISIS))
        db.session.remove()
        return case_id


def _post_crisis(client, phone: str) -> int:
    import uuid

    from twilio.request_validator import RequestValidator
    form = {"MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": "AC" + "0" * 32, "From": phone,
            "To": "+15005550006", "Body": "I want to die", "NumMedia": "0"}
    signature = RequestValidator(TOKEN).compute_signature(PUBLIC + "/webhooks/twilio/sms", form)
    return client.post("/webhooks/twilio/sms", data=form, headers={"X-Twilio-Signature": signature}).status_code


def _p95(values: list[float]) -> float:
    if not values:
        return math.inf
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def _start_worker(env, log):
    # `make run` starts `flask worker` with no options: every queue, its default threads.
    return subprocess.Popen([sys.executable, "-m", "flask", "worker"], env=env, cwd=str(ROOT),
                            stdout=log, stderr=log, start_new_session=True)


def _stop(process) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def run() -> list[Figure]:
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    smtp.start()
    try:
        return _measure(mailbox, f"smtp://127.0.0.1:{smtp.port}")
    finally:
        smtp.stop()


def _measure(mailbox: Mailbox, smtp_url: str) -> list[Figure]:
    with TwilioDouble(Behaviour(latency=0.2)) as double:
        settings = twilio_settings(double, TWILIO_MAX_MPS=MPS, SMTP_URL=smtp_url,
                                   MAIL_FROM="Centre <care@bench.example>",
                                   PUBLIC_BASE_URL=PUBLIC, RQ_FAILURE_TTL=600, RQ_RESULT_TTL=60,
                                   QUIET_HOURS="none")  # the backlog is sent whatever the hour of the run
        settings["TWILIO_AUTH_TOKEN"] = TOKEN  # the webhook's signing key; the double takes any
        with scratch_app(**settings) as app:
            phones = _seed(app)
            env = dict(os.environ)
            env.update({"FLASK_APP": "wsgi", "PYTHONUNBUFFERED": "1", "SECRET_KEY": "bench",
                        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "REDIS_URL": app.config["REDIS_URL"],
                        "INSTANCE_PATH": app.config["INSTANCE_PATH"], **settings})
            posted: dict[int, float] = {}
            with open(Path(app.config["INSTANCE_PATH"]) / "worker.log", "ab") as log:
                worker = _start_worker(env, log)
                try:
                    # Crises arrive once the worker is busy with the backlog.
                    deadline = time.monotonic() + 120
                    while len(double.created) < 50 and time.monotonic() < deadline:
                        time.sleep(0.2)
                    if len(double.created) < 50:
                        raise RuntimeError("the worker never started on the backlog: see worker.log")
                    client = app.test_client()
                    with app.app_context():
                        for phone in phones:
                            started = time.time()
                            status = _post_crisis(client, phone)
                            if status != 200:
                                raise RuntimeError(f"webhook answered {status}")
                            posted[_case_of(phone, app)] = started
                            time.sleep(SPACING)
                    waiting = _checkins_waiting(app)
                    deadline = time.monotonic() + 300
                    while time.monotonic() < deadline and (
                            len(_alerts_by_sms(double)) < len(posted) or len(_alerts_by_email(mailbox)) < len(posted)):
                        time.sleep(0.5)
                finally:
                    _stop(worker)
        sms = {case: at - posted[case] for case, at in _alerts_by_sms(double).items() if case in posted}
        mail = {case: at - posted[case] for case, at in _alerts_by_email(mailbox).items() if case in posted}
        expected = 2 * len(posted)
        received = len(sms) + len(mail)
        return [
            Figure(f"crisis -> SMS alert, p95 ({len(posted)} crises behind {BACKLOG} check-ins)",
                   _p95(list(sms.values())), "s", "< 60", _p95(list(sms.values())) < 60),
            Figure("crisis -> email alert, p95", _p95(list(mail.values())), "s", "< 60",
                   _p95(list(mail.values())) < 60),
            Figure("  slowest alert", max([*sms.values(), *mail.values()], default=math.inf), "s"),
            Figure("  check-ins still queued when the last crisis arrived", waiting, "msgs", "> 0", waiting > 0),
            Figure("  alerts received of expected", received, "msgs", f"= {expected}", received == expected),
        ]


def _alerts_by_sms(double) -> dict[int, float]:
    """case id -> when the double received its alert SMS to the on-call phone."""
    found: dict[int, float] = {}
    for request in list(double.requests):
        if request.method == "POST" and request.form.get("To") == ON_CALL_PHONE:
            match = CASE_LINK.search(request.form.get("Body", ""))
            if match:
                found.setdefault(int(match.group(1)), request.at)
    return found


def _alerts_by_email(mailbox: Mailbox) -> dict[int, float]:
    found: dict[int, float] = {}
    for at, message in list(mailbox.received):
        match = CASE_LINK.search(message.get_body(preferencelist=("plain",)).get_content())
        if match:
            found.setdefault(int(match.group(1)), at)
    return found


if __name__ == "__main__":
    print_figures(run())
