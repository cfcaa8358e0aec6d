"""Reminding staff when a referral's next step is late: a `referral_due` case in the
"Needs follow-up" queue (one per alumnus, like every reason), opened by a periodic sweep
(workers.referrals.remind_overdue_referrals) and resolved by itself once no referral of
theirs is late any more. What counts as late is alumni/domain/referrals.py `overdue`."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from flask import current_app

from alumni.core.audit import audit
from alumni.core.cases import find_open_case, open_case
from alumni.domain.referrals import DAYS_TO_BOOK, Overdue, ReferralStatus, overdue
from alumni.extensions import db
from alumni.models import Alumnus, AlumnusStatus, FollowUpReason, FollowUpStatus, Referral, utcnow

WAITING = (ReferralStatus.REFERRED.value, ReferralStatus.BOOKED.value)
# The reminder case's note and, once nothing is late, its outcome: English, like every
# record; the pages say them in the reader's language (alumni/recovery/referral_words_translated.py,
# RECORDED_OUTCOME_WORDS in alumni/core/case_words.py).
REMINDER_NOTE = "Referral #{id}: {late}."
SETTLED_OUTCOME = "next step recorded"


def late_step(referral: Referral, today: date) -> Overdue | None:
    return overdue(referral.status, referred_on=referral.referred_on, appointment_on=referral.appointment_on,
                   today=today, days_to_book=DAYS_TO_BOOK)


def _waiting(alumnus_id: int | None = None) -> list[Referral]:
    query = db.select(Referral).where(Referral.status.in_(WAITING))
    if alumnus_id is not None:
        query = query.where(Referral.alumnus_id == alumnus_id)
    return list(db.session.scalars(query.order_by(Referral.id)))


def remind_overdue(today: date) -> int:
    """Open a `referral_due` case for each alumnus with a late referral (none twice: the
    one-open-case-per-reason index). Returns how many cases were opened; commits."""
    opened = 0
    for referral in _waiting():
        late = late_step(referral, today)
        if late is None:
            continue
        status = db.session.scalar(db.select(Alumnus.status).where(Alumnus.id == referral.alumnus_id))
        if status == AlumnusStatus.ERASED:
            continue
        _case, created = open_case(referral.alumnus_id, FollowUpReason.REFERRAL_DUE,
                                   note=REMINDER_NOTE.format(id=referral.id, late=late.words), actor="sweeper")
        opened += created
    db.session.commit()
    return opened


def settle_reminder(alumnus_id: int, today: date) -> None:
    """After a step: the reminder case goes once none of their referrals is late (caller
    commits). A case a person snoozed goes too: there is nothing left to remind."""
    case = find_open_case(alumnus_id, FollowUpReason.REFERRAL_DUE)
    if case is None or any(late_step(r, today) for r in _waiting(alumnus_id)):
        return
    case.status = FollowUpStatus.RESOLVED.value
    case.outcome = SETTLED_OUTCOME
    case.resolved_at = utcnow()
    case.snooze_until = None
    audit("followup.resolved", alumnus_id=alumnus_id, detail={"followup_id": case.id, "outcome": SETTLED_OUTCOME})


def since_at(day: date) -> datetime:
    """The start of `day` in the centre's zone, as naive UTC (the timeline's clock)."""
    zone = ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])
    return datetime.combine(day, time(0, 0), tzinfo=zone).astimezone(ZoneInfo("UTC")).replace(tzinfo=None)
