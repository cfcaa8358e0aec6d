"""The order of the "Needs follow-up" queue: unacknowledged crises first, then by
priority (lower first), then by age (oldest first). Pure functions, no database."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CRISIS = "crisis"
UNACKNOWLEDGED_CRISIS_RANK = 0


def queue_rank(reason: str, priority: int, *, acknowledged: bool) -> int:
    """A crisis nobody has acknowledged outranks everything; after acknowledgement it sorts
    with its priority like any other case (crisis priority is still the highest)."""
    if reason == CRISIS and not acknowledged:
        return UNACKNOWLEDGED_CRISIS_RANK
    return 1 + max(priority, 0)


@dataclass(frozen=True)
class QueueItem:
    reason: str
    priority: int
    acknowledged: bool
    opened_at: datetime


def sort_key(item: QueueItem) -> tuple[int, datetime]:
    return queue_rank(item.reason, item.priority, acknowledged=item.acknowledged), item.opened_at


def order_queue(items: list[QueueItem]) -> list[QueueItem]:
    return sorted(items, key=sort_key)
