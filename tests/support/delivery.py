"""Helpers for delivery tests: an app that sends through the real `twilio` client to the
in-process double, queued check-ins, and a real RQ worker run for that app."""
from __future__ import annotations

from rq import Queue
from rq.job import Job

from alumni.extensions import db
from alumni.jobs import ALL_QUEUES, OUTREACH
from alumni.models import CheckIn, CheckInStatus, Message, utcnow
from tests.support.client import FormClient
from tests.support.twilio_double import twilio_settings


def build_sending_app(make_app, double, **settings):
    """SEND_RETRY_BASE_SECONDS=0: a retry is enqueued at once, so a burst worker runs it.
    QUIET_HOURS=none: the sender re-checks quiet hours, and the test alumni's zone may be
    in them whenever the suite runs (a quiet-hours test sets its own)."""
    values = {"SEND_RETRY_BASE_SECONDS": 0, "RQ_FAILURE_TTL": 600, "RQ_RESULT_TTL": 60, "QUIET_HOURS": "none"}
    values.update(settings)
    app = make_app(**twilio_settings(double, **values))
    app.test_client_class = FormClient
    return app


def daytime_zone() -> str:
    """An Etc/GMT zone where it is about noon now: the sender asks about quiet hours, so a
    test that sends now needs an alumnus for whom now is daytime (Etc signs are inverted)."""
    from datetime import datetime
    offset = (12 - datetime.utcnow().hour + 12) % 24 - 12
    return "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"


def queued_checkin(alumnus, channel: str = "sms", template_key: str = "checkin", enqueue: bool = True) -> CheckIn:
    from alumni.delivery.dispatcher import enqueue_send_jobs
    from alumni.plans.plans import ensure_default_plan
    ensure_default_plan()
    now = utcnow()
    checkin = CheckIn(alumnus_id=alumnus.id, channel=channel, template_key=template_key, due_at=now,
                      status=CheckInStatus.QUEUED, queued_at=now)
    db.session.add(checkin)
    db.session.commit()
    if enqueue:
        enqueue_send_jobs([checkin.id])
    return checkin


def run_burst_worker(app) -> None:
    """One burst of a real in-process RQ worker with `app`'s settings (the sender asks about
    quiet hours again right before sending): every job queued now runs, on every queue;
    one scheduled for later (a retry's backoff) stays where it is."""
    from alumni.redis_conn import get_redis
    from workers.app_worker import AppWorker
    with app.app_context():
        connection = get_redis()
        AppWorker.app = app
        AppWorker([Queue(name, connection=connection) for name in ALL_QUEUES],
                  connection=connection).work(burst=True, with_scheduler=False)


def run_jobs_in(app, rounds: int = 10) -> None:
    """A real in-process burst RQ worker for `app`, run until no job is left (retries
    scheduled for later are moved to the queue first)."""
    from alumni.redis_conn import get_redis
    with app.app_context():
        connection = get_redis()
        for _ in range(rounds):
            promote_scheduled(connection)
            if not any(Queue(name, connection=connection).count for name in ALL_QUEUES):
                return
            run_burst_worker(app)


def outbound_to(alumnus_id: int) -> list[str]:
    """The bodies of the texts and emails sent to this alumnus, oldest first, read afresh."""
    db.session.expire_all()
    return list(db.session.scalars(db.select(Message.body).where(
        Message.alumnus_id == alumnus_id, Message.direction == "outbound").order_by(Message.id)))


def console_messages_to(address: str) -> list[dict]:
    """What the console transport recorded for one phone number or e-mail address (an alert
    to staff has no Message row)."""
    from alumni.delivery.transports.console import recorded_messages
    from alumni.redis_conn import get_redis
    return [m for m in recorded_messages(get_redis(), limit=1000) if m["to"] == address]


def promote_scheduled(connection) -> int:
    """Move scheduled (backoff) jobs onto their queue now, as if their time had come."""
    queue = Queue(OUTREACH, connection=connection)
    moved = 0
    for job_id in queue.scheduled_job_registry.get_job_ids():
        job = Job.fetch(job_id, connection=connection)
        queue.scheduled_job_registry.remove(job)
        queue.enqueue_job(job)
        moved += 1
    return moved


def assert_each_sent_once(checkins) -> None:
    """Each check-in is sent (or delivered), with exactly one outbound message, in its
    alumnus's name."""
    db.session.expire_all()
    for checkin in checkins:
        row = db.session.get(CheckIn, checkin.id)
        assert row.status in (CheckInStatus.SENT, CheckInStatus.DELIVERED), row.last_error
        sent = db.session.scalars(db.select(Message).where(Message.checkin_id == checkin.id)).all()
        assert len(sent) == 1, "delivered exactly once"
        assert row.alumnus.first_name in sent[0].body
