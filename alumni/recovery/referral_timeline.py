"""Referrals on the alumnus's timeline: each step as it was recorded, and a reminder line
while a step is late (listed in alumni/wiring.py timeline_sources)."""
from __future__ import annotations

from alumni.core.timeline import TimelineEntry
from alumni.domain.referrals import ReferralStatus
from alumni.extensions import db
from alumni.models import Referral
from alumni.recovery.referral_reminders import late_step, since_at
from alumni.recovery.referrals import centre_today

STEP_TITLES = {
    ReferralStatus.REFERRED: "Referred back to treatment",
    ReferralStatus.BOOKED: "Treatment appointment booked",
    ReferralStatus.ATTENDED: "Attended the treatment appointment",
    ReferralStatus.READMITTED: "Re-admitted for treatment",
    ReferralStatus.DECLINED: "Declined the referral",
    ReferralStatus.NO_SHOW: "Did not attend the treatment appointment",
    ReferralStatus.DISCHARGED: "Discharged after re-admission",
}
STEP_BADGES = {ReferralStatus.ATTENDED: "ok", ReferralStatus.READMITTED: "ok", ReferralStatus.DISCHARGED: "ok",
               ReferralStatus.DECLINED: "warn", ReferralStatus.NO_SHOW: "warn"}


def referral_entries(alumnus_id: int) -> list[TimelineEntry]:
    entries = []
    today = centre_today()
    for referral in db.session.scalars(db.select(Referral).where(Referral.alumnus_id == alumnus_id)):
        for step in referral.steps:
            words = []
            if step.step == ReferralStatus.REFERRED:
                words.append(f"To: {referral.referred_to or 'not named yet'}")
                if referral.reason:
                    words.append(f"Why: {referral.reason}")
            elif step.step == ReferralStatus.BOOKED:
                words.append(f"Appointment on {step.day.isoformat()}")
            else:
                words.append(f"On {step.day.isoformat()}")
            if step.note:
                words.append(step.note)
            who = step.recorded_by.display_name if step.recorded_by else "system"
            entries.append(TimelineEntry(step.recorded_at, "referral",
                                         f"{STEP_TITLES.get(step.step, step.step)} (referral #{referral.id})",
                                         f"{'; '.join(words)} (by {who})", STEP_BADGES.get(step.step, "")))
        late = late_step(referral, today)
        if late is not None:
            entries.append(TimelineEntry(since_at(late.since), "referral",
                                         f"Referral #{referral.id} overdue: {late.step} awaited",
                                         late.words, "danger"))
    return entries
