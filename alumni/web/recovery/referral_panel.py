"""The referrals panel on the alumnus page (listed in alumni/wiring.py; the profile page
audits the read of the record)."""
from __future__ import annotations

from alumni.core.centre_day import centre_today
from alumni.models import AlumnusStatus
from alumni.recovery.referral_reminders import late_step
from alumni.recovery.referrals import STATUS_WORDS, referrals_of

SHOWN = 5


def referral_panel(alumnus) -> dict | None:
    if alumnus.status == AlumnusStatus.ERASED:
        return None
    today = centre_today()
    referrals = referrals_of(alumnus.id)
    return {
        "rows": [(r, STATUS_WORDS.get(r.status, r.status), late_step(r, today)) for r in referrals[:SHOWN]],
        "more": max(0, len(referrals) - SHOWN),
    }
