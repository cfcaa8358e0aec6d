"""Mentor suggestions: who is eligible, in what order, and why."""
from datetime import date

from alumni.domain.mentor_matching import MenteeFacts, MentorFacts, rank_mentors, why_not_eligible

TODAY = date(2026, 6, 1)
MENTEE = MenteeFacts(alumnus_id=1, language="hi", programme="Residential", area="Pune")


def mentor(i, **kw):
    values = dict(alumnus_id=i, name=f"M{i}", languages=("hi",), programme="Residential", area="Pune",
                  recovery_since=date(2023, 1, 1), capacity=2, current_mentees=0)
    values.update(kw)
    return MentorFacts(**values)


def test_shared_language_outranks_programme_and_area():
    speaks = mentor(2, programme="Outpatient", area="Mumbai")
    same_place = mentor(3, languages=("en",))
    ranked = rank_mentors(MENTEE, [same_place, speaks], TODAY)
    assert [s.mentor_id for s in ranked] == [2, 3]
    assert "Speaks Hindi" in ranked[0].reasons


def test_reasons_name_what_is_shared():
    (best,) = rank_mentors(MENTEE, [mentor(2)], TODAY)
    assert best.reasons[:3] == ("Speaks Hindi", "Same programme (Residential)", "Same area (Pune)")
    assert "3 years in recovery" in best.reasons
    assert "2 of 2 places free" in best.reasons


def test_longer_recovery_and_free_places_break_ties():
    newer = mentor(2, recovery_since=date(2025, 1, 1))
    older = mentor(3, recovery_since=date(2021, 1, 1))
    full_ish = mentor(4, recovery_since=date(2021, 1, 1), capacity=3, current_mentees=2)
    assert [s.mentor_id for s in rank_mentors(MENTEE, [newer, full_ish, older], TODAY)] == [3, 4, 2]


def test_ineligible_mentors_are_left_out_with_a_reason():
    cases = {
        "less than 365 days in recovery": mentor(2, recovery_since=date(2025, 12, 1)),
        "has no free place": mentor(3, current_mentees=2),
        "has not consented to mentor": mentor(4, consent=False),
        "has no training date": mentor(5, trained=False),
        "mentor profile is inactive": mentor(6, active=False),
        "is the graduate": mentor(1),
    }
    for reason, m in cases.items():
        assert why_not_eligible(m, MENTEE, TODAY) == reason
    assert rank_mentors(MENTEE, list(cases.values()), TODAY) == []


def test_minimum_time_in_recovery_is_configurable():
    young = mentor(2, recovery_since=date(2025, 12, 1))
    assert [s.mentor_id for s in rank_mentors(MENTEE, [young], TODAY, min_recovery_days=90)] == [2]
