"""May this check-in go to this alumnus now? One rule for every place that decides it: the
dispatcher (due rows), check-in now (a person pressed a button) and the sender, which asks
again right before the provider call, because minutes or hours (a retry's backoff) can pass
between queueing and sending, and a pause, a STOP or the evening can come in between.

Pure: the caller loads the facts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from alumni.domain.schedule import QuietHours, next_allowed_time
from alumni.domain.vocabulary import Channel

QUEUE = "queue"   # it may go now
SKIP = "skip"     # it must not go at all (closed with the reason)
DEFER = "defer"   # it may go later: at `until`, the end of the alumnus's quiet hours

# alumnus status -> skip reason
STATUS_REASONS = {"paused": "paused", "withdrawn": "withdrawn", "erased": "erased"}


@dataclass(frozen=True)
class Decision:
    action: str                      # queue | skip | defer
    reason: str | None = None        # for skip: the words a coordinator reads
    until: datetime | None = None    # for defer (naive UTC)
    code: str | None = None          # for skip and defer: paused | withdrawn | erased | no_consent
    #                                  | no_address | quiet_hours (what an API answers with)


def may_send(*, alumnus_status: str, channel: str, has_consent: bool, has_address: bool,
             now: datetime, tz: ZoneInfo | str, quiet: QuietHours) -> Decision:
    """The order matters: a hard no (status, consent, no address) beats waiting for the
    morning, so a paused alumnus's row is closed now rather than deferred and closed later."""
    if alumnus_status in STATUS_REASONS:
        return Decision(SKIP, STATUS_REASONS[alumnus_status], code=str(alumnus_status))
    if not has_consent:
        return Decision(SKIP, f"no current consent for {channel}", code="no_consent")
    if not has_address:
        return Decision(SKIP, f"no {'email address' if channel == Channel.EMAIL else 'phone number'} for {channel}",
                        code="no_address")
    allowed = _allowed_from(now, tz, quiet)
    if allowed > now:
        return Decision(DEFER, until=allowed, code="quiet_hours")
    return Decision(QUEUE)


@lru_cache(maxsize=1024)
def _allowed_from(now: datetime, tz: ZoneInfo | str, quiet: QuietHours) -> datetime:
    """next_allowed_time, remembered: a dispatch batch asks it for thousands of rows with
    the same instant and a handful of zones."""
    return next_allowed_time(now, tz, quiet)


def retry_time(failed_at: datetime, delay_seconds: float, tz: ZoneInfo | str, quiet: QuietHours) -> datetime:
    """When a failed send may be tried again: after its backoff, and never inside the
    alumnus's quiet hours (a retry that would land there waits for them to end)."""
    return next_allowed_time(failed_at + timedelta(seconds=delay_seconds), tz, quiet)


def retries_exhausted(*, first_queued: datetime, now: datetime, retry_for_seconds: float,
                      attempts: int, max_attempts: int) -> str | None:
    """Why a check-in whose last attempt failed for a passing reason is given up, or None
    to try again. The limit is time (a provider outage lasts minutes or hours, and an
    attempt count spent in 90 seconds of backoff says nothing about the provider); an
    attempt cap applies only when one is configured (max_attempts > 0)."""
    if max_attempts > 0 and attempts >= max_attempts:
        return f"gave up after {attempts} attempts"
    elapsed = (now - first_queued).total_seconds()
    if elapsed >= retry_for_seconds:
        return f"gave up after {attempts} attempts over {_duration(elapsed)}"
    return None


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    if seconds >= 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds:.0f} s"
