"""Working a follow-up case: claim, assign, log a contact, resolve, snooze, acknowledge.

Each function changes one case in one transaction together with its audit row and commits.
Mistakes a person can make (resolving twice, snoozing into the past) raise CaseActionError
with a sentence for the page; nothing is changed then."""
from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import lazy_gettext as _l

from alumni import wiring
from alumni.core.audit import audit
from alumni.core.case_words import (  # noqa: F401  (kept importable from here)
    CONTACT_KIND_WORDS,
    CONTACT_OUTCOME_WORDS,
    REASON_WORDS,
    RESOLUTION_WORDS,
    reason_words,
)
from alumni.extensions import db
from alumni.models import Contact, FollowUp, FollowUpReason, FollowUpStatus, User, utcnow

# The reasons whose queue row and case page show the detector's explanation (trigger).
TRIGGER_SHOWN = frozenset({FollowUpReason.CRISIS, FollowUpReason.URGENT})


class CaseActionError(ValueError):
    """A request that cannot be carried out, in plain words for the person who made it."""


def centre_zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["DEFAULT_TIMEZONE"])


def get_case(case_id: int) -> FollowUp:
    case = db.session.get(FollowUp, case_id)
    if case is None:
        raise LookupError(f"No follow-up case {case_id}")
    return case


def _open_case(case_id: int) -> FollowUp:
    case = get_case(case_id)
    if case.status == FollowUpStatus.RESOLVED:
        raise CaseActionError(_l("This case is already resolved."))
    return case


def _record(case: FollowUp, action: str, **detail) -> None:
    audit(f"followup.{action}", alumnus_id=case.alumnus_id, detail={"followup_id": case.id, **detail})


def _tell_outcome(alumnus_id: int | None, case_id: int | None, outcome: str, note: str | None, by: User) -> None:
    # Other areas act on an outcome in this transaction (e.g. "referred" opens a referral).
    for listener in wiring.outcome_listeners():
        listener(alumnus_id=alumnus_id, followup_id=case_id, outcome=outcome, note=note, by=by)


def _acknowledge_if_crisis(case: FollowUp, by: User, now: datetime) -> None:
    # Any person acting on a crisis case has seen it: the re-alerts can stop.
    if case.reason == FollowUpReason.CRISIS and case.acknowledged_at is None:
        case.acknowledged_at = now
        case.acknowledged_by_id = by.id
        _record(case, "acknowledged")


def claim(case_id: int, by: User) -> FollowUp:
    """Take the case for yourself. A case someone else holds is not taken from them:
    a coordinator reassigns it."""
    case = _open_case(case_id)
    if case.assignee_id not in (None, by.id):
        holder = case.assignee.display_name if case.assignee else _l("someone else")
        raise CaseActionError(_l("%(holder)s already holds this case; ask a coordinator to reassign it.",
                                 holder=holder))
    case.assignee_id = by.id
    _acknowledge_if_crisis(case, by, utcnow())
    _record(case, "claimed", assignee=by.email)
    db.session.commit()
    return case


def assign(case_id: int, assignee_id: int | None, by: User) -> FollowUp:
    """Give the case to an active staff member (or to nobody, putting it back in the pool)."""
    case = _open_case(case_id)
    assignee = None
    if assignee_id is not None:
        assignee = db.session.get(User, assignee_id)
        if assignee is None or not assignee.active:
            raise CaseActionError(_l("Choose an active staff member."))
    case.assignee_id = assignee.id if assignee else None
    _record(case, "assigned", assignee=assignee.email if assignee else None)
    db.session.commit()
    return case


def acknowledge(case_id: int, by: User) -> FollowUp:
    case = _open_case(case_id)
    if case.acknowledged_at is not None:
        return case
    case.acknowledged_at = utcnow()
    case.acknowledged_by_id = by.id
    _record(case, "acknowledged")
    db.session.commit()
    return case


def _check_contact(kind: str, outcome: str, note: str | None) -> str | None:
    if kind not in CONTACT_KIND_WORDS:
        raise CaseActionError(_l("Choose call, visit or message."))
    if outcome not in CONTACT_OUTCOME_WORDS:
        raise CaseActionError(_l("Choose how the contact went."))
    note = (note or "").strip()
    if len(note) > 4000:
        raise CaseActionError(_l("Keep the note under 4,000 characters."))
    return note or None


def log_contact(case_id: int, kind: str, outcome: str, note: str | None, by: User) -> Contact:
    """Record a call, visit or message made for this case (the case stays open: resolving
    is a separate decision)."""
    case = _open_case(case_id)
    if case.alumnus_id is None:
        raise CaseActionError(_l("This number matches no record: link the message to one under Unknown senders "
                                 "before logging a contact."))
    note = _check_contact(kind, outcome, note)
    now = utcnow()
    contact = Contact(alumnus_id=case.alumnus_id, followup_id=case.id, staff_id=by.id,
                      kind=kind, outcome=outcome, note=note, at=now)
    db.session.add(contact)
    if case.assignee_id is None:
        case.assignee_id = by.id  # whoever made the call holds the case from now on
    _acknowledge_if_crisis(case, by, now)
    _record(case, "contact_logged", kind=kind, outcome=outcome)
    _tell_outcome(case.alumnus_id, case.id, outcome, note, by)
    db.session.commit()
    return contact


def log_alumnus_contact(alumnus_id: int, kind: str, outcome: str, note: str | None, by: User) -> Contact:
    """A contact not tied to a case (from the alumnus page)."""
    note = _check_contact(kind, outcome, note)
    contact = Contact(alumnus_id=alumnus_id, staff_id=by.id, kind=kind, outcome=outcome, note=note,
                      at=utcnow())
    db.session.add(contact)
    audit("contact.logged", alumnus_id=alumnus_id, detail={"kind": kind, "outcome": outcome})
    _tell_outcome(alumnus_id, None, outcome, note, by)
    db.session.commit()
    return contact


def resolve(case_id: int, outcome: str, note: str | None, by: User) -> FollowUp:
    case = _open_case(case_id)
    if outcome not in RESOLUTION_WORDS:
        raise CaseActionError(_l("Choose how the case ended."))
    now = utcnow()
    _acknowledge_if_crisis(case, by, now)
    case.status = FollowUpStatus.RESOLVED
    case.outcome = outcome
    case.resolved_at = now
    case.snooze_until = None
    if case.assignee_id is None:
        case.assignee_id = by.id
    note = (note or "").strip()
    if note:
        case.note = f"{case.note}\n\nResolution: {note}" if case.note else f"Resolution: {note}"
    _record(case, "resolved", outcome=outcome)
    _tell_outcome(case.alumnus_id, case.id, outcome, note, by)
    db.session.commit()
    return case


def snooze_until_for(day: date, zone: ZoneInfo) -> datetime:
    """A snoozed case comes back at 08:00 centre time on the chosen day (naive UTC)."""
    local = datetime.combine(day, time(8, 0), tzinfo=zone)
    return local.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def snooze(case_id: int, until: date, by: User) -> FollowUp:
    """Hide the case until a day; it returns to the queue that morning. A crisis must be
    acknowledged by a person before it can be snoozed."""
    case = _open_case(case_id)
    if case.reason == FollowUpReason.CRISIS and case.acknowledged_at is None:
        raise CaseActionError(_l("Acknowledge this crisis before snoozing it."))
    zone = centre_zone()
    today = datetime.now(zone).date()
    if until <= today:
        raise CaseActionError(_l("Choose a day after today."))
    if (until - today).days > 90:
        raise CaseActionError(_l("Snooze for at most 90 days; resolve the case if it needs no more work."))
    case.status = FollowUpStatus.SNOOZED
    case.snooze_until = snooze_until_for(until, zone)
    if case.assignee_id is None:
        case.assignee_id = by.id
    _record(case, "snoozed", until=until.isoformat())
    db.session.commit()
    return case


def wake_snoozed(now: datetime | None = None) -> int:
    """Snoozed cases whose day has come go back into the queue (no case is closed here)."""
    now = now or utcnow()
    cases = db.session.scalars(db.select(FollowUp).where(
        FollowUp.status == FollowUpStatus.SNOOZED, FollowUp.snooze_until <= now)).all()
    for case in cases:
        case.status = FollowUpStatus.OPEN
        case.snooze_until = None
        audit("followup.woken", alumnus_id=case.alumnus_id, actor="sweeper",
              detail={"followup_id": case.id})
    db.session.commit()
    return len(cases)
