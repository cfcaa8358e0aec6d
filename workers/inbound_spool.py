"""Replaying inbound texts kept while the database was unavailable (alumni.replies.
inbound_replay): every minute from the cron, and on demand after a webhook stores a text
while others still wait. A run that cannot finish raises, so RQ records it; what it did
not replay waits for the next run."""
from __future__ import annotations

from alumni.replies.inbound_replay import ReplayReport, replay_spool


def replay_inbound_spool() -> ReplayReport:
    return replay_spool()
