"""Provider status callbacks: a message's status only moves forward, and a carrier's
`undelivered` / `failed` opens an `unreachable` case with the reason in plain words.
Also adds delivery failures to the alumnus's timeline."""
from __future__ import annotations

from flask_babel import gettext as _

from alumni.core.audit import audit
from alumni.core.cases import open_case
from alumni.core.consent import has_consent, record_consent
from alumni.core.timeline import TimelineEntry
from alumni.domain.checkin_lifecycle import Move, may
from alumni.domain.message_status import FINAL_FAILURES, moves_forward
from alumni.domain.provider_errors import describe_delivery_error
from alumni.domain.vocabulary import Channel
from alumni.extensions import db
from alumni.models import CheckIn, CheckInStatus, ConsentSource, FollowUpReason, Message, utcnow


def apply_status(provider_id: str, status: str, error_code: str | None = None) -> bool:
    """Record a provider's status for a message we sent; True when anything changed.
    Unknown ids (a staff alert, another system's message) are ignored."""
    message = db.session.scalar(db.select(Message).where(Message.provider_id == provider_id))
    if message is None or not moves_forward(message.provider_status, status):
        return False
    now = utcnow()
    message.provider_status = status
    message.status_updated_at = now
    if error_code:
        message.error_code = str(error_code)[:20]
    checkin = db.session.get(CheckIn, message.checkin_id) if message.checkin_id else None
    if status in ("delivered", "read") and checkin is not None and may(Move.DELIVER, checkin.status):
        checkin.take(Move.DELIVER)
        checkin.delivered_at = now
    elif status in FINAL_FAILURES:
        reason = describe_delivery_error(error_code)
        if checkin is not None and may(Move.UNDELIVERED, checkin.status):
            checkin.take(Move.UNDELIVERED)
            checkin.last_error = f"not delivered: {reason}"
        if message.alumnus_id is not None and message.supporter_id is not None:
            # To a supporter: the alumnus is neither out of reach nor opted out.
            audit("message.undelivered", alumnus_id=message.alumnus_id, actor="twilio",
                  detail={"message_id": message.id, "code": error_code, "reason": reason,
                          "supporter_id": message.supporter_id})
        elif message.alumnus_id is not None:
            audit("message.undelivered", alumnus_id=message.alumnus_id, actor="twilio",
                  detail={"message_id": message.id, "code": error_code, "reason": reason})
            open_case(message.alumnus_id, FollowUpReason.UNREACHABLE, message_id=message.id,
                      checkin_id=message.checkin_id, note=f"Message not delivered: {reason}")
            if str(error_code) == "21610" and has_consent(message.alumnus_id, Channel.SMS):
                record_consent(message.alumnus_id, Channel.SMS, False, ConsentSource.CARRIER, actor="twilio")
    db.session.commit()
    return True


def delivery_failures(alumnus_id: int) -> list[TimelineEntry]:
    """Why a check-in did not go out (or is being retried), in plain words."""
    rows = db.session.scalars(db.select(CheckIn).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.last_error.is_not(None)))
    entries = []
    for c in rows:
        failed = c.status == CheckInStatus.FAILED
        title = _("Check-in could not be sent") if failed else _("Check-in send attempt failed")
        entries.append(TimelineEntry(c.updated_at or c.due_at, "delivery", title, c.last_error,
                                     "danger" if failed else "warn"))
    return entries
