"""The dispatcher as a periodic job (every minute, from the cron process)."""
from __future__ import annotations

import logging

from alumni.delivery.dispatcher import dispatch_due

log = logging.getLogger(__name__)


def dispatch_due_checkins() -> None:
    """Re-derives everything from the database: running it twice, or in two processes at
    once, queues nothing twice."""
    report = dispatch_due()
    log.info("dispatch: %s", report.summary())


def replan_plan(plan_id: int) -> None:
    """After a plan's steps change: bring its alumni's future check-ins in line."""
    from alumni.plans.plan_editing import replan_everyone_on
    log.info("re-planned %d alumni on plan %s", replan_everyone_on(plan_id), plan_id)
