"""The words the service and its database share: one enum per thing, declared once. Models
store these values; templates, the API and exports show the same strings."""
from __future__ import annotations

from enum import StrEnum


class CheckInStatus(StrEnum):
    """Where a check-in is in its life; the moves between them are
    alumni/domain/checkin_lifecycle.py."""

    SCHEDULED = "scheduled"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    REPLIED = "replied"
    MISSED = "missed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"
