"""The dispatcher as a periodic job (every minute, from the cron process)."""
from __future__ import annotations

import logging

from alumni.outreach.dispatcher import dispatch_due

log = logging.getLogger(__name__)


def dispatch_due_checkins() -> None:
    """Re-derives everything from the database: running it twice, or in two processes at
    once, queues nothing twice."""
    report = dispatch_due()
    log.info("dispatch: %s", report.summary())
