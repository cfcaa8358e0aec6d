"""Periodic follow-up jobs: reply sweeper and non-response ladder, snooze wake-up, crisis
re-alerts, and the dashboard roll-up. The decisions live in alumni/services; these take
ids (or nothing), re-derive their work from the database and let failures reach RQ."""
from __future__ import annotations

from flask import current_app

from alumni.extensions import db
from alumni.jobs import DEFAULT, enqueue
from alumni.models import FollowUp, FollowUpReason, FollowUpStatus, Role, User, utcnow


def sweep_replies() -> dict:
    """sent/delivered past the reply window -> missed; missed cases; ladder rungs."""
    from alumni.services.followup_sweeps import sweep_replies as sweep
    report = sweep()
    return {"missed": report.missed, "cases_opened": report.cases_opened,
            "nudges": report.nudges, "call_tasks": report.call_tasks}


def wake_snoozed() -> int:
    from alumni.services.followups import wake_snoozed as wake
    return wake()


def realert_crises() -> int:
    """Unacknowledged crisis cases past CRISIS_ACK_MINUTES: one alert job per case."""
    from alumni.services.followup_sweeps import crises_due_for_realert
    due = crises_due_for_realert()
    stamp = utcnow().strftime("%Y%m%d%H%M")
    for case_id in due:
        enqueue("workers.followups.send_crisis_realert", case_id, queue=DEFAULT,
                job_id=f"crisis-realert-{case_id}-{stamp}")
    return len(due)


def realert_recipients() -> list[User]:
    """On-call staff and every admin, active ones only."""
    return db.session.scalars(db.select(User).where(
        User.active.is_(True), (User.on_call.is_(True)) | (User.role == Role.ADMIN))
        .order_by(User.id)).all()


def send_crisis_realert(followup_id: int) -> int:
    """Text (or email, for those without a phone) each recipient. The alert names no one:
    it says a crisis case waits and links to it; the page behind the link needs a login."""
    case = db.session.get(FollowUp, followup_id)
    if case is None or case.reason != FollowUpReason.CRISIS or case.status == FollowUpStatus.RESOLVED \
            or case.acknowledged_at is not None:
        return 0  # acknowledged (or gone) since the sweep: nobody needs waking
    from alumni.outreach.transports.registry import send_direct
    minutes = int((utcnow() - case.opened_at).total_seconds() // 60)
    link = f"{current_app.config['PUBLIC_BASE_URL'].rstrip('/')}/workspace/cases/{case.id}"
    body = (f"{current_app.config['CENTRE_NAME']}: crisis case #{case.id} has waited {minutes} min "
            f"without acknowledgement. Please open {link}")
    recipients = [(u.phone, u.email) for u in realert_recipients()]
    db.session.close()  # no database session held across the network calls
    sent = 0
    for phone, email in recipients:
        if phone:
            send_direct("sms", phone, body)
        else:
            send_direct("email", email, body, subject="Crisis case waiting")
        sent += 1
    return sent


def rollup_figures(days_back: int = 14) -> int:
    from alumni.services.figures import rollup
    return rollup(days_back=days_back)
