"""A provider's message status only moves forward: a late `sent` after `delivered`
changes nothing. Twilio's statuses, in the order a message passes through them."""
from __future__ import annotations

_RANK = {
    "pending": 0,         # ours: handed to the transport, no answer yet
    "unconfirmed": 0,     # ours: the provider may or may not have accepted it
    "accepted": 1,
    "scheduled": 1,
    "queued": 2,
    "sending": 3,
    "sent": 4,
    "undelivered": 5,
    "failed": 5,
    "delivered": 6,
    "read": 7,
}

FINAL_FAILURES = ("undelivered", "failed")


def moves_forward(current: str | None, new: str | None) -> bool:
    """True when `new` is later than `current`. Unknown new statuses never move; a
    failure after delivery is ignored (the carrier already confirmed delivery)."""
    if new not in _RANK:
        return False
    if current not in _RANK:
        return True
    if current in ("delivered", "read") and new in FINAL_FAILURES:
        return False
    return _RANK[new] > _RANK[current]
