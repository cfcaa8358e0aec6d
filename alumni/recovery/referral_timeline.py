"""Referrals on the alumnus's timeline: each step as it was recorded, and a reminder line
while a step is late (listed in alumni/wiring.py timeline_sources)."""
from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from alumni.core.centre_day import centre_today
from alumni.core.timeline import TimelineEntry
from alumni.domain.referrals import ReferralStatus
from alumni.extensions import db
from alumni.models import Referral
from alumni.recovery.referral_reminders import late_step, since_at
from alumni.recovery.referral_words_translated import awaited_words, late_words

STEP_TITLES = {
    ReferralStatus.REFERRED: _l("Referred back to treatment"),
    ReferralStatus.BOOKED: _l("Treatment appointment booked"),
    ReferralStatus.ATTENDED: _l("Attended the treatment appointment"),
    ReferralStatus.READMITTED: _l("Re-admitted for treatment"),
    ReferralStatus.DECLINED: _l("Declined the referral"),
    ReferralStatus.NO_SHOW: _l("Did not attend the treatment appointment"),
    ReferralStatus.DISCHARGED: _l("Discharged after re-admission"),
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
                words.append(_("To: %(place)s", place=referral.referred_to or _("not named yet")))
                if referral.reason:
                    words.append(_("Why: %(why)s", why=referral.reason))
            elif step.step == ReferralStatus.BOOKED:
                words.append(_("Appointment on %(day)s", day=step.day.isoformat()))
            else:
                words.append(_("On %(day)s", day=step.day.isoformat()))
            if step.note:
                words.append(step.note)
            who = step.recorded_by.display_name if step.recorded_by else _("system")
            entries.append(TimelineEntry(step.recorded_at, "referral",
                                         _("%(step)s (referral #%(id)s)", step=STEP_TITLES.get(step.step, step.step),
                                           id=referral.id),
                                         _("%(what)s (by %(who)s)", what="; ".join(words), who=who),
                                         STEP_BADGES.get(step.step, "")))
        late = late_step(referral, today)
        if late is not None:
            entries.append(TimelineEntry(since_at(late.since), "referral",
                                         _("Referral #%(id)s overdue: %(step)s awaited", id=referral.id,
                                           step=awaited_words(late.step)),
                                         late_words(late), "danger"))
    return entries
