"""Referrals back to treatment: the steps a referral may take, when one is overdue, and the
linkage figures. Plain values in, decisions out: no Flask, no database.

A referral is made (to whom, why) and then moves through the steps below. "Reached
treatment" means the person attended the appointment or was re-admitted; a discharge after
a re-admission ends the referral and restarts their follow-up plan.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from statistics import median


class ReferralStatus(StrEnum):
    REFERRED = "referred"          # staff referred them: to whom, why
    BOOKED = "booked"              # an appointment has a date
    ATTENDED = "attended"          # they went to the appointment
    READMITTED = "readmitted"      # taken back into residential treatment
    DECLINED = "declined"          # they said no
    NO_SHOW = "no_show"            # the appointment passed and they did not go
    DISCHARGED = "discharged"      # out again after a re-admission: the plan restarts


# Which step may follow which. Booking again after a booking moves the appointment; a
# missed appointment can be booked again; someone who attended may still be re-admitted.
MOVES: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.REFERRED: frozenset({ReferralStatus.BOOKED, ReferralStatus.ATTENDED,
                                        ReferralStatus.READMITTED, ReferralStatus.DECLINED}),
    ReferralStatus.BOOKED: frozenset({ReferralStatus.BOOKED, ReferralStatus.ATTENDED, ReferralStatus.READMITTED,
                                      ReferralStatus.DECLINED, ReferralStatus.NO_SHOW}),
    ReferralStatus.NO_SHOW: frozenset({ReferralStatus.BOOKED, ReferralStatus.DECLINED}),
    ReferralStatus.ATTENDED: frozenset({ReferralStatus.READMITTED}),
    ReferralStatus.READMITTED: frozenset({ReferralStatus.DISCHARGED}),
    ReferralStatus.DECLINED: frozenset(),
    ReferralStatus.DISCHARGED: frozenset(),
}

REACHED_TREATMENT = frozenset({ReferralStatus.ATTENDED, ReferralStatus.READMITTED, ReferralStatus.DISCHARGED})
# Nothing more is expected of staff on a referral in these states.
SETTLED = frozenset({ReferralStatus.ATTENDED, ReferralStatus.DECLINED, ReferralStatus.DISCHARGED})
# Re-admitted is not settled for the reminder either, but nobody is late while someone is
# in treatment: a discharge comes when it comes.
NOT_WAITED_ON = SETTLED | {ReferralStatus.READMITTED}

# Days from the referral to a booked appointment before staff are reminded.
DAYS_TO_BOOK = 7


def next_steps(status: str) -> list[ReferralStatus]:
    """The steps staff may record next, in the order the form offers them."""
    allowed = MOVES.get(ReferralStatus(status), frozenset())
    return [step for step in ReferralStatus if step in allowed]


def may_move(status: str, step: str) -> bool:
    try:
        return ReferralStatus(step) in MOVES.get(ReferralStatus(status), frozenset())
    except ValueError:
        return False


class StepProblem(ValueError):
    """A step that cannot be recorded, in plain words for the person recording it."""


def check_step(status: str, step: str, on: date | None, *, referred_on: date, today: date,
               readmitted_on: date | None = None) -> date:
    """The day the step happened (or, for a booking, the appointment's day), checked;
    raises StepProblem with a sentence when the step may not be recorded."""
    if not may_move(status, step):
        raise StepProblem(f"A referral that is {status.replace('_', ' ')} cannot move to "
                          f"{step.replace('_', ' ')}.")
    if step == ReferralStatus.BOOKED:
        if on is None:
            raise StepProblem("Give the appointment's date.")
        if on < referred_on:
            raise StepProblem("The appointment cannot be before the referral.")
        if (on - today).days > 365:
            raise StepProblem("Give an appointment within the next year.")
        return on
    day = on or today
    if day > today:
        raise StepProblem("That day has not come yet: record it on the day or after.")
    if day < referred_on:
        raise StepProblem("That day is before the referral was made.")
    if step == ReferralStatus.DISCHARGED and readmitted_on is not None and day < readmitted_on:
        raise StepProblem("The discharge cannot be before the re-admission.")
    return day


# What a late referral awaits, and its words for staff: each sentence once, with its {parts},
# so a page can say it again in the reader's language (alumni/recovery/referral_words_translated.py;
# a test checks the two agree).
AWAITING_APPOINTMENT, AWAITING_OUTCOME = "appointment", "outcome"
NO_APPOINTMENT_BOOKED = "No appointment booked {days} days after the referral"
NO_OUTCOME_RECORDED = "Appointment on {day} passed with no outcome recorded"
LATE_SENTENCES = (NO_APPOINTMENT_BOOKED, NO_OUTCOME_RECORDED)


@dataclass(frozen=True)
class Overdue:
    step: str        # what is awaited: AWAITING_APPOINTMENT or AWAITING_OUTCOME
    since: date      # the day it became overdue
    words: str       # for staff, on the queue and the timeline: one of LATE_SENTENCES


def overdue(status: str, *, referred_on: date, appointment_on: date | None, today: date,
            days_to_book: int = DAYS_TO_BOOK) -> Overdue | None:
    """Is staff's next step late? No appointment `days_to_book` days after the referral, or
    an appointment whose day has passed with no outcome recorded."""
    if status == ReferralStatus.REFERRED:
        due = date.fromordinal(referred_on.toordinal() + days_to_book)
        if today > due:
            return Overdue(AWAITING_APPOINTMENT, due, NO_APPOINTMENT_BOOKED.format(days=(today - referred_on).days))
        return None
    if status == ReferralStatus.BOOKED and appointment_on is not None and today > appointment_on:
        return Overdue(AWAITING_OUTCOME, appointment_on, NO_OUTCOME_RECORDED.format(day=appointment_on.isoformat()))
    return None


# --- linkage figures -------------------------------------------------------------------

@dataclass(frozen=True)
class ReferralFacts:
    """One referral as the dashboard counts it."""
    cohort_month: str                  # discharge month, "YYYY-MM"
    status: str
    treated_on: date | None            # first day attended or re-admitted
    relapse_on: date | None            # the relapse that led to it, when one is known


@dataclass(frozen=True)
class CohortLinkage:
    cohort_month: str
    referrals: int
    reached: int
    median_days_to_treatment: float | None   # relapse to treatment, over those with both days
    timed: int                               # how many referrals that median is over

    @property
    def rate(self) -> float | None:
        return self.reached / self.referrals if self.referrals else None


def linkage_by_cohort(referrals: Iterable[ReferralFacts]) -> list[CohortLinkage]:
    """Per discharge month, oldest first: how many referrals reached treatment, and the
    median days from the relapse to the first day in treatment."""
    groups: dict[str, list[ReferralFacts]] = {}
    for facts in referrals:
        groups.setdefault(facts.cohort_month, []).append(facts)
    rows = []
    for month in sorted(groups):
        group = groups[month]
        reached = [f for f in group if f.status in REACHED_TREATMENT]
        days = [(f.treated_on - f.relapse_on).days for f in reached
                if f.treated_on is not None and f.relapse_on is not None and f.treated_on >= f.relapse_on]
        rows.append(CohortLinkage(month, len(group), len(reached), float(median(days)) if days else None,
                                  len(days)))
    return rows
