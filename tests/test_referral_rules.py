"""The referral's steps, what is overdue and the linkage figures: plain functions."""
from datetime import date

import pytest

from alumni.domain.referrals import (
    ReferralFacts,
    ReferralStatus,
    StepProblem,
    check_step,
    linkage_by_cohort,
    may_move,
    next_steps,
    overdue,
)

MAY_1 = date(2026, 5, 1)


def test_a_fresh_referral_can_be_booked_attended_readmitted_or_declined_but_not_discharged():
    assert next_steps("referred") == [ReferralStatus.BOOKED, ReferralStatus.ATTENDED,
                                      ReferralStatus.READMITTED, ReferralStatus.DECLINED]
    assert not may_move("referred", "discharged")
    assert not may_move("referred", "no_show")


def test_only_a_readmission_can_be_followed_by_a_discharge_and_declined_is_final():
    assert next_steps("readmitted") == [ReferralStatus.DISCHARGED]
    assert next_steps("declined") == []
    assert may_move("no_show", "booked")
    assert not may_move("booked", "nonsense")


def test_a_booking_needs_a_date_not_before_the_referral():
    with pytest.raises(StepProblem, match="appointment's date"):
        check_step("referred", "booked", None, referred_on=MAY_1, today=MAY_1)
    with pytest.raises(StepProblem, match="before the referral"):
        check_step("referred", "booked", date(2026, 4, 30), referred_on=MAY_1, today=MAY_1)
    assert check_step("referred", "booked", date(2026, 5, 9), referred_on=MAY_1, today=MAY_1) == date(2026, 5, 9)


def test_an_outcome_is_recorded_for_a_day_that_has_come_defaulting_to_today():
    today = date(2026, 5, 10)
    assert check_step("booked", "attended", None, referred_on=MAY_1, today=today) == today
    with pytest.raises(StepProblem, match="not come yet"):
        check_step("booked", "attended", date(2026, 5, 11), referred_on=MAY_1, today=today)
    with pytest.raises(StepProblem, match="cannot move"):
        check_step("declined", "attended", today, referred_on=MAY_1, today=today)


def test_a_discharge_cannot_come_before_the_readmission():
    with pytest.raises(StepProblem, match="before the re-admission"):
        check_step("readmitted", "discharged", date(2026, 5, 3), referred_on=MAY_1, today=date(2026, 6, 1),
                   readmitted_on=date(2026, 5, 4))


def test_no_appointment_a_week_after_the_referral_is_overdue_the_day_after():
    assert overdue("referred", referred_on=MAY_1, appointment_on=None, today=date(2026, 5, 8)) is None
    late = overdue("referred", referred_on=MAY_1, appointment_on=None, today=date(2026, 5, 9))
    assert late is not None and late.step == "appointment" and late.since == date(2026, 5, 8)
    assert "8 days" in late.words


def test_an_appointment_day_passed_with_no_outcome_is_overdue():
    appointment = date(2026, 5, 6)
    assert overdue("booked", referred_on=MAY_1, appointment_on=appointment, today=appointment) is None
    late = overdue("booked", referred_on=MAY_1, appointment_on=appointment, today=date(2026, 5, 7))
    assert late is not None and late.step == "outcome" and late.since == appointment


@pytest.mark.parametrize("status", ["attended", "readmitted", "declined", "no_show", "discharged"])
def test_nothing_is_overdue_once_an_outcome_is_recorded(status):
    assert overdue(status, referred_on=MAY_1, appointment_on=MAY_1, today=date(2027, 1, 1)) is None


def test_linkage_counts_attended_and_readmitted_and_times_from_the_relapse():
    rows = linkage_by_cohort([
        ReferralFacts("2026-02", "attended", date(2026, 5, 10), date(2026, 5, 1)),    # 9 days
        ReferralFacts("2026-02", "discharged", date(2026, 5, 20), date(2026, 5, 1)),  # 19 days
        ReferralFacts("2026-02", "readmitted", date(2026, 5, 4), None),               # reached, untimed
        ReferralFacts("2026-02", "declined", None, date(2026, 5, 1)),
        ReferralFacts("2026-01", "no_show", None, None),
    ])
    assert [r.cohort_month for r in rows] == ["2026-01", "2026-02"]
    january, february = rows
    assert (january.referrals, january.reached, january.rate, january.median_days_to_treatment) == (1, 0, 0.0, None)
    assert (february.referrals, february.reached, february.rate) == (4, 3, 0.75)
    assert (february.median_days_to_treatment, february.timed) == (14.0, 2)


def test_no_referrals_no_rows():
    assert linkage_by_cohort([]) == []
