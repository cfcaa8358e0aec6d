"""The order of the "Needs follow-up" queue: unacknowledged crises first, then by
priority (lower first), then by age (oldest first). The rank is stored on each case, so
the queue is read in (queue_rank, opened_at) order. Pure functions, no database."""
from __future__ import annotations

from alumni.domain.vocabulary import FollowUpReason

UNACKNOWLEDGED_CRISIS_RANK = 0


def queue_rank(reason: str, priority: int, *, acknowledged: bool) -> int:
    """A crisis nobody has acknowledged outranks everything; after acknowledgement it sorts
    with its priority like any other case (crisis priority is still the highest)."""
    if reason == FollowUpReason.CRISIS and not acknowledged:
        return UNACKNOWLEDGED_CRISIS_RANK
    return 1 + max(priority, 0)
