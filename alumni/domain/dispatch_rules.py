"""What the dispatcher does with one due check-in: send it, skip it (with the reason a
coordinator reads), or hold it until quiet hours end. Pure: the caller loads the facts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from alumni.domain.schedule import QuietHours, next_allowed_time

QUEUE = "queue"
SKIP = "skip"
DEFER = "defer"

# alumnus status -> skip reason
STATUS_REASONS = {"paused": "paused", "withdrawn": "withdrawn", "erased": "erased"}


@dataclass(frozen=True)
class Decision:
    action: str                      # queue | skip | defer
    reason: str | None = None        # for skip
    until: datetime | None = None    # for defer (naive UTC)


def decide(*, alumnus_status: str, channel: str, has_consent: bool, has_address: bool,
           now: datetime, tz: ZoneInfo | str, quiet: QuietHours) -> Decision:
    """The order matters: a hard no (status, consent, no address) beats waiting for the
    morning, so a paused alumnus's row is closed now rather than deferred and closed later."""
    if alumnus_status in STATUS_REASONS:
        return Decision(SKIP, STATUS_REASONS[alumnus_status])
    if not has_consent:
        return Decision(SKIP, f"no current consent for {channel}")
    if not has_address:
        return Decision(SKIP, f"no {'email address' if channel == 'email' else 'phone number'} for {channel}")
    allowed = _allowed_from(now, tz, quiet)
    if allowed > now:
        return Decision(DEFER, until=allowed)
    return Decision(QUEUE)


@lru_cache(maxsize=1024)
def _allowed_from(now: datetime, tz: ZoneInfo | str, quiet: QuietHours) -> datetime:
    """next_allowed_time, remembered: a dispatch batch asks it for thousands of rows with
    the same instant and a handful of zones."""
    return next_allowed_time(now, tz, quiet)
