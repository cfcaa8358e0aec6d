"""Periodic follow-up jobs: reply sweeper and non-response ladder, snooze wake-up, crisis
re-alerts, and the dashboard roll-up. The decisions live in alumni/services; these take
ids (or nothing), re-derive their work from the database and let failures reach RQ."""
from __future__ import annotations

from alumni.extensions import db
from alumni.jobs import DEFAULT, enqueue
from alumni.models import Role, User, utcnow


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
    """Unacknowledged crisis cases past CRISIS_ACK_MINUTES alert again: the same alert job
    as the first alert (issue 7's workers.alerts.send_staff_alert), now to on-call staff
    AND every admin, by SMS where they have a phone and by email."""
    from alumni.services.followup_sweeps import crises_due_for_realert
    due = crises_due_for_realert()
    if not due:
        return 0
    recipients = [(u.id, bool(u.phone), bool(u.email)) for u in realert_recipients()]
    stamp = utcnow().strftime("%Y%m%d%H%M")
    for case_id in due:
        for user_id, has_phone, has_email in recipients:
            for channel in (["sms"] if has_phone else []) + (["email"] if has_email else []):
                enqueue("workers.alerts.send_staff_alert", user_id, case_id, channel, queue=DEFAULT,
                        job_id=f"realert-{case_id}-{user_id}-{channel}-{stamp}")
    return len(due)


def realert_recipients() -> list[User]:
    """On-call staff and every admin, active ones only."""
    return db.session.scalars(db.select(User).where(
        User.active.is_(True), (User.on_call.is_(True)) | (User.role == Role.ADMIN))
        .order_by(User.id)).all()


def rollup_figures(days_back: int = 14) -> int:
    from alumni.services.figures import rollup
    return rollup(days_back=days_back)
