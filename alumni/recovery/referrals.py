"""Referrals back to treatment: making one, recording its steps, and what a step does to
the alumnus's follow-up (a re-admission pauses it; the discharge after it restarts it).

refer and record_step each own their transaction: they check, write the referral, its step
and the audit rows, and commit. referral_for_outcome joins the transaction of the contact
or case resolution that said "referred back to treatment" (listed in alumni/wiring.py).
Which step may follow which, and what is overdue, is decided in alumni/domain/referrals.py.
"""
from __future__ import annotations

from datetime import date, timedelta

from flask_babel import lazy_gettext as _l

from alumni.core.audit import audit
from alumni.core.centre_day import centre_today
from alumni.domain.referrals import (
    NOT_WAITED_ON,
    SETTLED,
    ReferralStatus,
    StepProblem,
    check_step,
)
from alumni.extensions import db
from alumni.models import (
    Alumnus,
    AlumnusStatus,
    CheckIn,
    CheckInStatus,
    FollowUp,
    Referral,
    ReferralStep,
    RelapseEvent,
    User,
    utcnow,
)
from alumni.plans.plans import replan_future, restart_plan
from alumni.recovery.referral_reminders import settle_reminder
from alumni.workspace.followups import reason_words

REFERRED_TO_MAX = 200
TEXT_MAX = 2000
# A contact's or a case's outcome that means "referred back to treatment".
REFERRED_OUTCOME = "referred"
# The relapse a referral follows, when the case it came from recorded none: the latest
# one reported in this many days before the referral.
RELAPSE_LOOKBACK_DAYS = 90
EARLIEST = date(2000, 1, 1)

STATUS_WORDS = {
    ReferralStatus.REFERRED: _l("Referred, no appointment yet"),
    ReferralStatus.BOOKED: _l("Appointment booked"),
    ReferralStatus.ATTENDED: _l("Attended"),
    ReferralStatus.READMITTED: _l("Re-admitted"),
    ReferralStatus.DECLINED: _l("Declined"),
    ReferralStatus.NO_SHOW: _l("Did not attend"),
    ReferralStatus.DISCHARGED: _l("Discharged after re-admission"),
}
# The step as a button or choice says it.
STEP_WORDS = {
    ReferralStatus.BOOKED: _l("Appointment booked"),
    ReferralStatus.ATTENDED: _l("Attended the appointment"),
    ReferralStatus.READMITTED: _l("Re-admitted for treatment"),
    ReferralStatus.DECLINED: _l("Declined"),
    ReferralStatus.NO_SHOW: _l("Did not attend"),
    ReferralStatus.DISCHARGED: _l("Discharged (restarts follow-up)"),
}


class ReferralError(ValueError):
    """A referral or step that cannot be recorded, in plain words for the person asking."""


def _text(value: str | None, limit: int, what: str, *, required: bool = False) -> str:
    value = (value or "").replace("\x00", "").strip()  # PostgreSQL refuses NUL in text
    if required and not value:
        raise ReferralError(f"Say {what}.")
    if len(value) > limit:
        raise ReferralError(f"Keep {what} under {limit:,} characters.")
    return value


def _relapse_for(alumnus_id: int, on: date, followup_id: int | None) -> int | None:
    """The relapse this referral follows: the one recorded with its case, else the latest
    reported in the weeks before it."""
    if followup_id is not None:
        found = db.session.scalar(db.select(RelapseEvent.id).where(
            RelapseEvent.alumnus_id == alumnus_id, RelapseEvent.followup_id == followup_id)
            .order_by(RelapseEvent.occurred_on.desc(), RelapseEvent.id.desc()).limit(1))
        if found is not None:
            return found
    return db.session.scalar(db.select(RelapseEvent.id).where(
        RelapseEvent.alumnus_id == alumnus_id, RelapseEvent.occurred_on <= on,
        RelapseEvent.occurred_on >= on - timedelta(days=RELAPSE_LOOKBACK_DAYS))
        .order_by(RelapseEvent.occurred_on.desc(), RelapseEvent.id.desc()).limit(1))


def _add_referral(alumnus: Alumnus, *, referred_to: str, reason: str, on: date, note: str | None,
                  by: User | None, followup_id: int | None) -> Referral:
    referral = Referral(alumnus_id=alumnus.id, followup_id=followup_id, referred_to=referred_to, reason=reason,
                        referred_by_id=by.id if by else None, referred_on=on,
                        status=ReferralStatus.REFERRED.value,
                        relapse_event_id=_relapse_for(alumnus.id, on, followup_id),
                        cohort_month=alumnus.discharge_date.strftime("%Y-%m"))
    referral.steps.append(ReferralStep(step=ReferralStatus.REFERRED.value, day=on, note=note or None,
                                       recorded_by_id=by.id if by else None))
    db.session.add(referral)
    db.session.flush()
    # Ids only: the audit trail must not become a second copy of the referral.
    audit("referral.made", alumnus_id=alumnus.id,
          detail={"referral_id": referral.id, "followup_id": followup_id})
    return referral


def refer(alumnus_id: int, *, referred_to: str, reason: str, on: date | None = None,
          note: str | None = None, by: User | None, followup_id: int | None = None) -> Referral:
    """Staff refer the alumnus back to treatment (from the profile, a case or the API)."""
    alumnus = db.session.get(Alumnus, alumnus_id)
    if alumnus is None:
        raise LookupError(f"No alumnus {alumnus_id}")
    if alumnus.status == AlumnusStatus.ERASED:
        raise ReferralError("This record was erased: nothing more is recorded on it.")
    referred_to = _text(referred_to, REFERRED_TO_MAX, "to whom they were referred", required=True)
    reason = _text(reason, TEXT_MAX, "why", required=True)
    note = _text(note, TEXT_MAX, "the note")
    today = centre_today()
    on = on or today
    if on > today:
        raise ReferralError("A referral is recorded on the day it is made or after.")
    if on < EARLIEST:
        raise ReferralError(f"Give a day from {EARLIEST.year} on.")
    if followup_id is not None:
        case = db.session.get(FollowUp, followup_id)
        if case is None or case.alumnus_id != alumnus_id:
            raise ReferralError("That case is not this alumnus's.")
    referral = _add_referral(alumnus, referred_to=referred_to, reason=reason, on=on, note=note, by=by,
                             followup_id=followup_id)
    db.session.commit()
    return referral


def open_referral(alumnus_id: int) -> Referral | None:
    """The alumnus's newest referral that is still under way (not settled)."""
    return db.session.scalar(db.select(Referral).where(
        Referral.alumnus_id == alumnus_id, Referral.status.not_in([str(s) for s in SETTLED]))
        .order_by(Referral.referred_on.desc(), Referral.id.desc()).limit(1))


def referral_for_outcome(*, alumnus_id: int | None, followup_id: int | None, outcome: str,
                         note: str | None, by: User | None) -> None:
    """A contact or a case ended "referred back to treatment": the referral under way is
    linked to it, or a new one is opened for staff to complete (to whom, the appointment).
    Runs in the caller's transaction, so the outcome and its referral commit together."""
    if outcome != REFERRED_OUTCOME or alumnus_id is None:
        return
    existing = open_referral(alumnus_id)
    if existing is not None:
        if existing.followup_id is None and followup_id is not None:
            existing.followup_id = followup_id
        audit("referral.linked", alumnus_id=alumnus_id,
              detail={"referral_id": existing.id, "followup_id": followup_id})
        return
    alumnus = db.session.get(Alumnus, alumnus_id)
    if alumnus is None or alumnus.status == AlumnusStatus.ERASED:
        return
    case = db.session.get(FollowUp, followup_id) if followup_id is not None else None
    reason = (note or "").strip()[:TEXT_MAX] or (
        f"From the follow-up case: {reason_words(case.reason).lower()}" if case else "Recorded with a contact")
    _add_referral(alumnus, referred_to="", reason=reason, on=centre_today(), note=None, by=by,
                  followup_id=followup_id)


def record_step(referral_id: int, step: str, *, day: date | None = None, note: str | None = None,
                by: User | None) -> Referral:
    """The next step of a referral: an appointment's day, or how it ended. A re-admission
    pauses the alumnus's follow-up; the discharge after it restarts it."""
    referral = db.session.get(Referral, referral_id)
    if referral is None:
        raise LookupError(f"No referral {referral_id}")
    today = centre_today()
    try:
        day = check_step(referral.status, step, day, referred_on=referral.referred_on, today=today,
                         readmitted_on=referral.readmitted_on)
    except StepProblem as problem:
        raise ReferralError(str(problem)) from None
    note = _text(note, TEXT_MAX, "the note")
    before = referral.status
    # Conditional on the state we checked: two people recording at once cannot both move it.
    moved = db.session.execute(
        db.update(Referral).where(Referral.id == referral.id, Referral.status == before)
        .values(status=step, updated_at=utcnow()), execution_options={"synchronize_session": False})
    if not moved.rowcount:
        db.session.rollback()
        raise ReferralError("Someone recorded a step on this referral at the same moment; look again.")
    referral.status = step
    referral.steps.append(ReferralStep(step=step, day=day, note=note or None,
                                       recorded_by_id=by.id if by else None))
    _apply(referral, ReferralStatus(step), day)
    audit("referral.step", alumnus_id=referral.alumnus_id,
          detail={"referral_id": referral.id, "step": step, "from": before, "day": day.isoformat()})
    settle_reminder(referral.alumnus_id, today)
    db.session.commit()
    return referral


def update_details(referral_id: int, *, referred_to: str, reason: str, by: User | None) -> Referral:
    """Name where they were referred and why (a referral opened from a contact has neither)."""
    referral = db.session.get(Referral, referral_id)
    if referral is None:
        raise LookupError(f"No referral {referral_id}")
    referral.referred_to = _text(referred_to, REFERRED_TO_MAX, "to whom they were referred", required=True)
    referral.reason = _text(reason, TEXT_MAX, "why", required=True)
    audit("referral.updated", alumnus_id=referral.alumnus_id,
          detail={"referral_id": referral.id, "fields": ["referred_to", "reason"]})
    db.session.commit()
    return referral


def _apply(referral: Referral, step: ReferralStatus, day: date) -> None:
    if step == ReferralStatus.BOOKED:
        referral.appointment_on = day
    if step in (ReferralStatus.ATTENDED, ReferralStatus.READMITTED) and referral.treated_on is None:
        referral.treated_on = day
    if step == ReferralStatus.READMITTED:
        referral.readmitted_on = day
        _pause_for_treatment(referral)
    if step == ReferralStatus.DISCHARGED:
        _restart_after_discharge(referral, day)
    referral.closed_on = day if step in SETTLED else None


def _scheduled(alumnus_id: int) -> int:
    return db.session.scalar(db.select(db.func.count(CheckIn.id)).where(
        CheckIn.alumnus_id == alumnus_id, CheckIn.status == CheckInStatus.SCHEDULED)) or 0


def _pause_for_treatment(referral: Referral) -> None:
    """The same pause as the profile's "Pause outreach", with its reason: nothing is sent
    while they are in treatment, and what falls due meanwhile is skipped, not saved up."""
    alumnus = referral.alumnus
    if alumnus.status != AlumnusStatus.ACTIVE:
        return  # already paused or withdrawn by a person: theirs to lift
    alumnus.status = AlumnusStatus.PAUSED.value
    referral.paused_plan = True
    audit("alumnus.paused", alumnus_id=alumnus.id,
          detail={"reason": f"Re-admitted for treatment (referral #{referral.id})",
                  "scheduled": _scheduled(alumnus.id)})
    replan_future(alumnus)


def _restart_after_discharge(referral: Referral, day: date) -> None:
    """The new discharge date is theirs from now on: the plan starts over from it, day 1
    included, and what happened during the earlier stay stays as it was (restart_plan)."""
    alumnus = referral.alumnus
    if alumnus.discharge_date != day:
        alumnus.discharge_date = day
        audit("alumnus.updated", alumnus_id=alumnus.id,
              detail={"fields": ["discharge_date"], "source": "referral"})
    if alumnus.status in (AlumnusStatus.WITHDRAWN, AlumnusStatus.ERASED):
        return
    resumed = referral.paused_plan and alumnus.status == AlumnusStatus.PAUSED
    if resumed:
        alumnus.status = AlumnusStatus.ACTIVE.value
    report = restart_plan(alumnus)
    if resumed:
        audit("alumnus.resumed", alumnus_id=alumnus.id,
              detail={"from": "paused", "reason": f"Discharged after re-admission (referral #{referral.id})",
                      "scheduled": _scheduled(alumnus.id), "created": report.created})


def referrals_of(alumnus_id: int) -> list[Referral]:
    return list(db.session.scalars(db.select(Referral).where(Referral.alumnus_id == alumnus_id)
                                   .order_by(Referral.referred_on.desc(), Referral.id.desc())))


def waiting_on_staff(referral: Referral) -> bool:
    return referral.status not in NOT_WAITED_ON


def forget_alumnus(alumnus_id: int) -> None:
    """Erasure: the referrals' words go (they may name people and places); the steps and
    their days stay as anonymous outcomes for the linkage figures. Caller commits."""
    ids = db.select(Referral.id).where(Referral.alumnus_id == alumnus_id).scalar_subquery()
    db.session.execute(db.update(ReferralStep).where(ReferralStep.referral_id.in_(ids)).values(note=None),
                       execution_options={"synchronize_session": False})
    db.session.execute(db.update(Referral).where(Referral.alumnus_id == alumnus_id)
                       .values(referred_to="", reason=""), execution_options={"synchronize_session": False})
