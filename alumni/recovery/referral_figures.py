"""The dashboard's linkage figures: per discharge month, how many referrals reached
treatment and the median days from the relapse to the first day in treatment. Counts
only, no one's record is shown, so nothing here is a read of a record to audit."""
from __future__ import annotations

from alumni.domain.referrals import CohortLinkage, ReferralFacts, linkage_by_cohort
from alumni.extensions import db
from alumni.models import Referral, RelapseEvent

CSV_HEADER = ("discharge_month", "referrals", "reached_treatment", "linkage_rate_percent",
              "median_days_relapse_to_treatment", "referrals_timed")


def linkage_rows() -> list[CohortLinkage]:
    rows = db.session.execute(
        db.select(Referral.cohort_month, Referral.status, Referral.treated_on, RelapseEvent.occurred_on)
        .outerjoin(RelapseEvent, RelapseEvent.id == Referral.relapse_event_id))
    return linkage_by_cohort(ReferralFacts(month, status, treated_on, relapse_on)
                             for month, status, treated_on, relapse_on in rows)


def csv_rows(rows: list[CohortLinkage]):
    for row in rows:
        rate = "" if row.rate is None else f"{row.rate * 100:.1f}"
        days = "" if row.median_days_to_treatment is None else f"{row.median_days_to_treatment:.1f}"
        yield (row.cohort_month, row.referrals, row.reached, rate, days, row.timed)
