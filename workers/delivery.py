"""Delivery jobs. They take ids, guard state (only a `queued` check-in is sent) and let RQ
see every failure; exception text carries ids and plain words only, never a phone number,
an address or a message body (RQ keeps it in Redis)."""
from __future__ import annotations

import logging

from alumni.delivery.reconcile import reconcile_stale_sending as reconcile
from alumni.delivery.sender import DeliveryError, Outcome, send_checkin_now

log = logging.getLogger(__name__)


def send_checkin(checkin_id: int) -> None:
    try:
        outcome = send_checkin_now(checkin_id)
    except Exception as exc:  # sanitised, then raised: RQ records it, the sweeper recovers the row
        raise DeliveryError(f"check-in {checkin_id}: send failed with {type(exc).__name__} "
                            "(details withheld: they may contain personal data)") from None
    if outcome == Outcome.FAILED:
        from alumni.extensions import db
        from alumni.models import CheckIn
        reason = db.session.scalar(db.select(CheckIn.last_error).where(CheckIn.id == checkin_id))
        raise DeliveryError(f"check-in {checkin_id} was not sent: {reason}")
    log.info("check-in %s: %s", checkin_id, outcome)


def reconcile_stale_sending() -> None:
    try:
        report = reconcile()
    except Exception as exc:
        raise DeliveryError(f"reconciling stale sends failed with {type(exc).__name__} "
                            "(details withheld: they may contain personal data)") from None
    log.info("reconciled stale sends: %s", report)
